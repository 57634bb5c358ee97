"""Texts the corpus, Parquet, Dask and datasets tests share: one story with an advertisement marker,
and one paragraph with nothing to remove; and the development corpora's texts, read from ../shared
for the tests that check a fast path against the plain one on them (nothing of them is copied here)."""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is absent: the corpus check is skipped")
NEWSJUNK = ("newsjunk-dev", "input")
AEB_PAGES = ("aeb", "page_text")
WCXB_PAGES = ("wcxb-dev", "page_text")


def corpus_texts(*sources: tuple[str, str]) -> Iterator[str]:
    """Each record's text, for (corpus, field) pairs such as NEWSJUNK, in the corpora's order."""
    for name, field in sources:
        with gzip.open(CORPORA / f"{name}.jsonl.gz", "rt", encoding="utf-8") as source:
            for record in source:
                yield json.loads(record)[field]


STORY = (
    "Café Opens Downtown\n"
    "\n"
    "The café opened on Monday with a queue around the block and a menu written on the wall by hand.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "The owners said they would open every day except Sunday for the first month of trading.\n"
)
PLAIN = "Just a plain paragraph of text with enough words to be prose, and nothing to remove.\n"
