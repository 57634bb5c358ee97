"""How the ``clean`` command shows results: explain lines, unified diffs, JSON Lines and the rule table.

Everything here returns strings; the CLI decides where they go. Keeping the formats in one place
lets other tools (and the tests) produce exactly what the command prints.
"""
from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator, Sequence

from ..result import Removal, Result
from ..rules import Rule
from ..steps.base import Heuristic  # not from ..engine, which only re-exports it: formats need no engine

_NO_NEWLINE = "\\ No newline at end of file\n"


def shown(path: str) -> str:
    """A path fit for UTF-8 output: bytes of a file name that are not UTF-8 (kept by Python as lone
    surrogates) become U+FFFD instead of failing the write."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def explain_lines(path: str, removals: Iterable[Removal], note: str = "") -> Iterator[str]:
    """One ``path:line: rule-id: reason`` line per removal (no line ending).

    A removal that spans several lines is reported at its first line with ``(lines A-B)`` after the
    reason, so the line stays clickable in editors and still says how much went. ``note`` is added
    in parentheses at the end (the CLI uses it for removals the cap held back).
    """
    for removal in removals:
        line = f"{path}:{removal.first_line}: {removal.rule_id}: {removal.reason}"
        if removal.last_line != removal.first_line:
            line += f" (lines {removal.first_line}-{removal.last_line})"
        if note:
            line += f" ({note})"
        yield line


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff from ``before`` to ``after``, empty when they are equal.

    Lines keep their own endings (so CRLF input shows as CRLF), and a last line without a line
    ending gets the ``\\ No newline at end of file`` marker that patch(1) understands.
    """
    if before == after:
        return ""
    name = shown(path)
    diff = difflib.unified_diff(_lines(before), _lines(after), fromfile=name, tofile=f"{name} (cleaned)")
    pieces: list[str] = []
    for line in diff:
        pieces.append(line)
        if not line.endswith("\n"):
            pieces.append("\n" + _NO_NEWLINE)
    return "".join(pieces)


def _lines(text: str) -> list[str]:
    # str.splitlines() would also split on form feeds, U+2028 and the like, which the cleaner
    # treats as ordinary characters; only "\n" ends a line here, as in Document.parse.
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def json_line(path: str, result: Result) -> str:
    """One JSON object (no line ending) for JSON Lines output: the path plus ``Result.as_dict()``."""
    record: dict[str, object] = {"path": shown(path)}
    record.update(result.as_dict())
    return json.dumps(record, ensure_ascii=False)


def rules_table(rules: Sequence[Rule], heuristics: Sequence[Heuristic]) -> str:
    """A plain-text table of rules and heuristics: id, kind, where, removes, reason.

    Heuristics have no ``where``/``removes`` settings (their code decides), so those cells show
    ``heuristic`` and ``-``.
    """
    header = ("ID", "KIND", "WHERE", "REMOVES", "REASON")
    rows = [(r.id, r.kind, r.where, r.removes, r.reason) for r in rules]
    rows += [(h.id, h.kind, "heuristic", "-", h.reason) for h in heuristics]
    widths = [max(len(row[c]) for row in [header, *rows]) for c in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths)]
        lines.append("  ".join([*cells, row[-1]]).rstrip() + "\n")
    return "".join(lines)
