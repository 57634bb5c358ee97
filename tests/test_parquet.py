"""Parquet output (``clean CORPUS -o OUT.parquet``): the same records as the JSON Lines path, in order.

Each test compares with what ``clean CORPUS.jsonl`` writes for the same records, so the Parquet file
cannot drift from the JSON Lines one: the cleaned text, the ``cleaner`` report (as a struct), and the
error of a bad record. pyarrow is an optional extra: without it these tests skip (CI installs it).
"""
from __future__ import annotations

import datetime
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from cleaner.cli import main  # noqa: E402
from cleaner.io import jsonl as jsonl_files  # noqa: E402
from cleaner.io import parquet  # noqa: E402
from cleaner.io.jsonl import CorpusError, RunSettings  # noqa: E402
from cleaner.io.records import CorpusOptions  # noqa: E402
from cleaner.options import Options  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
from samples import PLAIN  # noqa: E402  (tests/ is on sys.path)
from samples import STORY as _STORY  # noqa: E402

STORY = _STORY + "\nShare this article on Facebook\n"
ODD = "Line with a separator\u2028inside it, and a tab\there, long enough to be a sentence of prose.\n"
REPORT_KEYS = ["title", "changed", "capped", "error", "removals", "raw"]


def records(count: int = 12) -> list[dict[str, Any]]:
    texts = [STORY, PLAIN, ODD, "", "Advertisement\nAdvertisement\n"]
    return [{"id": i, "text": texts[i % len(texts)], "meta": {"source": f"site{i % 3}", "score": i / 2}} for i in range(count)]


def write_jsonl(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n" for line in lines))
    return path


def jsonl_output(path: Path, capsysbinary: pytest.CaptureFixture[bytes], *flags: str) -> list[dict[str, Any]]:
    """The records ``clean`` writes as JSON Lines for the input (blank lines, which are no records, left out)."""
    capsysbinary.readouterr()
    main([str(path), "--workers", "1", "-q", *flags])
    out = capsysbinary.readouterr().out.decode("utf-8")
    return [json.loads(line) for line in out.split("\n") if line.strip()]


def parquet_output(path: Path, tmp_path: Path, *flags: str, name: str = "out.parquet") -> tuple[int, pa.Table]:
    output = tmp_path / name
    status = main([str(path), "--workers", "1", "-q", "-o", str(output), *flags])
    return status, pq.read_table(output)


def as_report(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """A JSON Lines report as the struct reads back: every field present, missing ones None."""
    return None if value is None else {key: value.get(key) for key in REPORT_KEYS}


def settings(workers: int = 1, **corpus: Any) -> RunSettings:
    return RunSettings(Options(), CorpusOptions(**corpus), workers)


# --- Parquet in, Parquet out --------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """The same records as Parquet (with a timestamp column JSON has no type for) and as JSON Lines."""
    rows = records()
    table = pa.table(
        {
            "id": pa.array([r["id"] for r in rows], pa.int32()),
            "text": [r["text"] for r in rows],
            "meta": [r["meta"] for r in rows],
            "seen": pa.array([datetime.datetime(2024, 1, 1 + i) for i in range(len(rows))], pa.timestamp("s")),
        }
    )
    source = tmp_path / "in.parquet"
    pq.write_table(table, source, row_group_size=5)
    return source, write_jsonl(tmp_path / "in.jsonl", [json.dumps(r, ensure_ascii=False) for r in rows])


def test_parquet_round_trip_equals_jsonl_path(corpus: tuple[Path, Path], tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source, jsonl = corpus
    expected = jsonl_output(jsonl, capsysbinary)
    status, table = parquet_output(source, tmp_path)
    assert status == 0
    assert table.schema.names == ["id", "text", "meta", "seen", "cleaner"]
    kept = pq.read_schema(source)
    assert [table.schema.field(n).type for n in ("id", "meta", "seen")] == [kept.field(n).type for n in ("id", "meta", "seen")]
    assert table.schema.field("cleaner").type == parquet.report_type()
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == list(range(len(expected)))
    assert [r["text"] for r in rows] == [e["text"] for e in expected]
    assert [r["cleaner"] for r in rows] == [as_report(e["cleaner"]) for e in expected]
    assert [r["meta"] for r in rows] == [e["meta"] for e in expected]
    assert rows[0]["seen"] == datetime.datetime(2024, 1, 1)
    story = rows[0]["cleaner"]
    assert story["title"] is None and story["changed"] is True and story["capped"] is False
    assert story["error"] is None and story["raw"] is None
    assert [(r["rule"], r["kind"], r["first_line"], r["last_line"]) for r in story["removals"]] == [
        ("inline.ad-marker", "inline", 5, 5),
        ("social.share-button", "social", 9, 9),
    ]
    assert all(r["reason"] for r in story["removals"])
    assert rows[4]["cleaner"]["capped"] is True and rows[4]["text"] == "Advertisement\nAdvertisement\n"
    assert rows[2]["text"] == ODD  # U+2028 is text here, not a line break


def test_no_report_keeps_the_input_columns(corpus: tuple[Path, Path], tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source, jsonl = corpus
    expected = jsonl_output(jsonl, capsysbinary, "--no-report")
    status, table = parquet_output(source, tmp_path, "--no-report")
    assert status == 0
    assert table.schema.names == ["id", "text", "meta", "seen"]
    assert table.column("text").to_pylist() == [e["text"] for e in expected]


def test_output_field_adds_a_column(corpus: tuple[Path, Path], tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source, jsonl = corpus
    expected = jsonl_output(jsonl, capsysbinary, "--output-field", "clean")
    status, table = parquet_output(source, tmp_path, "--output-field", "clean")
    assert status == 0
    assert table.schema.names == ["id", "text", "meta", "seen", "clean", "cleaner"]
    assert table.column("text").to_pylist() == [r["text"] for r in records()]
    assert table.column("clean").to_pylist() == [e["clean"] for e in expected]
    assert table.column("clean").to_pylist()[0] != STORY


def test_workers_1_and_2_write_the_same_records(corpus: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, jsonl = corpus
    monkeypatch.setattr(jsonl_files, "CHUNK_LINES", 3)  # several chunks, so the pool's order is tested
    for path in (source, jsonl):
        one = tmp_path / f"{path.name}.1.parquet"
        two = tmp_path / f"{path.name}.2.parquet"
        parquet.clean_files([path], one, settings(1))
        tally = parquet.clean_files([path], two, settings(2))
        assert tally.records == 12 and tally.errors == 0 and tally.changed > 0
        assert pq.read_table(one).equals(pq.read_table(two))
        assert pq.read_table(one).num_rows == 12


def test_parquet_input_streams_by_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = records(40)
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}), source, row_group_size=7)
    seen: list[int] = []
    original = jsonl_files.clean_chunks

    def counting(chunks: Any, run: RunSettings) -> Any:
        return original((seen.append(len(c)) or c for c in chunks), run)

    monkeypatch.setattr(jsonl_files, "CHUNK_LINES", 4)
    parquet.clean_files([source], tmp_path / "out.parquet", settings(1), clean_chunks=counting)
    assert max(seen) <= 4 and sum(seen) == 40
    assert pq.read_table(tmp_path / "out.parquet").column("id").to_pylist() == list(range(40))


def test_null_text_in_parquet_is_a_bad_record(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2], "text": [PLAIN, None]}), source)
    status, table = parquet_output(source, tmp_path)
    assert status == 2  # bad records: counted and reported, all written
    rows = table.to_pylist()
    assert rows[0]["text"] == PLAIN and rows[0]["cleaner"]["error"] is None
    assert rows[1]["text"] is None and rows[1]["cleaner"]["error"] == "field 'text' is null, not a string"


def test_a_text_column_that_is_not_strings_is_kept(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": pa.array([1, 2], pa.int64()), "body": [STORY, PLAIN]}), source)
    tally = parquet.clean_files([source], tmp_path / "out.parquet", settings())
    table = pq.read_table(tmp_path / "out.parquet")
    assert tally.records == 2 and tally.errors == 2
    assert table.schema.field("text").type == pa.int64() and table.column("text").to_pylist() == [1, 2]
    assert [r["error"] for r in table.column("cleaner").to_pylist()] == ["field 'text' is a number, not a string"] * 2
    # no such column at all: one error for the file, naming its columns, and no output
    with pytest.raises(CorpusError) as missing:
        parquet.clean_files([source], tmp_path / "none.parquet", settings(text_field="missing", output_field="clean"))
    assert str(missing.value) == f"{source}: no column 'missing' (its columns: 'text', 'body'); name it with --text-field"
    assert not (tmp_path / "none.parquet").exists()
    # the right column, named with --text-field, cleans
    parquet.clean_files([source], tmp_path / "body.parquet", settings(text_field="body"))
    assert pq.read_table(tmp_path / "body.parquet").column("body").to_pylist()[0] != STORY


# --- JSON Lines in, Parquet out -------------------------------------------------------------


def test_jsonl_to_parquet_through_the_cli(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    lines: list[str | bytes] = [json.dumps(r, ensure_ascii=False) for r in records(6)]
    lines[2:2] = [
        '{"id": 101, "text": 5}',
        '{"id": 102, "text": null}',
        '{"id": 103, "body": "no text field"}',
        "not json at all",
        "[1, 2]",
        b'{"id": 104, "text": "\xff\xfe"}',
        "",
        "   ",
        '{"id": 105, "text": "Advertisement\\n\\nA paragraph of prose that is long enough to stay in."}\r',
    ]
    source = write_jsonl(tmp_path / "mixed.jsonl", lines)
    expected = jsonl_output(source, capsysbinary)
    status, table = parquet_output(source, tmp_path)
    assert status == 2
    rows = table.to_pylist()
    assert len(rows) == len(expected) == len(lines) - 2  # every record; the blank lines are none
    assert table.schema.names == ["id", "text", "meta", "body", "cleaner"]
    for row, record in zip(rows, expected):
        for key in ("id", "meta", "body"):
            assert row[key] == record.get(key)
        text = record.get("text")
        assert row["text"] == (text if text is None or isinstance(text, str) else json.dumps(text))
        assert row["cleaner"] == as_report(record["cleaner"])
    errors = [row["cleaner"]["error"] for row in rows]
    assert errors[2:8] == [
        "field 'text' is a number, not a string",
        "field 'text' is null, not a string",
        "no field 'text'",
        "not valid JSON: Expecting value at character 0",
        "an array, not an object",
        "not valid UTF-8 at byte 21",
    ]
    assert rows[5]["cleaner"]["raw"] == "not json at all" and rows[5]["id"] is None
    assert rows[8]["id"] == 105 and rows[8]["cleaner"]["changed"] is True
    # --no-report: the same rows, no report column (the bad records are counted in the summary)
    status, bare = parquet_output(source, tmp_path, "--no-report", name="bare.parquet")
    assert status == 2 and bare.schema.names == ["id", "text", "meta", "body"]
    assert bare.column("text").to_pylist() == table.column("text").to_pylist()


def test_jsonl_records_that_change_shape_get_one_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl_files, "CHUNK_LINES", 2)  # each shape in a chunk of its own
    lines = [
        {"text": PLAIN, "n": 1, "meta": {"a": 1}},
        {"text": PLAIN, "n": 2, "meta": None},
        {"text": PLAIN, "n": 2.5, "meta": {"a": 2, "b": "x"}, "extra": [1, 2]},
        {"text": PLAIN},
        {"text": PLAIN, "late": True},
    ]
    source = write_jsonl(tmp_path / "shapes.jsonl", [json.dumps(r) for r in lines])
    parquet.clean_files([source], tmp_path / "out.parquet", settings(report=False))
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.names == ["text", "n", "meta", "extra", "late"]
    assert table.schema.field("n").type == pa.float64()
    assert table.to_pylist() == [
        {"text": PLAIN, "n": 1.0, "meta": {"a": 1, "b": None}, "extra": None, "late": None},
        {"text": PLAIN, "n": 2.0, "meta": None, "extra": None, "late": None},
        {"text": PLAIN, "n": 2.5, "meta": {"a": 2, "b": "x"}, "extra": [1, 2], "late": None},
        {"text": PLAIN, "n": None, "meta": None, "extra": None, "late": None},
        {"text": PLAIN, "n": None, "meta": None, "extra": None, "late": True},
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staged chunks left


def test_types_that_cannot_share_a_column_fail_without_a_partial_file(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_jsonl(tmp_path / "clash.jsonl", [json.dumps({"text": PLAIN, "n": 1}), json.dumps({"text": PLAIN, "n": "one"})])
    output = tmp_path / "out.parquet"
    output.write_bytes(b"an older file")
    assert main([str(source), "--workers", "1", "-o", str(output)]) == 2
    err = capsysbinary.readouterr().err.decode()
    assert "clash.jsonl" in err and "'n'" in err and "write JSON Lines instead" in err
    assert output.read_bytes() == b"an older file"  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clash.jsonl", "out.parquet"]


def test_compressed_and_empty_jsonl(tmp_path: Path) -> None:
    packed = tmp_path / "in.jsonl.gz"
    packed.write_bytes(gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in records(5))))
    tally = parquet.clean_files([packed], tmp_path / "packed.parquet", settings())
    assert tally.records == 5 and pq.read_table(tmp_path / "packed.parquet").num_rows == 5
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    parquet.clean_files([empty], tmp_path / "empty.parquet", settings(output_field="clean"))
    table = pq.read_table(tmp_path / "empty.parquet")
    assert table.num_rows == 0 and table.schema.names == ["text", "clean", "cleaner"]


def test_output_permissions_follow_the_umask(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = corpus
    output = tmp_path / "out.parquet"
    parquet.clean_files([source], output, settings())
    reference = tmp_path / "reference"
    reference.write_bytes(b"")
    assert output.stat().st_mode & 0o777 == reference.stat().st_mode & 0o777


def test_no_stdout_no_folder_and_no_pyarrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [json.dumps({"text": PLAIN})])
    with pytest.raises(CorpusError, match="stdout"):
        parquet.clean_files([source], Path("-"), settings())
    (tmp_path / "folder.parquet").mkdir()
    with pytest.raises(CorpusError, match="is a folder"):
        parquet.clean_files([source], tmp_path / "folder.parquet", settings())
    # From the command line a folder that exists is where the corpus goes, under its own name and format.
    assert main([str(source), "--workers", "1", "-q", "-o", str(tmp_path / "folder.parquet")]) == 0
    assert (tmp_path / "folder.parquet" / source.name).is_file()
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    with pytest.raises(CorpusError, match=r"Parquet needs pyarrow: pip install 'boilercut\[parquet\]'"):
        parquet.clean_files([source], tmp_path / "out.parquet", settings())
    assert not (tmp_path / "out.parquet").exists()


@pytest.mark.skipif(not (SHARED / "corpora" / "newsjunk-dev.jsonl.gz").is_file(), reason="../shared/corpora not found")
def test_real_corpus_slice(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    with gzip.open(SHARED / "corpora" / "newsjunk-dev.jsonl.gz", "rb") as stream:
        lines = [next(stream).rstrip(b"\n") for _ in range(25)]
    source = write_jsonl(tmp_path / "slice.jsonl", lines)
    expected = jsonl_output(source, capsysbinary, "--text-field", "input")
    status, table = parquet_output(source, tmp_path, "--text-field", "input")
    assert status == 0
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == [e["id"] for e in expected]
    assert [r["input"] for r in rows] == [e["input"] for e in expected]
    assert [r["cleaner"] for r in rows] == [as_report(e["cleaner"]) for e in expected]
    assert sum(r["cleaner"]["changed"] for r in rows) > 10


def test_cli_parquet_without_the_text_column_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2], "body": [STORY, PLAIN]}), source)
    assert main([str(source), "--workers", "1", "-o", str(tmp_path / "out.parquet")]) == 2
    assert capsys.readouterr().err == (
        f"clean: {source}: no column 'text' (its columns: 'id', 'body'); name it with --text-field\n"
    )
    assert not (tmp_path / "out.parquet").exists()
