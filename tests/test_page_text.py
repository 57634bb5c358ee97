"""Whole-page text through Cleaner.clean: the page furniture goes (page.* heuristics), the article
and its own lines stay, and an article that is no page is left to the rules alone."""
from __future__ import annotations

from cleaner import Cleaner, Options

MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Video", "Podcasts", "Sign in", "Search"]
ARTICLE = [
    "Harbour plan will cost more than expected, council says",
    "The council said on Monday that the new plan for the harbour would cost more than the figure it gave "
    "residents last spring, because steel and labour prices have risen since the tender was written.",
    "Officials said the ferry terminal would stay open while the work went on, and that buses would run to "
    "the station every ten minutes during the summer months when the crossings are busiest.",
    "Residents can comment on the plan until the end of the month, either online or at the town hall, where "
    "the drawings will be on show from nine in the morning until five in the afternoon.",
    "The final decision is expected in the autumn, after the council has reviewed the traffic data and the "
    "responses it receives, a spokeswoman for the planning department said on Tuesday.",
]
FOOTER = ["About us", "Contact", "Privacy", "Terms", "Cookies", "Home", "News", "Sport", "© 2026 Harbour Times"]


def page() -> str:
    return "\n".join(["Harbour plan will cost more | Harbour Times", *MENU, *ARTICLE, *FOOTER]) + "\n"


def test_a_whole_page_loses_its_menus_and_footer() -> None:
    result = Cleaner().clean(page())
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert result.title == ARTICLE[0]
    assert {r.rule_id.split(".")[0] for r in result.removals} == {"page"} | ({"footer"} & {r.rule_id.split(".")[0] for r in result.removals})
    assert all(r.reason.startswith("full page:") for r in result.removals if r.rule_id.startswith("page."))


def test_a_page_copied_without_its_browser_title_keeps_its_heading() -> None:
    # Copied from a browser window, a page starts with its menu: the heading over the byline and the
    # date is the title, not "Home" (the bench_stages page lost its headline so).
    text = "\n".join([*MENU, ARTICLE[0], "By Maria Gonzalez", "Published 14 March 2026", *ARTICLE[1:], *FOOTER]) + "\n"
    result = Cleaner().clean(text)
    assert result.title == ARTICLE[0]
    assert result.text.startswith(ARTICLE[0] + "\n")
    assert "Home" not in result.text
    assert all(paragraph in result.text for paragraph in ARTICLE[1:])


def test_the_page_step_can_be_switched_off_by_its_group() -> None:
    result = Cleaner(Options(ignore=frozenset({"page"}))).clean(page())
    assert not any(r.rule_id.startswith("page.") for r in result.removals)
    assert "Weather" in result.text


def test_an_article_with_a_list_is_no_page() -> None:
    text = "\n\n".join([ARTICLE[0], ARTICLE[1], "What you need:", "Jack stands", "Wheel chalk", "Brake cleaner", ARTICLE[2]]) + "\n"
    assert Cleaner().clean(text).text == text


def test_a_headline_over_a_run_of_markers_is_no_page_title_bar() -> None:
    # Found by hypothesis: eight "Advertisement" lines pass the cheap page test; the headline on the
    # first line must stay, and paragraphs that repeat are the article's, not a menu.
    paragraph = ARTICLE[1]
    text = "\n".join([ARTICLE[0], *["Advertisement"] * 8, paragraph, paragraph, ARTICLE[2], paragraph]) + "\n"
    result = Cleaner().clean(text)
    assert result.text == "\n".join([ARTICLE[0], paragraph, paragraph, ARTICLE[2], paragraph]) + "\n"
    assert result.title is None  # nothing under it shows it is a headline (steps/title.py)


COMMENTS = [
    "3 Comments",
    "jsmith says:",
    "March 3, 2026 at 9:14 am",
    "Great piece, I have followed the harbour plans for years and this is the clearest account of them yet.",
    "Reply",
    "harbourwatcher says:",
    "March 3, 2026 at 10:02 am",
    "The ferry buses will never run every ten minutes, they could not manage it last summer either.",
    "Reply",
    "Leave a Reply Cancel reply",
    "You must be logged in to post a comment.",
]


def test_reader_comments_under_the_article_go_from_their_heading() -> None:
    text = "\n".join(["Harbour plan will cost more | Harbour Times", *MENU, *ARTICLE, *COMMENTS, *FOOTER]) + "\n"
    result = Cleaner().clean(text)
    assert result.text == "\n".join(ARTICLE) + "\n"
    comments = [r for r in result.removals if r.rule_id == "page.comments"]
    assert comments and comments[0].text.startswith("3 Comments")
    assert comments[0].reason == "full page: reader comments under the article, from their heading on"


def test_an_article_that_speaks_of_comments_keeps_its_lines() -> None:
    prose = [
        *ARTICLE[:3],
        "The council received more than a hundred comments from residents in the first week, most of them in "
        "favour of keeping the ferry terminal open while the work goes on.",
        "Leave a comment at the town hall, the spokeswoman said, and the planners will read every one of them "
        "before the drawings are changed again in the summer.",
        *ARTICLE[3:],
    ]
    text = "\n".join(["Harbour plan will cost more | Harbour Times", *MENU, *prose, *FOOTER]) + "\n"
    result = Cleaner().clean(text)
    assert not any(r.rule_id == "page.comments" for r in result.removals)
    for line in prose[1:]:
        assert line in result.text


def test_a_comment_count_above_the_article_or_on_every_post_is_no_comment_section() -> None:
    # A share bar's count under the headline comes before the article's words; a blog's front page
    # shows "0 comments" under each post: neither opens a comment section.
    bar = "Harbour plan will cost more | Harbour Times"
    above = "\n".join([bar, *MENU, ARTICLE[0], "12 Comments", *ARTICLE[1:], *FOOTER]) + "\n"
    assert not any(r.rule_id == "page.comments" for r in Cleaner().clean(above).removals)
    posts = [line for paragraph in ARTICLE[1:] for line in (paragraph, "0 comments")]
    listing = "\n".join(["Harbour Times blog", *MENU, ARTICLE[0], *posts, *FOOTER]) + "\n"
    result = Cleaner().clean(listing)
    assert not any(r.rule_id == "page.comments" for r in result.removals)
    for paragraph in ARTICLE[1:]:
        assert paragraph in result.text


def test_other_stories_under_the_article_go_from_their_heading() -> None:
    teasers = [
        "Ferry fares to rise in the spring",
        "March 3, 2026",
        "The operator says the cost of fuel has doubled since the last review of the fares and the timetable...",
        "School roof repairs finished early",
        "March 2, 2026",
        "Pupils will be back in their classrooms a week before the end of the holiday, the head teacher says...",
    ]
    text = "\n".join(["Harbour plan will cost more | Harbour Times", *MENU, *ARTICLE, "You may also like", *teasers, *FOOTER]) + "\n"
    result = Cleaner().clean(text)
    assert result.text == "\n".join(ARTICLE) + "\n"
    related = [r for r in result.removals if r.rule_id == "page.related"]
    assert related and related[0].text.startswith("You may also like")
    assert related[0].reason == "full page: a list of other stories under the article, from its heading on"
