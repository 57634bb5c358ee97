"""Speed of each stage of cleaning, and of the whole, on inputs made in ``inputs.py``.

    python -m pytest benchmarks/ --benchmark-only
    python benchmarks/suite.py          # the same, saved per commit and compared with the last run

Stages, each on the seed-like news document unless said otherwise:
- splitting: ``Document.parse`` into lines and gaps, and the paragraph blocks;
- line shapes: the per-line features every heuristic reads (words, prose, headline), a block of lines at a time;
- vocabulary: every line's meaning-carrying words, counted a line each (the topic tests' reference);
- rule matching: the gates tested a document at a time, then the patterns they let through, line by line;
- heuristics: the repeated headline check over the head, the promotional-tail walk, topic overlap;
- whole: ``Cleaner.clean`` on the news document, on full-page text, on a 1 MB document;
- HTML: ``Cleaner.clean_html`` on a generated page, with trafilatura and with ``fast``.
A Cleaner is built and warmed up before timing (rules compiled), as a pipeline would.
"""
from __future__ import annotations

from collections import Counter

import pytest

from cleaner import Cleaner
from cleaner.document import Document
from cleaner.steps import promo_tail
from cleaner.steps.context import Context, Hints
from cleaner.text.shapes import shape, shapes_of
from cleaner.text.titles import repeats_headline
from cleaner.text.vocabulary import line_vocabulary, topic_overlap, vocabulary_of

from inputs import TITLE, full_page_text, html_page, long_document, news_document


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    built = Cleaner()
    built.line_matcher.prepare()
    for text in (news_document(), full_page_text(), long_document(200_000)):
        built.clean(text)  # compile the rules and derive every gate before timing
    built.clean_html(html_page())
    built.clean_html(html_page(), fast=True)
    return built


@pytest.fixture(scope="module")
def news() -> str:
    return news_document()


def _record_size(benchmark, text: str) -> None:
    benchmark.extra_info["bytes"] = len(text.encode("utf-8"))


def test_stage_split(benchmark, news: str) -> None:
    def split() -> int:
        doc = Document.parse(news)
        return sum(1 for i in range(len(doc)) if doc.is_paragraph_break(i))

    assert benchmark(split) > 10
    _record_size(benchmark, news)


def test_stage_shapes(benchmark, news: str) -> None:
    lines = [line.stripped for line in Document.parse(news).lines]
    shapes = benchmark(shapes_of, lines, {})
    assert sum(s.prose for s in shapes) >= 10


def test_stage_vocabulary(benchmark, news: str) -> None:
    lines = [line.stripped for line in Document.parse(news).lines]
    assert len(benchmark(line_vocabulary, lines)) > 50


def test_stage_rule_matching(benchmark, cleaner: Cleaner, news: str) -> None:
    lines = [line.stripped for line in Document.parse(news).lines]
    words = [s.words for s in shapes_of(lines)]
    matcher = cleaner.line_matcher

    def match() -> int:
        return sum(1 for _, found, _ in matcher.matching_lines(lines, words, 0.5, lambda rule: True) if found)

    assert benchmark(match) >= 3  # the byline, the marker, the teaser at least


def test_heuristic_repeated_headline(benchmark, news: str) -> None:
    head = [line.stripped for line in Document.parse(news).lines[:12]]
    assert benchmark(lambda: sum(repeats_headline(line, TITLE) for line in head)) >= 2


def test_heuristic_promotional_tail(benchmark, news: str) -> None:
    doc = Document.parse(news)
    setup = Cleaner(builtin_rules=False).setup

    def tail_of() -> list[int]:  # a new context each round: it keeps what it worked out
        return promo_tail.find(Context(setup, doc, Hints(None, None), [None] * len(doc)))

    tail = benchmark(tail_of)
    assert len(tail) >= 5


def test_heuristic_topic_overlap(benchmark, news: str) -> None:
    shapes = [shape(line.stripped, {}) for line in Document.parse(news).lines]

    def overlaps() -> float:
        vocabulary = vocabulary_of(shapes)
        return sum(topic_overlap(s.content, vocabulary, Counter(s.content)) for s in shapes)

    assert benchmark(overlaps) > 0


def test_clean_seed_like(benchmark, cleaner: Cleaner, news: str) -> None:
    result = benchmark(cleaner.clean, news)
    assert "Advertisement" not in result.text and result.removals  # the real path, doing its work
    _record_size(benchmark, news)


def test_clean_full_page_text(benchmark, cleaner: Cleaner) -> None:
    text = full_page_text()
    result = benchmark(cleaner.clean, text)
    assert TITLE in result.text
    _record_size(benchmark, text)


def test_clean_long_document(benchmark, cleaner: Cleaner) -> None:
    text = long_document()
    result = benchmark.pedantic(cleaner.clean, (text,), rounds=3, iterations=1)
    assert result.removals and not result.capped
    _record_size(benchmark, text)


def test_clean_html(benchmark, cleaner: Cleaner) -> None:
    page = html_page()
    result = benchmark(cleaner.clean_html, page)
    assert result.title == TITLE and "Advertisement" not in result.text
    _record_size(benchmark, page)


def test_clean_html_fast(benchmark, cleaner: Cleaner) -> None:
    page = html_page()
    result = benchmark(cleaner.clean_html, page, fast=True)
    assert "Advertisement" not in result.text
    _record_size(benchmark, page)
