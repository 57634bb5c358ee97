"""Cheap necessary conditions for a pattern to match, read from the pattern itself.

Most lines of an article match no rule, and a regex search costs microseconds a pattern even when it
fails at the first character (the built-in rules' searches were half of all cleaning time). Before a
pattern is searched, a line must pass its gate, which is derived from the pattern and costs a string
comparison:

- ``prefixes``: for a pattern anchored at the line start, the strings one of which every match
  begins with, once both the line and the pattern have lost their leading punctuation and spaces
  (``LEAD``: bullets, brackets, dashes) and are case-folded ("read more", "see also", "by ").
- ``contains``: otherwise, literals one of which every match contains ("all rights reserved").

A gate only ever lets through more than the pattern matches, never less: where the derivation
meets something it cannot bound (a letter class at the start, an unknown construct, syntax that only
the ``regex`` module reads) it gives up and the pattern is searched on every line. The test suite
checks every rule's examples against its gates and, where ../shared is present, that the gated and
ungated matches of every line of the development corpora are the same.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

try:  # the standard library's own regular-expression parser (Python 3.11+); without it, no gates
    from re import _constants as _sre
    from re import _parser
except ImportError:  # pragma: no cover - older or other Pythons
    _parser = None  # type: ignore[assignment]

# Every character that Python or the regex module counts as white space (str.isspace, \s).
_WHITE_SPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
# Characters that may stand before the words a line rule looks for: spaces, bullets, brackets,
# dashes, quote-like arrows. Both sides lose them from the front, so a pattern's optional "[\[(•]*"
# needs no expansion.
LEAD = _WHITE_SPACE + "[(<{*•·»>|-–—~#/"
_LEAD_SET = frozenset(LEAD)
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
_BLANK = str.maketrans({**{c: " " for c in _WHITE_SPACE}, **{c: "0" for c in DIGITS}})
_RUN = re.compile("  +|00+")
# Prefixes are cut at this many characters: long enough to tell "read more" from "reading", short
# enough that the expansion of a pattern's alternatives stays small.
PREFIX_CHARS = 12
_MAX_STRINGS = 400  # beyond this many alternatives a gate is no cheaper than the search
_STOP_GROWING = 64  # with this many strings so far, they are not extended further
_SMALL_CLASS = 12  # a character class of more members than this is open (a letter, a word)
# regex-module escapes that the standard parser rejects: a Unicode property is a large class.
_PROPERTY = re.compile(r"(?<!\\)((?:\\\\)*)\\[pP]\{[^}]*\}")
# What the standard parser reads without complaint but otherwise than the regex module: braces that
# are no count ("{e<=1}", fuzzy matching), POSIX classes ("[[:alpha:]]"). Such a pattern gets no gate.
_REGEX_ONLY = re.compile(r"(?<!\\)\{(?!\d*,?\d*\})|\[:\^?[A-Za-z]+:\]")
# Flags under which the regex module matches otherwise than its defaults (full case folding, word
# boundaries by Unicode's rules, version 1 sets, ...), and verbose patterns, whose spaces are not text.
_OTHER_FLAGS = regex.VERBOSE | regex.V1 | regex.FULLCASE | regex.WORD | regex.POSIX | regex.REVERSE | regex.BESTMATCH | regex.ENHANCEMATCH
_REPEATS = tuple(getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)) if _parser else ()
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None) if _parser else None
_SPACES = frozenset(" ")  # \s, once white space reads as a plain space
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class Gate:
    """What a line must show for a pattern to be worth searching; both empty: search every line."""

    prefixes: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()

    @property
    def open(self) -> bool:
        return not self.prefixes and not self.contains


OPEN = Gate()


def line_key(text: str) -> str:
    """The part of a line that prefix gates compare: its start without LEAD characters, case-folded,
    white space read as single spaces. At least PREFIX_CHARS characters long unless the line is shorter."""
    start = text.lstrip(LEAD)
    key = start[:PREFIX_CHARS].casefold().translate(_BLANK)
    if "  " not in key and "00" not in key:
        return key
    # Runs made the start shorter: read more of the line until it is long enough.
    size = PREFIX_CHARS
    while True:
        key = _RUN.sub(_first, start[:size].casefold().translate(_BLANK))
        if len(key) >= PREFIX_CHARS or size >= len(start):
            return key
        size *= 2


def _first(run: re.Match[str]) -> str:
    return run.group()[0]


def gate_for(pattern: str, flags: int = 0) -> Gate:
    """The gate of one pattern (``regex`` syntax). OPEN when nothing can be said."""
    if _parser is None or flags & _OTHER_FLAGS or _REGEX_ONLY.search(_PROPERTY.sub("", pattern)):
        return OPEN
    try:
        tree = _parser.parse(_PROPERTY.sub(r"\1\\w", pattern))
    except Exception:  # noqa: BLE001 - any syntax the standard parser does not read: no gate
        return OPEN
    items = list(tree)
    if items and items[0] in ((_sre.AT, _sre.AT_BEGINNING), (_sre.AT, _sre.AT_BEGINNING_STRING)):
        prefixes = _prefixes(items[1:])
        if prefixes:
            return Gate(prefixes=tuple(sorted(prefixes)))
    literals = _required(items)
    if literals:
        return Gate(contains=tuple(sorted(literals)))
    return OPEN


def passes(gate: Gate, key: str, folded: str) -> bool:
    """``key`` is line_key(text); ``folded`` the whole line case-folded."""
    if gate.prefixes:
        return key.startswith(gate.prefixes)
    if gate.contains:
        return any(literal in folded for literal in gate.contains)
    return True


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
# White space but the newline: the standard engine's \s is _WHITE_SPACE (str.isspace; tests/test_prefilter.py
# checks every code point). Written out as a class of its 24 characters for each of the 3,006 spaces in
# the built-in rules' prefixes, the pattern took 0.12 s to compile, in every process that cleans a text
# of more than GATE_AFTER_LINES lines.
_SPACE_IN_LINE = r"[^\S\n]"
# Digits: the standard engine's \d and the blocks it does not know yet (the regex module's Unicode is newer).
_DIGIT_IN_LINE = "[\\d" + "".join(
    f"{re.escape(chr(first))}-{re.escape(chr(first + size - 1))}" for first, size in _DIGIT_BLOCKS if not re.match(r"\d", chr(first))
) + "]"
_RUN_IN_LINE = {" ": _SPACE_IN_LINE + "+", "0": _DIGIT_IN_LINE + "+"}


def any_start(prefixes: Iterable[str]) -> re.Pattern[str]:
    """A pattern (standard ``re``) that finds the lines whose line_key starts with any of the prefixes
    (as gates give them) in text made of a newline and the lines, case-folded, each after a newline:
    it matches at the newline before each such line, and only there. ``"\\n" + "\\n".join(lines).casefold()``
    is such a text, as a line holds no newline and case-folding makes none.

    The key leaves out LEAD characters before it case-folds and reads white space as a space; case-
    folding first changes none of that (no LEAD character changes, and no other one folds to a LEAD
    character: tests/test_prefilter.py checks every code point), so LEAD is skipped and a space in a
    prefix is a run of any white space but the newline, and a "0" a run of digits (gates give no
    prefix with two spaces or two "0" in a row). A prefix that begins with another is left out."""
    kept: list[str] = []
    for prefix in sorted(set(prefixes)):
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    if not kept:
        return re.compile(_NOTHING)
    trie = _trie_pattern(_trie(kept), lambda char: _RUN_IN_LINE.get(char) or re.escape(char))
    return re.compile("\n" + _LEAD_IN_LINE + "*" + trie)


class _Unbounded(Exception):
    """The derivation met something it cannot bound."""


def _prefixes(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """Every case-folded start (up to PREFIX_CHARS, leading LEAD characters dropped) of what the
    sequence can match; None when some start is unbounded (a letter class, any character)."""
    try:
        states = _walk(items, {("", False)})
    except _Unbounded:
        return None
    starts = {text for text, _ in states}
    if "" in starts or len(starts) > _MAX_STRINGS:
        return None
    # A string that another in the set begins is redundant: "join" lets "join the newsletter" through.
    # In sorted order a string's extensions follow it.
    kept: set[str] = set()
    last: str | None = None
    for text in sorted(starts):
        if last is None or not text.startswith(last):
            kept.add(text)
            last = text
    return kept


# A state is (text so far, done): done states are cut (PREFIX_CHARS reached, or what follows is
# not bounded) and only carried along.
_State = tuple[str, bool]


def _walk(items: Iterable, states: set[_State]) -> set[_State]:  # type: ignore[type-arg]
    for op, arg in items:
        if len(states) > _STOP_GROWING:
            # Enough alternatives are told apart already ("ap", "afp", "reuters", ...); going on
            # would multiply them by what follows each.
            states = {(text, True) if text else _unbounded() for text, _ in states}
        if all(done for _, done in states):
            return states
        grown = _step(op, arg, states)
        if len(grown) > _MAX_STRINGS:
            # What follows multiplies the strings: they end where they are.
            return {(text, True) if text else _unbounded() for text, _ in states}
        states = grown
    return states


def _step(op: object, arg: object, states: set[_State]) -> set[_State]:
    if op is _sre.LITERAL:
        return _extend(states, {chr(arg)})  # type: ignore[arg-type]
    if op is _sre.IN:
        return _extend(states, _class_members(arg))  # type: ignore[arg-type]
    if op is _sre.SUBPATTERN:
        return _walk(arg[-1], states)  # type: ignore[index]
    if op is _sre.BRANCH:
        out: set[_State] = set()
        for alternative in arg[1]:  # type: ignore[index]
            out |= _walk(alternative, states)
        return out
    if op in _REPEATS:
        low, high, body = arg  # type: ignore[misc]
        if high == 0:
            return states
        if high == 1 or _one_run(body):
            once = _walk(body, states)  # for white space or digits, more passes add what reads as one
        else:
            # More than one pass: what a second would add is not followed, so a string that grew in
            # the first ends there (one that stayed as it was, all LEAD so far, goes on).
            once = set()
            for state in states:
                once |= {(text, done or text != state[0]) for text, done in _walk(body, {state})}
        return once | states if low == 0 else once
    if op is _ATOMIC:
        return _walk(arg, states)
    if op is _sre.AT:
        return states  # a word boundary or the end: no character
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return states  # a lookaround consumes nothing
    # ANY, GROUPREF, conditionals, categories outside a class: not bounded.
    return {(text, True) if text else _unbounded() for text, _ in states}


def _unbounded() -> _State:
    raise _Unbounded


def _extend(states: set[_State], chars: set[str] | None) -> set[_State]:
    out: set[_State] = set()
    for text, done in states:
        if done:
            out.add((text, done))
            continue
        if chars is None:  # an open class: a started string ends here; an empty one cannot be bounded
            if not text:
                raise _Unbounded
            out.add((text, True))
            continue
        for char in chars:
            if not text and char in _LEAD_SET:
                out.add(("", False))
                continue
            grown = char.casefold().translate(_BLANK)
            grown = (text + (grown[1:] if grown in _RUN_IN_LINE and text.endswith(grown) else grown))[:PREFIX_CHARS]
            out.add((grown, len(grown) >= PREFIX_CHARS))
    return out


def _one_run(items: list) -> bool:  # type: ignore[type-arg]
    """Whether the sequence is one character that reads as a space, or one that reads as "0", always
    (a space, "\\s", "[ \\t]", "\\d", "[0-9]"): repeated, it reads as one."""
    if len(items) != 1 or items[0][0] not in (_sre.LITERAL, _sre.IN):
        return False
    op, arg = items[0]
    members = {chr(arg)} if op is _sre.LITERAL else _class_members(arg)
    if not members:
        return False
    read = {char.casefold().translate(_BLANK) for char in members}
    return read == {" "} or read == {"0"}


def _class_members(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """The characters of a small class, or None for a large or negated one."""
    members: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            members.add(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < _SMALL_CLASS:
            members.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_SPACE:
            members |= _SPACES
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_DIGIT:
            members |= _DIGITS
        else:
            return None
        if len(members) > _SMALL_CLASS + 1:
            return None
    # A case-insensitive class also takes the other case: case-folding both sides covers it.
    return members


def _required(items: Iterable) -> set[str] | None:  # type: ignore[type-arg]
    """Literals (case-folded) one of which every match of the sequence contains, the best such set
    found (its shortest member the longest); None when there is none."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, arg in items:
        if op is _sre.LITERAL:
            run.append(chr(arg).casefold())
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is _sre.SUBPATTERN:
            consider(_required(arg[-1]))
        elif op is _sre.BRANCH:
            alternatives = [_required(alternative) for alternative in arg[1]]
            if all(alternatives):
                consider(set().union(*alternatives))  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(arg[2]))
    consider({"".join(run)} if run else None)
    return best
