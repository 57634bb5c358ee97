"""Each step's docstring examples run, as the rule files' examples do."""
from __future__ import annotations

import doctest

import pytest

from cleaner import steps


@pytest.mark.parametrize("step", [*steps.TEXT_STEPS, *steps.PAGE_STEPS], ids=lambda step: step.__name__)
def test_docstring_examples(step: object) -> None:
    failed, tried = doctest.testmod(step, verbose=False)  # type: ignore[arg-type]
    assert tried > 0 and failed == 0
