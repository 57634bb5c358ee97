"""Floors for cleaning extractors' text (issue 19): six extractors' text of the aeb and wcxb-dev pages
(../shared/corpora/xtext-*), ``Cleaner().clean(text).body`` against the text as it came, word F1 as the
shared scorer measures it (benchmarks/extractor_text_accuracy.py, which this runs). Skipped with a
message where ../shared is absent; nothing of the corpora is copied here.

Each floor is the gain reached when pinned, rounded down to four places, and never below zero on all
pages and article pages (the issue's target: cleaning never leaves an extractor's text worse) nor
below -0.002 on a page type. Reached, gain over the extractor alone (aeb: article pages only):

| extractor | aeb | wcxb-dev all | wcxb-dev article | worst type |
|---|---|---|---|---|
| boilerpy3 | +0.0086 | +0.0011 | +0.0020 | listing -0.0017 |
| goose3 | +0.0006 | +0.0000 | +0.0001 | documentation -0.0003 |
| jusText | +0.0054 | +0.0018 | +0.0022 | service -0.0002 |
| newspaper4k | +0.0018 | +0.0001 | +0.0006 | listing -0.0017 |
| readability | +0.0060 | +0.0008 | +0.0016 | listing -0.0004 |
| trafilatura | +0.0025 | +0.0005 | +0.0006 | listing -0.0014 |

Before issue 19: aeb -0.0091 to +0.0091, wcxb-dev all -0.0055 to -0.0017; with the title's first
change: wcxb-dev all -0.0017 to +0.0001, a page type down to -0.0134 (trafilatura's listings).
What moved them: a first line is the title only where the text shows it is a headline over an
article; the page step only on text with the site's chrome (page/chrome.py) and a cut that keeps a
tenth of the words; a promotional block only when the article is four times its length; a byline rule
that takes three lines takes none; the consent, disclaimer, caption, author-bio and call rule families
mined from these texts. The junk-line model (issue 20) was trained on lines of these texts, so these
gates run it in its training data; by folds (README, "Extractors' text") it gains boilerpy3 +0.0098 on
aeb, +0.0013 / +0.0024 on wcxb-dev, the others within 0.0005 of the table, no page type under -0.0018.
What still loses: listing pages whose extractor text is a fragment (a blog
index's one entry, a cookie banner), and a documentation page's list of related posts.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import extractor_text_accuracy as xtext  # noqa: E402  (the benchmark's own measure)

# (set, extractor): floors of the gain on all pages, on article pages, on the page type that gains least.
FLOORS: dict[tuple[str, str], tuple[float, float, float | None]] = {
    ("aeb", "boilerpy3"): (+0.0085, +0.0085, None),
    # +0.0005: byline.date-words takes a Portuguese dateline that the reference leaves out, and on one
    # page whose goose3 text is a fragment (word F1 0.31) its "de" and "22" were words the reference
    # holds: 0.3096 -> 0.3035. The same line gone from trafilatura's text of that page: 0.981 -> 0.995.
    ("aeb", "goose3"): (+0.0005, +0.0005, None),
    ("aeb", "justext"): (+0.0053, +0.0053, None),
    ("aeb", "newspaper4k"): (+0.0017, +0.0017, None),
    ("aeb", "readability"): (+0.0060, +0.0060, None),
    ("aeb", "trafilatura"): (+0.0024, +0.0024, None),
    ("wcxb-dev", "boilerpy3"): (+0.0010, +0.0019, -0.0018),
    ("wcxb-dev", "goose3"): (+0.0000, +0.0001, -0.0004),
    ("wcxb-dev", "justext"): (+0.0017, +0.0021, -0.0003),
    ("wcxb-dev", "newspaper4k"): (+0.0000, +0.0005, -0.0017),
    ("wcxb-dev", "readability"): (+0.0008, +0.0015, -0.0004),
    ("wcxb-dev", "trafilatura"): (+0.0005, +0.0006, -0.0014),
}


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    missing = xtext.absent()
    if missing is not None:
        pytest.skip(f"extractor-text quality gate skipped: {missing} is absent")
    with ProcessPoolExecutor(2) as executor:
        yield executor


@pytest.mark.parametrize("corpus, extractor", sorted(FLOORS))
def test_cleaning_an_extractors_text_gains(corpus: str, extractor: str, pool: ProcessPoolExecutor) -> None:
    figures = xtext.measure(corpus, extractor, pool, 2, None)
    gain = {part: figures["body"][part] - figures["alone"][part] for part in figures["alone"]}
    all_pages, article, worst_type = FLOORS[(corpus, extractor)]
    assert gain["all"] >= all_pages, f"{corpus} {extractor}: all pages gain fell to {gain['all']:+.4f} ({all_pages:+.4f})"
    assert gain.get("article", gain["all"]) >= article, f"{corpus} {extractor}: article pages gain {gain['article']:+.4f}"
    if worst_type is not None:
        part = min((p for p in gain if p not in ("all", "article")), key=gain.__getitem__)
        assert gain[part] >= worst_type, f"{corpus} {extractor}: {part} pages gain fell to {gain[part]:+.4f} ({worst_type:+.4f})"
