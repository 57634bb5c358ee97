"""Step rules: each line goes with the first rule that matches it and may act where it stands (head
rules above the story, tail rules below it, strict rules only inside its prose, topic rules only off
the article's topic). A "rest" rule takes every line below it too.

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

from .base import Heuristic, Mark

if TYPE_CHECKING:
    from .context import Context

HEURISTICS: tuple[Heuristic, ...] = ()  # the rules name themselves


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
            if rule.removes == "block" and context.list_on_topic(i):
                continue
            if not story.allows(rule, i) or (story.protects(i) and not rule.strict):
                continue
            found.append(context.mark(rule, (i,)))
            if rule.removes == "rest" and not rest_marked:
                # Once, not for each such line: 16,000 "Sponsored by ..." lines took 11.8 s.
                rest_marked = True
                found.append(context.mark(rule, range(i + 1, n)))
            break
    return found
