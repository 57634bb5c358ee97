"""Rule files: loading, validation and compiled patterns.

A rule file is TOML with a list of ``[[rule]]`` tables. Every rule names its kind of junk, says in
one line why it removes what it removes, gives one or more patterns in the ``regex`` module's syntax,
where it applies and what it removes, and carries examples that must and must not match (the test
suite runs them). Nothing in a rule file is executed: it is parsed with ``tomllib`` and validated key
by key; every problem is reported as one line naming the file, the rule and the key.
"""
from __future__ import annotations

import bisect
import functools
import operator
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from . import prefilter
from .text.literals import Finder, literal_finder, literal_owners


WHERE = ("line", "head", "tail", "block")
REMOVES = ("line", "block", "rest")
KINDS = (
    "dup_headline",
    "byline",
    "caption",
    "inline",
    "source_footer",
    "social",
    "newsletter",
    "related",
    "promo",
    "other",
)
_ID = regex.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
_RULE_KEYS = {
    "id",
    "kind",
    "reason",
    "pattern",
    "patterns",
    "where",
    "removes",
    "strict",
    "ignore_case",
    "max_words",
    "off_topic",
    "languages",
    "examples",
}
_LANGUAGE = regex.compile(r"^[a-z]{2,3}$")
_EXAMPLE_KEYS = {"match", "no_match"}
# A pattern that has not finished in this time is abandoned; the engine reports the rule by id.
DEFAULT_TIMEOUT = 0.5


class RuleError(Exception):
    """A rule file that cannot be used; ``str()`` is the one-line message for the user."""

    def __init__(self, path: str, message: str, rule_id: str | None = None, key: str | None = None):
        where = [path]
        if rule_id is not None:
            where.append(f"rule {rule_id!r}")
        if key is not None:
            where.append(f"key {key!r}")
        super().__init__(": ".join(where) + ": " + message)
        self.path = path
        self.rule_id = rule_id
        self.key = key


@dataclass(frozen=True, slots=True)
class Examples:
    match: tuple[str, ...]
    no_match: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """One validated rule with its patterns compiled."""

    id: str
    kind: str
    reason: str
    patterns: tuple[regex.Pattern[str], ...]
    where: str
    removes: str
    strict: bool
    off_topic: bool  # only lines whose words are mostly absent from the rest of the document
    max_words: int | None
    examples: Examples
    source: str
    # ISO 639 codes of the languages whose pages the rule is for; empty: every page. A rule for one
    # language runs only when the document's language is known to be one of them (a Spanish "Mira:"
    # teaser is a name in an English text).
    languages: frozenset[str] = frozenset()

    def applies_to(self, language: str | None) -> bool:
        return not self.languages or language in self.languages

    def matches(self, text: str, word_count: int, timeout: float = DEFAULT_TIMEOUT) -> bool:
        """True when any pattern matches the (stripped) text. Raises TimeoutError on a runaway pattern."""
        if self.max_words is not None and word_count > self.max_words:
            return False
        return any(p.search(text, timeout=timeout) is not None for p in self.patterns)


def match_rule_by_rule(
    rules: Iterable[Rule], text: str, words: int, timeout: float, usable: Callable[[Rule], bool]
) -> tuple[list[Rule], list[str]]:
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


# The first lines are searched rule by rule: deriving the gates costs as much as 10,000 ungated
# searches (25 ms for the built-in rules), which a one-line input would spend for nothing.
GATE_AFTER_LINES = 64
_POSITION = operator.itemgetter(0)
# A line longer than this many characters a word of the longest a rule takes is no junk line either:
# without this a 20 MB "word" would be searched by every rule.
CHARS_PER_WORD = 50


class LineMatcher:
    """Finds the line rules whose patterns match a line, searching as few patterns as it can.

    Most lines of an article match no rule, and a failing regex search still costs microseconds a
    pattern (one search with the alternation of every rule cost 30 us a line, half of all cleaning
    time). So every pattern has a gate (prefilter.Gate: the strings a match starts with, or literals
    it contains, read from the pattern), and the gates of every rule that takes a line of its length
    are tested together first: a line that passes none of them is done with two string operations.
    Only the patterns whose own gates a line passes are searched.
    """

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(rules)
        limits = [r.max_words for r in self.rules]
        # Lines longer than every rule's max_words need no search at all (None: some rule takes any length).
        self.longest: int | None = None if None in limits or not limits else max(limits)  # type: ignore[type-var]
        self._limits = sorted({limit for limit in limits if limit is not None})
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

    def matching(self, text: str, words: int, timeout: float, usable: Callable[[Rule], bool]) -> tuple[list[Rule], list[str]]:
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
            starts = (prefix for rule in self.rules for pattern in rule.patterns for prefix in _gate(pattern).prefixes)
            self._scanner = _Scan(prefilter.any_start(starts))
        if len(indexes) > _SCAN_LINES:
            return [found for start in range(0, len(indexes), _SCAN_LINES) for found in self._scan(texts, words, indexes[start : start + _SCAN_LINES])]
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
                    finder = self._finders[key] = literal_finder(bucket.contains, (literal for entry in bucket.by_literal for literal in entry[2]))
                tests.append((finder, positions))
        found = self._scanner.candidates([texts[i] for i in indexes], tests, indexes)
        if not searched:
            return found
        every = dict(found)
        every.update(dict.fromkeys(searched))
        return sorted(every.items())

    def _gated(
        self, text: str, words: int, timeout: float, usable: Callable[[Rule], bool], contains: bool | None
    ) -> tuple[list[Rule], list[str]]:
        """``matching`` past the first lines; ``contains`` is whether the line passes its bucket's
        contains-test when that is known already (None: tested here)."""
        bucket = self._bucket(words)
        key = prefilter.line_key(text)
        candidates = [entry for entry in bucket.by_start.get(key[:2], ()) if key.startswith(entry[2])]
        if len(key) > 1:
            candidates += bucket.by_start.get(key[:1], ())  # the patterns that one character lets through
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

    The lines are joined by newlines and case-folded in one piece. One pattern (prefilter.any_start)
    finds the lines whose start passes any rule's prefix gate: a superset of the lines that pass
    their own bucket's. Each bucket's contains-test (its literals' trie, what ``matching`` searches a
    line with) is searched in its own lines joined, a line that holds one done with at its first: the
    same answer for each line as a search of the line alone. Measured on newsjunk-dev's 65,650 lines
    that no rule is too short for, the whole of matching: 0.72 s with the gates tested a line at a
    time, 0.65 s a document at a time, 17,443 lines passing (the contains-tests' searches are 0.25 s
    of it, as they were a line at a time)."""

    starts: re.Pattern[str]

    def candidates(self, lines: list[str], tests: list[tuple[Finder, list[int]]], indexes: list[int]) -> list[tuple[int, bool | None]]:
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
            while (hit := first(block, start)) is not None:
                line += block.count("\n", start, hit)
                found[indexes[positions[line]]] = True
                start = block.find("\n", hit) + 1
                if start == 0:
                    break
                line += 1
        return sorted(found.items())


# Lines whose gates are tested at a time: the copies of them that the tests make stay small for a
# 100 MB text.
_SCAN_LINES = 4096


# A pattern with what lets a line through to it: (the rule's position, the pattern, the gate's strings).
_Entry = tuple[int, regex.Pattern[str], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class _Bucket:
    """The rules that take lines of some length, their patterns indexed by gate."""

    rules: tuple[Rule, ...]
    # Prefix-gated patterns by the first two characters of a prefix (one, for a one-character prefix):
    # by the first character alone, a line starting "s" met every rule for "subscribe", "share",
    # "sign up", "source"..., and the list was a tenth of the matching time.
    by_start: dict[str, tuple[_Entry, ...]]
    by_literal: tuple[_Entry, ...]  # contains-gated patterns
    contains: re.Pattern[str] | None  # any of their literals (the standard re: literals only)
    # The indexes in by_literal of the entries whose literals a case-folded line holds, in order (see
    # literal_owners).
    owners: Callable[[str], list[int]]
    ungated: tuple[_Entry, ...]  # patterns searched on every line

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> _Bucket:
        by_start: dict[str, list[_Entry]] = {}
        by_literal: list[_Entry] = []
        ungated: list[_Entry] = []
        for position, rule in enumerate(rules):
            for pattern in rule.patterns:
                gate = _gate(pattern)
                if gate.prefixes:
                    for start in sorted({prefix[:2] for prefix in gate.prefixes}):
                        by_start.setdefault(start, []).append((position, pattern, tuple(p for p in gate.prefixes if p[:2] == start)))
                elif gate.contains:
                    by_literal.append((position, pattern, gate.contains))
                else:
                    ungated.append((position, pattern, ()))
        literals = {literal for entry in by_literal for literal in entry[2]}
        return cls(
            rules,
            {start: tuple(entries) for start, entries in by_start.items()},
            tuple(by_literal),
            prefilter.any_literal(literals) if literals else None,
            literal_owners(tuple((literal, k) for k, entry in enumerate(by_literal) for literal in entry[2])),
            tuple(ungated),
        )


@functools.cache
def _gate_of(source: str, flags: int) -> prefilter.Gate:
    return prefilter.gate_for(source, flags)


def _gate(pattern: regex.Pattern[str]) -> prefilter.Gate:
    return _gate_of(pattern.pattern, pattern.flags)


def builtin_rule_files() -> list[Path]:
    """The rule files shipped with the package, in name order."""
    folder = resources.files("cleaner.builtin_rules")
    return sorted(
        (Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".toml")),
        key=lambda p: p.name,
    )


def rule_files_in(path: Path) -> list[Path]:
    """A rule file, or every ``*.toml`` file of a folder."""
    if path.is_dir():
        return sorted(path.glob("*.toml"))
    return [path]


def load_rules(paths: Iterable[Path]) -> tuple[Rule, ...]:
    """Load and validate rule files; a duplicate id across all of them is an error."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        for rule in load_rule_file(path):
            if rule.id in seen:
                raise RuleError(str(path), f"duplicate id, already defined in {seen[rule.id]}", rule.id, "id")
            seen[rule.id] = str(path)
            rules.append(rule)
    return tuple(rules)


def load_rule_file(path: Path) -> Iterator[Rule]:
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RuleError(name, f"cannot read: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise RuleError(name, f"not UTF-8 (byte {error.start})") from None
    except tomllib.TOMLDecodeError as error:
        raise RuleError(name, f"not valid TOML: {error}") from None
    unknown = sorted(set(data) - {"rule"})
    if unknown:
        raise RuleError(name, "unknown top-level key (a rule file holds [[rule]] tables)", key=unknown[0])
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise RuleError(name, "must be a list of [[rule]] tables", key="rule")
    for position, table in enumerate(tables, start=1):
        yield _build_rule(name, position, table)


def _build_rule(path: str, position: int, table: dict[str, Any]) -> Rule:
    rule_id = table.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        label = rule_id if isinstance(rule_id, str) else f"#{position}"
        raise RuleError(path, "id must be lower-case words joined by '.' or '-', such as 'inline.advertisement'", label, "id")

    def fail(key: str, message: str) -> RuleError:
        return RuleError(path, message, rule_id, key)

    unknown = sorted(set(table) - _RULE_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key (known: {', '.join(sorted(_RULE_KEYS))})")
    kind = _choice(table, "kind", KINDS, None, fail)
    reason = table.get("reason")
    if not isinstance(reason, str) or not reason.strip() or "\n" in reason.strip():
        raise fail("reason", "must be a one-line, non-empty string")
    where = _choice(table, "where", WHERE, "line", fail)
    removes = _choice(table, "removes", REMOVES, "line", fail)
    if removes == "rest" and where != "tail":
        raise fail("removes", "'rest' removes everything after the line and is only allowed with where = 'tail'")
    if where == "block" and removes != "line":
        raise fail("removes", "a rule with where = 'block' removes the matched block: use removes = 'line'")
    strict = _boolean(table, "strict", False, fail)
    ignore_case = _boolean(table, "ignore_case", True, fail)
    off_topic = _boolean(table, "off_topic", False, fail)
    max_words = table.get("max_words")
    if max_words is not None and (isinstance(max_words, bool) or not isinstance(max_words, int) or max_words < 1):
        raise fail("max_words", "must be a positive whole number")
    languages = _languages(table, fail)
    sources = _patterns(table, fail)
    flags = regex.IGNORECASE if ignore_case else 0
    compiled = []
    for key, source in sources:
        if strict and not (source.startswith("^") and source.endswith("$")):
            raise fail(key, "a strict rule removes protected paragraphs, so its pattern must match whole lines (^...$)")
        try:
            compiled.append(regex.compile(source, flags))
        except regex.error as error:
            raise fail(key, f"does not compile: {error}") from None
        except (RecursionError, OverflowError, MemoryError):
            raise fail(key, "does not compile: nested or repeated too deeply") from None
    examples = _examples(table, fail)
    rule = Rule(rule_id, kind, reason.strip(), tuple(compiled), where, removes, strict, off_topic, max_words, examples, path, languages)
    return rule


def _choice(table: dict[str, Any], key: str, allowed: tuple[str, ...], default: str | None, fail: Any) -> str:
    value = table.get(key, default)
    if value not in allowed:
        shown = "missing" if value is None else f"{value!r} is not allowed"
        raise fail(key, f"{shown} (one of: {', '.join(allowed)})")
    return value


def _boolean(table: dict[str, Any], key: str, default: bool, fail: Any) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise fail(key, "must be true or false")
    return value


def _languages(table: dict[str, Any], fail: Any) -> frozenset[str]:
    value = table.get("languages", [])
    if not isinstance(value, list) or not value and "languages" in table:
        raise fail("languages", "must be a non-empty list of ISO 639 language codes such as [\"es\", \"pt\"]")
    for code in value:
        if not isinstance(code, str) or not _LANGUAGE.match(code):
            raise fail("languages", f"{code!r} is not an ISO 639 language code (two or three lower-case letters)")
    return frozenset(value)


def _patterns(table: dict[str, Any], fail: Any) -> list[tuple[str, str]]:
    if ("pattern" in table) == ("patterns" in table):
        raise fail("pattern", "give exactly one of 'pattern' (a string) or 'patterns' (a list of strings)")
    if "pattern" in table:
        value = table["pattern"]
        if not isinstance(value, str) or not value:
            raise fail("pattern", "must be a non-empty string")
        return [("pattern", value)]
    values = table["patterns"]
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
        raise fail("patterns", "must be a non-empty list of non-empty strings")
    return [(f"patterns[{i}]", v) for i, v in enumerate(values)]


def _examples(table: dict[str, Any], fail: Any) -> Examples:
    value = table.get("examples")
    if not isinstance(value, dict):
        raise fail("examples", "missing: give [rule.examples] with 'match' and 'no_match' lists")
    unknown = sorted(set(value) - _EXAMPLE_KEYS)
    if unknown:
        raise fail(f"examples.{unknown[0]}", "unknown key (known: match, no_match)")
    lists = []
    for key in ("match", "no_match"):
        items = value.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise fail(f"examples.{key}", "must be a non-empty list of non-empty strings")
        lists.append(tuple(items))
    return Examples(*lists)
