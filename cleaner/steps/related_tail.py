"""Step related.tail-headlines: other stories' headlines listed after the article under a header no
rule knows ("Redaktionen tipsar", "Mer från avdelningen"), found by their shape: a short header over
a run of headlines after the article's last plain sentence, each off the article's topic, with junk
right above the header or right below the list.

>>> from cleaner import Cleaner
>>> text = "\\n\\n".join([
...     "City Library Opens Its Doors Again After a Long Rebuild",
...     "The city library reopened on Saturday after a rebuild that took three years, and hundreds of"
...     " readers queued before the doors opened to see the new reading rooms and the restored dome.",
...     "The building now has a children's floor, a music room and a cafe on the roof, and it stays open"
...     " until ten on weekday evenings, which students and shift workers had asked the council for.",
...     "The head librarian said the old card catalogue would be kept on show in the entrance hall, next"
...     " to the first book the library lent when it opened more than a hundred years ago.",
...     "Unsere Empfehlungen",
...     "Ten Ways to Grow Tomatoes on a Balcony",
...     "Stocks Slide as Chip Makers Report Weak Sales",
...     "Why Sleep Matters More Than You Think",
...     "© 2025 Harbour Times. All rights reserved.",
... ])
>>> [(r.rule_id, r.text.splitlines()[0]) for r in Cleaner().clean(text + "\\n").removals]
[('related.tail-headlines', 'Unsere Empfehlungen'), ('footer.copyright', '© 2025 Harbour Times. All rights reserved.')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Heuristic, Mark
from .context import opens_like_headline

if TYPE_CHECKING:
    from .context import Context

HEURISTIC = Heuristic(
    "related.tail-headlines", "related", "other stories' headlines after the article, each off its topic"
)
HEURISTICS = (HEURISTIC,)

# The shape, in this order of evidence (the six extractors' text and the page text of the aeb,
# wcxb-dev and traf pages; reference words taken for other words): a run of three or more headlines
# off the topic after the article, 699 for 1,880 (a feature list, an event's details); under a short
# header, 221 for 543 (a product page's "Product Details"); under an article of three long paragraphs
# or more, items of five words or more, 110 for 332; with junk right above the header or right below
# the list, none for 155. The end of the text counted as junk below: 32 more for 166 (a product's
# features). On the training pools' documents, related lines removed 0.803 -> 0.843, body lines lost
# 6 more of 1,306,860.
_MIN_ITEMS = 3
_ITEM_WORDS = 5
_HEADER_WORDS = 5  # "Lesen Sie auch", "Redaktionen tipsar", "Más noticias de la sección"
_LONG_WORDS = 20
_LONG_ABOVE = 3


def run(context: Context) -> list[Mark]:
    lines = find(context)
    return [context.mark(HEURISTIC, lines)] if lines else []


def find(context: Context) -> list[int]:
    """The lines of each run of _MIN_ITEMS or more headlines after the article's last plain sentence
    (context.story.last), none of them junk already and each off the article's topic, under a header
    of _HEADER_WORDS words at most, with junk right above the header or right below the list; only
    under an article of _LONG_ABOVE long paragraphs or more."""
    shapes = context.shapes
    start = context.story.last + 1
    if start >= len(shapes):
        return []
    if sum(1 for i in range(start) if shapes[i].prose and shapes[i].words >= _LONG_WORDS) < _LONG_ABOVE:
        return []
    found: list[int] = []
    items: list[int] = []
    for i in range(start, len(shapes) + 1):
        if i < len(shapes) and _item(context, i):
            items.append(i)
            continue
        if len(items) >= _MIN_ITEMS and all(context.topic.off_topic(j) for j in items):
            header = items[0] - 1
            if header >= start and _header(context, header) and _among_junk(context, header, items[-1]):
                found.append(header)
                found.extend(items)
        items = []
    return found


def _item(context: Context, index: int) -> bool:
    """Another story's headline, maybe: a headline of _ITEM_WORDS words or more that opens with a
    capital or a digit, and no junk already."""
    return (
        _free_headline(context, index)
        and context.shapes[index].words >= _ITEM_WORDS
        and opens_like_headline(context.texts[index])
    )


def _header(context: Context, index: int) -> bool:
    return _free_headline(context, index) and context.shapes[index].words <= _HEADER_WORDS


def _free_headline(context: Context, index: int) -> bool:
    """A headline-shaped line, no sentence, that no rule or step has taken."""
    line_shape = context.shapes[index]
    return line_shape.headline and not line_shape.prose and not context.junk_or_marked(index)


def _among_junk(context: Context, header: int, last_item: int) -> bool:
    """Junk stands right above the header or right below the list: a line a rule or step took, in this
    pass or an earlier one (a gap in the lines this pass sees)."""
    if last_item + 1 == len(context.shapes):
        # the list ends the lines of this pass: junk below it when an earlier pass took lines there
        if context.input_index(last_item) + 1 < len(context.table):
            return True
    for i, beside in ((header, header - 1), (last_item, last_item + 1)):
        if 0 <= beside < len(context.shapes):
            if context.junk_or_marked(beside):
                return True
            if abs(context.input_index(beside) - context.input_index(i)) > 1:
                return True
    return False
