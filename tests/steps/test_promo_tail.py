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
