"""Step list blocks: the items under a list header that a rule removed ("Related stories:", "More
from ..."): the headline-like lines after it, up to the first prose or protected line. The header's
own rule names the removal.

>>> from cleaner import Cleaner
>>> text = "Harbour Bridge Reopens After Repairs\\n\\n" + (
...     "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said.\\n\\n"
...     "Engineers replaced the deck, the cables and the lighting over two long winters of work.\\n\\n"
...     "Related stories:\\nTen ways to grow tomatoes on a balcony\\nStocks slide as tech giants report\\n")
>>> [(r.rule_id, r.text.splitlines()[-1]) for r in Cleaner().clean(text).removals]
[('related.list-header', 'Stocks slide as tech giants report')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules import LIST_OPENERS
from .base import Heuristic, Mark

if TYPE_CHECKING:
    from .context import Context

HEURISTICS: tuple[Heuristic, ...] = ()  # the headers' rules name the items


def run(context: Context) -> list[Mark]:
    matches, protects = context.matches, context.story.protects
    found: list[Mark] = []
    # A header that is itself an item of a header above takes that header's mark first, as the lines
    # it marked would have by now: the engine applies this step's marks when it returns.
    pending: dict[int, str] = {}
    for i in context.matched():
        for opener in matches[i]:
            if opener.removes not in LIST_OPENERS:
                continue
            header_mark = context.mark_of(i)
            header_id = header_mark.id if header_mark is not None else pending.get(i)
            if header_id != opener.id:
                continue
            items = context.list_items(i, blocked=protects)
            if items:
                found.append(context.mark(opener, items))
                for j in items:
                    if context.mark_of(j) is None and j != context.title_index:
                        pending.setdefault(j, opener.id)
    return found
