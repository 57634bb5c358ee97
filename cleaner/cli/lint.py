"""Rule lint: find patterns that can backtrack catastrophically before they meet real text.

Two checks, both on the compiled rules:

- Static: a quantifier that repeats without bound a body whose only required part is itself an
  unbounded repeat, as in ``(a+)+``, ``(\\w+\\s?)*`` or ``(.*)*``: such a body can split a run of
  characters in exponentially many ways, and a failing match tries them all.
- Probes: every pattern is searched, under a short timeout, in strings built to make backtracking
  show (runs of letters, digits, spaces and of the pattern's own literal characters, each ended by a
  character that breaks the match). A probe that times out names the rule; this finds what the static
  check cannot parse (``regex``-only syntax) or does not model.

The engine still runs every pattern with a timeout; the lint says so before a batch starts.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# The standard library's regular-expression parser gives the pattern's structure; since 3.11 it lives
# here (the old sre_parse/sre_constants names are deprecated aliases of these).
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import regex

from ..rules import Rule

_UNBOUNDED = sre_constants.MAXREPEAT
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
# A short probe that takes this long is exponential: a sound pattern scans 65 characters in microseconds.
_SHORT_PROBE_LENGTH = 64
_SHORT_PROBE_SECONDS = 0.05
# A long probe finds polynomial blow-up (nested bounded loops, overlapping alternatives).
_LONG_PROBE_LENGTH = 20_000
_LONG_PROBE_SECONDS = 0.5


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with one pattern of one rule."""

    source: str
    rule_id: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: rule {self.rule_id!r}: key {self.key!r}: {self.message}"


def lint(rules: Iterable[Rule]) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        keys = ["pattern"] if len(rule.patterns) == 1 else [f"patterns[{i}]" for i in range(len(rule.patterns))]
        for key, pattern in zip(keys, rule.patterns):
            message = _static_problem(pattern.pattern) or _probe_problem(pattern)
            if message:
                findings.append(Finding(rule.source, rule.id, key, message))
    return findings


def _static_problem(source: str) -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = sre_parse.parse(source)
    except (sre_constants.error, OverflowError, RecursionError):
        return None  # regex-only syntax: the probes judge it
    for nested in _nested_unbounded(tree):
        return (
            f"nested unbounded quantifier ({nested}): can backtrack catastrophically; "
            "make the inner or outer repeat possessive or atomic, or require a separator"
        )
    return None


def _nested_unbounded(items: sre_parse.SubPattern) -> Iterator[str]:
    for op, value in items:
        if op in _REPEATS:
            low, high, body = value
            if high == _UNBOUNDED and _only_unbounded_repeat_required(body):
                yield "a group repeated without bound whose body is itself an unbounded repeat, as in (a+)+"
            yield from _nested_unbounded(body)
        elif op == sre_constants.SUBPATTERN:
            yield from _nested_unbounded(value[-1])
        elif op == sre_constants.BRANCH:
            for branch in value[1]:
                yield from _nested_unbounded(branch)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            yield from _nested_unbounded(value[1])


def _only_unbounded_repeat_required(body: sre_parse.SubPattern) -> bool:
    """The body's one required part is an unbounded repeat; everything else in it may match nothing
    (``a+``, ``\\w+\\s?``, ``.*``). Two required parts, as in ``\\s+\\w+``, are left to the probes:
    whether they can split a run ambiguously depends on what they match."""
    unbounded = 0
    for op, value in body:
        if op == sre_constants.SUBPATTERN:
            inner = value[-1]
            if _only_unbounded_repeat_required(inner):
                unbounded += 1
            elif not _can_be_empty(inner):
                return False
        elif op in _REPEATS and value[1] == _UNBOUNDED:
            unbounded += 1
        elif op == sre_constants.BRANCH and any(_only_unbounded_repeat_required(b) for b in value[1]):
            unbounded += 1
        elif not ((op in _REPEATS and value[0] == 0) or op == sre_constants.AT):
            return False
    return unbounded == 1


def _can_be_empty(body: sre_parse.SubPattern) -> bool:
    for op, value in body:
        if op in _REPEATS and value[0] == 0:
            continue
        if op == sre_constants.AT:
            continue
        if op == sre_constants.SUBPATTERN and _can_be_empty(value[-1]):
            continue
        return False
    return True


def _probe_problem(pattern: regex.Pattern[str]) -> str | None:
    for length, seconds in ((_SHORT_PROBE_LENGTH, _SHORT_PROBE_SECONDS), (_LONG_PROBE_LENGTH, _LONG_PROBE_SECONDS)):
        for probe in _probes(pattern.pattern, length):
            try:
                pattern.search(probe, timeout=seconds)
            except TimeoutError:
                shown = probe[:12] + ("…" if len(probe) > 12 else "")
                return (
                    f"took over {seconds * 1000:.0f} ms on a {len(probe)}-character probe ({shown!r}): "
                    "catastrophic backtracking; rewrite the pattern"
                )
    return None


def _probes(source: str, length: int) -> Iterator[str]:
    literals = sorted({c for c in source if c.isalnum() or c in " .,:;-/@'"})[:24]
    units = ["a", "A", "1", " ", "a ", "aA", "a1", "a.", *literals]
    for unit in dict.fromkeys(units):
        run = unit * (length // len(unit))
        for end in ("!", "\x00", "\n"):
            yield run + end
