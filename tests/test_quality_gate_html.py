"""Accuracy floors for HTML input on the shared development pages, measured with the shared scorer.

The pages of ../shared/corpora/{aeb,wcxb-dev,traf}.jsonl.gz go through Cleaner.clean_html (and its
--fast path) in two worker processes, as ``benchmarks/html_accuracy.py`` runs them, and the body
(without the title) is scored by ../shared/bench/score.py. Where ../shared is absent the gate is
skipped with a message. Nothing from the corpora is copied into the project.

Reached (body scored; plain trafilatura 2.3.1 with default settings in brackets, measured in the same run):
aeb shingle F1 0.9755 (0.953); wcxb-dev word F1 all pages 0.832 (0.819), article pages 0.944 (0.930);
traf snippets F 0.929 (0.917). --fast: aeb 0.941, wcxb-dev 0.784 / 0.888, traf 0.873.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import html_accuracy  # noqa: E402  (the benchmark's own prediction code: the gate measures what it measures)

FLOORS = {
    ("aeb", "cleaner"): {"shingle_f1": 0.975},
    ("wcxb-dev", "cleaner"): {"word_f1": 0.830, "article_word_f1": 0.942},
    ("traf", "cleaner"): {"snippets_f": 0.926},
    ("aeb", "cleaner-fast"): {"shingle_f1": 0.939},
    ("wcxb-dev", "cleaner-fast"): {"word_f1": 0.782, "article_word_f1": 0.886},
    ("traf", "cleaner-fast"): {"snippets_f": 0.870},
}


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, float]]:
    corpora = sorted({corpus for corpus, _ in FLOORS})
    absent = [c for c in corpora if not (html_accuracy.CORPORA / f"{c}.jsonl.gz").exists()]
    if absent or not html_accuracy.SCORER.exists():
        pytest.skip(f"HTML quality gate skipped: {html_accuracy.SCORER} or {', '.join(absent) or 'a corpus'} in {html_accuracy.CORPORA} is absent")
    folder = tmp_path_factory.mktemp("html-gate")
    found: dict[tuple[str, str], dict[str, float]] = {}
    for corpus in corpora:
        run = html_accuracy.predict(corpus, folder, workers=2, with_peer=False)
        for system in ("cleaner", "cleaner-fast"):
            found[(corpus, system)] = html_accuracy.headline_figures(html_accuracy.score(run, system))
    return found


@pytest.mark.parametrize("corpus,system", sorted(FLOORS))
def test_html_accuracy_floor(figures: dict[tuple[str, str], dict[str, float]], corpus: str, system: str) -> None:
    got = figures[(corpus, system)]
    for measure, floor in FLOORS[(corpus, system)].items():
        assert got[measure] >= floor, f"{corpus} {system} {measure} {got[measure]:.4f} fell below its floor {floor}"
