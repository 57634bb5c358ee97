"""The document model: content lines and the exact whitespace between them.

A text is held as its non-blank lines plus the raw "gaps" around them (line endings, blank lines,
whitespace-only lines), so that rendering every line gives back the input byte for byte and rendering
a subset gives the input with those lines cut out and nothing else rewritten.
"""
from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the input (its position among the content lines is its index in
    Document.lines: not stored, an int object a line is 28 bytes on a 100 MB text)."""

    number: int  # physical line number in the input, from 1
    text: str  # the line as written, without its line ending
    stripped: str  # the text without surrounding whitespace: what rules and heuristics look at


@dataclass(frozen=True, slots=True)
class Document:
    """A text split into content lines and the gaps between them.

    ``gaps`` has one more entry than ``lines``: ``gaps[0]`` precedes the first line, ``gaps[i]`` lies
    between lines ``i - 1`` and ``i``, and ``gaps[-1]`` follows the last line.
    """

    lines: tuple[Line, ...]
    gaps: tuple[str, ...]

    @classmethod
    def parse(cls, text: str, byte_order_mark: bool = True) -> Document:
        """Split a text. A byte-order mark belongs to the file, not to the first line: it stays in the
        leading gap so that rules and the title see the line's own text, and the output keeps the
        mark. ``byte_order_mark=False`` reads a leading U+FEFF as part of the first line (a text cut
        from another whose first line began with one)."""
        if "\r" not in text and "\ufeff" not in text:
            return cls._parse_plain(text)
        return cls._parse_any(text, byte_order_mark)

    @classmethod
    def _parse_any(cls, text: str, byte_order_mark: bool) -> Document:
        """``parse`` a physical line at a time: any text."""
        lines: list[Line] = []
        gaps: list[str] = []
        bom = "\ufeff" if byte_order_mark and text.startswith("\ufeff") else ""
        pending: list[str] = [bom]  # raw pieces of the gap being collected
        # Gaps are nearly all "\n" or "\n\n": one string each, not one per line.
        shared: dict[str, str] = {}
        physical = text[len(bom) :].split("\n")
        last = len(physical) - 1
        for number, part in enumerate(physical, start=1):
            ending = "" if number - 1 == last else "\n"
            # U+FEFF inside a text is a zero-width no-break space: invisible, so a line of it is blank
            # and one that starts with it is read without it.
            stripped = part.strip()
            if stripped[:1] == "\ufeff" or stripped[-1:] == "\ufeff":
                stripped = stripped.strip("\ufeff").strip()
            if not stripped:
                pending.append(part + ending)
                continue
            body = part[:-1] if part.endswith("\r") else part
            gap = "".join(pending)
            gaps.append(shared.setdefault(gap, gap))
            lines.append(Line(number, body, stripped))
            pending = [part[len(body):] + ending]
        gaps.append("".join(pending))
        return cls(tuple(lines), tuple(gaps))

    @classmethod
    def _parse_plain(cls, text: str) -> Document:
        """``parse`` for a text without carriage returns and U+FEFF (most): a line is its physical
        line, the blank ones are found by stripping all lines at once and only the lines that are not
        blank are visited. All newsjunk-dev texts: 0.13 s line by line, 0.09 s so."""
        physical = text.split("\n")
        stripped = list(map(str.strip, physical))
        # An array, not a list of int objects: 8 bytes a line instead of 36, 40 MB less at the peak of a
        # 100 MB text (large_inputs.py: 511 MB, 5.1 times the input, with the list).
        index = array("q", compress(range(len(physical)), stripped))
        if not index:
            return cls((), (text,))
        lines = tuple(Line(i + 1, physical[i], stripped[i]) for i in index)
        first, last = index[0], index[-1]
        gaps = ["\n".join(physical[:first]) + "\n" if first else ""]
        shared: dict[str, str] = {}
        for previous, following in zip(index, index[1:]):
            if following == previous + 1:
                gaps.append("\n")
            else:
                gap = "\n" + "\n".join(physical[previous + 1 : following]) + "\n"
                gaps.append(shared.setdefault(gap, gap))
        gaps.append("\n" + "\n".join(physical[last + 1 :]) if last < len(physical) - 1 else "")
        return cls(lines, tuple(gaps))

    def __len__(self) -> int:
        return len(self.lines)

    def is_paragraph_break(self, index: int) -> bool:
        """True when a blank line separates content line ``index - 1`` from line ``index``."""
        return self.gaps[index].count("\n") > 1

    def render(self, keep: Sequence[bool], *, lead: bool = True) -> str:
        """The text with the lines whose ``keep`` flag is False cut out.

        Where lines were cut, the kept neighbours are joined by the widest gap of the cut span (so a
        removed paragraph between paragraphs leaves one paragraph break, a removed line inside a
        single-spaced run leaves one line ending). The input's own leading and trailing whitespace
        stay; with ``lead=False`` the leading whitespace is left out.
        """
        if not self.lines:
            return self.gaps[0] if lead else ""
        kept = [i for i, flag in enumerate(keep) if flag]
        if not kept:
            return ""
        pieces = [self.gaps[0] if lead else ""]
        previous = None
        for i in kept:
            if previous is not None:
                pieces.append(self._joining_gap(previous, i))
            pieces.append(self.lines[i].text)
            previous = i
        pieces.append(self.gaps[-1])
        return "".join(pieces)

    def _joining_gap(self, previous: int, following: int) -> str:
        """The gap that joins kept lines ``previous`` and ``following``: their own when they were
        neighbours, else the widest gap of the cut span."""
        if following == previous + 1:
            return self.gaps[following]
        return max(self.gaps[previous + 1 : following + 1], key=_gap_width)

    def offset_after(self, keep: Sequence[bool], index: int) -> int | None:
        """Where ``render(keep)`` continues after line ``index`` and the gap that follows it (so that
        the rest is ``render`` of the later lines without the lead), when ``index`` is the first kept
        line; None otherwise."""
        first = next((i for i, flag in enumerate(keep) if flag), None)
        if first != index:
            return None
        following = next((i for i in range(index + 1, len(keep)) if keep[i]), None)
        gap = self.gaps[-1] if following is None else self._joining_gap(index, following)
        return len(self.gaps[0]) + len(self.lines[index].text) + len(gap)

    def subset(self, keep: Sequence[bool]) -> Document:
        """The document that ``render(keep)`` parses to, built from this one's kept lines (the same
        Line objects: a second pass over a 100 MB text costs no second 100 MB). Line numbers stay
        those of this document."""
        kept = [i for i, flag in enumerate(keep) if flag]
        if not kept:
            return Document((), ("",))
        gaps = [self.gaps[0]]
        lines = []
        previous = None
        for i in kept:
            if previous is not None:
                gaps.append(self._joining_gap(previous, i))
            lines.append(self.lines[i])
            previous = i
        gaps.append(self.gaps[-1])
        return Document(tuple(lines), tuple(gaps))


def _gap_width(gap: str) -> int:
    return gap.count("\n")
