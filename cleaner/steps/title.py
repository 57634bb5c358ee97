"""Whether the headline the steps worked with is the Result's title.

With no title given, the steps take a title-shaped first line for the headline: its repeat goes, and
no rule takes it. That guess is cheap to make and harmless while the line stays in the text, but
``Result.body`` leaves the title out, and most texts that extractors give start with their first
paragraph or a section heading, not a headline: on the shared extractor texts a first line was taken
on 6,232 of 10,068 pages and 2,864 of those lines are in the reference text. Shown as the title, those
guesses cost the body 0.002-0.009 word F1 for every extractor (benchmarks/extractor_text_accuracy.py),
even when only Title Case lines of up to 12 words were shown (-0.0003 to -0.0014 on wcxb-dev).

So the guess is the title only where the text itself treats the line as its headline: the headline
is printed again under it (a scraper's doubled headline), or a byline or dateline stands right under
it; or the title is known (given, or the page scorer found the article's heading on a whole page).
"""
from __future__ import annotations

from collections.abc import Sequence

from .base import Mark

# What stands under a headline and nowhere else: its repeat, and the lines that say who wrote it when.
_UNDER_A_HEADLINE = frozenset({"dup_headline", "byline"})
# How many removed lines under the headline are looked through for such a line: a headline, its
# repeat, a byline, a dateline and a "Share" line stand within four in newsjunk-dev.
_LOOK_UNDER = 4


def shown_title(title_index: int | None, marks: Sequence[Mark | None], known: bool) -> int | None:
    """``title_index`` when the title is ``known`` (given) or the text treats that line as its
    headline, else None. On a whole page (the page steps marked its furniture) the line is the heading
    the page scorer kept above the article: a headline by the scorer's evidence."""
    if title_index is None or known:
        return title_index
    if any(mark is not None and (mark.kind == "dup_headline" or mark.id.startswith("page.")) for mark in marks):
        return title_index
    for mark in marks[title_index + 1 : title_index + 1 + _LOOK_UNDER]:
        if mark is None:
            break
        if mark.kind in _UNDER_A_HEADLINE:
            return title_index
    return None
