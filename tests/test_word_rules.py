"""The word-built rules' patterns in rules/*.toml are the ones benchmarks/word_rules.py writes from its
word lists: the lists are what a maintainer edits."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "word_rules.py"


def _word_rules():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("word_rules", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("word_rules", module)
    spec.loader.exec_module(module)
    return module


def test_the_rule_files_hold_the_patterns_the_word_lists_give() -> None:
    assert _word_rules().stale() == []


def test_a_changed_pattern_is_reported(tmp_path: Path) -> None:
    word_rules = _word_rules()
    for name in ("related.toml", "inline.toml", "teasers-intl.toml", "bylines.toml", "captions.toml", "footers.toml"):
        text = (word_rules.RULES / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace("(?:d|l|qu|", "(?:d|l|", 1), encoding="utf-8")
    assert word_rules.stale(tmp_path) == [
        "related.list-header-words", "inline.ad-marker-words", "inline.teaser-label-words", "byline.date-words",
        "caption.credit-words", "footer.note-words",
    ]


def test_a_words_own_list_and_the_words_around_it_do_not_share_a_word() -> None:
    # A word in both would make a header or a marker of the surrounding words alone.
    word_rules = _word_rules()
    assert set(word_rules.LEXICONS) == set(word_rules.LANGUAGE_NAMES)
    for language, lexicon in word_rules.LEXICONS.items():
        assert not set(lexicon.header.split()) & set(lexicon.around.split()), language
        assert not set(lexicon.ad.split()) & set(lexicon.ad_around.split()), language


def test_a_picture_or_note_label_needs_one_of_its_own_words() -> None:
    # A word among both the own words and those around them would make a label of the surrounding
    # words alone ("Source: ...", "Note: ...").
    word_rules = _word_rules()
    for table in (word_rules.PICTURES, word_rules.NOTES):
        assert set(table) == set(word_rules.LANGUAGE_NAMES)
    for language, pictures in word_rules.PICTURES.items():
        own = set(pictures.photo.split()) | set(pictures.graphic.split())
        assert not own & set(pictures.around.split()), language
    for language, notes in word_rules.NOTES.items():
        assert not set(notes.own.split()) & set(notes.around.split()), language
