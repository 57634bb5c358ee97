"""The page scorer's docstring examples run, as the steps' do."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cleaner.page

MODULES = sorted(f"cleaner.page.{info.name}" for info in pkgutil.iter_modules(cleaner.page.__path__))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    failed, tried = doctest.testmod(importlib.import_module(name), verbose=False)
    assert tried > 0 and failed == 0
