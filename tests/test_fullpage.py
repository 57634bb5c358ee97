"""cleaner.fullpage on synthetic pages written here (no corpus text)."""
from __future__ import annotations

import dataclasses

import pytest

from cleaner.fullpage import (
    LOCAL_FEATURES,
    FullPageModel,
    FullPageVerdict,
    article_span,
    comments_start,
    default_model,
    find_article,
)

REASONS = {"page.menu", "page.repeated", "page.boilerplate", "page.metadata", "page.symbols",
           "page.outside-article", "page.title-bar"}

ARTICLE = [
    "The town council voted on Tuesday to rebuild the old river bridge, which has been closed to traffic since the spring floods damaged two of its supports.",
    "Engineers told the council that a repair would cost almost as much as a new bridge and would last only half as long, so the members chose to start again.",
    "Work is expected to begin in the autumn and to take about eighteen months, during which a ferry will carry cyclists and walkers across the water.",
    "Local shop owners said they were relieved that a decision had finally been made, although several of them worried about the months of building work ahead.",
    "The council will publish the full plans next week and has asked residents to send in their comments before the end of the month.",
]

HEADER = ["River Bridge To Be Rebuilt | The Valley Gazette", "Skip to content", "Home", "News", "Sport",
          "Business", "Weather", "Opinion", "Subscribe", "Sign in", "River bridge to be rebuilt"]
FOOTER = ["Share this article", "Facebook", "Twitter", "Email", "Most read", "Contact us", "About us",
          "Privacy policy", "Terms of use", "© 2024 The Valley Gazette", "Home", "News", "Sport"]


def test_menus_around_an_article_are_removed_with_reasons() -> None:
    lines = HEADER + ARTICLE + FOOTER
    verdict = find_article(lines)
    assert verdict.full_page
    assert verdict.kept(lines)[-len(ARTICLE):] == ARTICLE
    removed = dict(verdict.removed(lines))
    for menu in ("Skip to content", "Sport", "Subscribe", "Privacy policy", "Terms of use", "Facebook"):
        assert menu in removed
        assert removed[menu] in REASONS
    assert len(verdict.keep) == len(verdict.reasons) == len(verdict.scores) == len(lines)
    assert all((reason == "") == keep for keep, reason in zip(verdict.keep, verdict.reasons))
    assert all(0.0 <= s <= 1.0 for s in verdict.scores)


def test_an_article_without_furniture_is_untouched() -> None:
    lines = ["River bridge to be rebuilt"] + ARTICLE
    verdict = find_article(lines)
    assert not verdict.full_page
    assert verdict.kept(lines) == lines
    assert verdict.removed(lines) == []


def test_an_article_with_a_couple_of_junk_lines_is_untouched() -> None:
    lines = ["River bridge to be rebuilt"] + ARTICLE[:3] + ["Advertisement"] + ARTICLE[3:] + ["Read more"]
    verdict = find_article(lines)
    assert not verdict.full_page
    assert verdict.kept(lines) == lines


def test_empty_input() -> None:
    assert find_article([]) == FullPageVerdict(False, (), (), ())


def test_single_line() -> None:
    for line in ("Home", ARTICLE[0]):
        verdict = find_article([line])
        assert verdict.keep == (True,)
        assert verdict.reasons == ("",)


def test_very_long_line() -> None:
    long_line = " ".join(ARTICLE) * 200
    lines = HEADER + [long_line] + FOOTER
    verdict = find_article(lines)
    assert long_line in verdict.kept(lines)
    assert "Privacy policy" not in verdict.kept(lines)


def test_title_argument_and_odd_lines_do_not_break_it() -> None:
    lines = HEADER + ["", "   ", "!!!", "12:45", "x" * 5000, "日本語のテキストです。"] + ARTICLE + FOOTER
    lines = [line for line in lines if line.strip()]
    verdict = find_article(lines, title="River bridge to be rebuilt")
    assert len(verdict.keep) == len(lines)
    assert set(ARTICLE) <= set(verdict.kept(lines))


def test_model_round_trips_and_rejects_a_wrong_shape() -> None:
    model = default_model()
    assert FullPageModel.from_json(model.to_json()) == model
    with pytest.raises(ValueError):
        dataclasses.replace(model, local_weights=model.local_weights[:-1])
    assert len(model.local_weights) == len(LOCAL_FEATURES)


def test_verdict_is_frozen() -> None:
    verdict = find_article(["Home"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.full_page = True  # type: ignore[misc]


def test_comments_start_at_their_heading_after_the_article() -> None:
    story = ["Harbour plan", *["The council said the new plan for the harbour would cost more than it told residents."] * 6]
    lines = ["Home", "News", *story, "2 Comments", "jsmith says:", "Great piece.", "Leave a Reply", "About us"]
    keep = [False, False, *[True] * len(story), False, True, True, False, False]
    assert comments_start(lines, keep) == 2 + len(story)
    assert comments_start(lines, [False] * len(lines)) is None  # no article words above it
    assert comments_start([*story, "Residents sent 40 comments to the council."], [True] * (len(story) + 1)) is None


def test_a_comment_count_under_the_first_paragraph_of_a_long_article_is_no_comment_section() -> None:
    # A share bar's "124 Comments" under a 68-word intro, the article's other 100 paragraphs after it:
    # the intro has the 50 words a heading needs above it, not a twentieth of the page's kept words.
    paragraph = "The council said the new plan for the harbour would cost more than it told residents in May."
    intro = " ".join([paragraph] * 4)
    lines = ["Harbour plan", intro, "124 Comments", "Share this", *[paragraph] * 100]
    keep = [False, True, False, False, *[True] * 100]
    assert comments_start(lines, keep) is None
    # Under an article of that length the heading opens the comments.
    assert comments_start([*[paragraph] * 100, "124 Comments", "jsmith says:"], [*[True] * 100, False, True]) == 100


def test_the_article_span_leaves_out_small_runs_far_below_it() -> None:
    prose = "The council said the new plan for the harbour would cost more than it told residents."
    lines = ["Home", *[prose] * 5, *["Menu item"] * 15, "A teaser for another story kept by the scorer here."]
    keep = [False, *[True] * 5, *[False] * 15, True]
    assert article_span(lines, keep) == (1, 5)
    keep[-1] = False
    assert article_span(lines, keep) == (1, 5)
    assert article_span(lines, [False] * len(lines)) == (0, -1)
