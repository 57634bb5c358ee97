"""Speed of the real cleaning path, ``Cleaner.clean``.

    python -m pytest benchmarks/ --benchmark-only

- ``test_clean_news_document``: one seed-like news document (about 5 KB) generated here: a title, the
  headline repeated with a site suffix, a byline, article paragraphs, an inline "Advertisement", a
  "Read more:" teaser, a source footer and a pasted advertisement with a phone number and a web address.
- ``test_clean_newsjunk_dev``: every ``input`` of ``../shared/corpora/newsjunk-dev.jsonl.gz`` (876
  documents, about 10 MB) cleaned once per round; MB/s and docs/s go to ``extra_info`` (see them with
  ``--benchmark-json FILE``) and to a "throughput" section at the end of the run (MB = 10^6 bytes of
  UTF-8 input). Skipped when ../shared is not beside the project.

The rules are compiled once, before timing, as a pipeline would: a round measures cleaning only.
"""
from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from cleaner import Cleaner

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NEWSJUNK_DEV = SHARED / "corpora" / "newsjunk-dev.jsonl.gz"
CORPUS_ROUNDS = 3  # one round cleans all 876 documents, about 10 s on one core

_SUBJECTS = ["The city council", "Regional officials", "The transport ministry", "Local residents", "The mayor's office",
             "Engineers on the project", "Opposition members", "The harbour authority", "Independent auditors"]
_VERBS = ["approved", "questioned", "delayed", "reviewed", "defended", "criticised", "announced", "expanded"]
_OBJECTS = ["the new tram line", "the budget for the harbour bridge", "plans to widen the ring road",
            "a contract for electric buses", "the timetable for the tunnel works", "funding for cycle lanes",
            "the latest traffic survey", "a proposal to close the old ferry terminal"]
_TAILS = ["after a long debate on Tuesday", "despite warnings about rising costs", "in a vote of 31 to 12",
          "following months of public consultation", "according to documents seen by reporters",
          "before the summer recess", "as commuters faced another week of delays"]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."


def news_document(paragraphs: int = 14, seed: int = 3) -> str:
    """A seed-like scraped article: junk lines around and inside paragraphs of article prose."""
    rng = random.Random(seed)
    title = "City Council Delays Vote on Tram Line as Costs Rise"
    body = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(paragraphs)]
    body.insert(paragraphs // 3, "Advertisement")
    body.insert(2 * paragraphs // 3, "Read more: Stocks slide as tech giants report weaker quarterly earnings")
    lines = [
        title,
        f"{title} - Harbor Gazette",
        "By Maria Gonzalez, Reuters",
        *body,
        "(Sources: Reuters, AFP)",
        "Are you looking for a reliable plumber in Springfield?",
        "We offer fast, friendly and affordable repairs for your home.",
        "Leaking taps",
        "Blocked drains",
        "Boiler servicing",
        "Call us today on 555-201-7788 or book online at www.springfieldplumbing.com for a free quote!",
    ]
    return "\n\n".join(lines) + "\n"


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
