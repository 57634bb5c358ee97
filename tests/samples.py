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

# A footer that every page of one site carries, each page with its own story: what `clean --learn` learns.
SITE_FOOTER = "Harbour Times: independent local news for the north shore since 1901"


def site_pages(host: str = "example.com") -> list[dict[str, str]]:
    """Five pages of ``host``: a url and a text each, the story its own, the footer the site's."""
    topics = ["ferry timetable", "library opening", "harbour dredging", "school budget", "market hall"]
    return [
        {"url": f"https://{host}/news/{n}", "text": (
            f"The {topic} was discussed by the council on Monday, and members asked for a report on costs.\n\n"
            f"Residents said the {topic} mattered to them more than any other question this year.\n\n{SITE_FOOTER}\n"
        )}
        for n, topic in enumerate(topics)
    ]


def learned_rules(folder: Path, pages: list[dict[str, str]]) -> Path:
    """The rule file that `clean --learn --learn-only` writes for ``pages``, in ``folder``."""
    from cleaner.cli import main

    corpus, rules = folder / "pages.jsonl", folder / "learned.toml"
    corpus.write_text("".join(json.dumps(page) + "\n" for page in pages), encoding="utf-8")
    assert main([str(corpus), "--learn", str(rules), "--learn-only"]) == 0
    return rules
