"""The kind of junk a learned line is: the kind of the first built-in rule its text matches, wherever
that rule applies ("© 2024 Example News" is a source footer), else "other"."""
from __future__ import annotations

from collections.abc import Callable

from ..rules import DEFAULT_TIMEOUT, LineMatcher, builtin_rule_files, load_rules
from ..text.shapes import shape


def builtin_kind_of() -> Callable[[str], str]:
    matcher = LineMatcher(load_rules(builtin_rule_files()))
    matcher.prepare()  # the gates from the first line on: a learned file's hundreds of lines each

    def kind_of(text: str) -> str:
        found, _ = matcher.matching(text.strip(), shape(text).words, DEFAULT_TIMEOUT, lambda rule: True)
        return found[0].kind if found else "other"

    return kind_of
