from __future__ import annotations

from cleaner import Cleaner

ARTICLE = [
    "Harbour Authority Approves Night Ferry Service",
    "The harbour authority voted on Tuesday to approve a night ferry service between the old port and the island.",
    "Members of the board said the service would start in June with two crossings an hour after nine in the evening.",
    "Critics on the board warned that the subsidy could double if the forecasts prove too optimistic this year.",
    "Residents of the island have long argued that the last ferry cuts them off from jobs and evening classes.",
    "Engineers will refit two older boats with quieter engines, and the port will light the long pier until midnight.",
    "The island's school and its clinic welcomed the plan, which the regional government agreed to fund for three years.",
]
AD = ["Do you need a reliable plumber in your area?", "We offer fast, friendly service for your home.", "Leaking taps",
      "Call 555-201-3344 today or visit www.example-plumbing.com!"]


def test_an_advertisement_after_the_article_goes_whole() -> None:
    result = Cleaner().clean("\n\n".join(ARTICLE + AD) + "\n")
    assert {r.rule_id for r in result.removals} == {"promo.tail"}
    assert result.body.rstrip().endswith("for three years.")


def test_switched_off_it_leaves_the_advertisement() -> None:
    result = Cleaner(ignore=["promo.tail"]).clean("\n\n".join(ARTICLE + AD) + "\n")
    assert "promo.tail" not in {r.rule_id for r in result.removals}


# An advertisement whose sentences sell in no words the sales patterns know: it is found by its shape,
# a list of what is offered and a contact at its end, and its opener goes with it.
QUIET_AD = [
    "Neighbourhood pick: Harbourside Glazing",
    "Since 1987, Harbourside Glazing has fitted windows for families across the coast.",
    "Sash windows",
    "Conservatories",
    "Door repairs",
    "Ring 0161 555 0193 or see harboursideglazing.example.com",
]


LONGER_ARTICLE = ARTICLE + [
    "The ferry company expects about four hundred passengers a night in the summer and half that in winter.",
    "Fares will match the day crossings, and season tickets bought for the day service will be valid at night.",
    "The authority will review the service after its first year and publish the passenger counts each quarter.",
]


def removed_lines(lines: list[str]) -> list[str]:
    """The lines the cleaner removes, by any rule or step."""
    result = Cleaner().clean("\n\n".join(lines) + "\n")
    return [line for r in result.removals for line in r.text.split("\n") if line]


def test_an_advertisement_is_known_by_its_shape_opener_and_all() -> None:
    assert removed_lines(ARTICLE + QUIET_AD) == QUIET_AD


def test_the_article_list_above_an_opener_stays() -> None:
    closing_list = ["Crossings from June:", "Weekdays after nine", "Saturdays until one"]
    assert removed_lines(ARTICLE + closing_list + QUIET_AD) == QUIET_AD


def test_a_contact_under_sentences_with_no_list_is_no_advertisement() -> None:
    contact = [
        "The ferry operator has not said which boats will carry the night crossings.",
        "Readers with questions about the timetable can write to the author at desk@harbourpost.example.com",
    ]
    assert removed_lines(ARTICLE + contact) == []


def test_a_third_sentence_that_does_not_sell_ends_the_advertisement() -> None:
    article_end = ["Island shopkeepers said late crossings would bring them custom in the quiet months."]
    plain_copy = ["Founded by two brothers, the firm has grown to forty staff in three towns."]
    ad = QUIET_AD[:2] + plain_copy + QUIET_AD[2:]
    # two sentences that do not sell are the advertisement's; a third is the article's
    assert removed_lines(LONGER_ARTICLE + article_end + ad[1:]) == ad[1:]
