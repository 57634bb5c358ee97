"""What one document's cleaning adds to a pipeline's counters, named alike in every integration: the
document ``capped`` (the safety cap returned it whole) or ``changed``, and its ``lines_removed``, in all,
per rule id (``lines_removed/rule/<id>``) and per kind (``lines_removed/kind/<kind>``), counted as
``clean``'s summary counts them (a removal's lines, blank ones between them included)."""
from __future__ import annotations

from collections import Counter

from ..result import Result


def removal_counts(result: Result) -> Counter[str]:
    counts: Counter[str] = Counter()
    if result.capped:
        counts["capped"] = 1
    if not result.changed:
        return counts
    counts["changed"] = 1
    for removal in result.removals:
        lines = removal.text.count("\n") + 1
        counts["lines_removed"] += lines
        counts[f"lines_removed/rule/{removal.rule_id}"] += lines
        counts[f"lines_removed/kind/{removal.kind}"] += lines
    return counts
