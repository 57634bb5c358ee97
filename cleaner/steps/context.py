"""The state of one pass over a document: its lines, their shapes, the rules that match them, the
title, and the marks so far. Steps ask it; it works each answer out once, for the first step that
asks."""
from __future__ import annotations

import functools
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from ..document import Document
from ..linemodel import JunkLineModel
from ..rules import LIST_OPENERS, LineMatcher, Rule, match_rule_by_rule
from ..text.sales import PlainSentences
from ..text.shapes import Shape, shapes_of
from ..text.titles import REPEAT_WORDS, looks_like_title, may_repeat_headline, repeats_headline, with_site_name
from ..text.words import normalise
from . import promo_tail
from .base import Labelled, Mark, mark
from .story import Story, find_story
from .topic import REMEMBER_WORDS_LINES, Topic

# Junk lines ("Advertisement", a byline) that may stand above the headline.
_TITLE_SKIP = 2
# Where a headline printed twice is looked for: among the first _HEADLINE_RANKS lines no rule matches,
# within the text's first _HEADLINE_SEARCH_LINES lines (a tagline, a breadcrumb and a kicker above it).
_HEADLINE_RANKS = 4
_HEADLINE_SEARCH_LINES = 10
# The most list items a list header opens.
_LIST_ITEMS = 15
# Under a "list" rule's header (rules/model.py: REMOVES), the first MIN_LIST_ITEMS lines must be
# headlines of LIST_ITEM_WORDS words or more that open with a capital or a digit. A header known by its
# words alone may be a subheading: over a menu ("More Sports" over "Baseball", "Cheer"), a spec sheet
# ("Highlights" over "Capacity: 350 ml") or a paragraph broken into lines ("More about form classes"
# over "subclass of Form. Form and ModelForm", wcxb-dev); other stories' headlines are none of these.
MIN_LIST_ITEMS = 2
LIST_ITEM_WORDS = 4
# A "list" rule's header also needs this many prose lines above it: related stories follow an article.
# On a listing page the list is the content (wcxb-dev's "Explore More" page, whose reference keeps it:
# trafilatura's text lost word F1 0.29 -> 0.21 before this).
LIST_PROSE_ABOVE = 2
# ... and no plain article sentence (text/sales.py: no sales signal, no advertiser's voice) of this many
# words that no rule matches below its items: then the list is the article's own (newsjunk-dev's
# bodies from a blog post with "Suggested reading:" over three of its posts, between its paragraphs).
LIST_PARAGRAPH_BELOW = 30

# What may stand before a listed headline's first letter: a bullet, a quote mark, a bracket.
_HEADLINE_OPENING = "-*•·–—>»|#([\"'“‘ \t"


def opens_like_headline(text: str) -> bool:
    """The line's first letter, after a bullet, quote mark or bracket, is a capital or a digit."""
    first = text.lstrip(_HEADLINE_OPENING)[:1]
    return first.isupper() or first.isdigit()
# A headline heads an article: with no title given, a first line is taken for one only above this many
# prose lines. Extractors' text of listings, product cards and failed pages has fewer, and there the
# guessed headline (its repeat cut, the line out of the body) cost word F1 on 72 of the 2,061 texts of
# the six extractors with 0 to 3 (0.84 summed, 0.08 gained); newsjunk-dev has 5 such texts of 876.
_ARTICLE_PROSE_LINES = 4


@dataclass(frozen=True, slots=True)
class Hints:
    """What is known of a text besides its lines."""

    title: str | None
    language: str | None  # as given (the page's, the options'); None: see ``detect``
    # False: without a known title, the first line is not taken for one. Said for text an HTML
    # extractor gave, which is no naive page text either: the full-page step is left out for it.
    find_title: bool = True
    # The site the text comes from (a url's host): rules learned for other sites are left out. None:
    # not known, every rule applies.
    site: str | None = None
    # The text ended in lines its site's learned rules took (its footer, steps/site_boilerplate.py):
    # the junk-line model reads no run at the end of what is left (see junk_model._decide).
    learned_end: bool = False
    # Where no language is given: the text's language from its own words, worked out the first time a
    # rule written for some languages is asked about (text_language). Only such rules read it, and in
    # 399 of newsjunk-dev's first 400 texts none is ever asked about: detecting every text's language
    # at the start was 7% of cleaning time.
    detect: Callable[[], str | None] | None = None

    def text_language(self) -> str | None:
        """The language the rules go by: the one given, or else the text's own (``detect``)."""
        if self.language is not None or self.detect is None:
            return self.language
        return self.detect()


@dataclass(frozen=True)
class Setup:
    """What the steps take from the cleaner: the compiled rules and which heuristics are on."""

    line_matcher: LineMatcher
    block_rules: tuple[Rule, ...]
    timeout: float
    enabled: frozenset[str]
    junk_model: JunkLineModel | None = None  # None: the model.junk-line step removes nothing


class Context:
    """One pass over ``doc``: the input's lines that no earlier step or pass removed (``origin``: the
    input's index of each of them; None when it is the whole input). ``marks`` is the input's table of
    marks, shared by every pass: a line's first mark stands.

    ``earlier`` is the first pass over the document this one was cut from, with the index there of
    each line here: a line's shape and the line rules that match it do not depend on its neighbours,
    so they are taken over instead of computed again."""

    def __init__(
        self,
        setup: Setup,
        doc: Document,
        hints: Hints,
        marks: list[Mark | None],
        origin: Sequence[int] | None = None,
        earlier: tuple[Context, Sequence[int]] | None = None,
    ):
        self.setup = setup
        self.doc = doc
        self.hints = hints
        self.origin = origin
        self.earlier = earlier
        self.table = marks
        self.timed_out: set[str] = set()
        self.texts = [line.stripped for line in doc.lines]
        if earlier is None:
            # Long texts share one string a distinct word (their lines' words add up to more than the
            # text); for the usual article the lookups cost more than the copies.
            interned: dict[str, str] | None = {} if len(doc) >= REMEMBER_WORDS_LINES else None
            self.shapes: list[Shape] = shapes_of(self.texts, interned)
        else:
            self.shapes = [earlier[0].shapes[i] for i in earlier[1]]
        self.topic: Topic = Topic(self.texts, self.shapes, (earlier[0].topic, earlier[1]) if earlier else None)

    def __len__(self) -> int:
        return len(self.texts)

    def enabled(self, heuristic_id: str) -> bool:
        return heuristic_id in self.setup.enabled

    # --- marks --------------------------------------------------------------------------------

    def input_index(self, index: int) -> int:
        return index if self.origin is None else self.origin[index]

    def mark_of(self, index: int) -> Mark | None:
        return self.table[self.input_index(index)]

    def marked(self, index: int) -> bool:
        return self.table[self.input_index(index)] is not None

    def junk_or_marked(self, index: int) -> bool:
        """A rule's junk line, or a line a step has marked: what the steps after them pass over."""
        return self.junk[index] or self.marked(index)

    def mark(self, label: Labelled, lines: Sequence[int]) -> Mark:
        """A mark of this pass's ``lines`` (its own indexes), for a step to return."""
        origin = self.origin
        return mark(label, tuple(lines) if origin is None else tuple(origin[i] for i in lines))

    def apply(self, found: Mark) -> int:
        """Give each of the mark's lines that has none yet (and is not the title) the mark; how many
        it took."""
        table, title = self.table, self.title_input_index
        taken = 0
        for i in found.lines:
            if table[i] is None and i != title:
                table[i] = found
                taken += 1
        return taken

    def position_of(self) -> Sequence[int] | dict[int, int]:
        """For each input index this pass holds, its index here (the identity for the whole input)."""
        return range(len(self)) if self.origin is None else {i: j for j, i in enumerate(self.origin)}

    def kept(self) -> array[int]:
        """The input indexes of this pass's lines that no mark has taken."""
        table = self.table
        return array("l", (i for i in (range(len(self)) if self.origin is None else self.origin) if table[i] is None))

    # --- what the rules match -------------------------------------------------------------------

    @functools.cached_property
    def line_matches(self) -> list[Sequence[Rule]]:
        """Every line rule whose pattern matches each line (zones and protection are checked later)."""
        if self.earlier is not None:
            run, origin = self.earlier
            return [run.line_matches[i] for i in origin]
        # Most lines match nothing: they share one empty tuple (a list each cost 56 bytes a line).
        found: list[Sequence[Rule]] = [()] * len(self)
        words = [s.words for s in self.shapes]
        matcher = self.setup.line_matcher
        for index, matching, timed_out in matcher.matching_lines(self.texts, words, self.setup.timeout, self.usable):
            if timed_out:
                self.timed_out.update(timed_out)
            if matching:
                found[index] = matching
        return found

    @functools.cached_property
    def matches(self) -> list[Sequence[Rule]]:
        """The line rules' matches, with each block rule added to the lines of the blocks it matches."""
        if not self.setup.block_rules:
            return self.line_matches
        found = list(self.line_matches)
        for start, end in self._blocks():
            text = "\n".join(self.texts[start:end])
            words = sum(s.words for s in self.shapes[start:end])
            rules, timed_out = match_rule_by_rule(self.setup.block_rules, text, words, self.setup.timeout, self.usable)
            self.timed_out.update(timed_out)
            for rule in rules:
                for i in range(start, end):
                    found[i] = (*found[i], rule)
        return found

    def usable(self, rule: Rule) -> bool:
        if rule.id in self.timed_out:
            return False
        # The language only where the rule is for some languages: asking it may mean detecting it.
        return rule.applies_to(self.hints.text_language() if rule.languages else None, self.hints.site)

    def _blocks(self) -> Iterator[tuple[int, int]]:
        """Runs of lines not separated by a blank line."""
        start = 0
        for i in range(1, len(self) + 1):
            if i == len(self) or self.doc.is_paragraph_break(i):
                yield start, i
                start = i

    # --- the title and the article ------------------------------------------------------------

    @functools.cached_property
    def title_index(self) -> int | None:
        """The headline's line: the known title's repeat in the first three lines, or else the first
        line no rule matches, after at most _TITLE_SKIP such lines (which will go, leaving it first),
        when it is shaped like a title."""
        if not self.texts:
            return None
        known = self.hints.title
        if known:
            return next((i for i, text in enumerate(self.texts[:3]) if repeats_headline(text, known)), None)
        if not self.hints.find_title:
            return None
        matches = self.matches
        prose = (shape for shape in self.shapes if shape.prose)
        if sum(1 for _ in islice(prose, _ARTICLE_PROSE_LINES)) < _ARTICLE_PROSE_LINES:
            return None
        repeated = self._headline_printed_twice
        if repeated is not None:
            return repeated
        first = next((i for i in range(min(len(self), _TITLE_SKIP + 1)) if not matches[i]), None)
        if first is None or first >= len(self) - 1 or not looks_like_title(self.texts[first], self.shapes[first]):
            return None
        return first

    @functools.cached_property
    def _headline_printed_twice(self) -> int | None:
        """A line near the top that the next line or the one after prints again (a scraper's doubled
        headline, "Title - Site"): the headline, whatever stands above it. A site's tagline or a
        breadcrumb that no rule knows stands above the headline on many pages; taken for the title, it
        left the headline's repeat in the text (newsjunk-sites-dev, each site's first 5 pages: 4 of its
        228 pages)."""
        if self.earlier is not None:
            return None  # the first pass looked, with every line there; engine._passes keeps its answer
        matches, texts, shapes = self.matches, self.texts, self.shapes
        top = [i for i in range(min(len(self), _HEADLINE_SEARCH_LINES)) if not matches[i]][: _HEADLINE_RANKS + 3]
        # A longer line repeats no headline, and is not normalised (a first paragraph can run to pages).
        normalised = {i: normalise(texts[i]) if shapes[i].words <= REPEAT_WORDS else "" for i in top}
        for rank, index in enumerate(top[:_HEADLINE_RANKS]):
            if any(rule.kind == "related" for above in range(index) for rule in matches[above]):
                break  # under a list's header stand its entries, each maybe twice: none is a headline
            if not shapes[index].headline or not looks_like_title(texts[index], shapes[index]):
                continue
            near = top[:rank] + top[rank + 1 : rank + 4]
            repeats = [
                other
                for other in near
                if may_repeat_headline(normalised[other], normalised[index])
                and repeats_headline(texts[other], texts[index])
            ]
            # Printed twice, not three times: a list's entries under its header can each be the same
            # line (a related list of one story three times), and none of them is a headline.
            if len(repeats) != 1 or repeats[0] not in top[rank + 1 : rank + 3]:
                continue
            # Under other lines, only a repeat with the site's name after a dash or a bar ("Title -
            # Site", a browser title pasted under the heading) tells a headline: a line printed twice
            # as it is there can be a list's entry (a story's picture link and its text link), its
            # list header gone, and a line with more after a colon is a label and what it says
            # ("Mayor Jane Smith" over "Mayor Jane Smith: we have no money left").
            if rank == 0 or with_site_name(texts[repeats[0]], texts[index]):
                return index
        return None

    @property
    def title_printed_twice(self) -> bool:
        """The title is a headline that the lines under it print again."""
        return self.title_index is not None and self.title_index == self._headline_printed_twice

    @functools.cached_property
    def title_input_index(self) -> int | None:
        return None if self.title_index is None else self.input_index(self.title_index)

    @functools.cached_property
    def junk(self) -> list[bool]:
        """Lines some rule's pattern matches wherever they stand, and the items of list headers: the
        article is what is left, and the promotional-tail walk passes over these."""
        matches = self.matches
        junk = [False] * len(matches)
        for i in self.matched():
            for opener in matches[i]:
                if opener.removes == "block" or (opener.removes == "list" and self.opens_list(opener, i)):
                    for j in self.list_items(i, blocked=lambda j: False):
                        junk[j] = True
        for i in self.matched():
            if not junk[i]:
                junk[i] = any(r.removes not in LIST_OPENERS or self.opens_list(r, i) for r in matches[i])
        return junk

    @functools.cached_property
    def promotional_tail(self) -> list[int]:
        """The lines of an advertisement after the article (promo_tail.find). Worked out with the
        marks as they stand when the rules step first asks for the story: the repeated headline's."""
        return promo_tail.find(self) if self.enabled(promo_tail.HEURISTIC.id) else []

    @functools.cached_property
    def plain_sentences(self) -> PlainSentences:
        """Which lines are plain article sentences, shared by the promotional walk and the story's end."""
        return PlainSentences(self.texts, self.shapes)

    @functools.cached_property
    def story(self) -> Story:
        """Where the article runs, and what that allows the rules (story.find_story)."""
        return find_story(self)

    def matched(self) -> Iterator[int]:
        """The lines some rule matches (most match none: their empty tuples are false)."""
        matches = self.matches
        return (i for i in range(len(matches)) if matches[i])

    def list_items(self, header: int, blocked: Callable[[int], bool]) -> list[int]:
        """The lines a list header opens: the headline-like lines that follow it, up to the first line
        that is prose or that ``blocked`` (a function of the index) holds back."""
        shapes = self.shapes
        items: list[int] = []
        for i in range(header + 1, min(len(shapes), header + 1 + _LIST_ITEMS)):
            if blocked(i) or not shapes[i].headline or shapes[i].prose:
                break
            items.append(i)
        return items

    def opens_list(self, opener: Rule, header: int) -> bool:
        """A list header's rule takes its line here: its items are not the article's own list, and a
        "list" rule's line heads other stories' headlines below an article (MIN_LIST_ITEMS,
        LIST_PROSE_ABOVE, LIST_PARAGRAPH_BELOW). The same with or without the story's protection: list
        items end at the first prose line, and only prose is protected."""
        if opener.removes == "list":
            items = self.list_items(header, blocked=lambda i: False)
            if len(items) < MIN_LIST_ITEMS or not all(self._list_headline(i) for i in items[:MIN_LIST_ITEMS]):
                return False
            shapes, matches = self.shapes, self.matches
            if sum(1 for shape in islice(shapes, header) if shape.prose) < LIST_PROSE_ABOVE:
                return False
            below = range(items[-1] + 1, len(shapes))
            plain = self.plain_sentences
            if any(shapes[j].words >= LIST_PARAGRAPH_BELOW and not matches[j] and plain(j) for j in below):
                return False
        return not self.list_on_topic(header)

    def _list_headline(self, index: int) -> bool:
        """The line can be another story's headline under a "list" rule's header."""
        return self.shapes[index].words >= LIST_ITEM_WORDS and opens_like_headline(self.texts[index])

    def list_on_topic(self, header: int) -> bool:
        """Most items under the header share the article's words: the author's own list ("Up next:
        the cameras we tested"), not links to other stories."""
        return self.topic.list_on_topic(header, self.list_items(header, blocked=lambda i: False))
