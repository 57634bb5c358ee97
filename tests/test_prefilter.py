"""The gates in front of every pattern search (cleaner.rules.prefilter) let through every line the pattern
matches: derived gates on their own, the built-in rules' examples, generated variants of them, and
(where ../shared is present) every line of the development corpora."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Options
from cleaner.rules import CHARS_PER_WORD, LineMatcher, Rule, linekey
from cleaner.rules.linekey import DIGITS, LEAD, any_literal, any_start, line_key
from cleaner.rules.prefilter import OPEN, Gate, gate_for, passes
from cleaner.text import literals as literal_search

BUILTIN = Cleaner()
BUILTIN.line_matcher.prepare()  # gates from the first line (a new matcher searches its first lines ungated)
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def admits(pattern: str, text: str) -> bool:
    return passes(gate_for(pattern), line_key(text), text.casefold())


def test_an_anchored_alternation_gives_its_starts() -> None:
    assert gate_for(r"^(?:read more|see also)\s*:") == Gate(prefixes=("read more :", "read more:", "see also :", "see also:"))


def test_leading_bullets_and_brackets_are_dropped_on_both_sides() -> None:
    gate = gate_for(r"^[\[(•*\s]*(?i:advertisement)[\])]*$")
    assert gate.prefixes == ("advertisemen",)  # cut at PREFIX_CHARS
    assert passes(gate, line_key("[ • ADVERTISEMENT ]"), "")


def test_case_and_white_space_are_read_alike() -> None:
    assert gate_for(r"^By\s+\p{Lu}").prefixes == ("by ",)
    assert admits(r"^By\s+\p{Lu}", "BY\u00a0JANE DOE")  # a no-break space is a space here
    assert admits(r"^Straße", "STRASSE")  # case-folded: ß is ss


def test_a_run_of_white_space_reads_as_one_space_and_what_follows_it_counts() -> None:
    assert gate_for(r"^(?:this|the)\s+(?:article|story)\s+is").prefixes == ("the article ", "the story is", "this article", "this story i")
    assert gate_for(r"^a \s*[ \t]{2,}b").prefixes == ("a b",)
    assert admits(r"^the\s+story\s+is", "The \u00a0\t story   is")
    assert line_key("the" + " " * 40 + "story   is  here") == "the story is here"


def test_a_run_of_digits_reads_as_one_zero_in_any_script() -> None:
    assert gate_for(r"^\d+\s*comments?").prefixes == ("0 comment", "0comment")
    assert gate_for(r"^x\d{2,4}y").prefixes == ("x0y",)
    assert line_key("2024 was 12 months").startswith("0 was 0 mont")
    for line in ["3 comments", "٣ comments", "١٢ comments", "𝟑𝟐 comments"]:
        assert admits(r"^\d+ comments?", line), line


def test_the_digit_blocks_are_every_digit_python_or_regex_reads() -> None:
    every = "".join(map(chr, range(0x110000)))
    digits = {c for c in every if c.isdecimal()} | set(regex.findall(r"\d", every)) | set(re.findall(r"\d", every))
    assert set(DIGITS) == digits
    assert len(DIGITS) == len(digits)
    assert [c for c in every if c not in digits and any(d in digits for d in c.casefold())] == []
    assert [c for c in digits if c.casefold() != c] == []


def test_the_line_scan_reads_white_space_and_digits_as_line_key_does() -> None:
    # any_start writes them as the standard engine's \s and \d (short classes, quick to compile):
    # in a line, every white space but the newline and every digit, no other character.
    every = "".join(map(chr, range(0x110000)))
    assert set(re.findall(linekey._SPACE_IN_LINE, every)) == set(linekey._WHITE_SPACE) - {"\n"}
    assert set(re.findall(linekey._DIGIT_IN_LINE, every)) == set(DIGITS)


def test_a_repeat_ends_what_it_starts() -> None:
    # After one "ab" a second may follow: "abab" is not required, only "ab".
    assert gate_for(r"^(?:ab)+c").prefixes == ("ab",)
    assert gate_for(r"^x(?:\d\.){2,4}y").prefixes == ("x0.",)


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


def test_a_pattern_that_must_open_with_a_bracket_is_gated_by_the_line_s_first_character() -> None:
    # Its only literals ("is", "was") are in most lines of prose; few lines start with "(" or "*".
    pattern = r"^[(*]\s*\p{Lu}\p{L}+\s+(?:is|was)\s+a\s.{10,}$"
    assert gate_for(pattern) == Gate(first=("(", "*"))
    assert admits(pattern, "(Jane Doe is a reporter at the paper.)")
    assert admits(pattern, "*Jane Doe was a critic for ten years.")
    assert not admits(pattern, "Jane Doe is a reporter at the paper.")
    assert not admits(pattern, "[Jane Doe is a reporter at the paper.]")


def test_a_long_literal_is_kept_over_a_first_character_and_an_optional_bracket_gives_none() -> None:
    assert gate_for(r"^\(\s*\p{Lu}.*all rights reserved") == Gate(contains=("all rights reserved",))
    assert gate_for(r"^\(?\p{Lu}\p{L}+ is\b") == Gate(contains=(" is",))  # "(" may be absent
    assert gate_for(r"^\s\p{Lu}\p{L}+ is\b") == Gate(contains=(" is",))  # "\s" is more than the space it reads as


def test_the_document_scan_finds_lines_by_their_first_character() -> None:
    starts = any_start(["read more"], ["(", "*"])
    text = "\n" + "\n".join(["(jane doe is a critic.)", "read more: x", "a (b", "*note"]).casefold()
    assert [text.count("\n", 0, hit.start()) for hit in starts.finditer(text)] == [0, 1, 3]


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
    # Each distinct line once: a line's answer is the same wherever it stands, and aeb's page texts repeat
    # their menus (75,048 distinct lines of 102,959; every rule's ungated search is most of this test's time).
    lines = dict.fromkeys(corpus_lines())
    differing = [text for text in lines if len(text) < 2000 and gated_matches(text) != ungated_matches(text)]
    assert differing == []


# --- the gates tested a document at a time (LineMatcher.matching_lines) ---------------------------


def test_case_folding_first_moves_no_line_key_boundary() -> None:
    # any_start case-folds the lines before it skips their LEAD characters and reads their white space,
    # which line_key does the other way round: the same only when no LEAD character changes and no
    # other character folds to one (or to a newline, which parts the joined lines).
    every = "".join(map(chr, range(0x110000)))
    lead = frozenset(LEAD)
    changed = [c for c in every if c in lead and c.casefold() != c]
    into_lead = [c for c in every if c not in lead and (not c.casefold() or c.casefold()[0] in lead)]
    into_newline = [c for c in every if c != "\n" and "\n" in c.casefold()]
    assert (changed, into_lead, into_newline) == ([], [], [])


def found_by_any_start(prefixes: list[str], lines: list[str]) -> list[int]:
    text = "\n" + "\n".join(lines).casefold()
    return [text.count("\n", 0, hit.start()) for hit in any_start(prefixes).finditer(text)]


def test_any_start_finds_the_lines_whose_key_starts_with_a_prefix() -> None:
    lines = ["Read more: x", "[• READ\u00a0MORE", "reading", "  - Straße", "STRASSE", "spread more", "read\tmore"]
    assert found_by_any_start(["read more", "strasse"], lines) == [0, 1, 3, 4, 6]
    assert found_by_any_start([], lines) == []


_KEY_TEXT = "abAB ß\u00a0\t-•[(İıK" + "ſ" + "09٣𝟑"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(alphabet="abß sk0", min_size=1, max_size=4).filter(lambda p: p[0] != " " and "  " not in p and "00" not in p), max_size=6),
    st.lists(st.text(alphabet=_KEY_TEXT, max_size=14), max_size=8),
)
def test_any_start_agrees_with_line_key_on_any_lines(prefixes: list[str], lines: list[str]) -> None:
    expected = [i for i, line in enumerate(lines) if prefixes and line_key(line).startswith(tuple(prefixes))]
    assert found_by_any_start(prefixes, lines) == expected


def matches_line_by_line(matcher: LineMatcher, lines: list[str], language: str | None = None) -> dict[int, list[str]]:
    found = {}
    for index, text in enumerate(lines):
        words = word_count(text)
        if matcher.longest is not None and (words > matcher.longest or len(text) > matcher.longest * CHARS_PER_WORD):
            continue
        rules, _ = matcher.matching(text, words, 1.0, lambda rule: rule.applies_to(language))
        if rules:
            found[index] = [rule.id for rule in rules]
    return found


def matches_by_document(matcher: LineMatcher, lines: list[str], language: str | None = None) -> dict[int, list[str]]:
    words = [word_count(text) for text in lines]
    usable = lambda rule: rule.applies_to(language)  # noqa: E731
    return {index: [rule.id for rule in rules] for index, rules, _ in matcher.matching_lines(lines, words, 1.0, usable) if rules}


def word_count(text: str) -> int:
    return len(regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}'’]*", text))


@pytest.fixture(params=["re", "ahocorasick"])
def scanning(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> LineMatcher:
    """A prepared matcher whose contains-tests use the re trie, or pyahocorasick's automaton."""
    if request.param == "re":
        monkeypatch.setattr(literal_search, "_ahocorasick", None)
    elif literal_search._ahocorasick is None:
        pytest.skip("pyahocorasick is not installed (the fast extra)")
    matcher = Cleaner().line_matcher
    matcher.prepare()
    return matcher


def test_every_rule_example_gets_the_same_answer_a_document_at_a_time(scanning: LineMatcher) -> None:
    for language in (None, *sorted({code for rule in BUILTIN.line_rules for code in rule.languages})):
        lines = [text for rule, text, _ in rule_examples()]
        expected = matches_line_by_line(BUILTIN.line_matcher, lines, language)
        assert matches_by_document(scanning, lines, language) == expected
        assert any(expected.values())


def lines_found(finder: literal_search.Finder, lines: list[str]) -> set[int]:
    block = "\n".join(lines)
    found, line, start = set(), 0, 0
    while (hit := finder(block, start)) is not None:
        line += block.count("\n", start, hit)
        found.add(line)
        start = block.find("\n", hit) + 1
        if start == 0:
            break
        line += 1
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abc© .(", min_size=1, max_size=5), min_size=1, max_size=12),
    st.lists(st.text(alphabet="abc© .(x", max_size=30), max_size=8),
)
def test_both_finders_find_the_lines_holding_a_literal(literals: list[str], lines: list[str]) -> None:
    expected = {i for i, line in enumerate(lines) if any(literal in line for literal in literals)}
    installed = literal_search._ahocorasick
    try:
        literal_search._ahocorasick = None
        with_re = literal_search.literal_finder(any_literal(literals), literals)
    finally:
        literal_search._ahocorasick = installed
    assert lines_found(with_re, lines) == expected
    if installed is not None:
        assert lines_found(literal_search.literal_finder(any_literal(literals), literals), lines) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.text(alphabet="abc© .(", min_size=1, max_size=5), st.integers(0, 6)), max_size=12),
    st.text(alphabet="abc© .(x", max_size=30),
)
def test_both_owner_tests_find_the_entries_whose_literals_a_line_holds(owned: list[tuple[str, int]], line: str) -> None:
    expected = sorted({k for literal, k in owned if literal in line})
    installed = literal_search._ahocorasick
    try:
        literal_search._ahocorasick = None
        assert literal_search.literal_owners(tuple(owned))(line) == expected
    finally:
        literal_search._ahocorasick = installed
    assert literal_search.literal_owners(tuple(owned))(line) == expected


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="abc© .(", min_size=1, max_size=5), max_size=12), st.text(alphabet="abc© .(x\n", max_size=30))
def test_every_way_finds_the_literals_a_text_holds(literals: set[str], text: str) -> None:
    expected = {literal for literal in literals if literal in text}
    installed, one_by_one = literal_search._ahocorasick, literal_search._ONE_BY_ONE_CHARS
    try:
        literal_search._ahocorasick = None
        assert literal_search.literals_in(text, literals) == expected
        literal_search._ONE_BY_ONE_CHARS = 0  # the string set
        assert literal_search.literals_in(text, literals) == expected
    finally:
        literal_search._ahocorasick, literal_search._ONE_BY_ONE_CHARS = installed, one_by_one
    assert literal_search.literals_in(text, literals) == expected


def test_a_long_document_is_tested_in_parts() -> None:
    examples = [text for rule, text, _ in rule_examples()]
    lines = examples * (5000 // len(examples) + 2)
    assert len(lines) > 5000
    assert matches_by_document(BUILTIN.line_matcher, lines) == matches_line_by_line(BUILTIN.line_matcher, lines)


def test_a_new_matcher_searches_its_first_lines_rule_by_rule_then_a_document_at_a_time() -> None:
    lines = [text for rule, text, _ in rule_examples()]
    assert matches_by_document(Cleaner().line_matcher, lines) == matches_line_by_line(BUILTIN.line_matcher, lines)


def test_a_bucket_with_an_ungated_pattern_has_every_line_searched(tmp_path: Path) -> None:
    (tmp_path / "open.toml").write_text(
        """[[rule]]
id = "mine.count"
kind = "other"
reason = "a word and a number"
pattern = '^\\p{L}+\\s+\\d+$'
max_words = 3
[rule.examples]
match = ["Page 3"]
no_match = ["Page three"]
"""
    )
    matcher = Cleaner(Options(rules=(tmp_path,))).line_matcher
    matcher.prepare()
    lines = ["Page 3", "The story goes on here, as it does.", "Advertisement", "Chapter 12", "Photo: Getty Images"]
    found = matches_by_document(matcher, lines)
    assert found == matches_line_by_line(matcher, lines) and found[0] == found[3] == ["mine.count"]


def test_a_line_that_holds_a_newline_is_searched_alone() -> None:
    lines = ["Advertisement", "Read more:\nthe rest", "Share this article", "Getty Images\nAdvertisement"]
    assert matches_by_document(BUILTIN.line_matcher, lines) == matches_line_by_line(BUILTIN.line_matcher, lines)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora is absent: the corpus check of the gates is skipped")
def test_a_document_at_a_time_changes_no_match_on_the_development_corpora(scanning: LineMatcher) -> None:
    differing = []
    for name, field in (("newsjunk-dev.jsonl.gz", "input"), ("aeb.jsonl.gz", "page_text")):
        with gzip.open(SHARED / name, "rt", encoding="utf-8") as source:
            for record in source:
                lines = [s for line in json.loads(record)[field].split("\n") if (s := line.strip())]
                if matches_by_document(scanning, lines) != matches_line_by_line(BUILTIN.line_matcher, lines):
                    differing.append(lines[0])
    assert differing == []
