"""Every built-in rule's examples, run as tests: each 'match' example must match, each 'no_match' must not."""
from __future__ import annotations

import pytest

from cleaner.rules import Rule, builtin_rule_files, load_rules
from cleaner.text.shapes import shape

RULES = load_rules(builtin_rule_files())


def _cases(field: str) -> list[tuple[Rule, str]]:
    return [(rule, example) for rule in RULES for example in getattr(rule.examples, field)]


def _id(case: object) -> str:
    if isinstance(case, Rule):
        return case.id
    return str(case)[:40]


@pytest.mark.parametrize(("rule", "example"), _cases("match"), ids=_id)
def test_rule_matches_its_examples(rule: Rule, example: str) -> None:
    text = example.strip()
    assert rule.matches(text, shape(text).words), f"{rule.id} should match {example!r}"


@pytest.mark.parametrize(("rule", "example"), _cases("no_match"), ids=_id)
def test_rule_does_not_match_its_counter_examples(rule: Rule, example: str) -> None:
    text = example.strip()
    assert not rule.matches(text, shape(text).words), f"{rule.id} should not match {example!r}"


def test_every_kind_of_junk_has_rules() -> None:
    kinds = {rule.kind for rule in RULES}
    assert {"byline", "caption", "inline", "source_footer", "social", "newsletter", "related", "promo"} <= kinds
