"""Cheap necessary conditions for a pattern to match, read from the pattern itself.

Most lines of an article match no rule, and a regex search costs microseconds a pattern even when it
fails at the first character (the built-in rules' searches were half of all cleaning time). Before a
pattern is searched, a line must pass its gate, which is derived from the pattern and costs a string
comparison:

- ``prefixes``: for a pattern anchored at the line start, the strings one of which every match
  begins with, once both the line and the pattern have lost their leading punctuation and spaces
  (``LEAD``: bullets, brackets, dashes) and are case-folded ("read more", "see also", "by ").
- ``contains``: otherwise, literals one of which every match contains ("all rights reserved").
- ``first``: for a pattern anchored at the line start whose first character is one of a few LEAD
  characters ("^[(*]\\s*\\p{Lu}..."), those characters, when no prefix can be read past them and the
  literals are too short to tell lines apart: a line must start with one of them.

A gate only ever lets through more than the pattern matches, never less: where the derivation
meets something it cannot bound (a letter class at the start, an unknown construct, syntax that only
the ``regex`` module reads) it gives up and the pattern is searched on every line. The test suite
checks every rule's examples against its gates and, where ../shared is present, that the gated and
ungated matches of every line of the development corpora are the same.

How a line is read for the comparison (``line_key``), and the patterns that test many lines' gates
at once, are in linekey.py.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import regex

from .linekey import BLANK, LEAD, PREFIX_CHARS, RUN_CHARS

# The standard library's own regular-expression parser and its opcodes (Python 3.11+; private, so
# imported by name: the type stubs do not list them); without the parser, no gates. Without it the
# opcodes are an empty module: gate_for then returns before reading any.
try:
    _parser: ModuleType | None = importlib.import_module("re._parser")
    _sre = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - older or other Pythons
    _parser = None
    _sre = ModuleType("re._constants")
_LEAD_SET = frozenset(LEAD)  # tested for each character of a pattern's start
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
_OTHER_FLAGS = (
    regex.VERBOSE | regex.V1 | regex.FULLCASE | regex.WORD | regex.POSIX | regex.REVERSE | regex.BESTMATCH
    | regex.ENHANCEMATCH
)
_REPEATS = tuple(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None)
_SPACES = frozenset(" ")  # \s, once white space reads as a plain space
_DIGITS = frozenset("0123456789")
# One node of a parsed pattern as re._parser gives it: (opcode, argument), the argument's type set
# by the opcode (a code point, a nested sequence, a (low, high, body) repeat, ...).
_Item = tuple[Any, Any]


# Literals shorter than this are in most lines of prose ("is", "min"): a gate of a line's first
# character, where the pattern gives one, lets fewer lines through. footer.author-bio's "is", "was"
# let 7,293 of newsjunk-dev's first 400 texts' 18,005 lines through to be searched, for 17 matches
# (a third of all cleaning time went on rule matching, and this rule's lines on half of that).
_SHORT_LITERAL = 4


@dataclass(frozen=True, slots=True)
class Gate:
    """What a line must show for a pattern to be worth searching; all empty: search every line."""

    prefixes: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    first: tuple[str, ...] = ()

    @property
    def open(self) -> bool:
        return not self.prefixes and not self.contains and not self.first


OPEN = Gate()


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
    if not literals or min(map(len, literals)) < _SHORT_LITERAL:
        first = _first_characters(items)
        if first:
            return Gate(first=tuple(sorted(first)))
    if literals:
        return Gate(contains=tuple(sorted(literals)))
    return OPEN


def _first_characters(items: list[_Item]) -> set[str] | None:
    """For a pattern anchored at the line start whose first item is one character of a small class of
    LEAD characters (not repeated, not optional): those characters. A line the pattern matches starts
    with one of them. None otherwise."""
    if len(items) < 2 or items[0] not in ((_sre.AT, _sre.AT_BEGINNING), (_sre.AT, _sre.AT_BEGINNING_STRING)):
        return None
    op, arg = items[1]
    members = {chr(arg)} if op is _sre.LITERAL else _class_members(arg) if op is _sre.IN else None
    # The members read white space as the key does ("\\s" is one plain space), but this gate compares
    # the line's own first character: a class with white space gets none.
    if not members or not members <= _LEAD_SET or any(char.isspace() for char in members):
        return None
    return members


def passes(gate: Gate, key: str, folded: str) -> bool:
    """``key`` is line_key(text); ``folded`` the whole line case-folded (a LEAD character is the same
    folded: ``first`` reads it there)."""
    if gate.prefixes:
        return key.startswith(gate.prefixes)
    if gate.first:
        return folded[:1] in gate.first
    if gate.contains:
        return any(literal in folded for literal in gate.contains)
    return True


class _Unbounded(Exception):
    """The derivation met something it cannot bound."""


def _prefixes(items: Iterable[_Item]) -> set[str] | None:
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


def _walk(items: Iterable[_Item], states: set[_State]) -> set[_State]:
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


def _step(op: object, arg: Any, states: set[_State]) -> set[_State]:
    if op is _sre.LITERAL:
        return _extend(states, {chr(arg)})
    if op is _sre.IN:
        return _extend(states, _class_members(arg))
    if op is _sre.SUBPATTERN:
        return _walk(arg[-1], states)
    if op is _sre.BRANCH:
        out: set[_State] = set()
        for alternative in arg[1]:
            out |= _walk(alternative, states)
        return out
    if op in _REPEATS:
        low, high, body = arg
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
            grown = char.casefold().translate(BLANK)
            grown = (text + (grown[1:] if grown in RUN_CHARS and text.endswith(grown) else grown))[:PREFIX_CHARS]
            out.add((grown, len(grown) >= PREFIX_CHARS))
    return out


def _one_run(items: Sequence[_Item]) -> bool:
    """Whether the sequence is one character that reads as a space, or one that reads as "0", always
    (a space, "\\s", "[ \\t]", "\\d", "[0-9]"): repeated, it reads as one."""
    if len(items) != 1 or items[0][0] not in (_sre.LITERAL, _sre.IN):
        return False
    op, arg = items[0]
    members = {chr(arg)} if op is _sre.LITERAL else _class_members(arg)
    if not members:
        return False
    read = {char.casefold().translate(BLANK) for char in members}
    return read == {" "} or read == {"0"}


def _class_members(items: Iterable[_Item]) -> set[str] | None:
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


def _required(items: Iterable[_Item]) -> set[str] | None:
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
            alternatives = [found for alternative in arg[1] if (found := _required(alternative))]
            if len(alternatives) == len(arg[1]):
                consider(set[str]().union(*alternatives))
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(arg[2]))
    consider({"".join(run)} if run else None)
    return best
