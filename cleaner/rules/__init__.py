"""Rules: the model (model.py), rule files (loader.py) and matching lines against the rules
(matcher.py, through the gates that prefilter.py and linekey.py derive from the patterns)."""
from __future__ import annotations

from .loader import RULE_KEYS, builtin_rule_files, load_rule_file, load_rules, rule_files_in
from .matcher import CHARS_PER_WORD, GATE_AFTER_LINES, LineMatcher, match_rule_by_rule
from .model import DEFAULT_TIMEOUT, KINDS, LIST_OPENERS, REMOVES, WHERE, Examples, Rule, RuleError

# tests/test_cli.py builds its expected message from the old private name; drop this when it reads RULE_KEYS.
_RULE_KEYS = RULE_KEYS

__all__ = [
    "CHARS_PER_WORD",
    "DEFAULT_TIMEOUT",
    "GATE_AFTER_LINES",
    "KINDS",
    "LIST_OPENERS",
    "REMOVES",
    "RULE_KEYS",
    "WHERE",
    "Examples",
    "LineMatcher",
    "Rule",
    "RuleError",
    "builtin_rule_files",
    "load_rule_file",
    "load_rules",
    "match_rule_by_rule",
    "rule_files_in",
]
