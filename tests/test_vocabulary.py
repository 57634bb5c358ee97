"""The document's vocabulary (text.vocabulary.line_vocabulary, worked out a block of lines at a time) is
what the lines' words (content_words, one line at a time) add up to."""
from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.text import vocabulary
from cleaner.text.shapes import shapes_of
from cleaner.text.vocabulary import WordLines, line_vocabulary
from cleaner.text.words import content_words

import samples  # tests/ is on sys.path


def line_by_line(lines: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(content_words(line))
    return counts


def test_lowering_keeps_every_character_one_of_its_class() -> None:
    # A line lowered whole has the words of the line lowered word by word only when every character
    # lowers to one character of the same class (a word's first, a word's other, neither), whatever
    # stands around it: true of every code point but the two the vocabulary lowers word by word.
    every = "".join(chr(code) for code in range(0x110000) if chr(code) not in vocabulary._LOWERED_OTHERWISE)
    lowered = every.lower()
    assert len(lowered) == len(every)
    for pattern in (r"[^\W_]", r"[\w'’]"):
        assert [m.start() for m in re.finditer(pattern, lowered)] == [m.start() for m in re.finditer(pattern, every)]


def test_the_two_letters_lowered_otherwise_are_read_word_by_word() -> None:
    lines = ["İSTANBUL büyükşehir BELEDİYESİ", "ΟΔΟΣ.ΑΘΗΝΑ ΟΔΟΣ", "Istanbul and the ODOS"]
    assert line_vocabulary(lines) == line_by_line(lines)


def test_stop_words_numbers_and_short_words_are_left_out() -> None:
    assert line_vocabulary(["The 2024 harbour plan, the PLAN.", "harbour of 12 ships"]) == Counter({"harbour": 2, "plan": 1, "ships": 1})


def test_long_lines_and_many_lines() -> None:
    lines = ["word " * 20_000 + "harbour", *(f"line {i} ferry" for i in range(1000)), "x" * 70_000]
    assert line_vocabulary(lines) == line_by_line(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aBc_'’ .\u0130\u03a3\u03c3ß9\u00a0ǅ", max_size=20), max_size=12))
def test_any_lines(lines: list[str]) -> None:
    assert line_vocabulary(lines) == line_by_line(lines)


@samples.needs_corpora
def test_the_development_corpora() -> None:
    differing = []
    for text in samples.corpus_texts(samples.NEWSJUNK, samples.AEB_PAGES):
        lines = [s for line in text.split("\n") if (s := line.strip())]
        if line_vocabulary(lines) != line_by_line(lines):
            differing.append(lines[0])
    assert differing == []


def used_elsewhere_by_vocabulary(lines: list[str]) -> list[list[bool]]:
    """For each line, which of its words another line has: the vocabulary's count above one."""
    vocabulary = line_vocabulary(lines)
    return [[vocabulary[word] > 1 for word in content_words(line)] for line in lines]


def used_elsewhere_by_search(lines: list[str]) -> list[list[bool]] | None:
    shapes = shapes_of(lines)
    found = WordLines(lines, shapes)
    if not found.usable:
        return None
    return [[found.elsewhere(word, i) for word in content_words(line)] for i, line in enumerate(lines)]


def test_a_word_is_found_in_the_other_lines_it_is_in() -> None:
    lines = ["Harbour plan approved", "The harbour will grow", "Parts of the plan", "A harbourmaster's art", "art harbour"]
    assert used_elsewhere_by_search(lines) == used_elsewhere_by_vocabulary(lines)
    assert WordLines(["İSTANBUL"], shapes_of(["İSTANBUL"])).usable is False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aBc_'’ .\u03c3ß9\u00a0ǅ", max_size=20), max_size=12))
def test_word_lines_agree_with_the_vocabulary(lines: list[str]) -> None:
    lines = [s for line in lines if (s := line.strip())]
    searched = used_elsewhere_by_search(lines)
    assert searched is None or searched == used_elsewhere_by_vocabulary(lines)


@samples.needs_corpora
def test_word_lines_on_the_development_corpora() -> None:
    # elsewhere and lines_with (the whole text, and its middle third) against the counted vocabulary.
    differing = []
    for text in samples.corpus_texts(samples.NEWSJUNK):
        lines = [s for line in text.split("\n") if (s := line.strip())]
        searched = used_elsewhere_by_search(lines)
        n = len(lines)
        if (searched is not None and searched != used_elsewhere_by_vocabulary(lines)) or searched_lines_disagree(lines, [(0, n), (n // 3, 2 * n // 3)]):
            differing.append(lines[0])
    assert differing == []


def searched_lines_disagree(lines: list[str], ranges: list[tuple[int, int]] | None = None) -> list[tuple[str, int, int]] | None:
    """The (word, first, end) for which WordLines.lines_with differs from the lines' own words; None
    when the text cannot be searched. Every range of lines unless ``ranges`` are given."""
    found = WordLines(lines, shapes_of(lines))
    if not found.usable:
        return None
    having: dict[str, list[int]] = {"harbour": [], "o'neill": []}  # each word's lines, by their own words
    for j, line in enumerate(lines):
        for word in content_words(line):
            having.setdefault(word, []).append(j)
    n = len(lines)
    every_range = [(first, end) for first in range(n + 1) for end in range(first, n + 1)]
    return [
        (word, first, end)
        for word, its_lines in sorted(having.items())
        for first, end in (every_range if ranges is None else ranges)
        if list(found.lines_with(word, first, end)) != [j for j in its_lines if first <= j < end]
    ]


def test_the_lines_with_a_word_in_a_range() -> None:
    lines = [
        "Harbour plan approved", "The harbour_master and O'Neill's harbour", "Parts of the plan", "A harbourmaster's art",
        "_harbour, 'harbour' and harbour's art", "art harbour", "o'neill", "plan",
    ]
    assert searched_lines_disagree(lines) == []
    found = WordLines(lines, shapes_of(lines))
    assert list(found.lines_with("harbour", 0, len(lines))) == [0, 1, 4, 5]
    assert list(found.lines_with("harbour", 2, 5)) == [4]
    assert list(found.lines_with("plan", 3, 3)) == []
    assert found.in_some("plan", 1, 3) and not found.in_some("plan", 3, 7) and found.in_some("plan", 7, 8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aBc_'’ .\u03c3ß9\u00a0ǅ", max_size=20), max_size=10))
def test_lines_with_agrees_with_the_lines_words(lines: list[str]) -> None:
    lines = [s for line in lines if (s := line.strip())]
    assert searched_lines_disagree(lines) in (None, [])


def test_a_text_with_a_letter_lowered_otherwise_is_not_searched() -> None:
    assert searched_lines_disagree(["İSTANBUL büyükşehir", "istanbul"]) is None
    assert searched_lines_disagree(["ΟΔΟΣ.ΑΘΗΝΑ ΟΔΟΣ"]) is None
