"""The rule model: one validated rule with its patterns compiled, its examples, the allowed values of
its fields, and the error a rule file that cannot be used raises. No I/O here: loader.py builds rules."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..sites.templates import line_matches

WHERE = ("line", "head", "tail", "block")
# "block": the line and the headline-like lines under it (a list's header and its items); "list": the
# same, but only where such lines follow it (steps/context.py: MIN_LIST_ITEMS), so that a header known
# by its words alone ("Meer nieuws", "Altre notizie") is never taken as a lone subheading; "rest": the
# line and everything after it.
REMOVES = ("line", "block", "list", "rest")
# What a list's header removes besides its own line: the items under it (steps/list_blocks.py).
LIST_OPENERS = frozenset({"block", "list"})
KINDS = (
    "dup_headline",
    "byline",
    "caption",
    "inline",
    "source_footer",
    "social",
    "newsletter",
    "related",
    "promo",
    "other",
)
# A pattern that has not finished in this time is abandoned; the engine reports the rule by id.
DEFAULT_TIMEOUT = 0.5


class RuleError(Exception):
    """A rule file that cannot be used; ``str()`` is the one-line message for the user."""

    def __init__(self, path: str, message: str, rule_id: str | None = None, key: str | None = None):
        where = [path]
        if rule_id is not None:
            where.append(f"rule {rule_id!r}")
        if key is not None:
            where.append(f"key {key!r}")
        super().__init__(": ".join(where) + ": " + message)
        self.path = path
        self.rule_id = rule_id
        self.key = key


@dataclass(frozen=True, slots=True)
class Examples:
    match: tuple[str, ...]
    no_match: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """One validated rule with its patterns compiled."""

    id: str
    kind: str
    reason: str
    patterns: tuple[regex.Pattern[str], ...]
    where: str
    removes: str
    strict: bool
    off_topic: bool  # only lines whose words are mostly absent from the rest of the document
    max_words: int | None
    examples: Examples
    source: str
    # ISO 639 codes of the languages whose pages the rule is for; empty: every page. A rule for one
    # language runs only when the document's language is known to be one of them (a Spanish "Mira:"
    # teaser is a name in an English text).
    languages: frozenset[str] = frozenset()
    # The sites (a url's host, or a corpus's site field) whose pages the rule is for: a learned
    # site's boilerplate (cleaner.sites). Empty: every page. A document whose site is not known takes
    # every site's rules: the user gave them for it.
    sites: frozenset[str] = frozenset()
    # A learned rule's line template (cleaner.sites.templates) when its pattern is the one learning
    # wrote for it: it takes the lines whose template this is, looked up, and its pattern (the same
    # lines, for the reader) is not compiled. Learning on a corpus of many sites writes thousands of
    # rules; the regex module took 2 to 30 ms to compile each of them, in every worker process.
    template: str | None = None

    def applies_to(self, language: str | None, site: str | None = None) -> bool:
        if self.sites and site is not None and site not in self.sites:
            return False
        return not self.languages or language in self.languages

    def matches(self, text: str, word_count: int, timeout: float = DEFAULT_TIMEOUT) -> bool:
        """True when any pattern matches the (stripped) text. Raises TimeoutError on a runaway pattern."""
        if self.max_words is not None and word_count > self.max_words:
            return False
        if self.template is not None:
            return line_matches(text, self.template)
        return any(p.search(text, timeout=timeout) is not None for p in self.patterns)
