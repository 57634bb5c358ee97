"""The Python API and the engine's behaviour: form kept, removals reported, safety checks."""
from __future__ import annotations

import pickle

import pytest

import cleaner
from cleaner import Cleaner, Options, UnknownRuleError

TITLE = "Harbour Authority Approves Night Ferry Service"
P1 = "The harbour authority voted on Tuesday to approve a night ferry service between the old port and the island."
P2 = "Members of the board said the service would start in June with two crossings an hour after nine in the evening."
P3 = "Critics on the board warned that the subsidy could double if the forecasts prove too optimistic this year."
# More of the story, for tests that need enough article to tell its topic.
MORE = (
    "Residents of the island have long argued that the last ferry cuts them off from jobs and evening classes.",
    "The operator expects about four hundred passengers a night in the first summer, rising in later years.",
    "The chair of the authority said a review would be published in full and fares would not rise before it.",
)
EVEN_MORE = (
    "Ferry crews will be hired from the island where possible, the operator said, and trained over the winter.",
)


def doc(*lines: str, sep: str = "\n\n", end: str = "\n") -> str:
    return sep.join(lines) + end


def test_result_fields() -> None:
    result = cleaner.clean(doc(TITLE, P1, "Advertisement", P2))
    assert result.text == doc(TITLE, P1, P2)
    # A headline-shaped first line with nothing under it to show it is one: the body keeps it.
    assert result.title is None
    assert result.body == result.text
    assert result.changed
    (removal,) = result.removals
    assert (removal.rule_id, removal.kind, removal.first_line, removal.last_line, removal.text) == (
        "inline.ad-marker",
        "inline",
        5,
        5,
        "Advertisement",
    )
    assert removal.reason == "advertisement slot marker"
    assert result.as_dict()["removals"][0]["rule"] == "inline.ad-marker"


def test_text_without_junk_is_returned_unchanged() -> None:
    text = "  " + doc(TITLE, P1, P2, sep="\r\n\r\n", end="\r\n\r\n\r\n")
    result = cleaner.clean(text)
    assert result.text is text or result.text == text
    assert result.removals == ()


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\r\n", "\r\n\r\n", "\n\n\n"])
def test_removed_lines_collapse_to_the_documents_own_separator(sep: str) -> None:
    result = cleaner.clean(doc(TITLE, P1, "Advertisement", P2, "Share this article", sep=sep, end=""))
    assert result.text == doc(TITLE, P1, P2, sep=sep, end="")


def test_a_removed_paragraph_between_single_spaced_lines_keeps_the_paragraph_break() -> None:
    text = TITLE + "\n" + P1 + "\n\nAdvertisement\n" + P2 + "\n"
    assert cleaner.clean(text).text == TITLE + "\n" + P1 + "\n\n" + P2 + "\n"


def test_empty_and_blank_texts() -> None:
    for text in ["", "\n", "   \n\n  ", "\ufeff"]:
        result = cleaner.clean(text)
        assert result.text == text
        assert result.removals == ()


def test_byte_order_mark_stays_and_does_not_hide_the_title() -> None:
    result = cleaner.clean("\ufeff" + doc(TITLE, TITLE.upper(), P1, P2, P3, MORE[0]))
    assert result.text == "\ufeff" + doc(TITLE, P1, P2, P3, MORE[0])
    assert result.title == TITLE


@pytest.mark.parametrize(
    "repeat",
    [
        TITLE,
        TITLE.upper(),
        TITLE + " - Coastal Daily",
        TITLE + " | Reuters",
        "Coastal Daily: " + TITLE,
        "Harbour Authority Aproves Night Ferry Service",  # a typo
    ],
)
def test_headline_repeated_is_removed(repeat: str) -> None:
    # Four paragraphs: a headline heads an article (over fewer no first line is taken for one).
    result = cleaner.clean(doc(TITLE, repeat, P1, P2, P3, MORE[0]))
    assert result.text == doc(TITLE, P1, P2, P3, MORE[0])
    assert [r.rule_id for r in result.removals] == ["headline.repeated"]


def test_a_different_heading_under_the_title_is_kept() -> None:
    # Pages carry a title and a slightly different H1; a word added or exchanged makes another heading.
    text = doc(TITLE, "Harbour Authority Approves New Night Ferry Service", P1, P2)
    assert cleaner.clean(text).text == text


def test_a_title_with_the_site_suffix_keeps_the_bare_repeat_out() -> None:
    result = cleaner.clean(doc(TITLE + " – Coastal Daily", TITLE, P1, P2, P3, MORE[0]))
    assert result.text == doc(TITLE + " – Coastal Daily", P1, P2, P3, MORE[0])


def test_first_line_that_is_junk_is_not_the_title() -> None:
    result = cleaner.clean(doc("Advertisement", TITLE, P1, P2))
    assert result.text == doc(TITLE, P1, P2)


def test_known_title_from_the_caller() -> None:
    result = cleaner.clean(doc(P1, TITLE, P2), title=TITLE)
    assert result.title == TITLE
    assert result.text == doc(P1, TITLE, P2)


def test_off_topic_teaser_goes_on_topic_teaser_stays() -> None:
    off = "Read more: Ten vegetables that grow well on a balcony"
    on = "Read more: Night ferry service between the old port and the island"
    result = cleaner.clean(doc(TITLE, P1, off, P2, on, P3))
    assert result.text == doc(TITLE, P1, P2, on, P3)


def test_related_list_goes_with_its_header() -> None:
    result = cleaner.clean(
        doc(TITLE, P1, P2, P3, "You may also like", "Storm closes two beaches", "Bakery wins national bread award")
    )
    assert result.text == doc(TITLE, P1, P2, P3)
    assert {r.rule_id for r in result.removals} == {"related.list-header"}


OTHER_STORIES = ("Storm closes two beaches on the coast", "Bakery wins national bread award again")


def test_a_header_known_by_its_words_goes_with_the_headlines_under_it() -> None:
    result = cleaner.clean(doc(TITLE, P1, P2, P3, "Altre notizie da Bologna", *OTHER_STORIES))
    assert result.text == doc(TITLE, P1, P2, P3)
    assert [(r.rule_id, r.line_count) for r in result.removals] == [("related.list-header-words", 3)]


@pytest.mark.parametrize(
    "under",
    [
        pytest.param((OTHER_STORIES[0],), id="one headline"),
        pytest.param(("Beaches", "Bread"), id="menu entries"),
        pytest.param(("Storm closes two beaches on the coast", "after the council met on Monday night"), id="lower case"),
        pytest.param(OTHER_STORIES + (P1 + " " + P2,), id="article paragraph below"),
    ],
)
def test_a_header_known_by_its_words_stays_without_other_stories_under_it(under: tuple[str, ...]) -> None:
    text = doc(TITLE, P1, P2, P3, "Meer nieuws uit Utrecht", *under)
    assert "related.list-header-words" not in {r.rule_id for r in cleaner.clean(text).removals}


def test_markers_and_teasers_known_by_their_words_go_between_paragraphs() -> None:
    marker, teaser = "O artigo continua após o anúncio", "Leia ainda: Governo anuncia novo pacote de obras"
    result = cleaner.clean(doc(TITLE, P1, marker, P2, teaser, P3))
    assert result.text == doc(TITLE, P1, P2, P3)
    assert [r.rule_id for r in result.removals] == ["inline.ad-marker-words", "inline.teaser-words"]


def test_a_teaser_label_over_the_articles_own_topic_stays() -> None:
    text = doc(TITLE, P1, "Leia ainda: Night ferry service between the old port and the island", P2, P3)
    assert cleaner.clean(text).text == text


def test_tail_rules_do_not_touch_the_middle_of_the_story() -> None:
    middle = "Source: the harbour authority's own figures, published in March."
    text = doc(TITLE, P1, middle, P2, P3)
    assert cleaner.clean(text).text == text


def test_protected_paragraph_is_removed_only_by_a_strict_rule(tmp_path) -> None:
    loose = tmp_path / "loose.toml"
    loose.write_text(
        """
[[rule]]
id = "local.board"
kind = "other"
reason = "test rule matching an article paragraph"
pattern = '''^Members of the board'''
[rule.examples]
match = ["Members of the board said"]
no_match = ["Critics"]
""",
        encoding="utf-8",
    )
    text = doc(TITLE, P1, P2, P3)
    assert Cleaner(Options(rules=(loose,))).clean(text).text == text
    strict = tmp_path / "strict.toml"
    strict.write_text(loose.read_text().replace('kind = "other"', 'kind = "other"\nstrict = true').replace(
        "'''^Members of the board'''", "'''^Members of the board.*$'''"
    ), encoding="utf-8")
    assert Cleaner(Options(rules=(strict,))).clean(text).text == doc(TITLE, P1, P3)


def test_promotional_tail_off_topic_with_sales_signals_goes() -> None:
    ad = [
        "Do you need a reliable plumber in your area?",
        "We offer fast, friendly service for",
        "Leaking taps",
        "Blocked drains",
        "Call 555-201-3344 today or book online at www.plumbing.example for 15% off!",
    ]
    # The article above has four times the ad's words or more (promo_tail._ARTICLE_TO_AD_WORDS).
    result = cleaner.clean(doc(TITLE, P1, P2, P3, *MORE, *EVEN_MORE, *ad))
    assert result.text == doc(TITLE, P1, P2, P3, *MORE, *EVEN_MORE)
    assert {r.rule_id for r in result.removals} == {"promo.tail"}


def test_a_short_page_that_sells_is_not_emptied() -> None:
    # Too little article above the pitch to tell its topic: nothing is taken.
    text = doc(TITLE, P1, "Do you need a reliable plumber?", "Call 555-201-3344 or visit www.plumbing.example today!")
    assert cleaner.clean(text).text == text


def test_an_article_that_ends_with_its_own_list_is_kept() -> None:
    text = doc(TITLE, P1, P2, P3, *MORE, "The new timetable:", "Nine in the evening", "Ten in the evening", "Eleven at night")
    assert cleaner.clean(text).text == text


def test_cap_falls_back_to_the_original_text() -> None:
    text = doc(TITLE, P1, "Advertisement", "Share this article", "Photo: Getty Images")
    capped = Cleaner(Options(max_removed_share=0.1)).clean(text)
    assert capped.capped and capped.text == text and capped.removals == ()
    assert {r.rule_id for r in capped.capped_removals} == {"inline.ad-marker", "social.share-button", "caption.credit-label"}
    assert cleaner.clean(text, max_removed_share=1.0).text == doc(TITLE, P1)


def test_select_and_ignore() -> None:
    text = doc(TITLE, P1, "Advertisement", P2, "Share this article")
    assert cleaner.clean(text, ignore={"inline"}).text == doc(TITLE, P1, "Advertisement", P2)
    assert cleaner.clean(text, select={"inline.ad-marker"}).text == doc(TITLE, P1, P2, "Share this article")
    with pytest.raises(UnknownRuleError, match="unknown rule id 'inline.nope'"):
        cleaner.clean(text, ignore={"inline.nope"})


def test_options_are_validated() -> None:
    with pytest.raises(ValueError):
        Options(max_removed_share=0)
    with pytest.raises(ValueError):
        Options(timeout=0)


def test_cleaner_is_reusable_and_picklable() -> None:
    one = Cleaner(Options(ignore=frozenset({"social"})))
    two = pickle.loads(pickle.dumps(one))
    texts = [doc(TITLE, P1, "Advertisement", P2), doc(TITLE, P1, P2), doc(TITLE, P1, "Share this article", P2)]
    assert [r.text for r in one.clean_many(texts)] == [r.text for r in two.clean_many(iter(texts))]
    assert [r.text for r in two.clean_many(texts)] == [doc(TITLE, P1, P2), doc(TITLE, P1, P2), texts[2]]


def test_clean_many_with_workers_keeps_order_and_results() -> None:
    texts = [doc(TITLE, P1, "Advertisement", P2), "just one line", doc(TITLE, P1, P2), ""] * 5
    engine = Cleaner()
    alone = [r.text for r in engine.clean_many(texts)]
    assert alone[0] == doc(TITLE, P1, P2)
    assert [r.text for r in engine.clean_many(iter(texts), workers=2, chunk_size=3)] == alone


@pytest.mark.parametrize(
    "paragraph",
    [
        "Organisers said people should please donate blood at the town hall this weekend, as stocks are low.",
        "The club gives members unlimited access to the gym's pool and sauna all year, the manager said.",
        "We earn a commission on every sale, the salesman admitted to the court on Monday afternoon.",
    ],
)
def test_strict_rules_leave_article_sentences_alone(paragraph: str) -> None:
    text = doc(TITLE, P1, paragraph, P2, P3)
    assert cleaner.clean(text).text == text


def test_a_question_opens_the_advertisement() -> None:
    ad = ["Looking for a reliable plumber?", "Same-day service", "Call (212) 555-0199 or visit plumbpro.example today!"]
    assert cleaner.clean(doc(TITLE, P1, P2, P3, *MORE, *ad)).text == doc(TITLE, P1, P2, P3, *MORE)


def test_a_runaway_user_rule_costs_one_timeout_per_text(tmp_path) -> None:
    import time

    rules = tmp_path / "runaway.toml"
    rules.write_text(
        """
[[rule]]
id = "user.runaway"
kind = "other"
reason = "backtracks without end on runs of a"
pattern = '''^(a|aa)+$'''
[rule.examples]
match = ["aaaa"]
no_match = ["b"]
""",
        encoding="utf-8",
    )
    engine = Cleaner(Options(rules=(rules,), timeout=0.05))
    lines = ["a" * 3000 + "b"] * 30
    start = time.perf_counter()
    result = engine.clean(doc(TITLE, P1, *lines, P2))
    assert result.timed_out_rules == ("user.runaway",)
    assert time.perf_counter() - start < 5  # 30 lines at one timeout each would take longer


def test_wrong_types_are_told_at_once() -> None:
    with pytest.raises(TypeError, match="select takes a collection"):
        Options(select="social")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rules takes a collection"):
        Options(rules="mine.toml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout must be a finite number"):
        Options(timeout=float("inf"))
    with pytest.raises(TypeError, match="title must be a str"):
        Options(title=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"clean\(\) takes a str, not bytes \(decode bytes first\)"):
        cleaner.clean(b"bytes")  # type: ignore[arg-type]


def test_a_zero_width_no_break_space_does_not_hide_a_line() -> None:
    result = cleaner.clean(doc(TITLE, P1, "\ufeffAdvertisement", P2))
    assert result.text == doc(TITLE, P1, P2)


def test_topic_tests_counted_past_the_looked_up_words_give_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past steps.topic._SEARCHED_WORDS looked-up words the topic tests count the vocabulary instead of
    # reading the text for each word: the same answers, whenever the switch comes.
    from cleaner.steps import topic

    teasers = [f"Read more: Zorb{k:04d}q Quil{k:04d}v Marn{k:04d}t" for k in range(100)]
    on_topic = "Read more: harbour authority night ferry service island board"
    text = doc(TITLE, P1, P2, P3, *MORE, *teasers[:50], on_topic, *teasers[50:], P1.replace("Tuesday", "Monday"))
    options = Options(max_removed_share=1.0)  # the teasers outweigh the article here
    results = []
    for switch in (0, 40, topic._SEARCHED_WORDS, 10**9):
        monkeypatch.setattr(topic, "_SEARCHED_WORDS", switch)
        results.append(Cleaner(options).clean(text))
    assert all(result == results[0] for result in results)
    removed = "\n".join(removal.text for removal in results[0].removals)
    assert removed.count("Read more") == 100 and on_topic not in removed
