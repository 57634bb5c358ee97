"""Document.parse reads a text without carriage returns or U+FEFF by its quick path
(Document._parse_plain); that gives what the line-by-line reading (Document._parse_any) gives."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.document import Document

import samples  # tests/ is on sys.path

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


@samples.needs_corpora
def test_the_development_corpora() -> None:
    differing = []
    for record_text in samples.corpus_texts(samples.NEWSJUNK, samples.AEB_PAGES, samples.WCXB_PAGES):
        text = record_text.replace("\r", "").replace("\ufeff", "")
        quick, full = both(text)
        if quick != full:
            differing.append(text[:80])
    assert differing == []
