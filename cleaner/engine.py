"""The engine: rules and heuristics applied to a document, with the safety checks around them."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import heuristics
from .document import Document
from .heuristics import Shape
from .options import Options
from .result import Removal, Result
from .rules import Rule, any_rule_pattern, builtin_rule_files, load_rules, rule_files_in


@dataclass(frozen=True, slots=True)
class Heuristic:
    id: str
    kind: str
    reason: str


HEURISTICS = (
    Heuristic("headline.repeated", "dup_headline", "the headline repeated under the title"),
    Heuristic("promo.tail", "promo", "advertisement after the article: sales signals, off the article's topic"),
)
_HEAD_LIMIT = 12  # bylines and repeated headlines sit in the first lines, before the story starts


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
        self.line_prefilter = any_rule_pattern(self.line_rules)
        # Lines longer than every line rule's max_words need no pattern at all (a 20 MB line is common
        # in dumps); None when some rule takes lines of any length.
        limits = [r.max_words for r in self.line_rules]
        self.longest_line_rule = None if None in limits or not limits else max(limits)  # type: ignore[type-var]
        self._heuristics = {h.id: h for h in HEURISTICS if options.enabled(h.id)}

    def __reduce__(self) -> tuple[object, ...]:
        # Compiled patterns pickle by source; rebuilding from the options is as cheap and keeps one path.
        return (Cleaner, (self.options,))

    def clean(self, text: str) -> Result:
        return _Run(self, text).result()

    def clean_many(self, texts: Iterable[str]) -> Iterator[Result]:
        for text in texts:
            yield self.clean(text)


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...], builtin: bool) -> tuple[Rule, ...]:
    files = builtin_rule_files() if builtin else []
    for path in extra:
        files.extend(rule_files_in(path))
    return load_rules(files)


@lru_cache(maxsize=4)
def default_cleaner() -> Cleaner:
    return Cleaner(Options())


class _Run:
    """The state of cleaning one document."""

    def __init__(self, cleaner: Cleaner, text: str):
        self.cleaner = cleaner
        self.options = cleaner.options
        self.text = text
        self.doc = Document.parse(text)
        self.shapes: list[Shape] = [heuristics.shape(line.stripped) for line in self.doc.lines]
        self.marks: list[tuple[str, str, str] | None] = [None] * len(self.doc)  # (id, kind, reason)
        self.timed_out: set[str] = set()
        self.vocabulary = heuristics.vocabulary_of(self.shapes)

    def mark(self, index: int, rule_id: str, kind: str, reason: str) -> None:
        if self.marks[index] is None and index != self.title_index:
            self.marks[index] = (rule_id, kind, reason)

    def result(self) -> Result:
        doc, shapes = self.doc, self.shapes
        n = len(doc)
        if n == 0:
            self.title_index = None
            return Result(self.text, None, self.text, ())
        matches = self._match_rules()
        self.title_index = self._find_title(matches)
        self._repeated_headline()
        # Lines some rule pattern matches, wherever they are: the promo walk passes over them.
        block_items = self._list_blocks(matches, protected=lambda i: False, dry_run=True)
        matched = [bool(m) and not all(r.removes == "block" and self._list_on_topic(i) for r in m) for i, m in enumerate(matches)]
        promo_openers = {i for i, rules in enumerate(matches) if any(r.kind == "promo" for r in rules)}
        first_body = next((i for i in range(n) if shapes[i].prose and not matched[i]), n)
        promo: list[int] = []
        if "promo.tail" in self.cleaner._heuristics:
            promo = heuristics.promotional_tail(
                doc,
                shapes,
                transparent=lambda i: matched[i] or i in block_items or self.marks[i] is not None,
                promo_opener=lambda i: i in promo_openers,
                first_allowed=max(first_body + 1, (self.title_index or 0) + 1),
            )
        promo_set = set(promo)
        article = [i for i in range(n) if shapes[i].prose and not matched[i] and i not in promo_set]
        first_prose = article[0] if article else n
        # The story ends at its last plain sentence: prose with no sales signal and no advertiser's
        # voice. After it, the tail rules apply (a sponsor's "A message from our sponsor:" opens the
        # rest even when the promotional-tail heuristic did not take the block whole).
        last_prose = next(
            (i for i in reversed(article) if heuristics.plain_sentence(shapes[i], doc.lines[i].stripped)),
            article[-1] if article else -1,
        )

        def protected(i: int) -> bool:
            return shapes[i].prose and first_prose <= i <= last_prose and i not in promo_set

        def zone_allows(rule: Rule, i: int) -> bool:
            if rule.where == "head":
                return i < first_prose and i < _HEAD_LIMIT
            if rule.where == "tail":
                return i > last_prose
            return True

        for i, rules in enumerate(matches):
            for rule in rules:
                if rule.off_topic and not self._off_topic(i):
                    continue
                if rule.removes == "block" and self._list_on_topic(i):
                    continue
                if zone_allows(rule, i) and (rule.strict or not protected(i)):
                    self.mark(i, rule.id, rule.kind, rule.reason)
                    if rule.removes == "rest":
                        for j in range(i + 1, n):
                            self.mark(j, rule.id, rule.kind, rule.reason)
                    break
        self._list_blocks(matches, protected=protected, dry_run=False)
        heuristic = self.cleaner._heuristics.get("promo.tail")
        if heuristic:
            for i in promo:
                self.mark(i, heuristic.id, heuristic.kind, heuristic.reason)
        return self._finish()

    def _off_topic(self, index: int) -> bool:
        """The line's words are mostly absent from the rest of the document (a teaser for another story)."""
        words = self.shapes[index].content
        return heuristics.topic_overlap(words, self.vocabulary, Counter(words)) <= heuristics.LINE_OVERLAP

    def _find_title(self, matches: list[list[Rule]]) -> int | None:
        doc = self.doc
        if not doc.lines:
            return None
        known = self.options.title
        if known:
            for line in doc.lines[:3]:
                if heuristics.repeats_headline(line.stripped, known):
                    return line.index
            return None
        first = doc.lines[0]
        # An "Advertisement" marker or a byline is no headline: a line some rule matches is not taken.
        if len(doc) > 1 and heuristics.looks_like_title(first.stripped, self.shapes[0]) and not matches[0]:
            return 0
        return None

    def _match_rules(self) -> list[list[Rule]]:
        """Every rule whose pattern matches each line (zones and protection are checked later)."""
        timeout = self.options.timeout
        prefilter = self.cleaner.line_prefilter
        found: list[list[Rule]] = [[] for _ in self.doc.lines]
        longest = self.cleaner.longest_line_rule
        for line in self.doc.lines:
            if longest is not None and self.shapes[line.index].words > longest:
                continue
            if prefilter is not None:
                try:
                    if prefilter.search(line.stripped, timeout=timeout) is None:
                        continue
                except TimeoutError:
                    pass  # some pattern runs away on this line: try them one by one to name it
            found[line.index] = self._matching(self.cleaner.line_rules, line.stripped, self.shapes[line.index].words)
        if self.cleaner.block_rules:
            for start, end in self._blocks():
                text = "\n".join(line.stripped for line in self.doc.lines[start:end])
                words = sum(s.words for s in self.shapes[start:end])
                for rule in self._matching(self.cleaner.block_rules, text, words):
                    for i in range(start, end):
                        found[i].append(rule)
        return found

    def _matching(self, rules: tuple[Rule, ...], text: str, words: int) -> list[Rule]:
        matching = []
        for rule in rules:
            if rule.id in self.timed_out:
                continue
            try:
                if rule.matches(text, words, self.options.timeout):
                    matching.append(rule)
            except TimeoutError:
                self.timed_out.add(rule.id)
        return matching

    def _blocks(self) -> Iterator[tuple[int, int]]:
        """Runs of lines not separated by a blank line."""
        start = 0
        for i in range(1, len(self.doc) + 1):
            if i == len(self.doc) or self.doc.is_paragraph_break(i):
                yield start, i
                start = i

    def _repeated_headline(self) -> None:
        heuristic = self.cleaner._heuristics.get("headline.repeated")
        if heuristic is None:
            return
        title = self.options.title or (
            self.doc.lines[self.title_index].stripped if self.title_index is not None else None
        )
        if not title:
            return
        for line in self.doc.lines[: _HEAD_LIMIT]:
            if line.index == self.title_index:
                continue
            if self.shapes[line.index].prose and not self.shapes[line.index].headline:
                break  # the story has started
            if heuristics.repeats_headline(line.stripped, title):
                self.mark(line.index, heuristic.id, heuristic.kind, heuristic.reason)

    def _list_blocks(self, matches: list[list[Rule]], protected: Callable[[int], bool], dry_run: bool) -> set[int]:
        """The items that list headers (rules with removes = 'block') open. In a dry run every header
        counts; otherwise only headers that their rule removed, and the items are marked."""
        items: set[int] = set()
        for i, rules in enumerate(matches):
            for opener in rules:
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
        items = heuristics.list_items_after(header, self.shapes, blocked=lambda i: False)
        return bool(items) and sum(1 for i in items if not self._off_topic(i)) * 2 > len(items)

    def _finish(self) -> Result:
        doc = self.doc
        keep = [m is None for m in self.marks]
        removals = tuple(_removals(doc, self.marks))
        title = doc.lines[self.title_index].stripped if self.title_index is not None else None
        timed_out = tuple(sorted(self.timed_out))
        removed_chars = sum(len(doc.lines[i].text) for i, k in enumerate(keep) if not k)
        total_chars = sum(len(line.text) for line in doc.lines)
        if removals and removed_chars > self.options.max_removed_share * total_chars:
            return Result(self.text, title, self._body([True] * len(doc)), (), True, removals, timed_out)
        text = doc.render(keep) if removals else self.text
        return Result(text, title, self._body(keep), removals, False, (), timed_out)

    def _body(self, keep: list[bool]) -> str:
        if self.title_index is None:
            return self.doc.render(keep) if not all(keep) else self.text
        keep = list(keep)
        keep[self.title_index] = False
        return self.doc.render(keep, lead=False)


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
