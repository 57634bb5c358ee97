from __future__ import annotations

from cleaner import Cleaner

BODY = "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said.\n"


def test_the_headline_again_with_a_site_suffix_goes() -> None:
    result = Cleaner().clean("Harbour Bridge Reopens\n\nHarbour bridge reopens | The Harbour Times\n\n" + BODY)
    assert [r.rule_id for r in result.removals] == ["headline.repeated"]
    assert result.title == "Harbour Bridge Reopens"


def test_the_same_words_in_the_story_stay() -> None:
    text = "Harbour Bridge Reopens\n\n" + BODY + "\nHarbour bridge reopens\n"
    assert "headline.repeated" not in {r.rule_id for r in Cleaner().clean(text).removals}
