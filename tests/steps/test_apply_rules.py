from __future__ import annotations

from cleaner import Cleaner

P1 = "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said."
P2 = "Engineers replaced the deck, the cables and the lighting over two long winters of work."


def test_a_marker_between_paragraphs_goes_by_its_rule() -> None:
    result = Cleaner().clean("\n\n".join(["Harbour Bridge Reopens", P1, "Advertisement", P2]) + "\n")
    assert [(r.rule_id, r.text) for r in result.removals] == [("inline.ad-marker", "Advertisement")]


def test_an_ignored_rule_removes_nothing() -> None:
    result = Cleaner(ignore=["inline.ad-marker"]).clean("\n\n".join(["Harbour Bridge Reopens", P1, "Advertisement", P2]))
    assert result.removals == ()


def test_a_byline_rule_taking_three_lines_takes_none() -> None:
    # An article has one dateline; a blog index has one under each of its posts (apply_rules._LIST_ENTRIES).
    posts = ["Why You Know What to Do", "Mar 07, 2026 | 4 min read", "Rust for Image Diffs", "Mar 06, 2026 | 2 min read",
             "Your Life as a Game", "Mar 06, 2026 | 3 min read"]
    listing = Cleaner().clean("\n\n".join([*posts, P1, P2]) + "\n")
    assert "byline.reading-time" not in {r.rule_id for r in listing.removals}
    article = Cleaner().clean("\n\n".join([posts[0], posts[1], P1, P2]) + "\n")
    assert [r.rule_id for r in article.removals] == ["byline.reading-time"]
