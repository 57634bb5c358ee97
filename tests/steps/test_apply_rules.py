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
