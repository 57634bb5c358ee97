"""Accuracy floors for site-learned boilerplate (issue 21): newsjunk-sites-dev learned and then
cleaned the way ``clean --learn`` does it (benchmarks/sites_accuracy.py), scored by
../shared/bench/score.py; skipped where ../shared is absent.

Reached (967 pages of 48 sites): junk lines removed 0.993 (the cleaner alone 0.535), body lines kept
0.998 (as alone), each kind 0.97 or more. With each site cut to its first 5 pages (the held-out sites'
median): junk removed 0.987 (alone 0.499), body kept 0.9974 (alone 0.998).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "newsjunk-sites-dev.jsonl.gz"
SCORER = SHARED / "bench" / "score.py"

FLOORS = {"junk_removed_all": 0.99, "body_lines_kept": 0.998}
KIND_FLOOR = 0.95


@pytest.fixture(scope="module")
def scores() -> dict:
    if not CORPUS.exists() or not SCORER.exists():
        pytest.skip(f"site-learning quality gate skipped: {CORPUS} or {SCORER} is absent")
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sites_accuracy.py"), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(run.stdout)["all"]["newsjunk"]


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_sites_floor(scores: dict, measure: str) -> None:
    assert scores[measure] >= FLOORS[measure], f"{measure} fell to {scores[measure]:.4f} (floor {FLOORS[measure]})"


def test_sites_every_kind(scores: dict) -> None:
    low = {kind: value for kind, value in scores["junk_removed"].items() if value < KIND_FLOOR}
    assert not low, f"kinds under {KIND_FLOOR}: {low}"
