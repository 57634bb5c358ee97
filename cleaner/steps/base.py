"""What every step shares: the label of a removal (a heuristic's id, kind and reason), the mark a step
makes, and the interface of a step."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Heuristic:
    """What a step removes a line as: its stable id (``--select``/``--ignore`` take it), the kind of
    junk and the one-line reason that explanations and reports show."""

    id: str
    kind: str
    reason: str


class Labelled(Protocol):
    """A rule or a heuristic: anything that names why a line goes."""

    @property
    def id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def reason(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Mark:
    """A step's decision: the lines it removes (indexes of the input's content lines, whatever pass
    made it) and who removes them. A line takes the first mark that asks for it."""

    id: str
    kind: str
    reason: str
    lines: tuple[int, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        """What a removal reports: consecutive lines with the same key are one removal."""
        return (self.id, self.kind, self.reason)


def mark(label: Labelled, lines: tuple[int, ...]) -> Mark:
    return Mark(label.id, label.kind, label.reason, lines)


class Step(Protocol):
    """A module of ``cleaner.steps``: the heuristics it removes lines as (none for the rules step,
    whose rules name themselves) and ``run``, which returns its marks for one context."""

    @property
    def HEURISTICS(self) -> tuple[Heuristic, ...]: ...

    def run(self, context: Any, /) -> Iterable[Mark]: ...
