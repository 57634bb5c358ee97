"""Accuracy floors on the shared development corpus, measured with the shared scorer.

The figures reached are pinned here so that they never fall silently. The corpus and the scorer live
in ../shared beside the project; where they are absent the gate is skipped with a message. Nothing
from the corpus is copied into the project: it is read from there.

Reached (newsjunk-dev, 876 documents, Result.body scored by ../shared/bench/score.py):
word F1 0.9994, exact 0.909, body lines kept 0.9988, junk lines removed 0.988,
clean documents untouched 0.968; per kind from 0.967 (related) to 1.0. With the title shown only
where the text shows a headline (issue 19, steps/title.py): exact 0.913, clean documents untouched
0.979 (a clean document's first line that is not its headline no longer leaves the body).

With the junk-line model (issue 20, steps/junk_model.py): junk lines removed 0.9905, body lines kept
0.9982, exact 0.893, clean documents untouched 0.979. The exact floor came down from 0.910 on purpose:
the model takes 33 of the references' own closing lines that read as junk ("© Reuters", "Main image
credit: Getty", "With Post wires", "Last Updated: Nov 4, 2025", "Disclaimer", a "Ticketing" label),
which makes 16 documents inexact, while on the blind sets of nine languages (wording no development
file carries) it takes 0.12 to 0.23 more of the junk for 0.0001 to 0.0007 of their body lines
(README, "Junk in other wording and other languages"). Held back to a run under the last line a rule
removed, it kept exact at 0.913 but gave up two thirds of those gains (en 0.622 -> 0.546, es 0.444
-> 0.336).
"""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpora" / "newsjunk-dev.jsonl.gz"
SCORER = SHARED / "bench" / "score.py"

FLOORS = {
    "word_f1": 0.998,
    "exact": 0.890,
    "body_lines_kept": 0.998,
    "junk_removed_all": 0.988,
    "clean_docs_untouched": 0.975,
}
KIND_FLOORS = {
    "byline": 0.97,
    "caption": 0.99,
    "dup_headline": 0.985,
    "inline": 0.97,
    "newsletter": 0.99,
    "promo": 0.985,
    "related": 0.955,
    "social": 0.985,
    "source_footer": 0.98,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not CORPUS.exists() or not SCORER.exists():
        pytest.skip(f"quality gate skipped: {CORPUS} or {SCORER} is absent")
    predictions = tmp_path_factory.mktemp("gate") / "predictions.jsonl"
    engine = cleaner.Cleaner()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, predictions.open("w", encoding="utf-8") as sink:
        for line in source:
            record = json.loads(line)
            body = engine.clean(record["input"]).body
            sink.write(json.dumps({"id": record["id"], "cleaner": {"body": body}}) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), str(predictions), "--field", "cleaner.body", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(run.stdout)
    assert result["missing"] == 0
    return result["all"]


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_newsjunk_floor(scores: dict, measure: str) -> None:
    value = {
        "word_f1": scores["word"]["f1"],
        "exact": scores["exact"],
        **{k: v for k, v in scores["newsjunk"].items() if k != "junk_removed"},
    }[measure]
    assert value >= FLOORS[measure], f"{measure} fell to {value:.4f} (floor {FLOORS[measure]})"


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_newsjunk_kind_floor(scores: dict, kind: str) -> None:
    value = scores["newsjunk"]["junk_removed"][kind]
    assert value >= KIND_FLOORS[kind], f"{kind} junk removed fell to {value:.4f} (floor {KIND_FLOORS[kind]})"
