from __future__ import annotations

from cleaner import Cleaner

BODY = (
    "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said.\n\n"
    "Engineers replaced the deck and the cables, and the bridge now carries a cycle lane each way.\n\n"
    "The work cost the city far more than planned, and the council will review its contracts.\n\n"
    "The mayor thanked the crews who worked through two winters to finish the job on time.\n"
)


def test_the_headline_again_with_a_site_suffix_goes() -> None:
    result = Cleaner().clean("Harbour Bridge Reopens\n\nHarbour bridge reopens | The Harbour Times\n\n" + BODY)
    assert [r.rule_id for r in result.removals] == ["headline.repeated"]
    assert result.title == "Harbour Bridge Reopens"


def test_the_same_words_in_the_story_stay() -> None:
    text = "Harbour Bridge Reopens\n\n" + BODY + "\nHarbour bridge reopens\n"
    assert "headline.repeated" not in {r.rule_id for r in Cleaner().clean(text).removals}


def test_a_line_repeated_three_times_more_is_content() -> None:
    # A carousel's slide or a list's label comes back again and again; a doubled headline once or twice.
    slide = "Nearly 8,000 Offered Out Of The Box"
    result = Cleaner().clean(f"{slide}\n\n{slide}\n\n{slide}\n\n{slide}\n\n" + BODY)
    assert "headline.repeated" not in {r.rule_id for r in result.removals}
    twice = Cleaner().clean(f"{slide}\n\n{slide}\n\n{slide}\n\n" + BODY)
    assert [r.rule_id for r in twice.removals] == ["headline.repeated"]
