"""Learned templates written as a rule file: one ``[[rule]]`` a template, in the format of ``rules/``,
so that a person can read it, edit it, keep it in version control and give it to ``clean --rules``.

Each rule says on how many of the site's pages its line stood, matches the whole line (``strict``:
a site's about paragraph reads as prose, and the rules leave prose alone unless told), applies to the
site's pages only (``sites``) and carries two real lines as the examples it must match.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from ..text.shapes import shape
from .learn import Learned
from .naming import CORPUS, GROUP
from .templates import line_matches, pattern_of

HEADER = """\
# Boilerplate learned from a corpus by `clean --learn`: lines that stood on many of a site's pages.
# Review, edit or delete rules as you would any rule file; give it to `clean --rules FILE`.
"""
_ID_PART = regex.compile(r"[^a-z0-9]+")
# A line of boilerplate may gain a few words from page to page (a longer section name, a count
# written out); a line far longer than the template's is something else.
_EXTRA_WORDS = 4


def rule_id(site: str, number: int) -> str:
    name = ".".join(p for p in (_ID_PART.sub("-", part).strip("-") for part in site.split(".")) if p)
    return f"{GROUP}.{name or 'corpus'}.{number}"


@dataclass(frozen=True)
class Written:
    """A learned template as the rule file holds it."""

    id: str
    kind: str
    pattern: str
    learned: Learned
    text: str  # its [[rule]] table


def written_rules(learned: Iterable[Learned], kind_of: Callable[[str], str]) -> list[Written]:
    """The rules of the learned templates, in their order, numbered site by site; ``kind_of`` names
    the kind of junk of an example line (the kind of the built-in rule that matches it, else "other")."""
    found = []
    numbers: dict[str, int] = {}
    for item in learned:
        pattern = pattern_of(item.template, item.examples)
        numbers[item.site] = numbers.get(item.site, 0) + 1
        identifier = rule_id(item.site, numbers[item.site])
        kind = kind_of(item.examples[0])
        found.append(Written(identifier, kind, pattern, item, _rule(item, identifier, kind, pattern)))
    return found


def rule_text(learned: Iterable[Learned], kind_of: Callable[[str], str]) -> str:
    """The rule file of the learned templates (see written_rules)."""
    return file_text(written_rules(learned, kind_of))


def file_text(rules: Iterable[Written]) -> str:
    return "\n".join([HEADER, *(rule.text for rule in rules)])


def _rule(item: Learned, identifier: str, kind: str, pattern: str) -> str:
    where = f"pages of {item.site}" if item.site != CORPUS else "the corpus's pages"
    block = f", in a block of {item.block} recurring lines" if item.block > 1 else ""
    words = max(shape(example).words for example in item.examples) + _EXTRA_WORDS
    lines = [
        "[[rule]]",
        f"id = {_string(identifier)}",
        f"kind = {_string(kind)}",
        f"reason = {_string(f'on {item.pages} of {item.site_pages} {where}{block}')}",
        f"pattern = {_pattern(pattern)}",
        'where = "line"',
        "strict = true",
        f"max_words = {words}",
    ]
    if item.site != CORPUS:
        lines.append(f"sites = [{_string(item.site)}]")
    lines += [
        "",
        "[rule.examples]",
        f"match = [{', '.join(_string(e) for e in item.examples)}]",
        f"no_match = [{_string(_no_match(item.template, item.examples[0]))}]",
        "",
    ]
    return "\n".join(lines)


def _no_match(template: str, example: str) -> str:
    """A line like the example that the rule does not take: the example less its last word, or with
    one more."""
    shorter = example.rsplit(None, 1)[0] if len(example.split()) > 1 else ""
    for candidate in (shorter, example + " and more", "and more " + example):
        if candidate.strip() and not line_matches(candidate.strip(), template):
            return candidate
    return "a line of some other site"


def _string(value: str) -> str:
    # A JSON string with its characters as they are is a TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def _pattern(pattern: str) -> str:
    if "'''" in pattern or "\n" in pattern or pattern.endswith("'"):
        return _string(pattern)
    return f"'''{pattern}'''"
