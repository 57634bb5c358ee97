"""Step headline.repeated: the headline again under the title, exactly, in another case, with a site's
name before or after it, or misspelt; only in the head, before the story starts.

>>> from cleaner import Cleaner
>>> text = "Harbour Bridge Reopens\\n\\nHarbour bridge reopens - The Harbour Times\\n\\n" + "\\n\\n".join([
...     "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said.",
...     "Engineers replaced the deck, the cables and the lighting over two long winters of work.",
...     "The bridge now carries a cycle lane in each direction, which residents had asked for.",
...     "The mayor thanked the crews who worked through the winters to finish the job on time.",
... ]) + "\\n"
>>> [(r.rule_id, r.text) for r in Cleaner().clean(text).removals]
[('headline.repeated', 'Harbour bridge reopens - The Harbour Times')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text.shapes import ends_sentence
from ..text.titles import REPEAT_WORDS, repeats_headline
from .base import Heuristic, Mark
from .story import HEAD_LIMIT

if TYPE_CHECKING:
    from .context import Context

HEURISTIC = Heuristic("headline.repeated", "dup_headline", "the headline repeated under the title")
HEURISTICS = (HEURISTIC,)

# A scraper doubles a headline, and a page may show it a third time (its title bar, its heading, a
# share box); newsjunk-dev and newsjunk-sites-dev repeat it once. A line that comes back three times
# more under the first is a slide of a carousel or a list's repeated label, the text's own content
# (a product page's "Nearly 8,000 offered out of the box", four times in its extracted text).
_MOST_REPEATS = 2


def _long_repeat(text: str, words: int) -> bool:
    """A prose-shaped line that may still be the headline again: a long headline with a site's name
    after it reads as prose by its length alone (25 words or more: newsjunk-sites-dev's "To Find the 5
    Best French Presses, ... - The Capital Post"). A line that ends a sentence is the story's first
    sentence ("Why I quit - and why you should too."), even when it starts with the headline's words,
    and a line longer than a headline (30 words) and a site's name is no repeat of it."""
    return words <= REPEAT_WORDS and not ends_sentence(text)


def run(context: Context) -> list[Mark]:
    title = context.hints.title or (context.texts[context.title_index] if context.title_index is not None else None)
    if not title:
        return []
    matches, shapes = context.matches, context.shapes
    found = []
    rank = 0
    for index, text in enumerate(context.texts):
        if rank >= HEAD_LIMIT:
            break
        if matches[index]:
            continue  # junk: not counted towards the head
        rank += 1
        if index == context.title_index:
            continue
        shape = shapes[index]
        if shape.prose and not shape.headline:
            if not (_long_repeat(text, shape.words) and repeats_headline(text, title)):
                break  # the story has started
            found.append(index)
        elif repeats_headline(text, title):
            found.append(index)
    if not found or len(found) > _MOST_REPEATS:
        return []
    return [context.mark(HEURISTIC, found)]
