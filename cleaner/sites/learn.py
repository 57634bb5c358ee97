"""Deciding which of a site's recurring templates are boilerplate.

The templates that stand on two or more of a site's pages are linked into blocks: two are linked when
one stands right above the other on two or more pages, and ``min_share`` of them. What a template
needs to be learned depends on its block:

- in a block of three or more (a pasted ad, a footer): two pages and ``min_share`` of them;
- in a pair, or alone: ``min_pages`` pages and ``min_share`` of the site's pages, a line alone
  ``lone_share`` of them (a body heading such as "Conclusion" or "Key Takeaways" stands alone between
  an article's paragraphs on a few pages of a big site; a newsletter call alone on most of them).

Prose is learned from three pages on: a paragraph quoted again on a second page is the article's. A
run of more than _PROSE_RUN prose lines, one under the other, on fewer pages than a line alone needs
or all on as many pages, is an article published on more than one page (a syndicated copy): its prose
and the lines beside it on no more pages are not learned. (A site's about paragraph, newsletter call
and ad can run that long too, but on most of its pages, each line on its own number of them.)
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..text.shapes import shape
from .counts import SiteCounts, SiteTally
from .templates import ANY

# newsjunk-sites-dev's 70 syndicated bodies hold 2 to 226 prose lines (67 of them more than 5); its
# sites' pasted ads run up to 4 prose lines one under the other (falconsentinel.net's).
_PROSE_RUN = 5
_PROSE_PAGES = 3
_BLOCK = 3


@dataclass(frozen=True)
class LearnOptions:
    """How often a template must recur on a site's pages to be learned."""

    min_pages: int = 3
    min_share: float = 0.05
    # 0.3 took "Conclusion", a heading on 3 of vigiedebellerive.fr's 8 pages; 0.4 leaves it, and on
    # newsjunk-sites-dev removes 0.9927 of the junk for 0.9928 (body lines kept 0.99821, 0.99817).
    lone_share: float = 0.4

    def __post_init__(self) -> None:
        if isinstance(self.min_pages, bool) or not isinstance(self.min_pages, int) or self.min_pages < 2:
            raise ValueError(f"min_pages must be a whole number of 2 or more, not {self.min_pages!r}")
        for name in ("min_share", "lone_share"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], not {value!r}")

    def threshold(self, pages: int, share: float) -> int:
        return max(self.min_pages, math.ceil(share * pages - 1e-9))


@dataclass(frozen=True)
class Learned:
    """One learned template of one site."""

    site: str
    template: str
    pages: int  # pages of the site holding it
    site_pages: int
    examples: tuple[str, ...]
    prose: bool
    block: int  # templates in its block


def learn(counts: SiteCounts, options: LearnOptions | None = None) -> list[Learned]:
    """The boilerplate templates of every site, by site and then by pages (most first) and template."""
    options = options or LearnOptions()
    found: list[Learned] = []
    for site in sorted(counts.sites):
        found.extend(sorted(_site(site, counts.sites[site], options), key=lambda t: (-t.pages, t.template)))
    return found


def _site(site: str, tally: SiteTally, options: LearnOptions) -> Iterator[Learned]:
    pair = options.threshold(tally.pages, options.min_share)
    lone = options.threshold(tally.pages, options.lone_share)
    # A block's lines need 2 pages, and min_share of them, and so does the link of two lines into one:
    # read as one site, a corpus of many sites links every line that recurs a few times to the next
    # by chance ("Conclusion" to an ad's "We provide:"), and its syndicated copies (an article on two
    # or three pages) have blocks of their own, their list items and headings.
    in_block = max(2, math.ceil(options.min_share * tally.pages - 1e-9))
    recurring = {t: n for t, n in tally.templates.items() if n >= 2}
    neighbours: dict[str, set[str]] = {t: set() for t in recurring}
    for (above, below), n in tally.pairs.items():
        if n >= in_block and above in recurring and below in recurring:
            neighbours[above].add(below)
            neighbours[below].add(above)
    for block in _blocks(neighbours):
        prose = {t for t in block if shape(tally.examples[t][0]).prose}
        copied = _copied(prose, neighbours, recurring, lone)
        needed = in_block if len(block) >= _BLOCK else pair if len(block) == 2 else lone
        for template in block:
            pages = recurring[template]
            if template in copied:
                continue
            if template.endswith(ANY) and len(block) == 1:
                needed = pair  # a trail's sections share the pages between them
            if pages < needed or (template in prose and pages < _PROSE_PAGES):
                continue
            yield Learned(site, template, pages, tally.pages, tally.examples[template], template in prose, len(block))


def _copied(prose: set[str], neighbours: dict[str, set[str]], recurring: dict[str, int], lone: int) -> set[str]:
    """An article's text on more than one page: runs of more than _PROSE_RUN prose templates linked to
    each other that stand on fewer pages than a line alone needs, or all on as many pages (the same
    pages: one article's copies), with the lines next to them that stand on no more pages than they
    do (its headings and list items). A site's template lines come and go from page to page."""
    found: set[str] = set()
    for run in _groups(prose, lambda template: neighbours[template] & prose):
        counts = {recurring[t] for t in run}
        if len(run) > _PROSE_RUN and (max(counts) < lone or len(counts) == 1):
            most = max(counts)
            found |= run | {n for t in run for n in neighbours[t] if recurring[n] <= most}
    return found


def _blocks(neighbours: dict[str, set[str]]) -> Iterator[set[str]]:
    """The groups of templates linked to each other, in a fixed order."""
    return _groups(neighbours, neighbours.__getitem__)


def _groups(members: Iterable[str], linked: Callable[[str], set[str]]) -> Iterator[set[str]]:
    """The connected groups of ``members`` (``linked``: a member's links among them), each from its
    first member in sorted order."""
    seen: set[str] = set()
    for start in sorted(members):
        if start in seen:
            continue
        group, stack = {start}, [start]
        while stack:
            for other in linked(stack.pop()):
                if other not in group:
                    group.add(other)
                    stack.append(other)
        seen |= group
        yield group
