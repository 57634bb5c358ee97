"""Whole documents: `clean DOC` must print exactly DOC.expected (the seeds and hand-written documents)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import cleaner

DATA = Path(__file__).parent / "data"
PAIRS = sorted(
    p for p in [*DATA.glob("seed-*.txt"), *(DATA / "golden").glob("*.txt")] if not p.name.endswith(".expected.txt")
)


def _expected(path: Path) -> bytes:
    return path.with_name(path.name.removesuffix(".txt") + ".expected.txt").read_bytes()


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.name)
def test_api_gives_the_expected_text(path: Path) -> None:
    result = cleaner.clean(path.read_bytes().decode("utf-8"))
    assert result.text.encode("utf-8") == _expected(path)


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.name)
def test_command_prints_the_expected_text(path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "cleaner", str(path)], capture_output=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout == _expected(path)
    assert run.stderr == b""


def test_clean_seed_is_byte_identical() -> None:
    seed = (DATA / "seed-000.txt").read_bytes()
    assert seed == _expected(DATA / "seed-000.txt")
    result = cleaner.clean(seed.decode("utf-8"))
    assert result.text.encode("utf-8") == seed
    assert result.removals == ()


def test_seed_003_removals_are_explained() -> None:
    result = cleaner.clean((DATA / "seed-003.txt").read_text(encoding="utf-8"))
    assert [(r.rule_id, r.first_line, r.last_line) for r in result.removals] == [
        ("headline.repeated", 3, 3),
        ("footer.sources", 39, 39),
        ("promo.stay-tuned", 41, 41),
        ("promo.tail", 43, 61),
    ]
    assert result.title == "U.S. Signals Frustration With Ukraine-Russia Peace Talks, Floats Possible Withdrawal"
    assert result.body.startswith("As peace negotiations between Ukraine and Russia drag on")
    assert result.body.endswith("get the U.S. to walk away.”")
