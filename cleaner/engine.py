"""The engine: the steps run over a document, in passes, with the safety cap around them."""
from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache, partial
from itertools import compress, repeat
from operator import is_
from pathlib import Path

from . import parallel
from .assemble import result_of
from .document import Document
from .html import Page
from .linemodel import JunkLineModel, default_model, load_model
from .options import Options
from .page import LineFeatures, find_article, may_be_full_page
from .result import Result
from .rules import LineMatcher, Rule, builtin_rule_files, load_rules, rule_files_in
from .sites.naming import is_learned_id
from .steps import HEURISTICS, PAGE_STEPS, TEXT_STEPS, Heuristic, Mark, Step, junk_model, site_boilerplate
from .steps.context import Context, Hints, Setup
from .steps.page_context import PageContext
from .steps.title import shown_title
from .steps.topic import REMEMBER_WORDS_LINES
from .text.languages import detect_lines

__all__ = ["HEURISTICS", "Cleaner", "Heuristic", "UnknownRuleError", "cleaner_for", "default_cleaner"]

# The development set needs at most two; the third is there for what a second uncovers.
_PASSES = 3


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
        # The learned rules (ids "site.") run first, a site's at a time (steps/site_boilerplate.py).
        self.learned = site_boilerplate.Learned(tuple(r for r in self.rules if site_boilerplate.is_learned(r)))
        self.line_rules = tuple(r for r in self.rules if r.where != "block" and not site_boilerplate.is_learned(r))
        self.line_matcher = LineMatcher(self.line_rules)
        enabled = frozenset(h.id for h in HEURISTICS if options.enabled(h.id))
        block_rules = tuple(r for r in self.rules if r.where == "block")
        self.setup = Setup(self.line_matcher, block_rules, options.timeout, enabled, _junk_model(options, enabled))
        self._text_steps = _enabled(TEXT_STEPS, enabled)
        self._page_steps = _enabled(PAGE_STEPS, enabled)

    def __reduce__(self) -> tuple[object, ...]:
        # Compiled patterns pickle by source; rebuilding from the options is as cheap and keeps one path.
        return (Cleaner, (self.options,))

    def clean(
        self,
        text: str,
        *,
        title: str | None = None,
        language: str | None = None,
        find_title: bool = True,
        site: str | None = None,
    ) -> Result:
        """Clean one text.

        ``title`` (the page's headline, when known from elsewhere) and ``language`` (an ISO 639 code)
        override the options' for this text. With ``find_title`` False and no title given, the text
        has none (a page without a <title>): its first line is not taken for one. ``site`` (a url's
        host) leaves out the rules learned for other sites (``clean --learn``); without it every rule
        applies.

        Removing lines changes what is left (the line under a removed "Advertisement" becomes the
        first; a list loses its junk items), so the result is cleaned again, up to _PASSES times in
        all, until a pass removes nothing: cleaning the output once more then changes nothing. Every
        pass marks the input's own lines.
        """
        if not isinstance(text, str):
            hint = " (decode bytes first)" if isinstance(text, (bytes, bytearray)) else ""
            raise TypeError(f"clean() takes a str, not {type(text).__name__}{hint}")
        language = (language or self.options.language or "").lower() or None
        doc = Document.parse(text)
        # Without a language given, the rules written for one language (its teasers' openers are words
        # elsewhere) run on a text whose function words say it is in that language: worked out when
        # such a rule is first asked about, once.
        detect = None if language is not None else cache(partial(_text_language, doc))
        hints = Hints(title or self.options.title, language, find_title, site, detect=detect)
        marks, title_index, timed_out = self._decide(doc, hints)
        title_index = shown_title(title_index, marks, known=bool(hints.title))
        # The passes' line shapes and matches are gone by now: rendering a 100 MB text does not
        # hold them at the same time as the output.
        return result_of(doc, text, marks, title_index, tuple(sorted(timed_out)), self.options.max_removed_share)

    def _decide(self, doc: Document, hints: Hints) -> tuple[list[Mark | None], int | None, set[str]]:
        """Every line's mark (None: kept), the title's index and the rules that timed out, after the
        page steps and up to _PASSES passes of the text steps.

        Where the page steps did not take the text for a whole page but the text steps took lines
        out, the page steps look again at what is left: the output would read as a page the next time
        it is cleaned (a property test found a text whose "Read more:" line alone kept it from looking
        like one), and cleaning twice must give what cleaning once gives."""
        marks: list[Mark | None] = [None] * len(doc)
        learned_timed_out = self._site_marks(doc, hints, marks)
        if learned_timed_out or marks.count(None) != len(marks):
            hints = dataclasses.replace(hints, learned_end=self._learned_end(doc, marks))
        if not self._page_steps or not hints.find_title:
            title_index, _, timed_out = self._passes(doc, hints, marks)
            return marks, title_index, timed_out | learned_timed_out
        # What the page scorer works out from a line's text alone, kept for its second look: on
        # newsjunk-dev's 37 looks 0.197 -> 0.170 s. Not for long texts: it holds each line's words.
        memo: dict[str, LineFeatures] | None = {} if len(doc) < REMEMBER_WORDS_LINES else None
        unlearned = marks.count(None)
        page = self._page_marks(doc, hints, marks, memo, None if unlearned == len(marks) else _kept(marks))
        title_index, printed_twice, timed_out = self._passes(doc, hints, marks)
        timed_out |= learned_timed_out
        if page or marks.count(None) == unlearned:
            return marks, title_index, timed_out
        if not self._page_marks(doc, hints, marks, memo, _kept(marks)):
            return marks, title_index, timed_out
        again_title, again_printed_twice, again_timed_out = self._passes(doc, hints, marks)
        title_index, _ = _later_title((title_index, printed_twice), (again_title, again_printed_twice), marks)
        return marks, title_index, timed_out | again_timed_out

    def _site_marks(self, doc: Document, hints: Hints, marks: list[Mark | None]) -> set[str]:
        """The learned rules' marks (site_boilerplate) in ``marks``; the ids of those that timed out."""
        rules = self.learned.for_site(hints.site)
        if rules is None:
            return set()
        texts = [line.stripped for line in doc.lines]
        found, timed_out = rules.marks(texts, hints.text_language(), hints.site, self.options.timeout)
        for learned in found:
            marks[learned.lines[0]] = learned
        return timed_out

    @staticmethod
    def _learned_end(doc: Document, marks: list[Mark | None]) -> bool:
        """Whether the last non-blank line is one a learned rule took (site_boilerplate)."""
        for i in range(len(doc) - 1, -1, -1):
            if doc.lines[i].stripped:
                mark = marks[i]
                return mark is not None and is_learned_id(mark.id)
        return False

    def _passes(
        self, doc: Document, hints: Hints, marks: list[Mark | None]
    ) -> tuple[int | None, bool, set[str]]:
        """Up to _PASSES passes of the text steps over the lines no mark has taken yet, until one
        removes nothing; the title's index, whether it is a headline known by its repeat, and the
        rules that timed out."""
        origin = None if marks.count(None) == len(marks) else _kept(marks)
        first = Context(self.setup, doc if origin is None else doc.subset(_unmarked(marks)), hints, marks, origin)
        taken = self._run(first)
        title_index, timed_out = first.title_input_index, set(first.timed_out)
        printed_twice = first.title_printed_twice
        position = first.position_of()  # where each of the first pass's lines stands in it
        for _ in range(_PASSES - 1 if taken else 0):
            # Arrays, not lists of int objects: 4 bytes a line instead of 36 on a 100 MB text.
            kept = _kept(marks)
            in_first = kept if origin is None else array("l", (position[i] for i in kept))
            again = Context(self.setup, doc.subset(_unmarked(marks)), hints, marks, kept, (first, in_first))
            taken = self._run(again)
            timed_out |= again.timed_out
            title_index, printed_twice = _later_title(
                (title_index, printed_twice), (again.title_input_index, again.title_printed_twice), marks
            )
            if not taken:
                break
        return title_index, printed_twice, timed_out

    def _run(self, context: Context) -> int:
        """The text steps over one pass; how many lines they took."""
        if not len(context):
            return 0
        return sum(context.apply(found) for step in self._text_steps for found in step.run(context))

    def _page_marks(
        self, doc: Document, hints: Hints, marks: list[Mark | None], memo: dict[str, LineFeatures] | None,
        origin: Sequence[int] | None,
    ) -> bool:
        """The page steps over the lines of ``origin`` (None: all) when they read as a whole page's
        visible text (page.find_article); whether they marked any. Only for texts whose title is to
        be found (not an extractor's). The article's own heading stays, and becomes the title."""
        lines = [line.stripped for line in doc.lines] if origin is None else [doc.lines[i].stripped for i in origin]
        if not may_be_full_page(lines):
            return False
        verdict = find_article(lines, hints.title, memo=memo)
        if not verdict.full_page:
            return False
        page = PageContext(lines, hints, verdict, self.setup.enabled, origin)
        if page.span[1] < 0:
            return False
        found = [mark for step in self._page_steps for mark in step.run(page)]
        headline = page.input_index(page.headline)
        if all(line == headline for mark in found for line in mark.lines):
            return False
        for mark in found:
            for i in mark.lines:
                if marks[i] is None and i != headline:
                    marks[i] = mark
        return True

    def clean_html(
        self, html: str | bytes, *, fast: bool = False, url: str | None = None, site: str | None = None
    ) -> Result:
        """Extract a page's main text (trafilatura, or resiliparse with ``fast``) and clean it.

        What is cleaned is the page's article text (html.Page.article: its title over the extracted
        paragraphs), so the result reads like a cleaned article: ``title``, ``body`` and ``text`` as
        for plain text, removals numbered by that text's lines, and ``metadata`` what the page said of
        itself (url, date, author, sitename, language, when found). Raises html.HtmlError for markup
        that cannot be read at all.
        """
        from . import html as html_input  # trafilatura is imported only by callers who give HTML

        return self.clean_page(html_input.extract(html, fast=fast, url=url), site=site)

    def clean_page(self, page: Page, site: str | None = None) -> Result:
        """Clean an extracted page: its title anchors the repeated-headline check and its language
        picks the rules written for it."""
        result = self.clean(
            page.article(), title=page.headline(), language=page.language, find_title=False, site=site
        )
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


def _text_language(doc: Document) -> str | None:
    return detect_lines(line.stripped for line in doc.lines)


def _enabled(steps: tuple[Step, ...], enabled: frozenset[str]) -> tuple[Step, ...]:
    """The steps that run: those with an enabled heuristic, and those that have none of their own."""
    return tuple(step for step in steps if not step.HEURISTICS or any(h.id in enabled for h in step.HEURISTICS))


def _unmarked(marks: Sequence[Mark | None]) -> list[bool]:
    """For each line, whether it is kept (no mark): a pass over the lines in C, not a comprehension."""
    return list(map(is_, marks, repeat(None)))


def _kept(marks: Sequence[Mark | None]) -> array[int]:
    """The indexes of the kept lines (see _unmarked): an array, 4 bytes a line, not a list of ints."""
    return array("l", compress(range(len(marks)), map(is_, marks, repeat(None))))


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
def _junk_model(options: Options, enabled: frozenset[str]) -> JunkLineModel | None:
    """The junk-line model the options ask for; None when its step is off."""
    if junk_model.HEURISTIC.id not in enabled:
        return None
    return default_model() if options.junk_model is None else load_model(options.junk_model)


@lru_cache(maxsize=4)
def default_cleaner() -> Cleaner:
    return Cleaner(Options())


def _later_title(
    earlier: tuple[int | None, bool], later: tuple[int | None, bool], marks: list[Mark | None]
) -> tuple[int | None, bool]:
    """The title (its index, and whether it is a headline known by its repeat) after a later pass
    chose ``later``: the later pass's, where it found one, but for a headline known by its repeat
    that still stands. That one stays the title once its repeat is gone: a later pass, not seeing it
    printed twice any more, would take a tagline above it for the title."""
    title, printed_twice = earlier
    if later[0] is None or (printed_twice and title is not None and marks[title] is None):
        return earlier
    return later


@lru_cache(maxsize=8)
def cleaner_for(options: Options) -> Cleaner:
    """This process's one Cleaner for ``options``: worker processes and per-partition tasks ask for it
    with each chunk instead of keeping a global of their own (the rules compile once a process)."""
    return Cleaner(options)
