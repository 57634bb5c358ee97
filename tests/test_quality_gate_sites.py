"""Accuracy floors for site-learned boilerplate (issue 21): newsjunk-sites-dev learned and then
cleaned the way ``clean --learn`` does it (benchmarks/sites_accuracy.py), scored by
../shared/bench/score.py; skipped where ../shared is absent.

Reached (967 pages of 48 sites): junk lines removed 0.9931 (the cleaner alone 0.535), body lines kept
0.99869 (alone 0.99826), each kind 0.97 or more. With each site cut to its first 5 pages (the held-out
sites' median): junk removed 0.9879 (alone 0.499), body kept 0.99837 (alone 0.9983). The body figure
fell from 0.99876 when the headline repeated under a tagline and the metadata lines under a headline
("8 min read | 776 views") began to be found: five pages' first heading, whose record names another
title, is shown as the title, so Result.body leaves it out (Result.text keeps it).

Held out: sites whose templates are worded by blind pools (benchmarks/make_sites.py over newsjunk-dev's
documents, 879 pages of 143 sites, median 4 pages): junk removed 0.9149 (alone 0.486), body kept
0.99883 (alone 0.99847). Those pools measure; nothing is tuned to them.
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


def test_sites_of_five_pages_floor() -> None:
    """Each site cut to its first 5 pages, the held-out sites' median."""
    if not CORPUS.exists() or not SCORER.exists():
        pytest.skip(f"site-learning quality gate skipped: {CORPUS} or {SCORER} is absent")
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sites_accuracy.py"), "--json", "--pages-per-site", "5"],
        capture_output=True, text=True, check=True,
    )
    scores = json.loads(run.stdout)["all"]["newsjunk"]
    assert scores["junk_removed_all"] >= 0.985, scores["junk_removed_all"]
    assert scores["body_lines_kept"] >= 0.998, scores["body_lines_kept"]


def test_held_out_site_templates_floor(tmp_path: Path) -> None:
    """Sites made by benchmarks/make_sites.py from newsjunk-dev's documents, their templates worded by
    the blind site pools: learning must carry over to wording it was not set on."""
    documents = SHARED / "corpora" / "newsjunk-dev.jsonl.gz"
    if not documents.exists() or not SCORER.exists():
        pytest.skip(f"held-out site gate skipped: {documents} or {SCORER} is absent")
    sites = tmp_path / "sites.jsonl.gz"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "make_sites.py"), "--docs", str(documents), "--out", str(sites)],
        capture_output=True, text=True, check=True,
    )
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sites_accuracy.py"), "--json", "--corpus", str(sites)],
        capture_output=True, text=True, check=True,
    )
    scores = json.loads(run.stdout)["all"]["newsjunk"]
    assert scores["junk_removed_all"] >= 0.91, scores["junk_removed_all"]
    assert scores["body_lines_kept"] >= 0.9985, scores["body_lines_kept"]


def test_each_learned_pattern_takes_the_lines_its_template_takes(tmp_path: Path) -> None:
    """A learned rule is looked up by its line template and its pattern is not compiled (rules/loader.py):
    the pattern must say exactly which lines that takes, on every line of the rule's site's pages."""
    if not CORPUS.exists():
        pytest.skip(f"site-learning quality gate skipped: {CORPUS} is absent")
    import gzip
    import tomllib

    import regex

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import sites_accuracy

    from cleaner.sites.learn import LearnOptions
    from cleaner.sites.naming import site_name
    from cleaner.sites.templates import line_matches

    with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
        records = [json.loads(line) for line in source]
    path = tmp_path / "learned.toml"
    sites_accuracy.learned_rules(records, LearnOptions(), path)
    lines: dict[str, set[str]] = {}
    for record in records:
        lines.setdefault(site_name(record["site"]), set()).update(t.strip() for t in record["input"].split("\n") if t.strip())
    from cleaner.rules import load_rules

    templates = {rule.id: rule.template for rule in load_rules([path])}
    disagreements = []
    for table in tomllib.loads(path.read_text(encoding="utf-8"))["rule"]:
        assert templates[table["id"]] is not None, table["id"]  # looked up, not searched
        pattern = regex.compile(table["pattern"], regex.IGNORECASE)
        for line in lines[table["sites"][0]]:
            if (pattern.search(line) is not None) != line_matches(line, templates[table["id"]]):
                disagreements.append((table["id"], line))
    assert not disagreements, disagreements[:5]
