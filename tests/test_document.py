"""Document.parse reads a text without carriage returns or U+FEFF by its quick path
(Document._parse_plain); that gives what the line-by-line reading (Document._parse_any) gives."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.document import Document

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
EDGES = ["", "\n", "\n\n", "a", "a\n", "\n\na\n\n", "  \n a \n\n\n b \n  ", "a\n \n\t\nb", "x\n\n", "\n  \n", "a\n\u2028\nb\u00a0\n"]


def both(text: str) -> tuple[Document, Document]:
    return Document._parse_plain(text), Document._parse_any(text, True)


@pytest.mark.parametrize("text", EDGES)
def test_edges(text: str) -> None:
    quick, full = both(text)
    assert quick == full
    assert quick.render([True] * len(quick)) == text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \n\t\u00a0\u2028\x1c.", max_size=40))
def test_any_text(text: str) -> None:
    quick, full = both(text)
    assert quick == full


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora is absent: the corpus check is skipped")
def test_the_development_corpora() -> None:
    differing = []
    for name, field in (("newsjunk-dev.jsonl.gz", "input"), ("aeb.jsonl.gz", "page_text"), ("wcxb-dev.jsonl.gz", "page_text")):
        with gzip.open(SHARED / name, "rt", encoding="utf-8") as source:
            for record in source:
                text = json.loads(record)[field].replace("\r", "").replace("\ufeff", "")
                quick, full = both(text)
                if quick != full:
                    differing.append(text[:80])
    assert differing == []
