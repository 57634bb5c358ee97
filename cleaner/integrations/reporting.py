"""What the pipeline integrations say of one document, alike in each: the ``cleaner`` report with its
removals capped, and the counters it adds: the document ``capped`` (the safety cap returned it whole)
or ``changed``, and its ``lines_removed``, in all, per rule id (``lines_removed/rule/<id>``) and per kind
(``lines_removed/kind/<kind>``), counted as ``clean``'s summary counts them (a removal's lines, the
blank ones between them included)."""
from __future__ import annotations

from collections import Counter

from ..result import Result

# A report keeps this many removals unless told otherwise: a whole page's hundreds of menu lines would
# bloat every record that a pipeline writes.
MAX_REMOVALS = 100


def check_max_removals(value: object) -> None:
    """The settings' cap on a report's removals: a whole number >= 0 (ValueError otherwise)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"max_removals must be a whole number >= 0, not {value!r}")


def removal_counts(result: Result) -> Counter[str]:
    counts: Counter[str] = Counter()
    if result.capped:
        counts["capped"] = 1
    if not result.changed:
        return counts
    counts["changed"] = 1
    for removal in result.removals:
        lines = removal.line_count
        counts["lines_removed"] += lines
        counts[f"lines_removed/rule/{removal.rule_id}"] += lines
        counts[f"lines_removed/kind/{removal.kind}"] += lines
    return counts
