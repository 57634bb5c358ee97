"""What cleaning returns: the text, its parts, and every removal with its reason."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Removal:
    """A run of consecutive lines removed by one rule or heuristic."""

    rule_id: str
    kind: str
    reason: str
    first_line: int  # physical line numbers in the input, from 1
    last_line: int
    text: str  # the removed lines, joined by "\n"

    @property
    def line_count(self) -> int:
        """How many lines went, the blank ones between them included."""
        return self.text.count("\n") + 1

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule_id,
            "kind": self.kind,
            "reason": self.reason,
            "first_line": self.first_line,
            "last_line": self.last_line,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """The cleaned document.

    ``text`` is what the CLI prints (title included), ``body`` the same without the title line,
    ``title`` the headline when the text starts with one (for HTML, the page's title). ``capped`` is
    True when cleaning would have removed more than the safety cap allows (for a whole page's text:
    more than that share of what is left once its page furniture is set aside) and the original text
    was returned instead;
    ``removals`` is then empty and ``capped_removals`` tells what would have gone.
    """

    text: str
    title: str | None
    # The body is the text from this offset on (no second copy of a 100 MB text is held), unless
    # ``separate_body`` is given: a title with kept lines above it, which the body leaves out.
    body_start: int
    removals: tuple[Removal, ...]
    capped: bool = False
    capped_removals: tuple[Removal, ...] = ()
    timed_out_rules: tuple[str, ...] = ()
    metadata: dict[str, str] | None = None  # HTML input: what the page said of itself (url, date, ...)
    separate_body: str | None = None

    @property
    def body(self) -> str:
        """The cleaned text without its title line."""
        return self.separate_body if self.separate_body is not None else self.text[self.body_start :]

    @property
    def changed(self) -> bool:
        return bool(self.removals)

    def as_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "body": self.body,
            "text": self.text,
            "removals": [r.as_dict() for r in self.removals],
            "capped": self.capped,
            **({"metadata": dict(self.metadata)} if self.metadata is not None else {}),
        }
