"""The engine: rules and heuristics applied to a document, with the safety checks around them."""
from __future__ import annotations

import dataclasses
import functools
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import is_, is_not
from pathlib import Path

import regex

from . import fullpage, heuristics, parallel
from .document import Document
from .heuristics import Shape
from .html import Page
from .options import Options
from .result import Removal, Result
from .rules import LineMatcher, Rule, builtin_rule_files, load_rules, match_rule_by_rule, rule_files_in


@dataclass(frozen=True, slots=True)
class Heuristic:
    id: str
    kind: str
    reason: str


HEURISTICS = (
    Heuristic("headline.repeated", "dup_headline", "the headline repeated under the title"),
    Heuristic("promo.tail", "promo", "advertisement after the article: sales signals, off the article's topic"),
    # Full-page text (fullpage.find_article): the line scorer's reason for each line it cuts.
    Heuristic("page.menu", "other", "full page: navigation, a menu or a list of links"),
    Heuristic("page.outside-article", "other", "full page: outside the article's run of text"),
    Heuristic("page.repeated", "other", "full page: a line the page repeats (menus, footers)"),
    Heuristic("page.boilerplate", "other", "full page: addresses, handles or a copyright notice"),
    Heuristic("page.metadata", "other", "full page: dates, times and counts around the article"),
    Heuristic("page.symbols", "other", "full page: more symbols than words"),
    Heuristic("page.title-bar", "other", "full page: the browser title, with the site's name"),
    Heuristic("page.comments", "other", "full page: reader comments under the article, from their heading on"),
    Heuristic("page.related", "other", "full page: a list of other stories under the article, from its heading on"),
)
_HEAD_LIMIT = 12  # bylines and repeated headlines sit in the first lines, before the story starts
_TITLE_SKIP = 2  # junk lines ("Advertisement", a byline) that may stand above the headline
_PASSES = 3  # the development set needs at most two; the third is there for what a second uncovers
# From this many lines on, the lines' words share one string a distinct word (5,000 lines' words are
# about a megabyte; a 100 MB text's came to 1.4 times the text).
_REMEMBER_WORDS_LINES = 5000
# The topic tests of a text under _REMEMBER_WORDS_LINES look each word up in the text, which reads all
# of it for a word no other line has; after this many words they count the text's vocabulary instead
# (the same answers). newsjunk-dev's texts look up at most 80; 4,800 teasers of words found nowhere
# else, over a 1 MB line, took 11.8 s looked up one by one.
_SEARCHED_WORDS = 200
# Lines of at most this many words are short: menu items, buttons, labels.
_PAGE_SHORT_WORDS = 4


class UnknownRuleError(ValueError):
    """--select or --ignore names an id that no rule or heuristic has."""


class Cleaner:
    """Compiled rules and options, reusable across many documents (and picklable)."""

    def __init__(self, options: Options | None = None, **overrides: object):
        if options is None:
            options = Options(**overrides)  # type: ignore[arg-type]
        elif overrides:
            raise TypeError("give either an Options object or keyword options, not both")
        self.options = options
        self.all_rules = _load(options.rules, options.builtin_rules)
        known = [r.id for r in self.all_rules] + [h.id for h in HEURISTICS]
        for selector in sorted(options.select | options.ignore):
            if not any(i == selector or i.startswith(selector + ".") for i in known):
                raise UnknownRuleError(f"unknown rule id {selector!r} (see --list-rules)")
        self.rules = tuple(r for r in self.all_rules if options.enabled(r.id))
        self.line_rules = tuple(r for r in self.rules if r.where != "block")
        self.block_rules = tuple(r for r in self.rules if r.where == "block")
        self.line_matcher = LineMatcher(self.line_rules)
        self._heuristics = {h.id: h for h in HEURISTICS if options.enabled(h.id)}
        self._page_heuristics = {h.id: h for h in self._heuristics.values() if h.id.startswith("page.")}

    def __reduce__(self) -> tuple[object, ...]:
        # Compiled patterns pickle by source; rebuilding from the options is as cheap and keeps one path.
        return (Cleaner, (self.options,))

    def clean(self, text: str, *, title: str | None = None, language: str | None = None, find_title: bool = True) -> Result:
        """Clean one text.

        ``title`` (the page's headline, when known from elsewhere) and ``language`` (an ISO 639 code)
        override the options' for this text. With ``find_title`` False and no title given, the text
        has none (a page without a <title>): its first line is not taken for one.

        Removing lines changes what is left (the line under a removed "Advertisement" becomes the
        first; a list loses its junk items), so the result is cleaned again, up to _PASSES times in
        all, until a pass removes nothing: cleaning the output once more then changes nothing. The
        later passes' removals are reported against the input's own lines.
        """
        if not isinstance(text, str):
            raise TypeError(f"clean() takes a str, not {type(text).__name__}" + (" (decode bytes first)" if isinstance(text, (bytes, bytearray)) else ""))
        hints = _Hints(title or self.options.title, (language or self.options.language or "").lower() or None, find_title)
        doc, marks, title_index, timed_out = self._decide(Document.parse(text), hints)
        # The passes' line shapes and matches are gone by now: rendering a 100 MB text does not
        # hold them at the same time as the output.
        return _result(doc, text, marks, title_index, tuple(sorted(timed_out)), self.options.max_removed_share)

    def _decide(self, doc: Document, hints: _Hints) -> tuple[Document, list[tuple[str, str, str] | None], int | None, set[str]]:
        """Every line's mark (None: kept), the title's index and the rules that timed out, after the
        full-page step and up to _PASSES passes of the rules and heuristics.

        Where the page step did not take the text for a whole page but the rules took lines out, the
        step looks again at what is left: the output would read as a page the next time it is cleaned
        (a property test found a text whose "Read more:" line alone kept it from looking like one), and
        cleaning twice must give what cleaning once gives."""
        if not self._page_heuristics or not hints.find_title:
            marks, title_index, timed_out = self._passes(doc, hints, None)
            return doc, marks, title_index, timed_out
        # What the page scorer works out from a line's text alone, kept for its second look: on
        # newsjunk-dev's 37 looks 0.197 -> 0.170 s. Not for long texts: it holds each line's words.
        memo: dict[str, fullpage.LineFeatures] | None = {} if len(doc) < _REMEMBER_WORDS_LINES else None
        page = self._page_marks([line.stripped for line in doc.lines], hints, memo)
        marks, title_index, timed_out = self._passes(doc, hints, page)
        if page is not None or not _any_marked(marks):
            return doc, marks, title_index, timed_out
        kept = _kept(marks)
        page = self._page_marks([doc.lines[i].stripped for i in kept], hints, memo)
        if page is None:
            return doc, marks, title_index, timed_out
        again, again_title, again_timed_out = self._passes(doc.subset(_unmarked(marks)), hints, page)
        _copy_marks(again, kept, marks)
        title_index = kept[again_title] if again_title is not None else title_index
        return doc, marks, title_index, timed_out | again_timed_out

    def _passes(
        self, doc: Document, hints: _Hints, marks: list[tuple[str, str, str] | None] | None
    ) -> tuple[list[tuple[str, str, str] | None], int | None, set[str]]:
        """The page step's marks (None: it did not act) completed by up to _PASSES passes of the rules
        and heuristics over the lines it left; the title's index and the rules that timed out."""
        if marks is None:
            marks = [None] * len(doc)
            first: Document = doc
            base: Sequence[int] | None = None
        else:
            first = doc.subset(_unmarked(marks))
            base = _kept(marks)
        run = _Run(self, first, hints)
        run.decide()
        _copy_marks(run.marks, base, marks)
        title_index = None if run.title_index is None else _origin(base, run.title_index)
        timed_out = set(run.timed_out)
        # Where the first run stands in the text: for each of its lines, the index in doc.
        position = {i: j for j, i in enumerate(base)} if base is not None else None
        for _ in range(_PASSES - 1 if _any_marked(run.marks) else 0):
            # An array, not a list of int objects: 4 bytes a line instead of 36 on a 100 MB text.
            kept = _kept(marks)
            in_first = kept if position is None else array("l", (position[i] for i in kept))
            again = _Run(self, doc.subset(_unmarked(marks)), hints, (run, in_first))
            again.decide()
            timed_out |= again.timed_out
            title_index = kept[again.title_index] if again.title_index is not None else title_index
            if not _any_marked(again.marks):
                break
            _copy_marks(again.marks, kept, marks)
        return marks, title_index, timed_out

    def _page_marks(
        self, lines: list[str], hints: _Hints, memo: dict[str, fullpage.LineFeatures] | None = None
    ) -> list[tuple[str, str, str] | None] | None:
        """For a text's stripped lines, the marks of page furniture (menus, footers, lists of links)
        when it is a whole page's visible text; None when it reads as an article already
        (fullpage.find_article). Only for texts whose title is to be found (not an extractor's)."""
        if not fullpage.may_be_full_page(lines):
            return None
        verdict = fullpage.find_article(lines, hints.title, memo=memo)
        if not verdict.full_page:
            return None
        marks: list[tuple[str, str, str] | None] = [None] * len(lines)
        first, last = fullpage.article_span(verdict.words, verdict.keep)
        if last < 0:
            return None
        for i, (keep, reason) in enumerate(zip(verdict.keep, verdict.reasons)):
            # Inside the article's span only lines the page repeats go here; the rest there is left to
            # the rules. Cutting the scorer's every line cost article lists and specifications (newsjunk-dev
            # body lines kept 0.999 -> 0.996) for +0.02 word F1 on aeb's page text (0.859 -> 0.879).
            # A repeated line inside it goes only when short (a menu item, a share button): an article
            # may say a sentence twice. Outside the span the lines the scorer kept stay too.
            if first < i < last and (reason != "page.repeated" or verdict.words[i] > _PAGE_SHORT_WORDS):
                continue
            heuristic = None if keep else self._page_heuristics.get(reason)
            if heuristic is not None:
                marks[i] = (heuristic.id, heuristic.kind, heuristic.reason)
        self._mark_page_end(lines, verdict, marks)
        headline = _page_headline(lines, first, hints.title)
        # The article's own heading stays and becomes the title; where no line under the page's
        # first repeats it (and the first is no menu item, see _page_headline), the first line is
        # taken for that heading (a text that starts with its headline, then a run of short lines).
        marks[0 if headline is None else headline] = None
        return marks if _any_marked(marks) else None

    def _mark_page_end(self, lines: list[str], verdict: fullpage.FullPageVerdict, marks: list[tuple[str, str, str] | None]) -> None:
        """Reader comments or a list of other stories under the article go from their heading to the
        page's end, whatever the scorer thought of each (a comment or a teaser's summary reads as prose):
        fullpage.comments_start and fullpage.related_start, the first of the two."""
        starts = []
        for heuristic_id, find in (("page.comments", fullpage.comments_start), ("page.related", fullpage.related_start)):
            heuristic = self._page_heuristics.get(heuristic_id)
            if heuristic is None:
                continue
            start = find(lines, verdict.words, verdict.keep)
            if start is not None:
                starts.append((start, heuristic))
        if not starts:
            return
        start, heuristic = min(starts, key=lambda found: found[0])
        for i in range(start, len(lines)):
            if marks[i] is None:
                marks[i] = (heuristic.id, heuristic.kind, heuristic.reason)

    def clean_html(self, html: str | bytes, *, fast: bool = False, url: str | None = None) -> Result:
        """Extract a page's main text (trafilatura, or resiliparse with ``fast``) and clean it.

        What is cleaned is the page's article text (html.Page.article: its title over the extracted
        paragraphs), so the result reads like a cleaned article: ``title``, ``body`` and ``text`` as
        for plain text, removals numbered by that text's lines, and ``metadata`` what the page said of
        itself (url, date, author, sitename, language, when found). Raises html.HtmlError for markup
        that cannot be read at all.
        """
        from . import html as html_input  # trafilatura is imported only by callers who give HTML

        return self.clean_page(html_input.extract(html, fast=fast, url=url))

    def clean_page(self, page: Page) -> Result:
        """Clean an extracted page: its title anchors the repeated-headline check and its language
        picks the rules written for it."""
        result = self.clean(page.article(), title=page.headline(), language=page.language, find_title=False)
        return dataclasses.replace(result, metadata=page.metadata())

    def clean_many(self, texts: Iterable[str], workers: int = 1, chunk_size: int = 64) -> Iterator[Result]:
        """Results in the texts' order. With ``workers`` > 1 the texts are cleaned in that many
        processes, ``chunk_size`` texts at a time, reading only a few chunks ahead of the results."""
        if workers <= 1:
            for text in texts:
                yield self.clean(text)
            return
        jobs = ((self.options, chunk) for chunk in _chunked(texts, chunk_size))
        for results in parallel.ordered_map(_clean_texts, jobs, workers):
            yield from results


def _clean_texts(job: tuple[Options, list[str]]) -> list[Result]:
    """A chunk of texts, in a worker process."""
    options, texts = job
    return [cleaner_for(options).clean(text) for text in texts]


def _chunked(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...], builtin: bool) -> tuple[Rule, ...]:
    files = builtin_rule_files() if builtin else []
    for path in extra:
        files.extend(rule_files_in(path))
    return load_rules(files)


@lru_cache(maxsize=4)
def default_cleaner() -> Cleaner:
    return Cleaner(Options())


@lru_cache(maxsize=8)
def cleaner_for(options: Options) -> Cleaner:
    """This process's one Cleaner for ``options``: worker processes and per-partition tasks ask for it
    with each chunk instead of keeping a global of their own (the rules compile once a process)."""
    return Cleaner(options)


@dataclass(frozen=True)
class _Story:
    """Where the article runs in a document, and what that allows the rules."""

    first: int  # the first article paragraph
    last: int  # the last plain article sentence
    shapes: list[Shape]
    promo: frozenset[int]  # the promotional tail's lines
    head_ranks: list[int]  # for the first lines, how many lines before each are not junk (see _head_ranks)

    def protects(self, index: int) -> bool:
        """A sentence-like paragraph inside the story: only strict rules remove it."""
        return self.shapes[index].prose and self.first <= index <= self.last and index not in self.promo

    def allows(self, rule: Rule, index: int) -> bool:
        """The line is where the rule applies: the head (before the story, in the first lines), the
        tail (after it), or anywhere."""
        if rule.where == "head":
            return index < self.first and index < len(self.head_ranks) and self.head_ranks[index] < _HEAD_LIMIT
        if rule.where == "tail":
            return index > self.last
        return True


def _head_ranks(junk: list[bool]) -> list[int]:
    """How far down the page each line is, counting only lines that stay: twelve "Advertisement"
    markers above a byline do not push it out of the head. The list ends where the rank reaches
    _HEAD_LIMIT: the lines after it are out of the head whatever they are."""
    ranks, rank = [], 0
    for is_junk in junk:
        if rank >= _HEAD_LIMIT:
            break
        ranks.append(rank)
        rank += not is_junk
    return ranks


@dataclass(frozen=True, slots=True)
class _Hints:
    """What is known of a text besides its lines."""

    title: str | None
    language: str | None
    # False: without a known title, the first line is not taken for one. Said for text an HTML
    # extractor gave, which is no naive page text either: the full-page step is left out for it.
    find_title: bool = True


class _Run:
    """The state of cleaning one document."""

    def __init__(self, cleaner: Cleaner, doc: Document, hints: _Hints, earlier: tuple[_Run, Sequence[int]] | None = None):
        """``earlier`` is a previous pass over a document this one was cut from, with the index there
        of each line here: a line's shape and the line rules that match it do not depend on its
        neighbours, so they are taken over instead of computed again."""
        self.cleaner = cleaner
        self.options = cleaner.options
        self.hints = hints
        self.doc = doc
        self.earlier = earlier
        if earlier is None:
            # Long texts share one string a distinct word (their lines' words add up to more than the
            # text); for the usual article the lookups cost more than the copies.
            interned: dict[str, str] | None = {} if len(doc) >= _REMEMBER_WORDS_LINES else None
            self.shapes: list[Shape] = heuristics.shapes_of([line.stripped for line in self.doc.lines], interned)
        else:
            self.shapes = [earlier[0].shapes[i] for i in earlier[1]]
        self.line_matches: list[Sequence[Rule]] = []
        self.marks: list[tuple[str, str, str] | None] = [None] * len(self.doc)  # (id, kind, reason)
        self.timed_out: set[str] = set()
        # A line's topic test and a list header's are asked again by later steps of the run (the junk
        # lines, the rules, the list items): on newsjunk-dev 1,878 and 419 times for what is each
        # decided once.
        self._off_topic_lines: dict[int, bool] = {}
        self._words_searched = 0
        self._on_topic_lists: dict[int, bool] = {}

    @functools.cached_property
    def vocabulary(self) -> Counter[str]:
        """Every meaning-carrying word of the document with its count, for the topic tests of a text
        that is not searched a word at a time (_searched_words), worked out for the first that needs
        it. A later pass takes the first pass's, when it has one, and subtracts the lines cut since."""
        run_kept = self.earlier
        if run_kept is None or "vocabulary" not in run_kept[0].__dict__:
            # From this pass's lines (fewer than the first pass's, which had no use for it).
            return heuristics.line_vocabulary([line.stripped for line in self.doc.lines])
        run, kept = run_kept
        counts = run.vocabulary.copy()
        stays = bytearray(len(run.shapes))
        for i in kept:
            stays[i] = 1
        for i, flag in enumerate(stays):
            if not flag:
                counts.subtract(run.shapes[i].content)
        return +counts

    def mark(self, index: int, rule_id: str, kind: str, reason: str) -> None:
        if self.marks[index] is None and index != self.title_index:
            self.marks[index] = (rule_id, kind, reason)

    def decide(self) -> None:
        """Mark every line that goes with the rule or heuristic that takes it."""
        self.title_index = None
        if not self.doc.lines:
            return
        matches = self._match_rules()
        self.title_index = self._find_title(matches)
        self._repeated_headline(matches)
        junk = self._junk_lines(matches)
        promo = self._promotional_tail(matches, junk)
        story = self._story(junk, promo)
        self._apply_rules(matches, story)
        self._list_blocks(matches, protected=story.protects, dry_run=False)
        heuristic = self.cleaner._heuristics.get("promo.tail")
        if heuristic:
            for i in promo:
                self.mark(i, heuristic.id, heuristic.kind, heuristic.reason)

    def _junk_lines(self, matches: list[Sequence[Rule]]) -> list[bool]:
        """Lines some rule's pattern matches wherever they stand, and the items of list headers: the
        article is what is left, and the promotional-tail walk passes over these."""
        junk = [False] * len(matches)
        for i in self._list_blocks(matches, protected=lambda i: False, dry_run=True):
            junk[i] = True
        for i in _matched(matches):
            if not junk[i]:
                junk[i] = not all(r.removes == "block" and self._list_on_topic(i) for r in matches[i])
        return junk

    def _promotional_tail(self, matches: list[Sequence[Rule]], junk: list[bool]) -> list[int]:
        if "promo.tail" not in self.cleaner._heuristics:
            return []
        shapes = self.shapes
        first_body = next((i for i, s in enumerate(shapes) if s.prose and not junk[i]), len(shapes))
        # rules first: most lines match none, and an any() a line was 0.05 s on newsjunk-dev.
        openers = {i for i in _matched(matches) if any(r.kind == "promo" for r in matches[i])}
        return heuristics.promotional_tail(
            self.doc,
            shapes,
            transparent=lambda i: junk[i] or self.marks[i] is not None,
            promo_opener=openers.__contains__,
            first_allowed=max(first_body + 1, (self.title_index or 0) + 1),
            document_vocabulary=lambda: self.vocabulary,
            word_lines=lambda: self._searched_words,
            plain=self._plain_sentences,
        )

    def _story(self, junk: list[bool], promo: list[int]) -> _Story:
        """Where the article runs: from its first paragraph to its last plain sentence (prose with no
        sales signal and no advertiser's voice). After that the tail rules apply, so a sponsor's "A
        message from our sponsor:" opens the rest even when the promotional tail was not taken whole."""
        shapes, marks, plain = self.shapes, self.marks, self._plain_sentences
        taken = set(promo)

        def in_article(i: int) -> bool:
            return shapes[i].prose and not junk[i] and i not in taken and marks[i] is None

        # Found from either end: the article's middle need not be looked at.
        n = len(shapes)
        first = next((i for i in range(n) if in_article(i)), None)
        if first is None:
            return _Story(n, -1, shapes, frozenset(taken), _head_ranks(junk))
        lowest = last = None  # the last article line; the last plain sentence
        for i in range(n - 1, first - 1, -1):
            if in_article(i):
                lowest = i if lowest is None else lowest
                if plain(i):
                    last = i
                    break
        return _Story(first, last if last is not None else lowest, shapes, frozenset(taken), _head_ranks(junk))

    def _apply_rules(self, matches: list[Sequence[Rule]], story: _Story) -> None:
        """Mark each line with the first matching rule that may act there."""
        n = len(matches)
        rest_marked = False  # the lines under the first "rest" line are marked: a line takes its first mark
        for i in _matched(matches):
            for rule in matches[i]:
                if rule.off_topic and not self._off_topic(i):
                    continue
                if rule.removes == "block" and self._list_on_topic(i):
                    continue
                if not story.allows(rule, i) or (story.protects(i) and not rule.strict):
                    continue
                self.mark(i, rule.id, rule.kind, rule.reason)
                if rule.removes == "rest" and not rest_marked:
                    # Once, not for each such line: 16,000 "Sponsored by ..." lines took 11.8 s.
                    rest_marked = True
                    for j in range(i + 1, n):
                        self.mark(j, rule.id, rule.kind, rule.reason)
                break

    def _off_topic(self, index: int) -> bool:
        """The line's words are mostly absent from the rest of the document (a teaser for another story)."""
        known = self._off_topic_lines.get(index)
        if known is None:
            known = self._off_topic_lines[index] = self._test_off_topic(index)
        return known

    def _test_off_topic(self, index: int) -> bool:
        words = self.shapes[index].content
        word_lines = self._searched_words
        if word_lines is None or self._words_searched >= _SEARCHED_WORDS:
            return heuristics.topic_overlap(words, self.vocabulary, Counter(words)) <= heuristics.LINE_OVERLAP
        self._words_searched += len(words)
        return heuristics.word_share(words, lambda word: word_lines.elsewhere(word, index)) <= heuristics.LINE_OVERLAP

    @functools.cached_property
    def _plain_sentences(self) -> heuristics.PlainSentences:
        """Which lines are plain article sentences, shared by the promotional walk and the story's end."""
        return heuristics.PlainSentences(self.doc, self.shapes)

    @functools.cached_property
    def _searched_words(self) -> heuristics.WordLines | None:
        """The text to look the topic tests' words up in, or None for a text whose vocabulary is
        counted instead: a long one works it out once, for a word no other line has is looked for
        through the whole text, a search a word; and one with a letter that lowers otherwise cannot
        be searched."""
        if len(self.doc) >= _REMEMBER_WORDS_LINES:
            return None
        word_lines = heuristics.WordLines([line.stripped for line in self.doc.lines], self.shapes)
        return word_lines if word_lines.usable else None

    def _find_title(self, matches: list[Sequence[Rule]]) -> int | None:
        doc = self.doc
        if not doc.lines:
            return None
        known = self.hints.title
        if known:
            for index, line in enumerate(doc.lines[:3]):
                if heuristics.repeats_headline(line.stripped, known):
                    return index
            return None
        if not self.hints.find_title:
            return None
        # An "Advertisement" marker or a byline is no headline: the title is the first line no rule
        # matches, after at most _TITLE_SKIP such lines (which will go, leaving it first).
        first = next((i for i in range(min(len(doc), _TITLE_SKIP + 1)) if not matches[i]), None)
        if first is not None and first < len(doc) - 1 and heuristics.looks_like_title(doc.lines[first].stripped, self.shapes[first]):
            return first
        return None

    def _match_rules(self) -> list[Sequence[Rule]]:
        """Every rule whose pattern matches each line (zones and protection are checked later)."""
        if self.earlier is not None:
            run, origin = self.earlier
            self.line_matches = [run.line_matches[i] for i in origin]
        else:
            self.line_matches = self._match_line_rules()
        if not self.cleaner.block_rules:
            return self.line_matches
        found = list(self.line_matches)
        for start, end in self._blocks():
            text = "\n".join(line.stripped for line in self.doc.lines[start:end])
            words = sum(s.words for s in self.shapes[start:end])
            for rule in self._matching(self.cleaner.block_rules, text, words):
                for i in range(start, end):
                    found[i] = (*found[i], rule)
        return found

    def _match_line_rules(self) -> list[Sequence[Rule]]:
        # Most lines match nothing: they share one empty tuple (a list each cost 56 bytes a line).
        found: list[Sequence[Rule]] = [()] * len(self.doc)
        texts = [line.stripped for line in self.doc.lines]
        words = [s.words for s in self.shapes]
        for index, matching, timed_out in self.cleaner.line_matcher.matching_lines(texts, words, self.options.timeout, self._usable):
            if timed_out:
                self.timed_out.update(timed_out)
            if matching:
                found[index] = matching
        return found

    def _matching(self, rules: tuple[Rule, ...], text: str, words: int) -> list[Rule]:
        found, timed_out = match_rule_by_rule(rules, text, words, self.options.timeout, self._usable)
        self.timed_out.update(timed_out)
        return found

    def _usable(self, rule: Rule) -> bool:
        return rule.id not in self.timed_out and rule.applies_to(self.hints.language)

    def _blocks(self) -> Iterator[tuple[int, int]]:
        """Runs of lines not separated by a blank line."""
        start = 0
        for i in range(1, len(self.doc) + 1):
            if i == len(self.doc) or self.doc.is_paragraph_break(i):
                yield start, i
                start = i

    def _repeated_headline(self, matches: list[Sequence[Rule]]) -> None:
        heuristic = self.cleaner._heuristics.get("headline.repeated")
        if heuristic is None:
            return
        title = self.hints.title or (
            self.doc.lines[self.title_index].stripped if self.title_index is not None else None
        )
        if not title:
            return
        rank = 0
        for index, line in enumerate(self.doc.lines):
            if rank >= _HEAD_LIMIT:
                break
            if matches[index]:
                continue  # junk: not counted towards the head
            rank += 1
            if index == self.title_index:
                continue
            if self.shapes[index].prose and not self.shapes[index].headline:
                break  # the story has started
            if heuristics.repeats_headline(line.stripped, title):
                self.mark(index, heuristic.id, heuristic.kind, heuristic.reason)

    def _list_blocks(self, matches: list[Sequence[Rule]], protected: Callable[[int], bool], dry_run: bool) -> set[int]:
        """The items that list headers (rules with removes = 'block') open. In a dry run every header
        counts; otherwise only headers that their rule removed, and the items are marked."""
        items: set[int] = set()
        for i in _matched(matches):
            for opener in matches[i]:
                if opener.removes != "block":
                    continue
                if not dry_run and (self.marks[i] is None or self.marks[i][0] != opener.id):
                    continue
                for j in heuristics.list_items_after(i, self.shapes, blocked=protected):
                    items.add(j)
                    if not dry_run:
                        self.mark(j, opener.id, opener.kind, opener.reason)
        return items

    def _list_on_topic(self, header: int) -> bool:
        """Most items under the header share the article's words: the author's own list ("Up next:
        the cameras we tested"), not links to other stories."""
        known = self._on_topic_lists.get(header)
        if known is None:
            known = self._on_topic_lists[header] = self._test_list_on_topic(header)
        return known

    def _test_list_on_topic(self, header: int) -> bool:
        items = heuristics.list_items_after(header, self.shapes, blocked=lambda i: False)
        return bool(items) and sum(1 for i in items if not self._off_topic(i)) * 2 > len(items)


def _page_headline(lines: list[str], first_kept: int, title: str | None) -> int | None:
    """The page's heading for the article (its H1), the article's first line or above it (the scorer
    may keep the heading with the article or not): the last line there that repeats the browser
    title (the page's first line) or the title given, or that begins as the title's longest part
    does ("Harbour plan will cost more | Harbour Times"). A page without a browser title gets the
    longest headline-shaped line right above the article."""
    bar = title or lines[0]
    core = heuristics.normalise(max(heuristics.title_parts(bar), key=len)).split()
    for j in range(first_kept, 0, -1):
        if heuristics.repeats_headline(lines[j], bar):
            return j
        heading = heuristics.normalise(lines[j]).split()
        common = min(len(core), len(heading))
        if common >= 3 and heading[:common] == core[:common]:
            return j
    if title is None and _NAVIGATION_LABEL.fullmatch(lines[0]):
        # No browser title: a page copied from a browser window starts with its menu ("Home"). The
        # heading is then the longest headline-shaped line of the few right above the article (a
        # byline and a date stand between them, shorter); the first line would be a menu item.
        above = range(first_kept - 1, max(0, first_kept - 1 - _HEADING_REACH), -1)
        shaped = [(words, j) for j in above if (shape := heuristics.shape(lines[j])).headline and (words := shape.words) >= _HEADING_WORDS]
        if shaped:
            return max(shaped)[1]
    return None


# A first line that names a control of the page ("Home", "Skip to content") is no browser title: the
# page was copied from its window. Every aeb and wcxb-dev page text starts with its title bar (the
# shortest are "x", "A", "Action", "Quanta Magazine"), so none of them meets this; taking any first
# line under three words for a menu instead changed 9 of their titles, 6 of them to a menu line.
_NAVIGATION_LABEL = regex.compile(
    r"(?:home|menu|main menu|toggle navigation|(?:skip|jump) to (?:main )?content|startseite|accueil|inicio|início)",
    regex.IGNORECASE,
)
# Above the article the heading stands within _HEADING_REACH lines (kicker, byline, date, reading
# time), and holds a headline's words.
_HEADING_REACH = 4
_HEADING_WORDS = 3


def _matched(matches: Sequence[Sequence[Rule]]) -> Iterator[int]:
    """The lines some rule matches (most match none: their empty tuples are false)."""
    return compress(range(len(matches)), matches)


def _unmarked(marks: Sequence[tuple[str, str, str] | None]) -> list[bool]:
    """For each line, whether it is kept (no mark): a pass over the lines in C, not a comprehension."""
    return list(map(is_, marks, repeat(None)))


def _kept(marks: Sequence[tuple[str, str, str] | None]) -> array[int]:
    """The indexes of the kept lines (see _unmarked): an array, 4 bytes a line, not a list of ints."""
    return array("l", compress(range(len(marks)), map(is_, marks, repeat(None))))


def _any_marked(marks: Sequence[tuple[str, str, str] | None]) -> bool:
    return marks.count(None) != len(marks)


def _copy_marks(found: Sequence[tuple[str, str, str] | None], base: Sequence[int] | None, marks: list[tuple[str, str, str] | None]) -> None:
    """A run's marks onto the text's: ``base`` holds the text's index of each of the run's lines (None:
    the run had the whole text)."""
    for j in compress(range(len(found)), map(is_not, found, repeat(None))):
        marks[_origin(base, j)] = found[j]


def _origin(base: Sequence[int] | None, index: int) -> int:
    """An index of the first run's document as an index of the text (``base``: the text's index of
    each of its lines, None when the first run had the whole text)."""
    return index if base is None else base[index]


def _result(
    doc: Document,
    text: str,
    marks: list[tuple[str, str, str] | None],
    title_index: int | None,
    timed_out: tuple[str, ...],
    max_removed_share: float,
) -> Result:
    keep = _unmarked(marks)
    removals = tuple(_removals(doc, marks))
    title = doc.lines[title_index].stripped if title_index is not None else None
    if removals:
        # The cap weighs the rules and heuristics against the article they cut from: a full page's
        # furniture (most of its text) is not counted on either side.
        furniture = [mark is not None and mark[0].startswith("page.") for mark in marks]
        removed_chars = sum(len(line.text) for line, kept, page in zip(doc.lines, keep, furniture) if not kept and not page)
        if removed_chars > max_removed_share * sum(len(line.text) for line, page in zip(doc.lines, furniture) if not page):
            start, separate = _body(doc, [True] * len(doc), title_index)
            return Result(text, title, start, (), True, removals, timed_out, separate_body=separate)
    cleaned = doc.render(keep) if removals else text
    start, separate = _body(doc, keep, title_index)
    return Result(cleaned, title, start, removals, False, (), timed_out, separate_body=separate)


def _body(doc: Document, keep: list[bool], title_index: int | None) -> tuple[int, str | None]:
    """Where the body starts in the rendered text (everything after the title line and the gap
    under it), or the body itself when kept lines stand above the title."""
    if title_index is None:
        return 0, None
    start = doc.offset_after(keep, title_index)
    if start is not None:
        return start, None
    keep = list(keep)
    keep[title_index] = False
    return 0, doc.render(keep, lead=False)


def _removals(doc: Document, marks: list[tuple[str, str, str] | None]) -> Iterator[Removal]:
    i = 0
    while i < len(marks):
        mark = marks[i]
        if mark is None:
            i += 1
            continue
        j = i
        while j + 1 < len(marks) and marks[j + 1] == mark:
            j += 1
        rule_id, kind, reason = mark
        text = "\n".join(line.text for line in doc.lines[i : j + 1])
        yield Removal(rule_id, kind, reason, doc.lines[i].number, doc.lines[j].number, text)
        i = j + 1
