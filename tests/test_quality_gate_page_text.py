"""Accuracy floors for whole-page text (issue 7): `Cleaner.clean` on the `page_text` of aeb and wcxb-dev,
the body scored by the shared scorer (word F1). Skipped with a message where ../shared is absent; nothing
from the corpora is copied into the project.

Reached when pinned (the default Cleaner, one run): aeb word F1 0.921 (target 0.920); wcxb-dev article
pages 0.918 (0.917 since the cheap page test wants 7 different short lines), all pages 0.803 (a list of other stories under the article cut from its heading, and Chinese
and Japanese lines counted by their characters, moved them from 0.910 / 0.917 / 0.803). Peers measured
for the issue: keep everything 0.638 / 0.793 / 0.693, C4's line rules 0.816 / 0.847 / 0.735.
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
SCORER = SHARED / "bench" / "score.py"
FLOORS = {
    ("aeb", "all"): 0.919,
    ("wcxb-dev", "article"): 0.915,
    ("wcxb-dev", "all"): 0.800,
}


def word_f1(corpus: str, tmp_path: Path) -> dict[str, float]:
    path = SHARED / "corpora" / f"{corpus}.jsonl.gz"
    if not path.exists() or not SCORER.exists():
        pytest.skip(f"page-text quality gate skipped: {path} or {SCORER} is absent")
    predictions = tmp_path / f"{corpus}.jsonl"
    engine = cleaner.Cleaner()
    with gzip.open(path, "rt", encoding="utf-8") as source, predictions.open("w", encoding="utf-8") as sink:
        for line in source:
            record = json.loads(line)
            sink.write(json.dumps({"id": record["id"], "body": engine.clean(record["page_text"]).body}) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(path), str(predictions), "--field", "body", "--json", "--by", "page_type"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(run.stdout)
    assert result["missing"] == 0
    return {"all": result["all"]["word"]["f1"], **{kind: scores["word"]["f1"] for kind, scores in result.get("by", {}).items()}}


@pytest.mark.parametrize("corpus", ["aeb", "wcxb-dev"])
def test_page_text_floor(corpus: str, tmp_path: Path) -> None:
    figures = word_f1(corpus, tmp_path)
    for (name, part), floor in FLOORS.items():
        if name == corpus:
            assert figures[part] >= floor, f"{corpus} {part} word F1 fell to {figures[part]:.4f} (floor {floor})"
