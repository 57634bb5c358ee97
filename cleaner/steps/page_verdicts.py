"""Step page verdicts: for a whole page's visible text, the lines the page scorer cuts (menus, lists
of links, lines outside the article's run of text, the page's repeated lines, boilerplate, metadata,
symbols, the browser's title bar), each with the scorer's reason.

Inside the article's span only lines the page repeats go here, and only short ones; the rest there is
left to the rules.

>>> from cleaner.steps import page_verdicts
>>> sorted(h.id for h in page_verdicts.HEURISTICS)[:3]
['page.boilerplate', 'page.menu', 'page.metadata']
"""
from __future__ import annotations

from .base import Heuristic, Mark
from .page_context import PageContext

HEURISTICS = (
    Heuristic("page.menu", "other", "full page: navigation, a menu or a list of links"),
    Heuristic("page.outside-article", "other", "full page: outside the article's run of text"),
    Heuristic("page.repeated", "other", "full page: a line the page repeats (menus, footers)"),
    Heuristic("page.boilerplate", "other", "full page: addresses, handles or a copyright notice"),
    Heuristic("page.metadata", "other", "full page: dates, times and counts around the article"),
    Heuristic("page.symbols", "other", "full page: more symbols than words"),
    Heuristic("page.title-bar", "other", "full page: the browser title, with the site's name"),
)
_BY_REASON = {h.id: h for h in HEURISTICS}
# Lines of at most this many words are short: menu items, buttons, labels.
_SHORT_WORDS = 4


def run(page: PageContext) -> list[Mark]:
    """A mark a line the scorer cuts. A reason the scorer gives that no heuristic here declares is an
    error (KeyError), not a line silently kept."""
    verdict = page.verdict
    first, last = page.span
    found = []
    for i, (keep, reason) in enumerate(zip(verdict.keep, verdict.reasons)):
        # Cutting the scorer's every line inside the span cost article lists and specifications
        # (newsjunk-dev body lines kept 0.999 -> 0.996) for +0.02 word F1 on aeb's page text (0.859 ->
        # 0.879). A repeated line inside it goes only when short (a menu item, a share button): an
        # article may say a sentence twice. Outside the span the lines the scorer kept stay too.
        if keep or (first < i < last and (reason != "page.repeated" or verdict.words[i] > _SHORT_WORDS)):
            continue
        heuristic = _BY_REASON[reason]
        if heuristic.id in page.enabled:
            found.append(page.mark(heuristic, (i,)))
    return found
