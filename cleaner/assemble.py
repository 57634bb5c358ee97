"""The Result of a cleaning: the text with the marked lines cut out, its title and body, every removal
with its reason, and the safety cap that returns the input when too much would go."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import is_

from .document import Document
from .result import Removal, Result
from .steps import Mark


def result_of(
    doc: Document,
    text: str,
    marks: Sequence[Mark | None],
    title_index: int | None,
    timed_out: tuple[str, ...],
    max_removed_share: float,
) -> Result:
    """``text`` parsed as ``doc``, with each line's mark (None: kept) and the title's line."""
    keep = list(map(is_, marks, repeat(None)))  # a pass over the lines in C, not a comprehension
    removals = tuple(_removals(doc, marks))
    title = doc.lines[title_index].stripped if title_index is not None else None
    if removals:
        # The cap weighs the rules and heuristics against the article they cut from: a full page's
        # furniture (most of its text) is not counted on either side.
        furniture = [mark is not None and mark.id.startswith("page.") for mark in marks]
        removed_chars = sum(
            len(line.text) for line, kept, page in zip(doc.lines, keep, furniture) if not kept and not page
        )
        article_chars = sum(len(line.text) for line, page in zip(doc.lines, furniture) if not page)
        if removed_chars > max_removed_share * article_chars:
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


def _removals(doc: Document, marks: Sequence[Mark | None]) -> Iterator[Removal]:
    """Runs of consecutive lines with the same rule, kind and reason, one removal each."""
    i = 0
    while i < len(marks):
        mark = marks[i]
        if mark is None:
            i += 1
            continue
        j = i
        while j + 1 < len(marks) and (following := marks[j + 1]) is not None and following.key == mark.key:
            j += 1
        text = "\n".join(line.text for line in doc.lines[i : j + 1])
        yield Removal(mark.id, mark.kind, mark.reason, doc.lines[i].number, doc.lines[j].number, text)
        i = j + 1
