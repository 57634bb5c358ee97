"""Rule files: finding, reading and validating them.

A rule file is TOML with a list of ``[[rule]]`` tables. Every rule names its kind of junk, says in
one line why it removes what it removes, gives one or more patterns in the ``regex`` module's syntax,
where it applies and what it removes, and carries examples that must and must not match (the test
suite runs them). Nothing in a rule file is executed: it is parsed with ``tomllib`` and validated key
by key; every problem is reported as one line naming the file, the rule and the key.
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from ..sites.naming import is_learned_id
from ..sites.templates import pattern_of, templates_in
from ..text.shapes import shape
from .model import KINDS, REMOVES, WHERE, Examples, Rule, RuleError

_ID = regex.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
# Every key a [[rule]] table may have; any other is an error that lists these.
RULE_KEYS = frozenset({
    "id",
    "kind",
    "reason",
    "pattern",
    "patterns",
    "where",
    "removes",
    "strict",
    "ignore_case",
    "max_words",
    "off_topic",
    "languages",
    "sites",
    "examples",
})
_LANGUAGE = regex.compile(r"^[a-z]{2,3}$")
_EXAMPLE_KEYS = frozenset({"match", "no_match"})
# The error for one key of the rule being built: (key, message) -> RuleError naming file, rule and key.
_Fail = Callable[[str, str], RuleError]


def builtin_rule_files() -> list[Path]:
    """The rule files shipped with the package, in name order."""
    folder = resources.files("cleaner.builtin_rules")
    return sorted(
        (Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".toml")),
        key=lambda p: p.name,
    )


def rule_files_in(path: Path) -> list[Path]:
    """A rule file, or every ``*.toml`` file of a folder."""
    if path.is_dir():
        return sorted(path.glob("*.toml"))
    return [path]


def load_rules(paths: Iterable[Path]) -> tuple[Rule, ...]:
    """Load and validate rule files; a duplicate id across all of them is an error."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        for rule in load_rule_file(path):
            if rule.id in seen:
                raise RuleError(str(path), f"duplicate id, already defined in {seen[rule.id]}", rule.id, "id")
            seen[rule.id] = str(path)
            rules.append(rule)
    return tuple(rules)


def load_rule_file(path: Path) -> Iterator[Rule]:
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RuleError(name, f"cannot read: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise RuleError(name, f"not UTF-8 (byte {error.start})") from None
    except tomllib.TOMLDecodeError as error:
        raise RuleError(name, f"not valid TOML: {error}") from None
    unknown = sorted(set(data) - {"rule"})
    if unknown:
        raise RuleError(name, "unknown top-level key (a rule file holds [[rule]] tables)", key=unknown[0])
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise RuleError(name, "must be a list of [[rule]] tables", key="rule")
    for position, table in enumerate(tables, start=1):
        yield _build_rule(name, position, table)


def _build_rule(path: str, position: int, table: dict[str, Any]) -> Rule:
    rule_id = table.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        label = rule_id if isinstance(rule_id, str) else f"#{position}"
        message = "id must be lower-case words joined by '.' or '-', such as 'inline.advertisement'"
        raise RuleError(path, message, label, "id")

    def fail(key: str, message: str) -> RuleError:
        return RuleError(path, message, rule_id, key)

    unknown = sorted(set(table) - RULE_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key (known: {', '.join(sorted(RULE_KEYS))})")
    kind = _choice(table, "kind", KINDS, None, fail)
    reason = table.get("reason")
    if not isinstance(reason, str) or not reason.strip() or "\n" in reason.strip():
        raise fail("reason", "must be a one-line, non-empty string")
    where = _choice(table, "where", WHERE, "line", fail)
    removes = _choice(table, "removes", REMOVES, "line", fail)
    if removes == "rest" and where != "tail":
        raise fail("removes", "'rest' removes everything after the line and is only allowed with where = 'tail'")
    if is_learned_id(rule_id) and (where != "line" or removes != "line"):
        # The site group's rules run first, over every line (steps/site_boilerplate.py).
        message = (
            "a rule of the 'site' group (learned boilerplate) takes lines anywhere: "
            "use where = 'line', removes = 'line'"
        )
        raise fail("where", message)
    if where == "block" and removes != "line":
        raise fail("removes", "a rule with where = 'block' removes the matched block: use removes = 'line'")
    strict = _boolean(table, "strict", False, fail)
    ignore_case = _boolean(table, "ignore_case", True, fail)
    off_topic = _boolean(table, "off_topic", False, fail)
    max_words = table.get("max_words")
    if max_words is not None and (isinstance(max_words, bool) or not isinstance(max_words, int) or max_words < 1):
        raise fail("max_words", "must be a positive whole number")
    languages = _languages(table, fail)
    sites = _sites(table, fail)
    sources = _patterns(table, fail)
    examples = _examples(table, fail)
    template = _learned_template(rule_id, sources, examples, ignore_case)
    flags = regex.IGNORECASE if ignore_case else 0
    compiled = () if template is not None else _compiled(sources, strict, flags, fail)
    rule = Rule(
        rule_id, kind, reason.strip(), compiled, where, removes, strict, off_topic, max_words, examples, path,
        languages, sites, template,
    )
    _check_examples(rule, fail)
    return rule


def _learned_template(
    rule_id: str, sources: list[tuple[str, str]], examples: Examples, ignore_case: bool
) -> str | None:
    """The line template of a rule of the site group whose one pattern is the pattern learning wrote
    for its examples' template (cleaner.sites.rulefile): that rule is looked up by template, not
    compiled. Any other rule (one a person edited) is compiled and searched as written."""
    if not is_learned_id(rule_id) or len(sources) != 1 or not ignore_case:
        return None
    for template in templates_in(examples.match):
        if pattern_of(template, examples.match) == sources[0][1]:
            return template
    return None


def _check_examples(rule: Rule, fail: _Fail) -> None:
    """A rule's examples are part of it: one its own pattern gets wrong is a broken rule, refused at
    load (the built-in files' 386 examples add nothing measurable to their 0.07 s load)."""
    for key, wanted in (("match", True), ("no_match", False)):
        for example in getattr(rule.examples, key):
            text = example.strip()
            if rule.matches(text, shape(text).words) != wanted:
                verb = "does not match" if wanted else "matches"
                raise fail(f"examples.{key}", f"the pattern {verb} its own example {example!r}")


def _choice(table: dict[str, Any], key: str, allowed: tuple[str, ...], default: str | None, fail: _Fail) -> str:
    value = table.get(key, default)
    if value not in allowed:
        shown = "missing" if value is None else f"{value!r} is not allowed"
        raise fail(key, f"{shown} (one of: {', '.join(allowed)})")
    return str(value)


def _boolean(table: dict[str, Any], key: str, default: bool, fail: _Fail) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise fail(key, "must be true or false")
    return value


def _languages(table: dict[str, Any], fail: _Fail) -> frozenset[str]:
    value = table.get("languages", [])
    if not isinstance(value, list) or not value and "languages" in table:
        raise fail("languages", "must be a non-empty list of ISO 639 language codes such as [\"es\", \"pt\"]")
    for code in value:
        if not isinstance(code, str) or not _LANGUAGE.match(code):
            raise fail("languages", f"{code!r} is not an ISO 639 language code (two or three lower-case letters)")
    return frozenset(value)


def _sites(table: dict[str, Any], fail: _Fail) -> frozenset[str]:
    value = table.get("sites", [])
    if not isinstance(value, list) or not value and "sites" in table:
        raise fail("sites", "must be a non-empty list of sites such as [\"example.com\"]")
    for site in value:
        if not isinstance(site, str) or not site.strip() or site != site.strip().lower():
            raise fail("sites", f"{site!r} is not a site (a lower-case host name such as 'example.com')")
    return frozenset(value)


def _patterns(table: dict[str, Any], fail: _Fail) -> list[tuple[str, str]]:
    if ("pattern" in table) == ("patterns" in table):
        raise fail("pattern", "give exactly one of 'pattern' (a string) or 'patterns' (a list of strings)")
    if "pattern" in table:
        value = table["pattern"]
        if not isinstance(value, str) or not value:
            raise fail("pattern", "must be a non-empty string")
        return [("pattern", value)]
    values = table["patterns"]
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
        raise fail("patterns", "must be a non-empty list of non-empty strings")
    return [(f"patterns[{i}]", v) for i, v in enumerate(values)]


def _compiled(sources: list[tuple[str, str]], strict: bool, flags: int, fail: _Fail) -> tuple[regex.Pattern[str], ...]:
    """The patterns (each with the key it came from, for the message) compiled with ``flags``."""
    compiled = []
    for key, source in sources:
        if strict and not (source.startswith("^") and source.endswith("$")):
            raise fail(key, "a strict rule removes protected paragraphs, so its pattern must match whole lines (^...$)")
        try:
            compiled.append(regex.compile(source, flags))
        except regex.error as error:
            raise fail(key, f"does not compile: {error}") from None
        except (RecursionError, OverflowError, MemoryError):
            raise fail(key, "does not compile: nested or repeated too deeply") from None
    return tuple(compiled)


def _examples(table: dict[str, Any], fail: _Fail) -> Examples:
    value = table.get("examples")
    if not isinstance(value, dict):
        raise fail("examples", "missing: give [rule.examples] with 'match' and 'no_match' lists")
    unknown = sorted(set(value) - _EXAMPLE_KEYS)
    if unknown:
        raise fail(f"examples.{unknown[0]}", "unknown key (known: match, no_match)")
    lists = []
    for key in ("match", "no_match"):
        items = value.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise fail(f"examples.{key}", "must be a non-empty list of non-empty strings")
        lists.append(tuple(items))
    return Examples(*lists)
