"""The full-page scorer's character counts (page.char_counts, bytes deleted from the line's UTF-8)
are what str.translate with deletion tables, which the weights were fitted with, counts."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.page import char_counts

import samples  # tests/ is on sys.path

_UPPER_TABLE = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGIT_TABLE = str.maketrans("", "", "0123456789")
_SYMBOL_TABLE = str.maketrans("", "", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~©®™•·»«›‹→←|–—")


def counted_by_deleting(line: str) -> tuple[int, int, int]:
    """char_counts as the scorer was trained with it: the characters str.translate deletes."""
    return tuple(len(line) - len(line.translate(table)) for table in (_UPPER_TABLE, _DIGIT_TABLE, _SYMBOL_TABLE))  # type: ignore[return-value]


def test_char_counts_of_odd_lines() -> None:
    for line in ["", "ABC abc 123", "© 2024 Times™ — «News» → ‹more› | A·B", "\ud800 lone surrogate A1!", "ÄÖÜ ＡＢＣ １２３ ！"]:
        assert char_counts(line) == counted_by_deleting(line)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("AZaz09!|©—→\ud800")), max_size=40))
def test_char_counts_of_any_line(line: str) -> None:
    assert char_counts(line) == counted_by_deleting(line)


@samples.needs_corpora
def test_char_counts_on_the_development_corpora() -> None:
    differing = []
    for text in samples.corpus_texts(samples.NEWSJUNK, samples.AEB_PAGES, samples.WCXB_PAGES):
        for line in text.split("\n"):
            if char_counts(line) != counted_by_deleting(line):
                differing.append(line)
    assert differing == []
