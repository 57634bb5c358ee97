"""Bylines, picture credits and end notes known by shape and words in any of nine languages
(byline.name-shape, caption.credit-words, footer.note-words, footer.signoff-shape), driven through the
engine: each takes its line where it stands, and the article's own lines stay."""
from __future__ import annotations

from cleaner import Cleaner

ARTICLE = (
    "Harbour reopens after storm damage\n"
    "{head}\n"
    "The harbour reopened on Monday after three weeks of repairs to the breakwater, the port authority said.\n"
    "Fishing boats returned to their moorings as cranes lifted the last damaged blocks out of the water.\n"
    "{middle}\n"
    "Officials said the full cost of the repairs would be known by the end of the month, once insurers finish.\n"
    "Traders said business had already picked up as the first ferries since the storm docked on Monday.\n"
    "{tail}\n"
)


def _removed(head: str, middle: str, tail: str) -> dict[str, str]:
    text = ARTICLE.format(head=head, middle=middle, tail=tail)
    result = Cleaner().clean(text)
    lines = text.split("\n")
    return {lines[removal.first_line - 1]: removal.rule_id for removal in result.removals}


def test_a_byline_credit_and_notes_in_other_languages_go_with_their_rules() -> None:
    removed = _removed("Javier Martín | Málaga", "Archivbild: SID", "Fe de errores: la fecha era otra.")
    assert removed == {
        "Javier Martín | Málaga": "byline.name-shape",
        "Archivbild: SID": "caption.credit-words",
        "Fe de errores: la fecha era otra.": "footer.note-words",
    }


def test_a_sign_off_in_brackets_goes_after_the_story() -> None:
    assert _removed("Sara Lind · Reporter", "Bildkälla: arkiv", "(Agencia Norte)") == {
        "Sara Lind · Reporter": "byline.name-shape",
        "Bildkälla: arkiv": "caption.credit-words",
        "(Agencia Norte)": "footer.signoff-shape",
    }


def test_the_shapes_take_nothing_outside_their_zone() -> None:
    # A name and a place under a bar in the article's middle is no byline there; a correction's label
    # in the first lines is no end note.
    removed = _removed("Correction: the vote is on Friday.", "Javier Martín | Málaga", "Traders welcomed the news.")
    assert "Javier Martín | Málaga" not in removed
    assert "Correction: the vote is on Friday." not in removed


def test_a_lone_teaser_label_and_an_agency_mark_go_in_the_middle() -> None:
    assert _removed("Sara Lind · Reporter", "LEIA MAIS", "© AFP") == {
        "Sara Lind · Reporter": "byline.name-shape",
        "LEIA MAIS": "inline.teaser-label-words",
        "© AFP": "caption.copyright-agency",
    }
