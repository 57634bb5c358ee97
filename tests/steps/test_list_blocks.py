from __future__ import annotations

from cleaner import Cleaner

TEXT = "\n\n".join([
    "Harbour Bridge Reopens After Repairs",
    "The harbour bridge reopened to traffic on Monday after two years of repairs, officials said.",
    "Engineers replaced the deck, the cables and the lighting over two long winters of work.",
    "Related stories:\nTen ways to grow tomatoes on a balcony\nStocks slide as tech giants report",
]) + "\n"


def test_the_items_under_a_removed_header_go_with_its_id() -> None:
    removals = Cleaner().clean(TEXT).removals
    assert len(removals) == 1 and removals[0].rule_id == "related.list-header"
    assert removals[0].text.endswith("Stocks slide as tech giants report")
