"""Which line rules match a line: rule by rule (match_rule_by_rule), or through the gates that
prefilter.py derives from the patterns (LineMatcher), with the same answers."""
from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex

from ..text.literals import Finder, literal_finder, literal_owners
from .linekey import any_literal, any_start, line_key
from .model import Rule
from .prefilter import Gate, gate_for

# The first lines are searched rule by rule: deriving the gates costs as much as 10,000 ungated
# searches (25 ms for the built-in rules), which a one-line input would spend for nothing.
GATE_AFTER_LINES = 64
_POSITION = operator.itemgetter(0)
# A line longer than this many characters a word of the longest a rule takes is no junk line either:
# without this a 20 MB "word" would be searched by every rule.
CHARS_PER_WORD = 50
# Lines whose gates are tested at a time: the copies of them that the tests make stay small for a
# 100 MB text.
_SCAN_LINES = 4096
# A pattern with what lets a line through to it: (the rule's position, the pattern, the gate's strings).
_Entry = tuple[int, regex.Pattern[str], tuple[str, ...]]
# Rules found matching a line, and the ids of rules whose search ran away.
_Found = tuple[list[Rule], list[str]]


def match_rule_by_rule(
    rules: Iterable[Rule], text: str, words: int, timeout: float, usable: Callable[[Rule], bool]
) -> _Found:
    """The usable rules (in order) whose patterns match ``text``, each searched in full (no gates),
    and the ids of rules whose search ran away (they count as not matching)."""
    found: list[Rule] = []
    timed_out: list[str] = []
    for rule in rules:
        if not usable(rule):
            continue
        try:
            if rule.matches(text, words, timeout):
                found.append(rule)
        except TimeoutError:
            timed_out.append(rule.id)
    return found, timed_out


class LineMatcher:
    """Finds the line rules whose patterns match a line, searching as few patterns as it can.

    Most lines of an article match no rule, and a failing regex search still costs microseconds a
    pattern (one search with the alternation of every rule cost 30 us a line, half of all cleaning
    time). So every pattern has a gate (prefilter.py's Gate: the strings a match starts with, or literals
    it contains, read from the pattern), and the gates of every rule that takes a line of its length
    are tested together first: a line that passes none of them is done with two string operations.
    Only the patterns whose own gates a line passes are searched.
    """

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(rules)
        limits = [r.max_words for r in self.rules]
        self._limits = sorted({limit for limit in limits if limit is not None})
        # Lines longer than every rule's max_words need no search at all (None: some rule takes any length).
        self.longest: int | None = None if None in limits or not limits else self._limits[-1]
        self._buckets: dict[int, _Bucket] = {}
        self._lines_seen = 0
        self._scanner: _Scan | None = None
        self._finders: dict[int, Finder] = {}  # each bucket's contains-test, by the bucket's key

    def prepare(self) -> None:
        """Derive every pattern's gate now (about 25 ms for the built-in rules), for timing the
        steady state: a long run has done it on its first lines."""
        self._lines_seen = GATE_AFTER_LINES
        for words in {0, *self._limits, *(limit + 1 for limit in self._limits)}:
            self._bucket(words)

    def matching(self, text: str, words: int, timeout: float, usable: Callable[[Rule], bool]) -> _Found:
        """The usable rules (in order) whose patterns match the line, and the ids of rules whose
        search ran away (abandoned after ``timeout`` seconds; they count as not matching)."""
        if self._lines_seen < GATE_AFTER_LINES:
            self._lines_seen += 1
            return match_rule_by_rule(self.rules, text, words, timeout, usable)
        return self._gated(text, words, timeout, usable, None)

    def matching_lines(
        self, texts: Sequence[str], words: Sequence[int], timeout: float, usable: Callable[[Rule], bool]
    ) -> Iterator[tuple[int, list[Rule], list[str]]]:
        """What ``matching`` gives for each line (stripped, without a newline) with its number of
        words, for the lines where it gives something: (index, rules, timed-out ids), in line order.
        Lines longer than any rule takes (in words, or in characters: CHARS_PER_WORD) are not
        searched. ``usable`` is asked anew for each line, after the caller has seen the lines before.

        The lines are searched one by one only when a gate lets them through, and the gates are
        tested a document at a time (see _Scan): most lines pass none, and a line at a time the
        tests' calls cost more than their searches."""
        longest = self.longest
        eligible = [
            i for i, (text, count) in enumerate(zip(texts, words))
            if longest is None or (count <= longest and len(text) <= longest * CHARS_PER_WORD)
        ]
        first = 0
        while first < len(eligible) and self._lines_seen < GATE_AFTER_LINES:
            index = eligible[first]
            found, timed_out = self.matching(texts[index], words[index], timeout, usable)
            if found or timed_out:
                yield index, found, timed_out
            first += 1
        for index, contains in self._scan(texts, words, eligible[first:]):
            found, timed_out = self._gated(texts[index], words[index], timeout, usable, contains)
            if found or timed_out:
                yield index, found, timed_out

    def _scan(self, texts: Sequence[str], words: Sequence[int], indexes: list[int]) -> list[tuple[int, bool | None]]:
        """The lines (of ``indexes``) that pass a gate of some rule that takes them, in order, each
        with whether it passes its bucket's contains-test (see _Scan)."""
        if not indexes:
            return []
        if self._scanner is None:
            gates = [_gate(pattern) for rule in self.rules for pattern in rule.patterns]
            starts = (prefix for gate in gates for prefix in gate.prefixes)
            self._scanner = _Scan(any_start(starts, (char for gate in gates for char in gate.first)))
        if len(indexes) > _SCAN_LINES:
            return [
                found
                for start in range(0, len(indexes), _SCAN_LINES)
                for found in self._scan(texts, words, indexes[start : start + _SCAN_LINES])
            ]
        by_bucket: dict[int, list[int]] = {}
        for position, index in enumerate(indexes):
            by_bucket.setdefault(bisect.bisect_left(self._limits, words[index]), []).append(position)
        tests: list[tuple[Finder, list[int]]] = []
        searched: list[int] = []  # the lines of buckets with ungated patterns: every one is searched
        for key, positions in by_bucket.items():
            bucket = self._bucket(words[indexes[positions[0]]])
            if bucket.ungated:
                searched.extend(indexes[p] for p in positions)
            elif bucket.contains is not None:
                finder = self._finders.get(key)
                if finder is None:
                    literals = (literal for entry in bucket.by_literal for literal in entry[2])
                    finder = self._finders[key] = literal_finder(bucket.contains, literals)
                tests.append((finder, positions))
        found = self._scanner.candidates([texts[i] for i in indexes], tests, indexes)
        if not searched:
            return found
        every = dict(found)
        every.update(dict.fromkeys(searched))
        return sorted(every.items())

    def _gated(
        self, text: str, words: int, timeout: float, usable: Callable[[Rule], bool], contains: bool | None
    ) -> _Found:
        """``matching`` past the first lines; ``contains`` is whether the line passes its bucket's
        contains-test when that is known already (None: tested here)."""
        bucket = self._bucket(words)
        key = line_key(text)
        candidates = [entry for entry in bucket.by_start.get(key[:2], ()) if key.startswith(entry[2])]
        if len(key) > 1:
            candidates += bucket.by_start.get(key[:1], ())  # the patterns that one character lets through
        if bucket.by_first:
            candidates += bucket.by_first.get(text[:1], ())
        if bucket.contains is not None and contains is not False:
            folded = text.casefold()
            if contains or bucket.contains.search(folded) is not None:
                by_literal = bucket.by_literal
                candidates += [by_literal[k] for k in bucket.owners(folded)]
        candidates += bucket.ungated
        if not candidates:
            return [], []
        candidates.sort(key=_POSITION)
        found: list[Rule] = []
        timed_out: list[str] = []
        for position, pattern, _ in candidates:
            rule = bucket.rules[position]
            if (found and found[-1] is rule) or rule.id in timed_out or not usable(rule):
                continue
            try:
                if pattern.search(text, timeout=timeout) is not None:
                    found.append(rule)
            except TimeoutError:
                timed_out.append(rule.id)
        return found, timed_out

    def _bucket(self, words: int) -> _Bucket:
        key = bisect.bisect_left(self._limits, words)  # rules with max_words >= words, and those with none
        bucket = self._buckets.get(key)
        if bucket is None:
            eligible = tuple(r for r in self.rules if r.max_words is None or r.max_words >= words)
            bucket = self._buckets[key] = _Bucket.of(eligible)
        return bucket


@dataclass(frozen=True, slots=True)
class _Scan:
    """The gates of every rule tested on a document's lines at once.

    The lines are joined by newlines and case-folded in one piece. One pattern (linekey.any_start)
    finds the lines whose start passes any rule's prefix gate: a superset of the lines that pass
    their own bucket's. Each bucket's contains-test (its literals' trie, what ``matching`` searches a
    line with) is searched in its own lines joined, a line that holds one done with at its first: the
    same answer for each line as a search of the line alone. Measured on newsjunk-dev's 65,650 lines
    that no rule is too short for, the whole of matching: 0.72 s with the gates tested a line at a
    time, 0.65 s a document at a time, 17,443 lines passing (the contains-tests' searches are 0.25 s
    of it, as they were a line at a time)."""

    starts: re.Pattern[str]

    def candidates(
        self, lines: list[str], tests: list[tuple[Finder, list[int]]], indexes: list[int]
    ) -> list[tuple[int, bool | None]]:
        """For ``lines`` (whose indexes in the document are ``indexes``) and the contains-tests of their
        buckets (a pattern and the positions in ``lines`` of the lines it tests): the indexes of the
        lines that pass a gate, in order, each with whether it passes its contains-test. A line that
        holds a newline cannot be joined: then every line is returned, its test not known (None)."""
        text = "\n".join(["", *lines]).casefold()  # a newline before each line
        if text.count("\n") != len(lines):
            return [(index, None) for index in indexes]
        found: dict[int, bool | None] = {}
        line = previous = 0
        for hit in self.starts.finditer(text):
            line += text.count("\n", previous, hit.start())
            previous = hit.start()
            found[indexes[line]] = False
        folded = text.split("\n")
        del folded[0]
        for first, positions in tests:
            block = "\n".join([folded[p] for p in positions])
            line = start = 0
            while (at := first(block, start)) is not None:
                line += block.count("\n", start, at)
                found[indexes[positions[line]]] = True
                start = block.find("\n", at) + 1
                if start == 0:
                    break
                line += 1
        return sorted(found.items())


@dataclass(frozen=True, slots=True)
class _Bucket:
    """The rules that take lines of some length, their patterns indexed by gate."""

    rules: tuple[Rule, ...]
    # Prefix-gated patterns by the first two characters of a prefix (one, for a one-character prefix):
    # by the first character alone, a line starting "s" met every rule for "subscribe", "share",
    # "sign up", "source"..., and the list was a tenth of the matching time.
    by_start: dict[str, tuple[_Entry, ...]]
    by_first: dict[str, tuple[_Entry, ...]]  # patterns gated by a line's first character, by it
    by_literal: tuple[_Entry, ...]  # contains-gated patterns
    contains: re.Pattern[str] | None  # any of their literals (the standard re: literals only)
    # The indexes in by_literal of the entries whose literals a case-folded line holds, in order (see
    # literal_owners).
    owners: Callable[[str], list[int]]
    ungated: tuple[_Entry, ...]  # patterns searched on every line

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> _Bucket:
        by_start: dict[str, list[_Entry]] = {}
        by_first: dict[str, list[_Entry]] = {}
        by_literal: list[_Entry] = []
        ungated: list[_Entry] = []
        for position, rule in enumerate(rules):
            for pattern in rule.patterns:
                gate = _gate(pattern)
                if gate.prefixes:
                    for start in sorted({prefix[:2] for prefix in gate.prefixes}):
                        prefixes = tuple(p for p in gate.prefixes if p[:2] == start)
                        by_start.setdefault(start, []).append((position, pattern, prefixes))
                elif gate.first:
                    for char in gate.first:
                        by_first.setdefault(char, []).append((position, pattern, gate.first))
                elif gate.contains:
                    by_literal.append((position, pattern, gate.contains))
                else:
                    ungated.append((position, pattern, ()))
        literals = {literal for entry in by_literal for literal in entry[2]}
        return cls(
            rules,
            {start: tuple(entries) for start, entries in by_start.items()},
            {char: tuple(entries) for char, entries in by_first.items()},
            tuple(by_literal),
            any_literal(literals) if literals else None,
            literal_owners(tuple((literal, k) for k, entry in enumerate(by_literal) for literal in entry[2])),
            tuple(ungated),
        )


@functools.cache
def _gate_of(source: str, flags: int) -> Gate:
    return gate_for(source, flags)


def _gate(pattern: regex.Pattern[str]) -> Gate:
    return _gate_of(pattern.pattern, pattern.flags)
