"""Counting a corpus's line templates site by site, in a form that adds up.

For each site: how many pages it has, on how many of them each template stands, on how many each pair
of templates stands one above the other (what makes lines a block), and two real lines of each
template (the two that sort first, so that the examples do not depend on which page came first). Each
page counts a template once. Counts from parts of a corpus add up (``merge``) to the counts of the
whole, whatever the order of the records, the chunks or the workers: that is what makes learning give
the same rule file on one process, on two and on a Dask cluster.

Memory grows with the distinct templates of each site (with their two examples), not with the pages:
a site's boilerplate is a few dozen templates, its articles' lines one each.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .templates import template_of, trail_template

# Lines longer than this are not counted: a site's boilerplate is a tagline or a paragraph, and a
# whole page in one line (a text without line breaks) would hold its counts' memory for nothing. A
# blank line parts paragraphs, not a block's lines: the lines either side of it are a pair.
LONGEST_LINE = 2000
EXAMPLES = 2


@dataclass
class SiteTally:
    """One site's counts."""

    pages: int = 0
    templates: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add_page(self, lines: Iterable[str]) -> None:
        texts = [text for text in map(str.strip, lines) if text and len(text) <= LONGEST_LINE]
        templates = [template_of(text) for text in texts]
        # A template's example from this page: its line that sorts first.
        first: dict[str, str] = {}
        for template, text in zip(templates, texts):
            seen = first.get(template)
            if seen is None or text < seen:
                first[template] = text
            trail = trail_template(template)
            if trail is not None and (trail not in first or text < first[trail]):
                first[trail] = text
        examples = self.examples
        for template, text in first.items():
            if template in examples:
                self._example(template, (text,))
            else:  # most lines: a template seen for the first time (_example's first case, without the call)
                examples[template] = (text,)
        self.pages += 1
        self.templates.update(first.keys())
        self.pairs.update({pair for pair in zip(templates, templates[1:]) if pair[0] != pair[1]})

    def merge(self, other: SiteTally) -> None:
        self.pages += other.pages
        self.templates.update(other.templates)
        self.pairs.update(other.pairs)
        for template, texts in other.examples.items():
            self._example(template, texts)

    def _example(self, template: str, texts: tuple[str, ...]) -> None:
        """Keep the EXAMPLES distinct lines that sort first of the template's and ``texts`` (sorted)."""
        known = self.examples.get(template)
        if known is None:
            self.examples[template] = texts
        elif len(known) < EXAMPLES or texts[0] < known[-1]:
            self.examples[template] = tuple(sorted(set(known) | set(texts))[:EXAMPLES])


@dataclass
class SiteCounts:
    """Every site's counts; the key of a corpus without sites is ""."""

    sites: dict[str, SiteTally] = field(default_factory=dict)

    def add_page(self, site: str, lines: Iterable[str]) -> None:
        tally = self.sites.get(site)
        if tally is None:
            tally = self.sites[site] = SiteTally()
        tally.add_page(lines)

    def add_text(self, site: str, text: str) -> None:
        """A page's text, in the lines the cleaner reads (document.py splits at "\n" only: splitlines
        would cut at form feeds and U+2028 too, lines the cleaner never sees)."""
        self.add_page(site, text.split("\n"))

    def merge(self, other: SiteCounts) -> SiteCounts:
        for site, tally in other.sites.items():
            mine = self.sites.get(site)
            if mine is None:
                self.sites[site] = mine = SiteTally()
            mine.merge(tally)
        return self

    @property
    def pages(self) -> int:
        return sum(t.pages for t in self.sites.values())

    def site_pages(self) -> dict[str, int]:
        return {site: tally.pages for site, tally in sorted(self.sites.items())}
