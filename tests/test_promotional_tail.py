"""The promotional-tail walk answers [] without the document's vocabulary when the lines it could
take at most hold no opener and no sales signal (steps.promo_tail._reach); that answer is the full walk's."""
from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.document import Document
from cleaner.steps import promo_tail, topic
from cleaner.steps.context import Context, Hints
from cleaner.text import sales
from cleaner.text.shapes import shapes_of
from cleaner.text.vocabulary import WordLines, line_vocabulary

import samples  # tests/ is on sys.path

ARTICLE = [
    "Harbour Authority Approves Night Ferry Service",
    "The harbour authority voted on Tuesday to approve a night ferry service between the old port and the island.",
    "Members of the board said the service would start in June with two crossings an hour after nine in the evening.",
    "Critics on the board warned that the subsidy could double if the forecasts prove too optimistic this year.",
    "Residents of the island have long argued that the last ferry cuts them off from jobs and evening classes.",
]
AD = ["Do you need a reliable plumber in your area?", "We offer fast, friendly service for", "Leaking taps", "Call 555-201-3344 today!"]
QUIET_END = ["Tags", "Harbour", "Ferries", "More from the island council and the night ferry plans"]


def tail(lines: list[str], vocabulary_wanted: bool = True) -> list[int]:
    """The walk over the lines, with no rule: nothing is junk already and nothing opens an ad."""
    doc = Document.parse("\n\n".join(lines))
    context = Context(Cleaner(builtin_rules=False).setup, doc, Hints(None, None), [None] * len(doc))
    found = promo_tail.find(context)
    asked = {"vocabulary", "searched_words"} & context.topic.__dict__.keys()
    assert vocabulary_wanted or not asked, "the vocabulary was asked for"
    return found


def test_an_end_that_sells_nothing_needs_no_vocabulary() -> None:
    assert tail(ARTICLE + QUIET_END, vocabulary_wanted=False) == []


def test_an_advertisement_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tail(ARTICLE + AD)
    assert len(ARTICLE) + len(AD) - 1 in found
    monkeypatch.setattr(promo_tail, "_reach", lambda *args: None)
    assert tail(ARTICLE + AD) == found


def full_walk_texts() -> list[str]:
    texts = ["\n\n".join(ARTICLE + end) for end in (AD, QUIET_END, AD + QUIET_END, QUIET_END + AD, ["Contact us", "Subscribe"])]
    if samples.CORPORA.is_dir():
        texts.extend(samples.corpus_texts(samples.NEWSJUNK))
    return texts


def results(cleaner: Cleaner, texts: list[str]) -> list[tuple[str, tuple[tuple[str, int, int], ...]]]:
    return [(r.text, tuple((x.rule_id, x.first_line, x.last_line) for x in r.removals)) for r in map(cleaner.clean, texts)]


def test_the_walk_gives_what_it_gave_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = full_walk_texts()
    quick = results(Cleaner(), texts)
    monkeypatch.setattr(promo_tail, "_reach", lambda *args: None)  # the walk in full, every time
    assert results(Cleaner(), texts) == quick


def test_the_counted_article_gives_what_the_searched_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    # The vocabulary counted is the way for texts that are not searched (long, or with a letter that
    # lowers otherwise); every text here can be searched, and is not.
    texts = full_walk_texts()
    searched = results(Cleaner(), texts)
    monkeypatch.setattr(topic.Topic, "searched_words", None)
    assert results(Cleaner(), texts) == searched


def article_answers(article: topic.ArticleWords, words: list[str], ends: list[int], near: set[str]) -> list[object]:
    return [(end, article.enough(end, near), [article.has(word, end) for word in words]) for end in ends]


def test_both_articles_answer_alike_for_ends_in_any_order() -> None:
    lines = [line for text in full_walk_texts()[:40] for line in text.split("\n") if line.strip()]
    doc = Document.parse("\n".join(lines))
    texts = [line.stripped for line in doc.lines]
    shapes = shapes_of(texts)
    word_lines = WordLines(texts, shapes)
    assert word_lines.usable

    def transparent(i: int) -> bool:
        return i % 3 == 1

    words = sorted({word for s in shapes for word in s.content})[::7] + ["harbour", "absent"]
    # Within the text: without ../shared it is the five made here, fewer lines than some of these.
    ends = [min(end, len(texts)) for end in (len(texts), 0, 5, 1, 40, 39, 200, 3, len(texts) - 1, 60)]
    for near in (set(), {"harbour", "plumber"}, set(words[:45])):
        counted = topic._CountedArticle(line_vocabulary(texts), shapes, transparent)
        searched = topic._SearchedArticle(word_lines, shapes, transparent)
        assert article_answers(counted, words, ends, near) == article_answers(searched, words, ends, near)


# --- the sales tests' gates: an ASCII line holds one of a pattern's literals, or it cannot match ----


def searched_signals(text: str) -> set[str]:
    """sales_signals with every pattern searched, as before the gates."""
    found = set()
    if sales._EMAIL.search(text):
        found.add("email")
        text = sales._EMAIL.sub(" ", text)
    for name, pattern in (("phone", sales._PHONE), ("web", sales._URL), ("offer", sales._OFFER)):
        if pattern.search(text):
            found.add(name)
    return found


def searched_voice(text: str) -> bool:
    return sales._ADVERTISER_VOICE.search(text) is not None or sales._IMPERATIVE.search(text) is not None


SELLING = [
    "Call 555-201-3344 today or book online at www.plumbing.example for 15% off!",
    "Write to SALES@EXAMPLE.COM for a FREE QUOTE", "Prices from $99, Money-Back guarantee", "Visit HTTPS://shop.example",
    "Our Team is ready; YOU'LL love it", "We're here. Let us help", "Best Prices in town", "Use code SAVE10",
    "Get 20 % OFF with coupon", "affordable RATES, satisfaction guaranteed", "Contact Us", "Order today",
    "Shop now at harbour.store", "£5 off", "Prix: 20 €", "Appelez le 01 23 45 67 89", "KÖP NU på www.butik.se",
]


@pytest.mark.parametrize("text", SELLING + ARTICLE + AD + QUIET_END)
def test_gated_sales_tests_answer_as_searched(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        assert sales.sales_signals(variant) == searched_signals(variant)
        assert sales.advertiser_voice(variant) == searched_voice(variant)


@samples.needs_corpora
def test_gated_sales_tests_answer_as_searched_on_the_development_corpora() -> None:
    differing = []
    for record_text in samples.corpus_texts(samples.NEWSJUNK, samples.AEB_PAGES):
        for line in record_text.split("\n"):
            text = line.strip()
            if sales.sales_signals(text) != searched_signals(text) or sales.advertiser_voice(text) != searched_voice(text):
                differing.append(text)
    assert differing == []


def test_a_block_over_a_third_of_the_article_is_the_page_own() -> None:
    # An advertisement pasted under an article is a small part of the text; a selling block a third as
    # long as what stands above it is a service page's own offers (promo_tail._ARTICLE_TO_AD_WORDS).
    offers = [
        "Do you need a reliable plumber in your area? We fix leaking taps, blocked drains and boilers.",
        "We offer fast, friendly service for homes and offices across the whole valley, seven days a week.",
        "Our engineers carry the parts for most repairs and finish most jobs on their first visit to you.",
        "Call 555-201-3344 today or book online at www.plumbing.example for a free quote!",
    ]
    assert tail(ARTICLE + AD) != []
    assert tail(ARTICLE + offers) == []


def test_a_reference_list_of_links_is_the_article_own() -> None:
    # Bare links to pages deeper than a site's home are a reference list's items, not an
    # advertiser's address (promo_tail._citation): a page of newsjunk-sites-dev lost eight of them.
    references = [
        "References",
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3662288/",
        "https://onlinelibrary.wiley.com/doi/full/10.1002/clc.22863",
        "https://journals.sagepub.com/doi/abs/10.2190/D4UA-RQFQ-0H5T-W9YY",
        "www.harbour-authority.example/reports/2024/ferry-study.pdf",
    ]
    assert tail(ARTICLE + references) == []
    # An advertisement's own deep link goes with it: its other lines sell.
    assert tail(ARTICLE + AD + ["https://plumbing.example/prices"]) == [*tail(ARTICLE + AD), 9]


@pytest.mark.parametrize("text", ["https://doi.org/10.1002/clc.22863", "www.example.org/reports/2024.pdf"])
def test_a_bare_deep_link_is_a_citation(text: str) -> None:
    assert promo_tail._citation(text)


@pytest.mark.parametrize("text", ["www.baysidetutors.com", "https://example.com/", "Visit https://example.com/shop"])
def test_a_home_or_a_link_in_a_sentence_is_no_citation(text: str) -> None:
    assert not promo_tail._citation(text)
