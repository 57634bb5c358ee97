"""Step page related: a list of other stories under the article goes from its heading on, as
page.related, even where its summaries read as prose."""
from __future__ import annotations

from page_samples import ARTICLE, page, prose

from cleaner import Cleaner

SUMMARIES = prose(3, seed=11)
TEASERS = ["Ferry fares to rise", SUMMARIES[0], "New bike lanes open", SUMMARIES[1], "Council tax explained", SUMMARIES[2]]


def test_a_related_list_goes_from_its_heading() -> None:
    result = Cleaner().clean(page(["Related Articles", *TEASERS]))
    assert "page.related" in {r.rule_id for r in result.removals}
    assert not any(summary in result.text for summary in SUMMARIES)
    assert all(paragraph in result.text for paragraph in ARTICLE)


def test_a_related_box_with_the_article_going_on_under_it_stays() -> None:
    result = Cleaner().clean(page(["Related Articles", "Ferry fares to rise", *prose(4, seed=12)]))
    assert "page.related" not in {r.rule_id for r in result.removals}
