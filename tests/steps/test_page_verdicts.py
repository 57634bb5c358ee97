"""The page steps, on a whole page's visible text: its menu and footer go as page.*, reader comments
from their heading on as page.comments."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from cleaner import Cleaner  # noqa: E402
from cleaner.page import REASONS  # noqa: E402
from cleaner.steps import page_verdicts  # noqa: E402

from inputs import full_page_text  # noqa: E402


def test_every_reason_the_scorer_gives_has_a_page_verdict() -> None:
    assert REASONS <= {h.id for h in page_verdicts.HEURISTICS}


def test_a_full_page_loses_its_furniture_by_page_ids() -> None:
    result = Cleaner().clean(full_page_text())
    ids = {r.rule_id for r in result.removals}
    assert ids & {h.id for h in page_verdicts.HEURISTICS}
    assert "Home" not in result.text.splitlines()


def test_without_the_page_steps_the_furniture_stays() -> None:
    result = Cleaner(ignore=["page"]).clean(full_page_text())
    assert not any(r.rule_id.startswith("page.") for r in result.removals)
