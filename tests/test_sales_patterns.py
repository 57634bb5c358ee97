"""The sales signals' patterns are written to run in linear time on long runs of letters or digits; they
answer as the plain patterns they stand for: the same e-mail addresses replaced, and the same yes or
no from the web-address and offer patterns."""
from __future__ import annotations

import random

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.text import sales
from cleaner.text.sales import _EMAIL, _OFFER, _URL, _without_emails, sales_signals

PLAIN_URL = regex.compile(
    r"(?i)\bhttps?://|\bwww\.[\p{L}\p{N}-]+\.|\b[\p{L}\p{N}-]+\.(?:com|net|org|co\.uk|io|biz|shop|store)\b"
    r"|\b[\p{L}\p{N}-]*[\p{L}\p{N}]{2}\.(?-i:de|at|ch|fr|be|es|it|pt|nl|pl|se|eu|info)\b(?![.-]?\p{L})"
)
PLAIN_OFFER = regex.compile(_OFFER.pattern.replace(r"(?<!\d)\d+\s?%\s*off\b", r"\d+\s?%\s*off\b"))

FRAGMENTS = ["a", "1", "_", ".", "-", "+", "@", " ", "%", " off", "OFF", ".com", "co.uk", "½", "Ä", "é", "٣", "$",
             "www", "://", "x.", "\u0301", "'", "\u200d", ".de", ".It", "se", "info"]


def agrees(text: str) -> None:
    assert _without_emails(text) == _EMAIL.sub(" ", text), text
    assert (_URL.search(text) is None) == (PLAIN_URL.search(text) is None), text
    assert (_OFFER.search(text) is None) == (PLAIN_OFFER.search(text) is None), text


def test_the_offer_pattern_is_the_plain_one_but_for_where_a_number_starts() -> None:
    assert PLAIN_OFFER.pattern != _OFFER.pattern


def test_examples() -> None:
    assert _without_emails("Write to sales@harbour-tours.com or call us.") == "Write to   or call us."
    assert _without_emails("a@b.c@d.e and x.y@z.org") == _EMAIL.sub(" ", "a@b.c@d.e and x.y@z.org") == " @d.e and  "
    assert _without_emails("..user@mail.example.com.") == ".. ."  # the address starts at its first word character
    assert _without_emails("no address @ here, nor user@ nor @host.com") == "no address @ here, nor user@ nor @host.com"
    assert sales_signals("Email info@harbour-tours.com today") == {"email"}  # its domain is no web address too
    assert sales_signals("Visit harbour-tours.com for 20% off") == {"web", "offer"}
    assert sales_signals("Läs mer och boka på stadglans.se") == {"web"}  # a country's domain
    assert sales_signals("the end.It was late, as.de-facto rules go") == set()  # a lost space; no domain
    for text in ("_." * 5_000 + " @", "a½" * 5_000 + " .com", "1" * 5_000 + " %"):
        agrees(text)


def test_many_seeded_lines() -> None:
    draw = random.Random(11)
    for _ in range(30_000):
        agrees("".join(draw.choice(FRAGMENTS) for _ in range(draw.randrange(18))))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=24).map("".join))
def test_any_line(text: str) -> None:
    agrees(text)


def test_sales_signals_asks_the_patterns_above() -> None:
    assert [pattern for _, pattern, _ in sales._SIGNALS] == [sales._PHONE, _URL, _OFFER]
