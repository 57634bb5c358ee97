"""Step page comments: reader comments under the article go from their heading ("3 thoughts on ...",
"Leave a comment") to the page's end, whatever the scorer thought of each line (a comment reads as
prose). When a list of other stories starts first, that step takes the end instead.

>>> from cleaner.steps import page_comments
>>> page_comments.HEURISTIC.id
'page.comments'
"""
from __future__ import annotations

from .base import Heuristic, Mark
from .page_context import PageContext

HEURISTIC = Heuristic("page.comments", "other", "full page: reader comments under the article, from their heading on")
HEURISTICS = (HEURISTIC,)


def run(page: PageContext) -> list[Mark]:
    first = page.first_section()
    if first is None or first[0] != HEURISTIC.id:
        return []
    return [page.mark(HEURISTIC, range(first[1], len(page.lines)))]
