"""text.titles.repeats_headline reads each side once (the title's parts, normalised, kept for the next
line) and answers as its definition does: cut by cut, join each side's parts and normalise them."""
from __future__ import annotations

import random
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.text.titles import _SUFFIX_SEPARATOR, repeats_headline
from cleaner.text.words import normalise


def _affixed_by_definition(text: str, other: str) -> bool:
    parts = _SUFFIX_SEPARATOR.split(text)
    for cut in range(1, len(parts)):
        head, tail = " ".join(parts[:cut]), " ".join(parts[cut:])
        if normalise(head) == other and len(tail.split()) <= 6:
            return True
        if normalise(tail) == other and len(head.split()) <= 6:
            return True
    return False


def _repeats_by_definition(candidate: str, title: str) -> bool:
    a, b = normalise(candidate), normalise(title)
    if not a or not b:
        return False
    if a == b or _affixed_by_definition(candidate, b) or _affixed_by_definition(title, a):
        return True
    x, y = a.split(), b.split()
    if len(x) != len(y) or len(x) < 4:
        return False
    differing = [(u, v) for u, v in zip(x, y) if u != v]
    return len(differing) <= 2 and all(max(len(u), len(v)) <= 64 and SequenceMatcher(None, u, v).ratio() >= 0.8 for u, v in differing)


def test_a_headline_with_a_site_name_before_or_after_it() -> None:
    headline = "Council votes to rebuild the river bridge"
    for candidate in (
        f"{headline} - The Valley Gazette", f"The Valley Gazette | {headline}", f"{headline} · News · Gazette",
        f"{headline} / The Valley Gazette", f"{headline} » Gazette", f"{headline} ~ Gazette", f"VIDÉO. {headline}",
        f"EN IMAGES. {headline}", f"{headline} (video)",
    ):
        assert repeats_headline(candidate, headline), candidate
        assert repeats_headline(headline, candidate), candidate
    # More than six words on the other side is another line, not the headline with a site name.
    assert not repeats_headline(f"{headline} - read what the council decided on the bridge today", headline)
    assert not repeats_headline("Council votes", headline)
    # A full stop after a word that is not a label in capitals cuts nothing.
    assert not repeats_headline(f"Vote. {headline}", f"{headline} today")
    # A misspelt word or two is the same headline; a "word" of over 64 characters is no word.
    assert repeats_headline("Council votes to rebuild the river bridhe", headline)
    long_word = "harbour" * 10
    assert not repeats_headline(f"Council votes to rebuild {long_word}", f"Council votes to rebuild {long_word}x")


_FRAGMENTS = st.sampled_from(["a", "Ab", "Bridge", " ", "|", " - ", ": ", "·", "•", "  ", "É", "ß", "x y", ".", "İ", "ﬁ", "Σ", "Site Name", "w1 w2 w3", " / ", " » ", "VIDEO. ", "(video)"])
_LINE = st.lists(_FRAGMENTS, max_size=14).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_LINE, _LINE, st.integers(min_value=0, max_value=3))
def test_repeats_headline_is_its_definition(title: str, other: str, form: int) -> None:
    parts = _SUFFIX_SEPARATOR.split(title)
    if form == 1:  # the candidate is some of the title's parts: an affix case
        other = " ".join(parts[: len(parts) // 2 + 1])
    elif form == 2:
        other = " ".join(parts[len(parts) // 2 :])
    for candidate, headline in ((other, title), (title, other)):
        assert repeats_headline(candidate, headline) == _repeats_by_definition(candidate, headline)


def test_repeats_headline_is_its_definition_on_many_seeded_lines() -> None:
    # Hypothesis's examples seldom hold a run of parts that normalise to nothing but count words
    # (" - "), where which cut is tried matters; 20,000 seeded pairs hold dozens.
    fragments = ["a", "Ab", " ", "|", " - ", ": ", "·", "•", "  ", "É", "ß", "x y", ".", "ﬁ", "Σ", "w1 w2 w3", "Site"]
    draw = random.Random(5)

    def line() -> str:
        return "".join(draw.choice(fragments) for _ in range(draw.randrange(14)))

    for _ in range(20_000):
        title = line()
        parts = _SUFFIX_SEPARATOR.split(title)
        cut = draw.randrange(len(parts) + 1)
        other = draw.choice([line(), " ".join(parts[:cut]), " ".join(parts[cut:]), draw.choice(parts) + " " + line()])
        for candidate, headline in ((other, title), (title, other)):
            assert repeats_headline(candidate, headline) == _repeats_by_definition(candidate, headline), (candidate, headline)


def test_the_title_read_once_serves_every_line_asked_about_it() -> None:
    # A page's first line, asked about each line above its article (steps.page_context._page_headline).
    title = "Harbour Times | News" + " |" * 200 + " Sport"
    lines = [f"Section {k}" for k in range(50)] + ["Harbour Times", "News", "Harbour Times | News", "Sport"]
    assert [repeats_headline(line, title) for line in lines] == [_repeats_by_definition(line, title) for line in lines]
