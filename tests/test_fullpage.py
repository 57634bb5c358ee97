"""cleaner.page on synthetic pages written here (no corpus text)."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.page import (
    CONTEXT_FEATURES,
    LOCAL_FEATURES,
    FullPageModel,
    FullPageVerdict,
    LineFeatures,
    ModelMismatch,
    article_span,
    comments_start,
    context_features,
    default_model,
    find_article,
    local_features,
    may_be_full_page,
    related_start,
    word_counts,
)
from cleaner.page.sections import (
    _COMMENTS_AFTER_WORDS,
    _MORE_FROM,
    _PROSE_ABOVE_WORDS,
    _PROSE_RUN_ABOVE,
    _PROSE_RUN_BELOW,
    _RELATED_AFTER_SHARE,
    _RELATED_HEADING,
    _RELATED_HEADING_WORDS,
    _is_comments_heading,
    _prose,
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
    assert find_article([]) == FullPageVerdict(False, (), (), (), ())


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


def test_a_model_file_naming_other_features_is_refused_by_name() -> None:
    data = json.loads(default_model().to_json())
    data["context"]["a_feature_this_version_lacks"] = data["context"].pop("in_core")
    with pytest.raises(ModelMismatch) as refused:
        FullPageModel.from_json(json.dumps(data))
    assert str(refused.value) == (
        "fullpage model's context features do not match this version's: missing ['in_core'], unknown"
        " ['a_feature_this_version_lacks']; retrain it (benchmarks/train_fullpage.py)"
    )


def test_each_row_has_one_value_per_named_feature() -> None:
    lines = ["Site", "Home", *ARTICLE, "© 2026 Site"]
    local = local_features(lines)
    context = context_features(lines, local, [0.0] * len(lines))
    assert {len(row) for row in local} == {len(LOCAL_FEATURES)}
    assert {len(row) for row in context} == {len(CONTEXT_FEATURES)}
    assert all(isinstance(value, float) for row in context for value in row)


def test_verdict_is_frozen() -> None:
    verdict = find_article(["Home"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.full_page = True  # type: ignore[misc]


def test_comments_start_at_their_heading_after_the_article() -> None:
    story = ["Harbour plan", *["The council said the new plan for the harbour would cost more than it told residents."] * 6]
    lines = ["Home", "News", *story, "2 Comments", "jsmith says:", "Great piece.", "Leave a Reply", "About us"]
    keep = [False, False, *[True] * len(story), False, True, True, False, False]
    assert comments_start(lines, word_counts(lines), keep) == 2 + len(story)
    assert comments_start(lines, word_counts(lines), [False] * len(lines)) is None  # no article words above it
    sentence = [*story, "Residents sent 40 comments to the council."]
    assert comments_start(sentence, word_counts(sentence), [True] * (len(story) + 1)) is None


def test_a_comment_count_under_the_first_paragraph_of_a_long_article_is_no_comment_section() -> None:
    # A share bar's "124 Comments" under a 68-word intro, the article's other 100 paragraphs after it:
    # the intro has the 50 words a heading needs above it, not a twentieth of the page's kept words.
    paragraph = "The council said the new plan for the harbour would cost more than it told residents in May."
    intro = " ".join([paragraph] * 4)
    lines = ["Harbour plan", intro, "124 Comments", "Share this", *[paragraph] * 100]
    keep = [False, True, False, False, *[True] * 100]
    assert comments_start(lines, word_counts(lines), keep) is None
    # Under an article of that length the heading opens the comments.
    long_article = [*[paragraph] * 100, "124 Comments", "jsmith says:"]
    assert comments_start(long_article, word_counts(long_article), [*[True] * 100, False, True]) == 100


def test_the_article_span_leaves_out_small_runs_far_below_it() -> None:
    prose = "The council said the new plan for the harbour would cost more than it told residents."
    lines = ["Home", *[prose] * 5, *["Menu item"] * 15, "A teaser for another story kept by the scorer here."]
    keep = [False, *[True] * 5, *[False] * 15, True]
    assert article_span(word_counts(lines), keep) == (1, 5)
    keep[-1] = False
    assert article_span(word_counts(lines), keep) == (1, 5)
    assert article_span(word_counts(lines), [False] * len(lines)) == (0, -1)


def test_chinese_and_japanese_characters_count_as_words_two_by_two() -> None:
    assert word_counts(["Home", "River bridge to be rebuilt", "Café au lait"]) == [1, 5, 3]
    assert word_counts(["設定画面から変更することができません。", "Kindle for PCの設定"]) == [10, 4]
    assert word_counts(["한국어 문장은 띄어 씁니다"]) == [4]  # Korean spaces its words


JAPANESE_ARTICLE = [
    "市議会は火曜日、春の洪水で二本の支柱が損傷して以来通行止めになっている古い川の橋を建て替えることを決めた。",
    "技術者によると、修理には新しい橋とほぼ同じ費用がかかり、寿命は半分しかないため、議員たちは建て替えを選んだ。",
    "工事は秋に始まり約十八か月かかる見込みで、その間は渡し船が自転車と歩行者を対岸へ運ぶことになる。",
    "地元の商店主たちは決定がようやく下されたことに安堵したが、何か月も続く工事を心配する声もあった。",
    "市議会は来週詳しい計画を公表し、月末までに住民から意見を募る予定だという。",
]
JAPANESE_MENU = ["ホーム", "ニュース", "スポーツ", "経済", "天気", "お問い合わせ", "サイトマップ", "ログイン", "検索"]


def test_a_japanese_page_is_read_as_a_page() -> None:
    # Without spaces every line is one "word": the page had no prose line and was kept whole.
    lines = ["川の橋を建て替え | 谷新聞", *JAPANESE_MENU, "川の橋を建て替え", *JAPANESE_ARTICLE, *JAPANESE_MENU, "© 2024 谷新聞"]
    verdict = find_article(lines)
    assert verdict.full_page
    assert set(JAPANESE_ARTICLE) <= set(verdict.kept(lines))
    assert "サイトマップ" not in verdict.kept(lines)


PARAGRAPH = "The council said on Monday that the new plan for the harbour would cost more than it told residents."
TEASERS = [
    "Ferry fares to rise in the spring",
    "Jane Smith",
    "March 3, 2026",
    "The operator says the cost of fuel has doubled since the last review of the fares and the timetable...",
    "School roof repairs finished early",
    "Tom Brown",
    "March 2, 2026",
    "Pupils will be back in their classrooms a week before the end of the holiday, the head teacher says...",
]


def _related(lines: list[str]) -> int | None:
    return related_start(lines, word_counts(lines), [True] * len(lines))


def test_a_list_of_other_stories_under_the_article_starts_at_its_heading() -> None:
    for heading in ("Related Articles", "You may also like", "More from The Valley Gazette", "Leia também", "関連記事"):
        lines = ["Harbour plan | The Valley Gazette", *[PARAGRAPH] * 6, heading, *TEASERS, "About us"]
        assert _related(lines) == 7, heading
    # "More <name>" counts where the name is the site's: in the browser title or the copyright line.
    lines = ["Harbour plan", *[PARAGRAPH] * 6, "More Valley Gazette", *TEASERS, "Copyright 2026 Valley Gazette."]
    assert _related(lines) == 7
    lines[-1] = "About us"
    assert _related(lines) is None


def test_the_words_kept_above_a_related_heading_are_the_scorers_kept_words() -> None:
    # The article's last six paragraphs kept, the nineteen above them cut: 120 words kept above the
    # heading, under the 15% of all that is kept (199: the teasers below outweigh them); all kept, it counts.
    lines = ["Harbour plan | The Valley Gazette", *[PARAGRAPH] * 25, "Related Articles", *TEASERS * 20, "About us"]
    words = word_counts(lines)
    keep = [True, *(k >= 19 for k in range(25)), *[True] * (len(lines) - 26)]
    assert related_start(lines, words, keep) is None
    assert related_start(lines, words, [True] * len(lines)) == 26


def test_a_related_box_inside_the_article_or_a_listing_is_no_end() -> None:
    # The article goes on under a box of links: two paragraphs in a row below the heading.
    inside = ["Harbour plan", *[PARAGRAPH] * 4, "Related", "Ferry fares to rise in the spring", *[PARAGRAPH] * 3]
    assert _related(inside) is None
    # A blog's front page: summaries under their headlines and dates, no run of paragraphs above.
    listing = ["Valley Gazette blog", *TEASERS, *TEASERS, *TEASERS, "Latest articles", *TEASERS]
    assert _related(listing) is None
    # Too few article words above it: a heading under the first paragraph.
    assert _related(["Harbour plan", PARAGRAPH, "Related Articles", *TEASERS]) is None
    # "Read more" is each teaser's button, and "See also" a manual's section: neither is a heading here.
    for heading in ("Read more", "See also", "Recommended:"):
        assert _related(["Harbour plan", *[PARAGRAPH] * 6, heading, *TEASERS]) is None, heading


def test_one_marker_repeated_at_the_top_is_no_menu() -> None:
    assert may_be_full_page(HEADER + ARTICLE + FOOTER)
    markers = ["River bridge to be rebuilt", *["Advertisement"] * 9, ARTICLE[0], *["Advertisement"] * 3, *ARTICLE[1:]]
    assert not may_be_full_page(markers)


def test_the_lines_own_features_kept_for_a_second_look_give_the_same_verdict() -> None:
    page = HEADER + ARTICLE + ["Advertisement"] + ARTICLE[:2] + FOOTER
    memo: dict[str, LineFeatures] = {}
    assert local_features(page, None, memo) == local_features(page)
    assert len(memo) == len(set(page))  # a repeated line ("Home") is read once
    second = [line for line in page if line != "Advertisement"]
    assert local_features(second, "River bridge to be rebuilt", memo) == local_features(second, "River bridge to be rebuilt")
    assert find_article(second, memo=memo) == find_article(second)


def _related_heading_by_heading(lines: Sequence[str], words: Sequence[int], keep: Sequence[bool]) -> int | None:
    """related_start's definition, each heading's conditions asked over the whole page."""
    if not lines:
        return None
    names = "\n".join([lines[0], *(line for line in lines if "©" in line or "opyright" in line)]).casefold()

    def is_heading(line: str) -> bool:
        more = _MORE_FROM.match(line)
        return _RELATED_HEADING.match(line) is not None or (more is not None and more.group(1).casefold() in names)

    headings = [i for i in range(1, len(lines)) if words[i] <= _RELATED_HEADING_WORDS and is_heading(lines[i])]
    prose = [_prose(line, n) for line, n in zip(lines, words)]
    kept = sum(n for n, k in zip(words, keep) if k)

    def longest_run(start: int, end: int) -> int:
        longest = run = 0
        for j in range(start, end):
            run = run + 1 if prose[j] else 0
            longest = max(longest, run)
        return longest

    for i in headings:
        end = next((j for j in range(i + 1, len(lines)) if _is_comments_heading(lines[j])), len(lines))
        if (
            sum(words[j] for j in range(i) if keep[j]) >= max(_COMMENTS_AFTER_WORDS, _RELATED_AFTER_SHARE * kept)
            and sum(lines[h].casefold() == lines[i].casefold() for h in headings) == 1
            and sum(words[j] for j in range(i) if keep[j] and prose[j]) >= _PROSE_ABOVE_WORDS
            and longest_run(0, i) >= _PROSE_RUN_ABOVE
            and longest_run(i + 1, end) < _PROSE_RUN_BELOW
        ):
            return i
    return None


_PAGE_LINES = st.lists(
    # Paragraphs most often, for runs of them above a heading: a page's related lists then start.
    st.sampled_from([*[PARAGRAPH] * 8, ARTICLE[0], *TEASERS[:4], "Related Articles", "You may also like", "Most read",
                     "More from The Valley Gazette", "More Valley", "More from Elsewhere", "Comments", "3 Comments", "© 2026 The Valley Gazette", "About us"]),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_PAGE_LINES, st.lists(st.booleans(), min_size=40, max_size=40))
def test_related_start_is_its_definition_asked_heading_by_heading(lines: list[str], keep: list[bool]) -> None:
    # related_start counts the prose above each heading on from the one before, and the runs below
    # once for the page (asked afresh for each heading, 8,000 headings took 42 s).
    lines = ["Harbour plan | The Valley Gazette", *lines]
    words, kept = word_counts(lines), keep[: len(lines)] + [True] * (len(lines) - len(keep))
    assert related_start(lines, words, kept) == _related_heading_by_heading(lines, words, kept)


SHOP_HEAD = ["Sofa beds | Oakwood Furniture", "Home", "Living room", "Sofa beds"]


@pytest.mark.parametrize("footer", ["© 2024 Oakwood Furniture", "All rights reserved.", "Impressum",
                                    "Tous droits réservés"])
def test_a_short_furniture_head_makes_a_page_only_with_a_site_footer(footer: str) -> None:
    # Extractor output of a shop or listing page often keeps three or four menu lines above its text
    # but never the site's legal footer; a whole page's visible text has both.
    without = SHOP_HEAD + ARTICLE + ["Delivery and returns"]
    assert not find_article(without).full_page
    assert find_article([*without, footer]).full_page


def test_menus_without_the_site_chrome_are_an_extractors_text_not_a_page() -> None:
    # An extractor's text of a listing or a product keeps short lines (its entries) above and below
    # its prose, but none of the site's links or legal footer (page/chrome.py).
    entries = ["#1", "Scream 7", "2026", "1h 54m", "Rate", "#2", "The Bluff", "2026", "1h 43m", "Rate"]
    assert not find_article(entries + ARTICLE + entries).full_page
    assert find_article(["Home", *entries, *ARTICLE, *entries]).full_page
    assert find_article([*entries, *ARTICLE, *entries, "Privacy policy"]).full_page


def test_a_cut_that_keeps_under_a_tenth_of_the_words_keeps_the_page_whole() -> None:
    # The scorer found no article there (a chart's entries, a shop's specifications read as menus).
    chart = [f"{title} ({year}) {rating}" for title, year, rating in
             [("Scream", 2026, "5.9"), ("The Bluff", 2026, "5.8"), ("Hamnet", 2025, "7.9"), ("Shelter", 2026, "6.2")]]
    lines = HEADER + chart * 30 + [ARTICLE[0]] + FOOTER
    verdict = find_article(lines)
    assert not verdict.full_page and all(verdict.keep)
