"""Where the article runs in a pass's lines, and what that allows the rules: head rules act above it,
tail rules below it, and only strict rules touch its prose."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import Rule
from ..text.shapes import Shape

if TYPE_CHECKING:
    from .context import Context

# Bylines and repeated headlines sit in the first lines, before the story starts.
HEAD_LIMIT = 12


@dataclass(frozen=True)
class Story:
    """Where the article runs in a document, and what that allows the rules."""

    first: int  # the first article paragraph
    last: int  # the last plain article sentence
    shapes: list[Shape]
    promo: frozenset[int]  # the promotional tail's lines
    head_ranks: list[int]  # for the first lines, how many lines before each are not junk (see head_ranks)

    def protects(self, index: int) -> bool:
        """A sentence-like paragraph inside the story: only strict rules remove it."""
        return self.shapes[index].prose and self.first <= index <= self.last and index not in self.promo

    def allows(self, rule: Rule, index: int) -> bool:
        """The line is where the rule applies: the head (before the story, in the first lines), the
        tail (after it), or anywhere."""
        if rule.where == "head":
            return index < self.first and index < len(self.head_ranks) and self.head_ranks[index] < HEAD_LIMIT
        if rule.where == "tail":
            return index > self.last
        return True


def find_story(context: Context) -> Story:
    """Where the article runs: from its first paragraph to its last plain sentence (prose with no
    sales signal and no advertiser's voice). After that the tail rules apply, so a sponsor's "A
    message from our sponsor:" opens the rest even when the promotional tail was not taken whole."""
    shapes, junk, plain = context.shapes, context.junk, context.plain_sentences
    taken = frozenset(context.promotional_tail)

    def in_article(i: int) -> bool:
        return shapes[i].prose and not junk[i] and i not in taken and not context.marked(i)

    # Found from either end: the article's middle need not be looked at.
    n = len(shapes)
    first = next((i for i in range(n) if in_article(i)), None)
    if first is None:
        return Story(n, -1, shapes, taken, head_ranks(junk))
    lowest = last = None  # the last article line; the last plain sentence
    for i in range(n - 1, first - 1, -1):
        if in_article(i):
            lowest = i if lowest is None else lowest
            if plain(i):
                last = i
                break
    end = last if last is not None else lowest
    assert end is not None  # the first article line was found on the way down, so on the way up
    return Story(first, end, shapes, taken, head_ranks(junk))


def head_ranks(junk: list[bool]) -> list[int]:
    """How far down the page each line is, counting only lines that stay: twelve "Advertisement"
    markers above a byline do not push it out of the head. The list ends where the rank reaches
    HEAD_LIMIT: the lines after it are out of the head whatever they are."""
    ranks, rank = [], 0
    for is_junk in junk:
        if rank >= HEAD_LIMIT:
            break
        ranks.append(rank)
        rank += not is_junk
    return ranks
