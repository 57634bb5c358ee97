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


def test_a_long_headline_again_with_a_site_suffix_goes() -> None:
    # 25 words with the suffix: prose by its length alone, and still the headline again.
    headline = (
        "To Find the Five Best Harbour Ferries, I Rode Seventeen of the Busiest Routes in the Region—and "
        "Got Far Too Seasick This Winter"
    )
    result = Cleaner().clean(f"{headline}\n\n{headline} - The Harbour Times\n\n" + BODY)
    assert [(r.rule_id, r.first_line) for r in result.removals] == [("headline.repeated", 3)]


def test_a_first_sentence_that_starts_with_the_headline_stays() -> None:
    text = "Why I Quit\n\nWhy I quit - and why the harbour crews who stayed on were right to do so.\n\n" + BODY
    assert "headline.repeated" not in {r.rule_id for r in Cleaner().clean(text).removals}


def test_a_tagline_above_the_headline_does_not_hide_its_repeat() -> None:
    # A site's tagline stands first and looks like a title; the headline is the line printed again
    # under itself with the site's name, and is the title.
    text = "Straight news for the north shore\n\nHarbour Bridge Reopens\n\nHarbour Bridge Reopens – The Harbour Times\n\n"
    result = Cleaner().clean(text + BODY)
    assert [(r.rule_id, r.first_line) for r in result.removals] == [("headline.repeated", 5)]
    assert result.title == "Harbour Bridge Reopens"
    assert result.text.startswith("Straight news for the north shore\n\nHarbour Bridge Reopens\n\nThe harbour bridge")


def test_a_line_printed_twice_as_it_is_below_the_first_line_is_no_headline() -> None:
    # Without the site's name, two equal lines under another can be a list's entries (a story's picture
    # link and its text link): nothing goes, and the first line stays the guess.
    text = "Harbour Bridge Reopens\n\nFerry fares rise in spring\n\nFerry fares rise in spring\n\n" + BODY
    result = Cleaner().clean(text)
    assert "headline.repeated" not in {r.rule_id for r in result.removals}


def test_entries_under_a_list_header_are_no_headline() -> None:
    text = (
        "Harbour Bridge Reopens\n\nRelated Articles\n\nFerry fares rise in spring - The Harbour Times\n\n"
        "Ferry fares rise in spring\n\n" + BODY
    )
    assert "headline.repeated" not in {r.rule_id for r in Cleaner().clean(text).removals}


def test_a_first_sentence_that_ends_in_a_closing_quote_stays() -> None:
    headline = "Harbour Council Votes Again on the Long Delayed Bridge Repairs After a Winter of Closures and Detours"
    text = f"{headline}\n\n{headline}: “We will find a way to pay for it, whatever it takes.”\n\n" + BODY
    assert "headline.repeated" not in {r.rule_id for r in Cleaner().clean(text).removals}


def test_a_label_over_what_it_says_is_no_headline_printed_twice() -> None:
    # "Label: what it says" under the label: a colon joins them, no site's name follows a dash.
    for label, said in (("Mayor Jane Smith", "we have no money left"), ("Live updates", "road reopened at 3pm")):
        text = f"Harbour Budget Vote Delayed Again\n\n{label}\n\n{label}: {said}\n\n" + BODY
        result = Cleaner().clean(text)
        assert "headline.repeated" not in {r.rule_id for r in result.removals}, label
        assert f"{label}: {said}" in result.text
