"""What the page steps share for a text that reads as a whole page's visible text: the page scorer's
verdict (page.find_article), the article's span in it, the article's own heading, and where reader
comments or a list of other stories start under it."""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..page import FullPageVerdict, article_span, comments_start, related_start
from ..text.shapes import shape
from ..text.titles import repeats_headline, title_parts
from ..text.words import normalise
from .base import Labelled, Mark, mark
from .context import Hints

# A first line that names a control of the page ("Home", "Skip to content") is no browser title: the
# page was copied from its window. Every aeb and wcxb-dev page text starts with its title bar (the
# shortest are "x", "A", "Action", "Quanta Magazine"), so none of them meets this; taking any first
# line under three words for a menu instead changed 9 of their titles, 6 of them to a menu line.
_NAVIGATION_LABEL = regex.compile(
    r"(?:home|menu|main menu|toggle navigation|(?:skip|jump) to (?:main )?content|startseite|accueil|inicio|início)",
    regex.IGNORECASE,
)
# Above the article the heading stands within _HEADING_REACH lines (kicker, byline, date, reading
# time), and holds at least _HEADING_MIN_WORDS of a headline's words.
_HEADING_REACH = 4
_HEADING_MIN_WORDS = 3


@dataclass(frozen=True)
class PageContext:
    """A text's stripped lines (``origin``: the input's index of each; None for the whole input) and
    the scorer's verdict on them, for a text the scorer took for a whole page."""

    lines: list[str]
    hints: Hints
    verdict: FullPageVerdict
    enabled: frozenset[str]
    origin: Sequence[int] | None = None

    @functools.cached_property
    def span(self) -> tuple[int, int]:
        """The article's first and last line (page.article_span); last < 0 for none."""
        return article_span(self.verdict.words, self.verdict.keep)

    @functools.cached_property
    def headline(self) -> int:
        """The line that stays as the article's heading and title: the page's heading for the article
        when one repeats the title, else the first line (a text that starts with its headline, then
        a run of short lines)."""
        found = _page_headline(self.lines, self.span[0], self.hints.title)
        return 0 if found is None else found

    @functools.cached_property
    def section_starts(self) -> dict[str, int]:
        """Where reader comments (page.comments_start) and a list of other stories
        (page.related_start) start under the article, for the enabled ones that are there."""
        found = {}
        for heuristic_id, find in (("page.comments", comments_start), ("page.related", related_start)):
            if heuristic_id in self.enabled:
                start = find(self.lines, self.verdict.words, self.verdict.keep)
                if start is not None:
                    found[heuristic_id] = start
        return found

    def first_section(self) -> tuple[str, int] | None:
        """The section of the page's end that starts first (comments when both start on one line)."""
        starts = self.section_starts
        return min(starts.items(), key=lambda item: item[1]) if starts else None

    def mark(self, label: Labelled, lines: Sequence[int]) -> Mark:
        origin = self.origin
        return mark(label, tuple(lines) if origin is None else tuple(origin[i] for i in lines))

    def input_index(self, index: int) -> int:
        return index if self.origin is None else self.origin[index]


def _page_headline(lines: list[str], first_kept: int, title: str | None) -> int | None:
    """The page's heading for the article (its H1), the article's first line or above it (the scorer
    may keep the heading with the article or not): the last line there that repeats the browser
    title (the page's first line) or the title given, or that begins as the title's longest part
    does ("Harbour plan will cost more | Harbour Times"). A page without a browser title gets the
    longest headline-shaped line right above the article."""
    bar = title or lines[0]
    core = normalise(max(title_parts(bar), key=len)).split()
    for j in range(first_kept, 0, -1):
        if repeats_headline(lines[j], bar):
            return j
        heading = normalise(lines[j]).split()
        common = min(len(core), len(heading))
        if common >= 3 and heading[:common] == core[:common]:
            return j
    if title is None and _NAVIGATION_LABEL.fullmatch(lines[0]):
        # No browser title: a page copied from a browser window starts with its menu ("Home"). The
        # heading is then the longest headline-shaped line of the few right above the article (a
        # byline and a date stand between them, shorter); the first line would be a menu item.
        above = range(first_kept - 1, max(0, first_kept - 1 - _HEADING_REACH), -1)
        shaped = [
            (words, j)
            for j in above
            if (found := shape(lines[j])).headline and (words := found.words) >= _HEADING_MIN_WORDS
        ]
        if shaped:
            return max(shaped)[1]
    return None
