"""Step rules: each line goes with the first rule that matches it and may act where it stands (head
rules above the story, tail rules below it, strict rules only inside its prose, topic rules only off
the article's topic). A "rest" rule takes every line below it too. A byline rule that would take three
lines or more is not the article's byline but a list's entries ("Mar 07, 2026 | 4 min read" under each
post of a blog's index): it takes none.

>>> from cleaner import Cleaner
>>> text = "Title of the story here\\n\\n" + (
...     "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said.\\n\\n"
...     "Advertisement\\n\\n"
...     "Engineers replaced the deck, the cables and the lighting over two long winters of work.\\n")
>>> [(r.rule_id, r.text) for r in Cleaner().clean(text).removals]
[('inline.ad-marker', 'Advertisement')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules import LIST_OPENERS
from .base import Heuristic, Mark

if TYPE_CHECKING:
    from .context import Context

HEURISTICS: tuple[Heuristic, ...] = ()  # the rules name themselves

# An article has one byline and one dateline: newsjunk-dev and newsjunk-sites-dev never have a byline
# rule take more than two separate lines of one text. On the six extractors' text of the wcxb-dev listing
# pages, a blog index's four "Mar 06, 2026 | 3 min read" lines went as bylines (word F1 0.42 -> 0.17).
_LIST_ENTRIES = 3


def run(context: Context) -> list[Mark]:
    matches, topic = context.matches, context.topic
    story = context.story
    n = len(matches)
    found: list[Mark] = []
    rest_marked = False  # the lines under the first "rest" line are marked: a line takes its first mark
    for i in context.matched():
        for rule in matches[i]:
            if rule.off_topic and not topic.off_topic(i):
                continue
            if rule.removes in LIST_OPENERS and not context.opens_list(rule, i):
                continue
            if not story.allows(rule, i) or (story.protects(i) and not rule.strict):
                continue
            found.append(context.mark(rule, (i,)))
            if rule.removes == "rest" and not rest_marked:
                # Once, not for each such line: 16,000 "Sponsored by ..." lines took 11.8 s.
                rest_marked = True
                found.append(context.mark(rule, range(i + 1, n)))
            break
    return _without_list_entries(found)


def _without_list_entries(found: list[Mark]) -> list[Mark]:
    """The marks less those of a byline rule that took _LIST_ENTRIES lines or more."""
    per_rule: dict[str, int] = {}
    for found_mark in found:
        if found_mark.kind == "byline":
            per_rule[found_mark.id] = per_rule.get(found_mark.id, 0) + 1
    listed = {rule_id for rule_id, count in per_rule.items() if count >= _LIST_ENTRIES}
    return [found_mark for found_mark in found if found_mark.id not in listed] if listed else found
