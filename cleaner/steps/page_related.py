"""Step page related: a list of other stories under the article ("More from ...", "Most read") goes
from its heading to the page's end, whatever the scorer thought of each line (a teaser's summary
reads as prose). When reader comments start first, that step takes the end instead.

>>> from cleaner.steps import page_related
>>> page_related.HEURISTIC.id
'page.related'
"""
from __future__ import annotations

from .base import Heuristic, Mark
from .page_context import PageContext

HEURISTIC = Heuristic(
    "page.related", "other", "full page: a list of other stories under the article, from its heading on"
)
HEURISTICS = (HEURISTIC,)


def run(page: PageContext) -> list[Mark]:
    first = page.first_section()
    if first is None or first[0] != HEURISTIC.id:
        return []
    return [page.mark(HEURISTIC, range(first[1], len(page.lines)))]
