"""The gates in front of every pattern search (cleaner.prefilter) let through every line the pattern
matches: derived gates on their own, the built-in rules' examples, generated variants of them, and
(where ../shared is present) every line of the development corpora."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.prefilter import LEAD, OPEN, Gate, any_literal, gate_for, line_key, passes
from cleaner.rules import Rule

BUILTIN = Cleaner()
BUILTIN.line_matcher.prepare()  # gates from the first line (a new matcher searches its first lines ungated)
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def admits(pattern: str, text: str) -> bool:
    return passes(gate_for(pattern), line_key(text), text.casefold())


def test_an_anchored_alternation_gives_its_starts() -> None:
    assert gate_for(r"^(?:read more|see also)\s*:") == Gate(prefixes=("read more ", "read more:", "see also ", "see also:"))


def test_leading_bullets_and_brackets_are_dropped_on_both_sides() -> None:
    gate = gate_for(r"^[\[(•*\s]*(?i:advertisement)[\])]*$")
    assert gate.prefixes == ("advertisemen",)  # cut at PREFIX_CHARS
    assert passes(gate, line_key("[ • ADVERTISEMENT ]"), "")


def test_case_and_white_space_are_read_alike() -> None:
    assert gate_for(r"^By\s+\p{Lu}").prefixes == ("by ",)
    assert admits(r"^By\s+\p{Lu}", "BY\u00a0JANE DOE")  # a no-break space is a space here
    assert admits(r"^Straße", "STRASSE")  # case-folded: ß is ss


def test_a_repeat_ends_what_it_starts() -> None:
    # After one "ab" a second may follow: "abab" is not required, only "ab".
    assert gate_for(r"^(?:ab)+c").prefixes == ("ab",)
    assert gate_for(r"^x\d{2,4}y").prefixes == tuple(f"x{d}" for d in range(10))


def test_an_unanchored_pattern_gives_literals_it_contains() -> None:
    assert gate_for(r"all rights reserved\.?$") == Gate(contains=("all rights reserved",))
    assert gate_for(r"(?:getty images|shutterstock)$") == Gate(contains=("getty images", "shutterstock"))


def test_a_start_that_cannot_be_bounded_leaves_the_pattern_open() -> None:
    assert gate_for(r"^\p{L}+\s+\d+$") == OPEN  # a letter class first, and no literal anywhere
    assert gate_for(r"^.{0,40}$") == OPEN
    assert gate_for(r"^(?:x|\w+) says$") == Gate(contains=(" says",))  # one branch is open: the literal after it serves


def test_syntax_the_standard_parser_does_not_read_leaves_the_pattern_open() -> None:
    assert gate_for(r"^(?:cat){e<=1}") == OPEN  # fuzzy matching: regex module only
    assert gate_for(r"^[[:alpha:]]x") == OPEN  # a POSIX class: the standard parser reads brackets
    assert gate_for(r"^read \s more", regex.VERBOSE) == OPEN  # verbose: white space is not what it seems


def test_a_class_that_starts_with_a_colon_is_no_posix_class() -> None:
    assert gate_for(r"^[:>]x").prefixes == (":x", "x")  # ">" is LEAD, ":" is not


def test_the_literal_trie_leaves_out_literals_that_hold_another() -> None:
    assert any_literal(["read", "reading", "reader", "copyright", "co"]).pattern == "(?:co|read)"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abc© .(", max_size=5), max_size=12),
    st.text(alphabet="abc© .(x", max_size=30),
)
def test_the_literal_trie_finds_a_line_exactly_when_it_holds_a_literal(literals: list[str], line: str) -> None:
    assert (any_literal(literals).search(line) is not None) == any(literal in line for literal in literals)


def test_every_built_in_pattern_has_a_gate() -> None:
    # An open pattern is searched on every line: one of them cost more than all the gated ones.
    assert [rule.id for rule in BUILTIN.rules for p in rule.patterns if gate_for(p.pattern, p.flags).open] == []


def test_a_gate_never_requires_nothing() -> None:
    assert gate_for(r"^[-–—\s]*$") == OPEN  # only LEAD characters: every line starts with ""


def test_lead_characters_are_white_space_and_punctuation_only() -> None:
    assert not any(c.isalnum() for c in LEAD)


def rule_examples() -> list[tuple[Rule, str, bool]]:
    return [(rule, text, True) for rule in BUILTIN.line_rules for text in rule.examples.match] + [
        (rule, text, False) for rule in BUILTIN.line_rules for text in rule.examples.no_match
    ]


def gated_matches(text: str, language: str | None = None) -> list[str]:
    words = len(regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}'’]*", text))
    found, _ = BUILTIN.line_matcher.matching(text, words, 1.0, lambda rule: rule.applies_to(language))
    return [rule.id for rule in found]


def ungated_matches(text: str, language: str | None = None) -> list[str]:
    words = len(regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}'’]*", text))
    return [
        rule.id
        for rule in BUILTIN.line_rules
        if rule.applies_to(language) and (rule.max_words is None or words <= rule.max_words) and rule.matches(text, words, 1.0)
    ]


@pytest.mark.parametrize(("rule", "text", "expected"), rule_examples(), ids=lambda v: v.id if isinstance(v, Rule) else None)
def test_every_rule_example_gets_the_same_answer_through_the_gates(rule: Rule, text: str, expected: bool) -> None:
    language = next(iter(sorted(rule.languages)), None)
    assert gated_matches(text, language) == ungated_matches(text, language)


MATCHING_EXAMPLES = [(rule, text) for rule in BUILTIN.line_rules for text in rule.examples.match]
_SPACES = ["\u00a0", "\t", "  ", "\u2009"]


@settings(max_examples=300, deadline=None)
@given(
    example=st.sampled_from(MATCHING_EXAMPLES),
    lead=st.text(alphabet="[(•*-– ", max_size=4),
    case=st.sampled_from([str.upper, str.lower, str.title, str]),
    space=st.sampled_from([" ", *_SPACES]),
)
def test_variants_of_matching_lines_pass_the_gates(example: tuple[Rule, str], lead: str, case: object, space: str) -> None:
    rule, text = example
    variant = lead + case(text).replace(" ", space)  # type: ignore[operator]
    for pattern in rule.patterns:
        if pattern.search(variant):
            assert passes(gate_for(pattern.pattern, pattern.flags), line_key(variant), variant.casefold()), (rule.id, variant)


def corpus_lines() -> list[str]:
    lines: list[str] = []
    for name, field in (("newsjunk-dev.jsonl.gz", "input"), ("aeb.jsonl.gz", "page_text")):
        with gzip.open(SHARED / name, "rt", encoding="utf-8") as source:
            for record in source:
                lines.extend(s for line in json.loads(record)[field].split("\n") if (s := line.strip()))
    return lines


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora is absent: the corpus check of the gates is skipped")
def test_the_gates_change_no_match_on_the_development_corpora() -> None:
    differing = [text for text in corpus_lines() if len(text) < 2000 and gated_matches(text) != ungated_matches(text)]
    assert differing == []
