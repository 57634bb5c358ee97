"""Line shapes read a block of lines at a time (text.shapes.shapes_of, from each character's role in a
word) are the shapes read a line at a time (text.shapes.shape, from a regex search for the words)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.text import shapes as line_shapes
from cleaner.text.shapes import Shape, shape, shapes_of

import samples  # tests/ is on sys.path


def fields(shapes: list[Shape]) -> list[tuple[int, bool, bool]]:
    return [(s.words, s.prose, s.headline) for s in shapes]


def role(char: str) -> bytes:
    """A character's role as shapes_of writes it, worked out from the word patterns."""
    if re.fullmatch(r"[^\W_]", char):
        return b"l" if char.islower() else b"u"
    return b"" if re.fullmatch(r"[\w'’]", char) else b" "


def test_every_character_read_without_a_search_has_its_role() -> None:
    chars = [chr(c) for c in range(0x80)] + [chr(c) for c in range(0x2000, 0x2040)]
    for char in chars:
        written = char.encode().replace(line_shapes._GENERAL_PUNCTUATION, b"").translate(line_shapes._SHAPE_ROLES, line_shapes._SHAPE_DROPPED)
        assert written == (b"\n" if char == "\n" else role(char)), repr(char)


def test_every_other_character_sends_its_line_to_a_search() -> None:
    others = "".join(chr(c) for c in range(0x80, 0x110000) if not 0x2000 <= c < 0x2040)
    written = others.encode("utf-8", "surrogatepass").replace(line_shapes._GENERAL_PUNCTUATION, b"").translate(line_shapes._SHAPE_ROLES)
    assert written.count(b"x") == len(others)  # each has one lead byte


def test_news_punctuation() -> None:
    lines = ["“It’s over,” she said — and left…", "don’t_stop 'quoted' __init__ x’y", "Top 10 Stocks ›", "\u202a(212) 226-4149"]
    assert fields(shapes_of(lines)) == fields([shape(line) for line in lines])


def test_long_lines_and_many_lines() -> None:
    lines = ["word " * 20_000, *(f"Line {i} of the ferry plan." for i in range(5000)), "Über das Wetter heute."]
    assert fields(shapes_of(lines)) == fields([shape(line) for line in lines])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="aB9_'’ .:;!?\"”)]‹›—\u2028\u00e9Ж\u0130\ud800\t", max_size=40), max_size=10))
def test_any_lines(lines: list[str]) -> None:
    assert fields(shapes_of(lines)) == fields([shape(line) for line in lines])


@samples.needs_corpora
def test_the_development_corpora() -> None:
    differing = []
    for text in samples.corpus_texts(samples.NEWSJUNK, samples.AEB_PAGES, samples.WCXB_PAGES):
        lines = [s for line in text.split("\n") if (s := line.strip())]
        if fields(shapes_of(lines)) != fields([shape(line) for line in lines]):
            differing.append(lines[0])
    assert differing == []
