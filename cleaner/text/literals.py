"""Finding many literal strings in a text at once: the rules' contains-tests and the page step's
site names. pyahocorasick (the ``fast`` extra) reads each character once; without it the same answers
come from a regex trie or string set."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import regex

try:  # an optional accelerator (the fast extra); without it the searches use re and regex
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - depends on the install
    _ahocorasick = None

# Where, in a text from a position on, the first literal of a contains-test that it holds starts
# (None: none there); see literal_finder.
Finder = Callable[[str, int], "int | None"]


def literal_finder(pattern: re.Pattern[str], literals: Iterable[str]) -> Finder:
    """A finder for a bucket's contains-test: its literals' trie (``pattern``, any_literal of the
    ``literals``) searched with ``re``, or, where pyahocorasick is installed (the ``fast`` extra), an
    Aho-Corasick automaton of the literals, which reads each character once, not once for every
    literal that starts there: newsjunk-dev's contains-tests 0.25 s with ``re``, 0.10 s so (matching
    as a whole 0.62 -> 0.47 s). Both find every line that holds a literal, the automaton by the
    literal that ends first, the trie by the one that starts first. (A literal holding a newline,
    which no line holds, may mark a line that holds no literal: its patterns' own literal tests in
    _gated then let none through.)"""
    literals = set(literals)
    if _ahocorasick is None or "" in literals:
        def search(text: str, start: int) -> int | None:
            hit = pattern.search(text, start)
            return None if hit is None else hit.start()

        return search
    automaton = _automaton({literal: len(literal) for literal in literals})

    def scan(text: str, start: int) -> int | None:
        for end, length in automaton.iter(text, start):
            return end - length + 1
        return None

    return scan


def literal_owners(owned: tuple[tuple[str, int], ...]) -> Callable[[str], list[int]]:
    """For literals each with the index of the entry that owns it: a function that gives the entries
    whose literals a line holds, each once, in order. One loop over the literals, not an any() a
    pattern (81,000 generators on newsjunk-dev's 3,400 lines that pass a contains-test); where
    pyahocorasick is installed, one pass of an automaton over the line instead of a test a literal
    (70 to 110 of them in the buckets of short lines)."""
    if _ahocorasick is None or not owned or any(not literal for literal, _ in owned):
        def test_each(folded: str) -> list[int]:
            return sorted({k for literal, k in owned if literal in folded})

        return test_each
    owners: dict[str, set[int]] = {}
    for literal, k in owned:
        owners.setdefault(literal, set()).add(k)
    automaton = _automaton({literal: tuple(ks) for literal, ks in owners.items()})

    def scan(folded: str) -> list[int]:
        # Every occurrence of every literal, overlapping ones too: what the test a literal finds.
        return sorted({k for _, ks in automaton.iter(folded) for k in ks})

    return scan


def literals_in(text: str, literals: set[str]) -> set[str]:
    """The ``literals`` (none empty) that ``text`` holds: one pass of an automaton over the text where
    pyahocorasick is installed; otherwise a search a literal, or, when that would read more than
    _ONE_BY_ONE_CHARS characters, one pass of a regex string set (\\L), which finds the longest literal
    at each position: the shorter ones there are its prefixes. (16,000 names searched one by one in
    16,000 copyright lines took 4.7 s; the string set takes 0.84 s to build and 1 ms to search.)"""
    if not literals:
        return set()
    if _ahocorasick is not None:
        return {literal for _, literal in _automaton({literal: literal for literal in literals}).iter(text)}
    if len(literals) * len(text) <= _ONE_BY_ONE_CHARS:
        return {literal for literal in literals if literal in text}
    found: set[str] = set()
    for hit in regex.compile(r"\L<literals>", literals=literals).finditer(text, overlapped=True):
        longest = hit.group()
        found.update(longest[:end] for end in range(1, len(longest) + 1) if longest[:end] in literals)
    return found


_ONE_BY_ONE_CHARS = 10_000_000


def _automaton(values: dict[str, Any]) -> Any:
    """A pyahocorasick automaton of the literals, each found with its value."""
    automaton = _ahocorasick.Automaton()
    for literal, value in values.items():
        automaton.add_word(literal, value)
    automaton.make_automaton()
    return automaton
