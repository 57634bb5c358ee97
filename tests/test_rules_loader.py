"""The rule loader: every problem in a rule file is one exact line naming the file, the rule and the key.

``RuleError`` reads ``"<path>: rule '<id>': key '<key>': <message>"`` with the rule and key parts left
out when they do not apply. The tests below build small rule files in a temporary folder and check the
whole message, through ``load_rule_file``, ``load_rules`` and ``cleaner.Cleaner``.
"""
from __future__ import annotations

import builtins
import re
import time
import tomllib
from pathlib import Path

import pytest
import regex

import cleaner
from cleaner import RuleError, UnknownRuleError
from cleaner.rules import KINDS, builtin_rule_files, load_rule_file, load_rules

KNOWN_KEYS = "examples, id, ignore_case, kind, languages, max_words, off_topic, pattern, patterns, reason, removes, sites, strict, where"
ID_MESSAGE = "id must be lower-case words joined by '.' or '-', such as 'inline.advertisement'"
ONE_LINE = "must be a one-line, non-empty string"
LIST_OF_STRINGS = "must be a non-empty list of non-empty strings"
ONE_OF_PATTERNS = "give exactly one of 'pattern' (a string) or 'patterns' (a list of strings)"

BASE = {
    "id": '"test.rule"',
    "kind": '"other"',
    "reason": '"a rule for the tests"',
    "pattern": "'''^hello world$'''",
}
EXAMPLES = 'match = ["hello world"]\nno_match = ["goodbye world"]'


def rule_text(*, drop: tuple[str, ...] = (), examples: str | None = EXAMPLES, **keys: str) -> str:
    """One [[rule]] table: the valid base with keys overridden (values are TOML literals) or dropped."""
    fields = {**BASE, **keys}
    lines = ["[[rule]]"] + [f"{key} = {value}" for key, value in fields.items() if key not in drop]
    if examples is not None:
        lines += ["", "[rule.examples]", examples]
    return "\n".join(lines) + "\n"


def write(folder: Path, text: str, name: str = "rules.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(RuleError) as info:
        list(load_rule_file(path))
    return str(info.value)


def assert_everywhere(path: Path, expected: str) -> None:
    """The same message from load_rule_file, load_rules and a Cleaner given the file."""
    assert load_error(path) == expected
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert str(info.value) == expected
    with pytest.raises(RuleError) as info:
        cleaner.Cleaner(cleaner.Options(rules=(path,), builtin_rules=False))
    assert str(info.value) == expected


# --- a valid file ------------------------------------------------------------------------------


def test_minimal_rule_file_loads(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text())
    (rule,) = load_rule_file(path)
    assert rule.id == "test.rule"
    assert rule.kind == "other"
    assert rule.reason == "a rule for the tests"
    assert rule.where == "line"
    assert rule.removes == "line"
    assert rule.strict is False
    assert rule.off_topic is False
    assert rule.max_words is None
    assert rule.source == str(path)
    assert rule.examples.match == ("hello world",)
    assert rule.examples.no_match == ("goodbye world",)
    assert [p.pattern for p in rule.patterns] == ["^hello world$"]
    # ignore_case defaults to true
    assert rule.patterns[0].flags & regex.IGNORECASE
    assert rule.matches("HELLO WORLD", 2)


def test_reason_is_stripped(tmp_path: Path) -> None:
    (rule,) = load_rule_file(write(tmp_path, rule_text(reason='"  padded reason  "')))
    assert rule.reason == "padded reason"


def test_ignore_case_false_is_honoured(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(ignore_case="false"))
    (rule,) = load_rule_file(path)
    assert not rule.patterns[0].flags & regex.IGNORECASE
    assert rule.matches("hello world", 2)
    assert not rule.matches("Hello World", 2)
    assert not rule.matches("HELLO WORLD", 2)


def test_patterns_list_and_max_words(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("pattern",), patterns="['''^hello world$''', '''^hi there$''']", max_words="3"))
    (rule,) = load_rule_file(path)
    assert [p.pattern for p in rule.patterns] == ["^hello world$", "^hi there$"]
    assert rule.max_words == 3
    assert rule.matches("hi there", 2)
    assert not rule.matches("hi there", 4)  # more words than max_words: never matches


def test_valid_file_through_cleaner(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text())
    c = cleaner.Cleaner(cleaner.Options(rules=(path,), builtin_rules=False))
    assert [r.id for r in c.rules] == ["test.rule"]


def test_empty_file_has_no_rules(tmp_path: Path) -> None:
    assert list(load_rule_file(write(tmp_path, "# nothing here\n"))) == []


# --- errors inside a rule ----------------------------------------------------------------------


def test_unknown_key(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(patern="'''^x$'''"))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'patern': unknown key (known: {KNOWN_KEYS})")


def test_unknown_key_first_in_sorted_order(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(zzz="1", aaa="2"))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'aaa': unknown key (known: {KNOWN_KEYS})"


def test_missing_reason(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("reason",)))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'reason': {ONE_LINE}")


@pytest.mark.parametrize("value", ['""', '"   "', "42", '["a reason"]'])
def test_empty_or_non_string_reason(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, rule_text(reason=value))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'reason': {ONE_LINE}"


def test_multi_line_reason(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(reason='"""first line\nsecond line"""'))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'reason': {ONE_LINE}")


def test_bad_where(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(where='"middle"'))
    assert_everywhere(
        path, f"{path}: rule 'test.rule': key 'where': 'middle' is not allowed (one of: line, head, tail, block)"
    )


def test_bad_removes(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(removes='"everything"'))
    assert_everywhere(
        path, f"{path}: rule 'test.rule': key 'removes': 'everything' is not allowed (one of: line, block, list, rest)"
    )


def test_non_string_where_is_shown_with_repr(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(where="3"))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'where': 3 is not allowed (one of: line, head, tail, block)"


@pytest.mark.parametrize("where", ["line", "head", "block"])
def test_removes_rest_needs_where_tail(tmp_path: Path, where: str) -> None:
    path = write(tmp_path, rule_text(where=f'"{where}"', removes='"rest"'))
    assert_everywhere(
        path,
        f"{path}: rule 'test.rule': key 'removes': "
        "'rest' removes everything after the line and is only allowed with where = 'tail'",
    )


def test_removes_rest_with_where_tail_loads(tmp_path: Path) -> None:
    (rule,) = load_rule_file(write(tmp_path, rule_text(where='"tail"', removes='"rest"')))
    assert (rule.where, rule.removes) == ("tail", "rest")


def test_where_block_removes_block(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(where='"block"', removes='"block"'))
    assert_everywhere(
        path,
        f"{path}: rule 'test.rule': key 'removes': "
        "a rule with where = 'block' removes the matched block: use removes = 'line'",
    )


def test_bad_kind(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(kind='"advert"'))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'kind': 'advert' is not allowed (one of: {', '.join(KINDS)})")


def test_missing_kind(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("kind",)))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'kind': missing (one of: {', '.join(KINDS)})"


def test_kinds_listed_in_message() -> None:
    assert ", ".join(KINDS) == "dup_headline, byline, caption, inline, source_footer, social, newsletter, related, promo, other"


@pytest.mark.parametrize("key", ["strict", "ignore_case", "off_topic"])
@pytest.mark.parametrize("value", ['"yes"', "1", '"true"'])
def test_boolean_keys_must_be_booleans(tmp_path: Path, key: str, value: str) -> None:
    path = write(tmp_path, rule_text(**{key: value}))
    assert load_error(path) == f"{path}: rule 'test.rule': key '{key}': must be true or false"


def test_strict_yes(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(strict='"yes"'))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'strict': must be true or false")


@pytest.mark.parametrize("value", ["0", "-3", "true", "false", "2.5", '"5"'])
def test_max_words_must_be_positive_whole_number(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, rule_text(max_words=value))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'max_words': must be a positive whole number")


def test_pattern_and_patterns(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(patterns="['''^x$''']"))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'pattern': {ONE_OF_PATTERNS}")


def test_neither_pattern_nor_patterns(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("pattern",)))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'pattern': {ONE_OF_PATTERNS}")


def test_empty_patterns_list(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("pattern",), patterns="[]"))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'patterns': {LIST_OF_STRINGS}")


@pytest.mark.parametrize("value", ["['''^x$''', '']", "['''^x$''', 3]", "'''^x$'''"])
def test_bad_patterns_list(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, rule_text(drop=("pattern",), patterns=value))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'patterns': {LIST_OF_STRINGS}"


@pytest.mark.parametrize("value", ['""', "5", "['''^x$''']"])
def test_bad_pattern_value(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, rule_text(pattern=value))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'pattern': must be a non-empty string"


def test_pattern_that_does_not_compile(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(pattern="'''(unclosed'''"))
    prefix = f"{path}: rule 'test.rule': key 'pattern': does not compile: "
    message = load_error(path)
    assert message.startswith(prefix)
    assert "does not compile" in message
    assert "\n" not in message
    with pytest.raises(RuleError) as info:
        cleaner.Cleaner(cleaner.Options(rules=(path,), builtin_rules=False))
    assert str(info.value).startswith(prefix)
    assert info.value.path == str(path)
    assert info.value.rule_id == "test.rule"
    assert info.value.key == "pattern"


def test_second_of_patterns_does_not_compile(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("pattern",), patterns="['''^ok$''', '''[z-a]''']"))
    message = load_error(path)
    assert message.startswith(f"{path}: rule 'test.rule': key 'patterns[1]': does not compile: ")


def test_strict_pattern_must_be_anchored(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(strict="true", pattern="'''^hello world'''"))
    assert_everywhere(
        path,
        f"{path}: rule 'test.rule': key 'pattern': "
        "a strict rule removes protected paragraphs, so its pattern must match whole lines (^...$)",
    )


def test_strict_patterns_each_anchored(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("pattern",), strict="true", patterns="['''^a$''', '''b$''']"))
    assert load_error(path) == (
        f"{path}: rule 'test.rule': key 'patterns[1]': "
        "a strict rule removes protected paragraphs, so its pattern must match whole lines (^...$)"
    )


def test_strict_anchored_pattern_loads(tmp_path: Path) -> None:
    (rule,) = load_rule_file(write(tmp_path, rule_text(strict="true")))
    assert rule.strict is True


def test_missing_examples(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(examples=None))
    assert_everywhere(
        path, f"{path}: rule 'test.rule': key 'examples': missing: give [rule.examples] with 'match' and 'no_match' lists"
    )


def test_empty_match_list(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(examples='match = []\nno_match = ["goodbye world"]'))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'examples.match': {LIST_OF_STRINGS}")


def test_missing_no_match_list(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(examples='match = ["hello world"]'))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'examples.no_match': {LIST_OF_STRINGS}"


def test_blank_example(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(examples='match = ["hello world"]\nno_match = ["  "]'))
    assert load_error(path) == f"{path}: rule 'test.rule': key 'examples.no_match': {LIST_OF_STRINGS}"


def test_unknown_key_under_examples(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(examples='match = ["hello world"]\nno_match = ["x"]\nmatches = ["y"]'))
    assert_everywhere(path, f"{path}: rule 'test.rule': key 'examples.matches': unknown key (known: match, no_match)")


def test_bad_id(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(id='"Bad ID"'))
    assert_everywhere(path, f"{path}: rule 'Bad ID': key 'id': {ID_MESSAGE}")


@pytest.mark.parametrize("bad", ["inline.", ".inline", "inline..ad", "inline_ad", "Inline.ad", "inline ad", ""])
def test_ids_outside_the_grammar(tmp_path: Path, bad: str) -> None:
    path = write(tmp_path, rule_text(id=f'"{bad}"'))
    assert load_error(path) == f"{path}: rule {bad!r}: key 'id': {ID_MESSAGE}"


def test_missing_id_is_labelled_by_position(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(drop=("id",)))
    assert_everywhere(path, f"{path}: rule '#1': key 'id': {ID_MESSAGE}")


def test_missing_id_in_second_rule(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text() + "\n" + rule_text(drop=("id",)))
    assert_everywhere(path, f"{path}: rule '#2': key 'id': {ID_MESSAGE}")


def test_non_string_id_is_labelled_by_position(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(id="7"))
    assert load_error(path) == f"{path}: rule '#1': key 'id': {ID_MESSAGE}"


def test_id_is_checked_before_other_keys(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(id='"Bad ID"', patern="'x'", drop=("reason",)))
    assert load_error(path) == f"{path}: rule 'Bad ID': key 'id': {ID_MESSAGE}"


def test_error_attributes(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(where='"middle"'))
    with pytest.raises(RuleError) as info:
        list(load_rule_file(path))
    assert (info.value.path, info.value.rule_id, info.value.key) == (str(path), "test.rule", "where")


# --- errors across files and in the file as a whole ---------------------------------------------


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    first = write(tmp_path, rule_text(), "a.toml")
    second = write(tmp_path, rule_text(reason='"another rule"'), "b.toml")
    expected = f"{second}: rule 'test.rule': key 'id': duplicate id, already defined in {first}"
    with pytest.raises(RuleError) as info:
        load_rules([first, second])
    assert str(info.value) == expected
    # A folder of rule files is read in name order: a.toml first.
    with pytest.raises(RuleError) as info:
        cleaner.Cleaner(cleaner.Options(rules=(tmp_path,), builtin_rules=False))
    assert str(info.value) == expected


def test_duplicate_id_within_one_file(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text() + "\n" + rule_text())
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert str(info.value) == f"{path}: rule 'test.rule': key 'id': duplicate id, already defined in {path}"


def test_duplicate_of_a_builtin_id(tmp_path: Path) -> None:
    path = write(tmp_path, rule_text(id='"inline.ad-marker"'))
    with pytest.raises(RuleError) as info:
        cleaner.Cleaner(cleaner.Options(rules=(path,)))
    builtin = next(p for p in builtin_rule_files() if p.name == "inline.toml")
    assert str(info.value) == f"{path}: rule 'inline.ad-marker': key 'id': duplicate id, already defined in {builtin}"


def test_invalid_toml(tmp_path: Path) -> None:
    text = "[[rule]]\nid = \n"
    path = write(tmp_path, text)
    with pytest.raises(tomllib.TOMLDecodeError) as toml_error:
        tomllib.loads(text)
    assert_everywhere(path, f"{path}: not valid TOML: {toml_error.value}")
    assert "line 2" in load_error(path)


def test_invalid_toml_exact_message(tmp_path: Path) -> None:
    path = write(tmp_path, "[[rule]\n")
    message = load_error(path)
    assert message.startswith(f"{path}: not valid TOML: ")
    assert "(at line 1, column " in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'# caf\xe9\n[[rule]]\nid = "x"\n')
    assert_everywhere(path, f"{path}: not UTF-8 (byte 5)")


def test_not_utf8_later_byte(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    data = rule_text().encode() + b"# \xff\n"
    path.write_bytes(data)
    offset = data.index(b"\xff")
    assert load_error(path) == f"{path}: not UTF-8 (byte {offset})"


def test_unknown_top_level_key(tmp_path: Path) -> None:
    path = write(tmp_path, 'title = "my rules"\n\n' + rule_text())
    assert_everywhere(path, f"{path}: key 'title': unknown top-level key (a rule file holds [[rule]] tables)")


def test_rule_not_a_list_of_tables(tmp_path: Path) -> None:
    path = write(tmp_path, 'rule = "nope"\n')
    assert_everywhere(path, f"{path}: key 'rule': must be a list of [[rule]] tables")


def test_single_rule_table_instead_of_array(tmp_path: Path) -> None:
    path = write(tmp_path, '[rule]\nid = "x"\n')
    assert load_error(path) == f"{path}: key 'rule': must be a list of [[rule]] tables"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"
    assert_everywhere(path, f"{path}: cannot read: No such file or directory")


def test_unreadable_path(tmp_path: Path) -> None:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    assert load_error(folder) == f"{folder}: cannot read: Is a directory"
    with pytest.raises(RuleError) as info:
        load_rules([folder])
    assert str(info.value) == f"{folder}: cannot read: Is a directory"


def test_error_message_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[[rule]]\nid = \n")
    assert "\n" not in load_error(path)


# --- select / ignore -----------------------------------------------------------------------------


def test_select_unknown_id() -> None:
    with pytest.raises(UnknownRuleError) as info:
        cleaner.Cleaner(cleaner.Options(select={"nope"}))
    assert str(info.value) == "unknown rule id 'nope' (see --list-rules)"
    assert isinstance(info.value, ValueError)


def test_ignore_unknown_id() -> None:
    with pytest.raises(UnknownRuleError) as info:
        cleaner.Cleaner(cleaner.Options(ignore={"nope"}))
    assert str(info.value) == "unknown rule id 'nope' (see --list-rules)"


def test_select_partial_word_is_no_prefix() -> None:
    # "soc" is not a group: a prefix must end at a '.'.
    with pytest.raises(UnknownRuleError) as info:
        cleaner.Cleaner(cleaner.Options(select={"soc"}))
    assert str(info.value) == "unknown rule id 'soc' (see --list-rules)"


def test_select_group_prefix() -> None:
    all_ids = {r.id for r in cleaner.Cleaner(cleaner.Options()).all_rules}
    social = {i for i in all_ids if i.startswith("social.")}
    assert social  # the built-in rules have a social group
    c = cleaner.Cleaner(cleaner.Options(select={"social"}))
    assert {r.id for r in c.rules} == social
    text = (
        "Advertisement\n\n"
        "The first paragraph of the article is long enough to count as prose, and it ends well.\n\n"
        "Share this article\n\n"
        "The second paragraph of the article also runs to many words and ends with a full stop.\n"
    )
    result = c.clean(text)
    assert [r.rule_id for r in result.removals] == ["social.share-button"]
    assert "Advertisement" in result.text
    assert "Share this article" not in result.text


def test_select_single_id() -> None:
    c = cleaner.Cleaner(cleaner.Options(select={"inline.ad-marker"}))
    assert [r.id for r in c.rules] == ["inline.ad-marker"]


def test_ignore_group_prefix() -> None:
    c = cleaner.Cleaner(cleaner.Options(ignore={"social"}))
    assert c.rules
    assert not any(r.id.startswith("social.") for r in c.rules)


# --- nothing in a rule file is executed -----------------------------------------------------------


def test_rule_file_content_is_never_executed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "executed"
    code = f"__import__('pathlib').Path({str(marker)!r}).write_text('pwned')"

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("the rule loader evaluated code")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(builtins, "compile", forbidden)
    parsed: list[str] = []
    real_loads = tomllib.loads

    def spy(text: str, **kwargs: object) -> object:
        parsed.append(text)
        return real_loads(text, **kwargs)

    monkeypatch.setattr(tomllib, "loads", spy)
    examples = f"match = [{_toml_basic(code)}]\nno_match = ['x']"
    path = write(tmp_path, rule_text(reason=_toml_basic(code), pattern="'^__import__'", examples=examples))
    (rule,) = load_rule_file(path)
    assert rule.reason == code
    assert rule.examples.match == (code,)
    assert not marker.exists()
    assert len(parsed) == 1  # parsed with tomllib


def _toml_basic(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- the built-in rules --------------------------------------------------------------------------

ID_GRAMMAR = re.compile(r"^[a-z0-9]+([.-][a-z0-9]+)*$")


@pytest.fixture(scope="module")
def builtin_rules() -> tuple[cleaner.Rule, ...]:
    return load_rules(builtin_rule_files())


def test_builtin_rule_files_exist() -> None:
    files = builtin_rule_files()
    assert files
    assert all(p.suffix == ".toml" for p in files)
    assert [p.name for p in files] == sorted(p.name for p in files)


def test_builtin_rules_load(builtin_rules: tuple[cleaner.Rule, ...]) -> None:
    assert len(builtin_rules) >= 10
    assert {r.id for r in cleaner.Cleaner(cleaner.Options()).all_rules} == {r.id for r in builtin_rules}


def test_builtin_ids_unique_and_well_formed(builtin_rules: tuple[cleaner.Rule, ...]) -> None:
    ids = [r.id for r in builtin_rules]
    assert len(ids) == len(set(ids))
    for rule_id in ids:
        assert ID_GRAMMAR.match(rule_id), rule_id


def test_builtin_reasons_are_one_line(builtin_rules: tuple[cleaner.Rule, ...]) -> None:
    for rule in builtin_rules:
        assert isinstance(rule.reason, str)
        assert rule.reason.strip(), rule.id
        assert rule.reason == rule.reason.strip(), rule.id
        assert "\n" not in rule.reason and "\r" not in rule.reason, rule.id


def test_builtin_rules_each_file_loads_alone() -> None:
    for path in builtin_rule_files():
        assert list(load_rule_file(path)), path


# --- a runaway pattern is abandoned and reported ----------------------------------------------------

# The ``regex`` module optimises the textbook ``(a+)+$`` (it finishes at once); an alternation of
# overlapping branches still backtracks exponentially on "aaa...ab".
RUNAWAY = "(a|aa)+$"


def test_catastrophic_pattern_times_out_and_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        rule_text(id='"user.runaway"', pattern=f"'{RUNAWAY}'", examples='match = ["aaa"]\nno_match = ["b"]'),
    )
    title = "Runaway pattern test headline"
    body = "The article paragraph runs to many words and ends with a full stop, as article prose does."
    text = title + "\n\n" + "a" * 40 + "b\n\n" + body
    c = cleaner.Cleaner(cleaner.Options(rules=(path,), timeout=0.05))
    start = time.monotonic()
    result = c.clean(text)
    elapsed = time.monotonic() - start
    assert elapsed < 5.0
    assert "user.runaway" in result.timed_out_rules
    assert result.text == text  # nothing matched, nothing removed
