from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.linemodel import DENSE_FEATURES, ModelError, default_model, load_model
from cleaner.linemodel.features import candidates, long_prose, removed_around, rows
from cleaner.text.shapes import shapes_of

ARTICLE = [
    "Harbour Authority Approves Night Ferry Service",
    "The harbour authority voted on Tuesday to approve a night ferry service between the old port and the island, "
    "after a debate that lasted most of the afternoon.",
    "Members of the board said the service would start in June with two crossings an hour after nine in the evening, "
    "and that the fares would match the daytime ones.",
    "Critics on the board warned that the subsidy could double if the forecasts prove too optimistic this year, and "
    "asked for a review after the first twelve months.",
    "Residents of the island have long argued that the last ferry cuts them off from jobs and evening classes on the "
    "mainland, and they welcomed the vote.",
]
CALLS = [
    "Got a news tip? Write to us at tips@harbourtimes.example",
    "Like what you read? Become a member today and support local reporting for less than a coffee a week.",
]
FOOTER = "© 2025 Harbour Times. All rights reserved."


def _clean(lines: list[str], **options: object) -> list[tuple[str, str]]:
    result = Cleaner(**options).clean("\n\n".join(lines) + "\n")
    return [(r.rule_id, r.text) for r in result.removals]


def test_calls_after_the_article_go_with_the_features_that_decided() -> None:
    result = Cleaner().clean("\n\n".join(ARTICLE + CALLS + [FOOTER]) + "\n")
    assert [(r.rule_id, r.text) for r in result.removals] == [
        ("model.junk-line", CALLS[0]), ("model.junk-line", CALLS[1]), ("footer.copyright", FOOTER)
    ]
    for removal in result.removals[:2]:
        assert removal.reason.startswith("the junk-line model takes it for junk (0.")
        assert "in the run that ends the text: " in removal.reason
        named = removal.reason.split(": ", 1)[1].rstrip(")").split(", ")
        assert set(named) <= {*DENSE_FEATURES, "words"} and named
    assert result.body.rstrip().endswith("welcomed the vote.")


def test_switched_off_it_keeps_the_calls() -> None:
    assert _clean(ARTICLE + CALLS + [FOOTER], ignore=["model.junk-line"]) == [("footer.copyright", FOOTER)]


def test_a_clean_article_keeps_every_line() -> None:
    assert _clean(ARTICLE) == []


def test_a_text_with_few_long_paragraphs_is_left_to_the_rules() -> None:
    assert _clean(ARTICLE[:3] + CALLS + [FOOTER]) == [("footer.copyright", FOOTER)]


def test_the_long_paragraphs_inside_the_article_are_never_scored() -> None:
    assert candidates([False, True, False, True, True, False]) == [0, 1, 2, 4, 5]
    assert candidates([False, True, False]) == [0, 1, 2]


def test_features_are_one_row_a_candidate_in_the_models_order() -> None:
    texts = ARTICLE + CALLS
    shapes = shapes_of(texts)
    kept = [True] * len(texts)
    chosen, dense, hashed = rows(texts, shapes, [False] * len(texts), removed_around(kept))
    assert chosen == candidates(long_prose(shapes))
    assert all(len(row) == len(DENSE_FEATURES) for row in dense)
    assert len(hashed) == len(chosen)


def test_removed_around_counts_the_removed_lines_on_each_side() -> None:
    assert removed_around([False, True, True, False, False, True]) == ([1, 1, 3], [2, 2, 0], [True, True, True])


def test_a_model_folder_round_trips(tmp_path: Path) -> None:
    default_model().to_files(tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.dense_weights == pytest.approx(default_model().dense_weights, abs=1e-6)
    assert list(loaded.hashed_weights) == list(default_model().hashed_weights)
    texts = ARTICLE + CALLS + [FOOTER]
    assert _clean(texts, junk_model=tmp_path) == _clean(texts)


def test_a_missing_model_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=rf"^{tmp_path / 'none'}: cannot read the junk-line model"):
        Cleaner(junk_model=tmp_path / "none")


def test_a_model_of_other_features_is_refused_by_name(tmp_path: Path) -> None:
    default_model().to_files(tmp_path)
    meta = json.loads((tmp_path / "model.json").read_text())
    meta["dense"]["no_such_feature"] = meta["dense"].pop("bias")
    (tmp_path / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match=r"features do not match this version's \(missing \['bias'\], unknown \['no_such_feature'\]\)"):
        load_model(tmp_path)


def test_a_cut_hashed_file_is_refused(tmp_path: Path) -> None:
    default_model().to_files(tmp_path)
    (tmp_path / "hashed.bin").write_bytes(b"\0" * 12)
    with pytest.raises(ModelError, match=r"hashed.bin: 12 bytes, \d+ expected"):
        load_model(tmp_path)
