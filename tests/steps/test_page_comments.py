"""Step page comments: reader comments go from their heading to the page's end, as page.comments, even
where each comment reads as prose."""
from __future__ import annotations

from page_samples import page, prose

from cleaner import Cleaner


def test_comments_that_read_as_prose_go_from_their_heading() -> None:
    comments = prose(3, seed=9)
    result = Cleaner().clean(page(["2 Comments", *comments]))
    removed = {r.rule_id for r in result.removals}
    assert "page.comments" in removed
    assert not any(comment in result.text for comment in comments)


def test_a_comments_heading_in_the_share_bar_under_the_headline_is_no_section() -> None:
    result = Cleaner().clean(page(prose(2, seed=9)).replace("Log in\n", "Log in\n12 Comments\n", 1))
    assert "page.comments" not in {r.rule_id for r in result.removals}


def test_ignored_the_comments_stay() -> None:
    comments = prose(3, seed=9)
    result = Cleaner(ignore=["page.comments"]).clean(page(["2 Comments", *comments]))
    assert "page.comments" not in {r.rule_id for r in result.removals}
    assert all(comment in result.text for comment in comments)
