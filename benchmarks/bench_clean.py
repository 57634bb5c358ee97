"""Speed of the real cleaning path, ``Cleaner.clean``.

    python -m pytest benchmarks/ --benchmark-only

- ``test_clean_news_document``: one seed-like news document (about 5 KB) made by ``inputs.py``.
- ``test_clean_newsjunk_dev``: every ``input`` of ``../shared/corpora/newsjunk-dev.jsonl.gz`` (876
  documents, about 10 MB) cleaned once per round; MB/s and docs/s go to ``extra_info`` (see them with
  ``--benchmark-json FILE``) and to a "throughput" section at the end of the run (MB = 10^6 bytes of
  UTF-8 input). Skipped when ../shared is not beside the project.

The rules are compiled once, before timing, as a pipeline would: a round measures cleaning only.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cleaner import Cleaner

from inputs import news_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NEWSJUNK_DEV = SHARED / "corpora" / "newsjunk-dev.jsonl.gz"
CORPUS_ROUNDS = 3  # one round cleans all 876 documents, about 10 s on one core


def _load_inputs(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["input"] for line in lines]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    built = Cleaner()
    built.clean(news_document())  # compile and warm up before any timing
    return built


def test_clean_news_document(benchmark, cleaner: Cleaner) -> None:
    text = news_document()
    result = benchmark(cleaner.clean, text)
    # Guard against timing a path that does nothing: the junk must go and the article must stay.
    assert result.removals and not result.capped
    assert "Advertisement" not in result.text
    benchmark.extra_info["bytes"] = len(text.encode("utf-8"))
    benchmark.extra_info["removals"] = len(result.removals)


def test_clean_newsjunk_dev(benchmark, cleaner: Cleaner, throughput_report: list[str]) -> None:
    if not NEWSJUNK_DEV.exists():
        pytest.skip(f"{NEWSJUNK_DEV} not found: put the shared folder beside the project as ../shared")
    texts = _load_inputs(NEWSJUNK_DEV)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def clean_all() -> int:
        removed = 0
        for text in texts:
            removed += len(cleaner.clean(text).removals)
        return removed

    removed = benchmark.pedantic(clean_all, rounds=CORPUS_ROUNDS, iterations=1, warmup_rounds=0)
    assert removed > 0
    benchmark.extra_info["docs"] = len(texts)
    benchmark.extra_info["MB"] = round(megabytes, 3)
    stats = benchmark.stats.stats if benchmark.stats is not None else None  # None with --benchmark-disable
    if stats is not None:
        for name in ("min", "median"):
            seconds = getattr(stats, name)
            benchmark.extra_info[f"MB/s ({name})"] = round(megabytes / seconds, 3)
            benchmark.extra_info[f"docs/s ({name})"] = round(len(texts) / seconds, 1)
        throughput_report.append(
            f"newsjunk-dev: {len(texts)} docs, {megabytes:.2f} MB; "
            f"best {megabytes / stats.min:.3f} MB/s, {len(texts) / stats.min:.1f} docs/s; "
            f"median {megabytes / stats.median:.3f} MB/s, {len(texts) / stats.median:.1f} docs/s"
        )
