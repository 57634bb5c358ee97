from __future__ import annotations

from cleaner import Cleaner

ARTICLE = [
    "Harbour Authority Approves Night Ferry Service",
    "The harbour authority voted on Tuesday to approve a night ferry service between the old port and the"
    " island, ending a debate that had divided the board for the better part of two years.",
    "Members of the board said the service would start in June with two crossings an hour after nine in the"
    " evening, and that the first month would be free for residents who hold an island pass.",
    "Critics on the board warned that the subsidy could double if the forecasts prove too optimistic, and"
    " asked the company to publish its passenger counts every quarter until the end of the trial.",
]
OTHER_STORIES = [
    "Unsere Empfehlungen",
    "Ten Ways to Grow Tomatoes on a Balcony",
    "Stocks Slide as Chip Makers Report Weak Sales",
    "Why Sleep Matters More Than You Think",
]
FOOTER = "© 2025 Harbour Times. All rights reserved."


def removals(lines: list[str]) -> dict[str, list[str]]:
    result = Cleaner().clean("\n\n".join(lines) + "\n")
    found: dict[str, list[str]] = {}
    for removal in result.removals:
        found.setdefault(removal.rule_id, []).extend(removal.text.split("\n"))
    return found


def test_other_stories_under_an_unknown_header_go_when_junk_is_beside_them() -> None:
    assert removals(ARTICLE + OTHER_STORIES + [FOOTER])["related.tail-headlines"] == OTHER_STORIES


def test_with_no_junk_beside_them_they_stay() -> None:
    # a product's features or an event's details end a text in this shape as well
    assert "related.tail-headlines" not in removals(ARTICLE + OTHER_STORIES)


def test_headlines_on_the_article_topic_stay() -> None:
    own = [
        "Ferry Timetable",
        "Night Ferry Crossings Start in June After Nine",
        "Island Pass Holders Ride the Night Ferry Free",
        "Harbour Board Asks for Quarterly Passenger Counts",
    ]
    assert "related.tail-headlines" not in removals(ARTICLE + own + [FOOTER])


def test_a_list_with_no_header_stays() -> None:
    assert "related.tail-headlines" not in removals(ARTICLE + OTHER_STORIES[1:] + [FOOTER])


def test_switched_off_it_leaves_them() -> None:
    result = Cleaner(ignore=["related.tail-headlines"]).clean("\n\n".join(ARTICLE + OTHER_STORIES + [FOOTER]) + "\n")
    assert "related.tail-headlines" not in {r.rule_id for r in result.removals}
