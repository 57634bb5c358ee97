"""Which first line is the Result's title (steps/title.py): only one the text shows to be a headline."""
from __future__ import annotations

from pathlib import Path

from cleaner import Cleaner

HEADLINE = "Harbour Bridge Reopens After Two Years"
BODY = (
    "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said.\n\n"
    "Engineers replaced the deck and the cables, and the bridge now carries a cycle lane each way.\n\n"
    "The work cost the city far more than planned, and the council will review its contracts.\n\n"
    "The mayor thanked the crews who worked through two winters to finish the job on time.\n"
)
DATA = Path(__file__).resolve().parent.parent / "data"


def test_a_headline_printed_again_under_itself_is_the_title() -> None:
    result = Cleaner().clean(f"{HEADLINE}\n\n{HEADLINE} - The Harbour Times\n\n{BODY}")
    assert result.title == HEADLINE
    assert result.body == BODY


def test_a_headline_over_a_byline_is_the_title() -> None:
    result = Cleaner().clean(f"{HEADLINE}\n\nBy Jane Smith\n\n{BODY}")
    assert result.title == HEADLINE
    assert result.body == BODY


def test_a_byline_further_down_does_not_make_a_title() -> None:
    # Only removed lines right under the first line count: a kept line ends the look.
    result = Cleaner().clean(f"{HEADLINE}\n\n{BODY}\nBy Jane Smith\n")
    assert result.title is None


def test_a_first_line_with_nothing_under_it_to_show_is_kept_in_the_body() -> None:
    # Extractors' text mostly starts with a paragraph or a section heading that the page's own text
    # keeps: taken out of the body, it cost every extractor 0.002-0.009 word F1 (steps/title.py).
    for first in (HEADLINE, "Installation", "Roomba j7+ Self-Emptying Robot Vacuum"):
        result = Cleaner().clean(f"{first}\n\n{BODY}")
        assert result.title is None, first
        assert result.body == result.text == f"{first}\n\n{BODY}"


def test_a_headline_over_fewer_than_four_paragraphs_is_not_guessed() -> None:
    # A headline heads an article: over a product card or a listing's entry (fewer than four prose
    # lines), the extractors' text lost word F1 where its first line was taken (steps/context.py).
    short = BODY.split("\n\n")[0] + "\n\nIt has a cycle lane each way, and the lights were replaced.\n"
    for text in (f"{HEADLINE}\n\n{HEADLINE} - The Harbour Times\n\n{short}", f"{HEADLINE}\n\nBy Jane Smith\n\n{short}"):
        assert Cleaner().clean(text).title is None


def test_a_known_title_is_found_again_whatever_stands_under_it() -> None:
    result = Cleaner(title=HEADLINE).clean(f"{HEADLINE}\n\n{BODY}")
    assert result.title == HEADLINE
    assert result.body == BODY


def test_the_choice_changes_no_line_of_the_text() -> None:
    # The guessed headline still anchors the steps (its repeat goes, no rule takes it): only
    # title and body depend on whether it is shown.
    text = f"{HEADLINE}\n\nAdvertisement\n\n{BODY}"
    result = Cleaner().clean(text)
    assert result.title is None
    assert result.text == f"{HEADLINE}\n\n{BODY}"


def test_the_seeds_titles() -> None:
    # seed-003 prints its headline twice; seed-000's headline stands alone over its first paragraph.
    read = {name: (DATA / f"{name}.txt").read_text(encoding="utf-8") for name in ("seed-000", "seed-003")}
    assert Cleaner().clean(read["seed-003"]).title == read["seed-003"].split("\n", 1)[0]
    assert Cleaner().clean(read["seed-000"]).title is None
