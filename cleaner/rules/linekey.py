"""How prefix gates read a line, and the patterns that test the gates on many lines at once.

A line's key (line_key) is its start as prefix gates compare it: leading LEAD characters dropped,
case-folded, white space and digits read as one character a run. any_start and any_literal are the
standard ``re`` patterns that LineMatcher searches a document's lines with, joined by newlines, for
the lines that pass some prefix gate or hold some gate's literal. prefilter.py derives the gates.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Every character that Python or the regex module counts as white space (str.isspace, \s).
_WHITE_SPACE = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# Characters that may stand before the words a line rule looks for: spaces, bullets, brackets,
# dashes, quote-like arrows. Both sides lose them from the front, so a pattern's optional "[\[(•]*"
# needs no expansion.
LEAD = _WHITE_SPACE + "[(<{*•·»>|-–—~#/"
# Inside the compared start every white-space character reads as a plain space, and a run of them as
# one, on both sides: a pattern's "\s" is then one character, not twenty-five, and its "\s+" one space
# that the words after it follow (cut there, "^(?:this|the)\s+(?:article|story)" let every line
# starting "the " through: 6,000 of newsjunk-dev's 23,000 searches after a prefix gate, none matching).
#
# Digits likewise: every decimal digit reads as "0" and a run of them as one, so "\d+ comments?" gives
# "0 comments", not "0" to "9" (those let every line starting with a number through: 5,500 searches
# after a prefix gate on newsjunk-dev, none matching). Both the regex module's "\d" and str.isdecimal
# count: the blocks of digits, from Python's and regex's Unicode tables (tests/test_prefilter.py checks
# them), by first code point and length. (Before, "\d" gave the ten ASCII digits, and a line starting
# with another script's digit, "٣ comments", was kept from a pattern that matches it.)
_DIGIT_BLOCKS = (
    (0x30, 10), (0x660, 10), (0x6F0, 10), (0x7C0, 10), (0x966, 10), (0x9E6, 10), (0xA66, 10), (0xAE6, 10),
    (0xB66, 10), (0xBE6, 10), (0xC66, 10), (0xCE6, 10), (0xD66, 10), (0xDE6, 10), (0xE50, 10), (0xED0, 10),
    (0xF20, 10), (0x1040, 10), (0x1090, 10), (0x17E0, 10), (0x1810, 10), (0x1946, 10), (0x19D0, 10),
    (0x1A80, 10), (0x1A90, 10), (0x1B50, 10), (0x1BB0, 10), (0x1C40, 10), (0x1C50, 10), (0xA620, 10),
    (0xA8D0, 10), (0xA900, 10), (0xA9D0, 10), (0xA9F0, 10), (0xAA50, 10), (0xABF0, 10), (0xFF10, 10),
    (0x104A0, 10), (0x10D30, 10), (0x10D40, 10), (0x11066, 10), (0x110F0, 10), (0x11136, 10), (0x111D0, 10),
    (0x112F0, 10), (0x11450, 10), (0x114D0, 10), (0x11650, 10), (0x116C0, 10), (0x116D0, 20), (0x11730, 10),
    (0x118E0, 10), (0x11950, 10), (0x11BF0, 10), (0x11C50, 10), (0x11D50, 10), (0x11DA0, 10), (0x11DE0, 10),
    (0x11F50, 10), (0x16130, 10), (0x16A60, 10), (0x16AC0, 10), (0x16B50, 10), (0x16D70, 10), (0x1CCF0, 10),
    (0x1D7CE, 50), (0x1E140, 10), (0x1E2F0, 10), (0x1E4F0, 10), (0x1E5F1, 10), (0x1E950, 10), (0x1FBF0, 10),
)
DIGITS = "".join(chr(first + k) for first, size in _DIGIT_BLOCKS for k in range(size))
# The translation of a case-folded line (or a pattern's characters) into what a key compares.
BLANK = str.maketrans({**{c: " " for c in _WHITE_SPACE}, **{c: "0" for c in DIGITS}})
_RUN = re.compile("  +|00+")
# Prefixes are cut at this many characters: long enough to tell "read more" from "reading", short
# enough that the expansion of a pattern's alternatives stays small.
PREFIX_CHARS = 12
# What a run of white space and a run of digits read as in a key (see BLANK).
RUN_CHARS = (" ", "0")


def line_key(text: str) -> str:
    """The part of a line that prefix gates compare: its start without LEAD characters, case-folded,
    white space read as single spaces. At least PREFIX_CHARS characters long unless the line is shorter."""
    start = text.lstrip(LEAD)
    key = start[:PREFIX_CHARS].casefold().translate(BLANK)
    if "  " not in key and "00" not in key:
        return key
    # Runs made the start shorter: read more of the line until it is long enough.
    size = PREFIX_CHARS
    while True:
        key = _RUN.sub(_first, start[:size].casefold().translate(BLANK))
        if len(key) >= PREFIX_CHARS or size >= len(start):
            return key
        size *= 2


def _first(run: re.Match[str]) -> str:
    return run.group()[0]


_Trie = dict[str, "_Trie"]
_NOTHING = r"(?!)"  # matches no line


def any_literal(literals: Iterable[str]) -> re.Pattern[str]:
    """A pattern (standard ``re``) that finds a line holding any of the literals, as given: the gates'
    literals are case-folded, so the line searched must be too. No literals: a pattern that finds
    nothing.

    A literal that contains another is left out (a line holding it holds the other), and the rest are
    written as a trie ("read(?:ing|er)" rather than "reading|reader|read"): the standard engine then
    tries each character of the line against one branch per first letter instead of every literal.
    Measured on newsjunk-dev's 71,708 lines with the 63 literals of one bucket: 0.89 s flat, 0.39 s
    as a trie.
    """
    kept: list[str] = []
    for literal in sorted(set(literals), key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    if not kept:
        return re.compile(_NOTHING)
    return re.compile(_trie_pattern(_trie(kept)))


def _trie_pattern(node: _Trie, write: Callable[[str], str] = re.escape) -> str:
    # No literal is a prefix of another (those were left out), so every leaf ends one; the empty
    # literal, when given, is the trie's root alone and matches every line, as it should.
    branches = [write(char) + _trie_pattern(child, write) for char, child in sorted(node.items())]
    if len(branches) <= 1:
        return "".join(branches)
    return "(?:" + "|".join(branches) + ")"


def _trie(strings: Iterable[str]) -> _Trie:
    trie: _Trie = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
    return trie


# A line's LEAD characters and its white space, in text that is case-folded but not translated: lines
# are joined by newlines, so neither may take one in.
_LEAD_IN_LINE = "[" + re.escape(LEAD.replace("\n", "")) + "]"
# White space but the newline: the standard engine's \s is _WHITE_SPACE (str.isspace;
# tests/test_prefilter.py checks every code point). Written out as a class of its 24 characters for each
# of the 3,006 spaces in the built-in rules' prefixes, the pattern took 0.12 s to compile, in every
# process that cleans a text of more than GATE_AFTER_LINES lines.
_SPACE_IN_LINE = r"[^\S\n]"
# Digits: the standard engine's \d and the blocks it does not know yet (the regex module's Unicode is
# newer).
_DIGIT_IN_LINE = "[\\d" + "".join(
    f"{re.escape(chr(first))}-{re.escape(chr(first + size - 1))}"
    for first, size in _DIGIT_BLOCKS
    if not re.match(r"\d", chr(first))
) + "]"
_RUN_IN_LINE = {" ": _SPACE_IN_LINE + "+", "0": _DIGIT_IN_LINE + "+"}


def any_start(prefixes: Iterable[str], first: Iterable[str] = ()) -> re.Pattern[str]:
    """A pattern (standard ``re``) that finds the lines whose line_key starts with any of the prefixes
    (as gates give them) in text made of a newline and the lines, case-folded, each after a newline:
    it matches at the newline before each such line, and only there. ``"\\n" + "\\n".join(lines).casefold()``
    is such a text, as a line holds no newline and case-folding makes none.

    The key leaves out LEAD characters before it case-folds and reads white space as a space; case-
    folding first changes none of that (no LEAD character changes, and no other one folds to a LEAD
    character: tests/test_prefilter.py checks every code point), so LEAD is skipped and a space in a
    prefix is a run of any white space but the newline, and a "0" a run of digits (gates give no
    prefix with two spaces or two "0" in a row). A prefix that begins with another is left out.

    It also matches before each line that starts with one of the ``first`` characters (gates' ``first``:
    LEAD characters, which case-folding leaves as they are)."""
    kept: list[str] = []
    for prefix in sorted(set(prefixes)):
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    alternatives = []
    if kept:
        trie = _trie_pattern(_trie(kept), lambda char: _RUN_IN_LINE.get(char) or re.escape(char))
        alternatives.append(_LEAD_IN_LINE + "*" + trie)
    chars = sorted(set(first))
    if chars:
        alternatives.append("[" + "".join(re.escape(char) for char in chars) + "]")
    if not alternatives:
        return re.compile(_NOTHING)
    return re.compile("\n" + (alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"))
