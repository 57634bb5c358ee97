"""Corpus mode through the command: JSON Lines in, the same records out, in order, cleaned and reported.

Driven through ``cleaner.cli.main`` (in this process, ``--workers 1`` unless the test is about workers)
and once end to end with ``python -m cleaner``. Every input record comes out, good or bad: a bad one
unchanged with ``cleaner.error``, or as ``{"cleaner": {"error": ..., "raw": ...}}`` when the line is not
a JSON object; a blank line comes out blank, so output lines match input lines one for one.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner.cli import main
from cleaner.io import jsonl

from samples import PLAIN, STORY  # noqa: E402  (tests/ is on sys.path)

CAPPED = "Advertisement\nAdvertisement\n"  # everything is junk: the cap returns the text unchanged
STORY_REPORT = {
    "title": None,  # a short first line, but nothing under it shows it is a headline (steps/title.py)
    "changed": True,
    "capped": False,
    "removals": [
        {"rule": "inline.ad-marker", "kind": "inline", "reason": "advertisement slot marker", "first_line": 5, "last_line": 5},
    ],
}
BAD_RECORDS_LINE = "clean: {n} bad record{s} (passed through with cleaner.error)"
SUMMARY = re.compile(r"clean: (\d+) records?, (\d+\.\d) MB, (\d+) changed, (\d+) bad(?:; lines removed: [\w.-]+ \d+(?:, [\w.-]+ \d+)*)?")

ONE = ["--workers", "1"]


# --- helpers ------------------------------------------------------------------------------------


def line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def good_records(count: int, start: int = 0) -> list[dict[str, Any]]:
    texts = (STORY, PLAIN, CAPPED, STORY.replace("Monday", "Tuesday"), "")
    return [{"id": f"r{i}", "text": texts[i % len(texts)], "n": i} for i in range(start, start + count)]


def write_lines(path: Path, lines: list[bytes], ending: bytes = b"\n", final: bool = True) -> Path:
    path.write_bytes(ending.join(lines) + (ending if final and lines else b""))
    return path


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, bytes, str]:
    code = main(list(args))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def records_of(out: bytes) -> list[dict[str, Any]]:
    """The output's records; asserts every line is one JSON object and the output ends with a newline."""
    assert out == b"" or out.endswith(b"\n")
    return [json.loads(text) for text in out.decode("utf-8").split("\n")[:-1] if text.strip()]


def ids(records: list[dict[str, Any]]) -> list[Any]:
    return [r.get("id", r["cleaner"].get("raw")) for r in records]


def summary(err: str) -> re.Match[str]:
    lines = [text for text in err.splitlines() if SUMMARY.fullmatch(text)]
    assert len(lines) == 1, err
    match = SUMMARY.fullmatch(lines[0])
    assert match is not None
    return match


def expected_record(record: dict[str, Any], field: str = "text", target: str | None = None, report: bool = True) -> dict[str, Any]:
    """What corpus mode should make of a good record, built from ``cleaner.clean`` directly."""
    result = cleaner.clean(record[field])
    out = dict(record)
    out[target or field] = result.text
    if report:
        out["cleaner"] = {
            "title": result.title,
            "changed": result.changed,
            "capped": result.capped,
            "removals": [
                {"rule": r.rule_id, "kind": r.kind, "reason": r.reason, "first_line": r.first_line, "last_line": r.last_line}
                for r in result.removals
            ],
        }
    return out


@pytest.fixture
def good_corpus(tmp_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    records = good_records(10)
    return write_lines(tmp_path / "good.jsonl", [line(r) for r in records]), records


# --- good records ---------------------------------------------------------------------------------


def test_good_records_come_out_cleaned_in_order_with_a_report(good_corpus: tuple[Path, list[dict[str, Any]]], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path, records = good_corpus
    code, out, err = run(capsysbinary, str(path), *ONE)
    assert code == 0
    got = records_of(out)
    assert ids(got) == [r["id"] for r in records]
    assert got == [expected_record(r) for r in records]
    assert got[0]["cleaner"] == STORY_REPORT
    assert got[0]["text"] == STORY.replace("Advertisement\n\n", "")
    assert list(got[0]) == ["id", "text", "n", "cleaner"]  # key order kept, the report last
    assert "Café".encode() in out  # UTF-8 as written, not \u escapes
    assert err == "clean: 10 records, 0.0 MB, 4 changed, 0 bad; lines removed: inline.ad-marker 4\n"


def test_cleaned_text_equals_the_library_result(good_corpus: tuple[Path, list[dict[str, Any]]], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path, records = good_corpus
    code, out, _ = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert [r["text"] for r in records_of(out)] == [cleaner.clean(r["text"]).text for r in records]


def test_a_capped_record_is_unchanged_and_says_so(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write_lines(tmp_path / "capped.jsonl", [line({"id": 1, "text": CAPPED})])
    code, out, err = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert records_of(out) == [{"id": 1, "text": CAPPED, "cleaner": {"title": None, "changed": False, "capped": True, "removals": []}}]
    assert err == "clean: 1 record, 0.0 MB, 0 changed, 0 bad\n"


def test_summary_counts_the_bytes_of_the_records(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = [{"id": i, "text": PLAIN * 600} for i in range(5)]  # about 0.26 MB
    path = write_lines(tmp_path / "big.jsonl", [line(r) for r in records])
    code, _, err = run(capsysbinary, str(path), *ONE)
    assert code == 0
    match = summary(err)
    assert match.group(1, 2, 4) == ("5", f"{path.stat().st_size / 1e6:.1f}", "0")
    assert match.group(2) == "0.3"


def test_an_empty_corpus_is_no_records_and_exit_0(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write_lines(tmp_path / "empty.jsonl", [])
    assert run(capsysbinary, str(path), *ONE) == (0, b"", "clean: 0 records, 0.0 MB, 0 changed, 0 bad\n")


def test_quiet_leaves_out_the_summary_but_not_the_bad_records(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    good = write_lines(tmp_path / "good.jsonl", [line(r) for r in good_records(3)])
    assert run(capsysbinary, str(good), "-q", *ONE)[::2] == (0, "")
    bad = write_lines(tmp_path / "bad.jsonl", [b"{oops", line({"id": 1, "text": PLAIN})])
    assert run(capsysbinary, str(bad), "-q", *ONE)[::2] == (2, BAD_RECORDS_LINE.format(n=1, s="") + "\n")


# --- malformed records ----------------------------------------------------------------------------

NESTED = b"[" * 100_000 + b"]" * 100_000

# (the line, what comes out of it)
MALFORMED = {
    "bad JSON": (b'{"id": 2, "text": broken', {"cleaner": {"error": "not valid JSON: Expecting value at character 18", "raw": '{"id": 2, "text": broken'}}),
    "truncated": (b'{"id": 2, "text": "cut', {"cleaner": {"error": "not valid JSON: Unterminated string starting at character 18", "raw": '{"id": 2, "text": "cut'}}),
    "two objects": (b'{"id": 2} {"id": 3}', {"cleaner": {"error": "not valid JSON: Extra data at character 10", "raw": '{"id": 2} {"id": 3}'}}),
    "array": (b'[{"id": 2, "text": "x"}]', {"cleaner": {"error": "an array, not an object", "raw": '[{"id": 2, "text": "x"}]'}}),
    "string": (b'"text"', {"cleaner": {"error": "a string, not an object", "raw": '"text"'}}),
    "number": (b"42", {"cleaner": {"error": "a number, not an object", "raw": "42"}}),
    "null": (b"null", {"cleaner": {"error": "null, not an object", "raw": "null"}}),
    "boolean": (b"true", {"cleaner": {"error": "a boolean, not an object", "raw": "true"}}),
    "nested too deeply": (NESTED, {"cleaner": {"error": "not valid JSON: nested too deeply", "raw": NESTED.decode()}}),
    "missing text": (b'{"id": 2, "body": "x"}', {"id": 2, "body": "x", "cleaner": {"error": "no field 'text'"}}),
    "text a number": (b'{"id": 2, "text": 7}', {"id": 2, "text": 7, "cleaner": {"error": "field 'text' is a number, not a string"}}),
    "text null": (b'{"id": 2, "text": null}', {"id": 2, "text": None, "cleaner": {"error": "field 'text' is null, not a string"}}),
    "text a list": (b'{"id": 2, "text": ["a"]}', {"id": 2, "text": ["a"], "cleaner": {"error": "field 'text' is an array, not a string"}}),
    "text an object": (b'{"id": 2, "text": {"a": 1}}', {"id": 2, "text": {"a": 1}, "cleaner": {"error": "field 'text' is an object, not a string"}}),
    "text a boolean": (b'{"id": 2, "text": false}', {"id": 2, "text": False, "cleaner": {"error": "field 'text' is a boolean, not a string"}}),
    "invalid UTF-8": (b'{"id": 2, "text": "caf\xe9 au lait"}', {"cleaner": {"error": "not valid UTF-8 at byte 22", "raw": '{"id": 2, "text": "caf\ufffd au lait"}'}}),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_record_comes_out_in_its_place_with_the_reason(case: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    bad, expected = MALFORMED[case]
    path = write_lines(tmp_path / "bad.jsonl", [line({"id": 1, "text": PLAIN}), bad, line({"id": 3, "text": STORY})])
    code, out, err = run(capsysbinary, str(path), *ONE)
    assert code == 2
    got = records_of(out)
    assert len(got) == 3
    assert got[0] == expected_record({"id": 1, "text": PLAIN})
    assert got[1] == expected
    assert got[2] == expected_record({"id": 3, "text": STORY})
    assert summary(err).groups() == ("3", "0.0" if case != "nested too deeply" else "0.2", "1", "1")
    assert err.splitlines()[-1] == BAD_RECORDS_LINE.format(n=1, s="")


def test_mixed_input_keeps_count_and_order(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    good = good_records(12)
    bad = [MALFORMED[case][0] for case in ("bad JSON", "array", "missing text", "text a number", "invalid UTF-8", "null")]
    lines: list[bytes] = []
    for i, record in enumerate(good):
        lines.append(line(record))
        if i % 2 == 1:
            lines.append(bad[i // 2])
    lines[5:5] = [b"", b"   "]  # blank lines: no record, kept as they are
    path = write_lines(tmp_path / "mixed.jsonl", lines)
    code, out, err = run(capsysbinary, str(path), *ONE)
    assert code == 2
    assert out.count(b"\n") == len(lines)  # one output line per input line
    assert out.split(b"\n")[5:7] == [b"", b"   "]
    got = records_of(out)
    assert len(got) == len(good) + len(bad)
    assert [r["id"] for r in got if "error" not in r["cleaner"]] == [r["id"] for r in good]
    assert [r for r in got if "error" not in r["cleaner"]] == [expected_record(r) for r in good]
    errors = [r["cleaner"]["error"] for r in got if "error" in r["cleaner"]]
    assert errors == [MALFORMED[case][1]["cleaner"]["error"] for case in ("bad JSON", "array", "missing text", "text a number", "invalid UTF-8", "null")]
    # each bad record sits right after the good record it followed in the input
    positions = [i for i, r in enumerate(got) if "error" in r["cleaner"]]
    assert positions == [2, 5, 8, 11, 14, 17]
    assert summary(err).group(1, 4) == ("18", "6")
    assert err.splitlines()[-1] == BAD_RECORDS_LINE.format(n=6, s="s")


def test_a_pretty_printed_json_array_is_one_error_record_per_line(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    document = json.dumps([{"id": 1, "text": STORY}, {"id": 2, "text": PLAIN}], indent=2).encode()
    path = write_lines(tmp_path / "array.jsonl", document.split(b"\n"))
    code, out, err = run(capsysbinary, str(path), *ONE)
    assert code == 2
    got = records_of(out)
    assert [r["cleaner"]["raw"] for r in got] == document.decode().split("\n")
    assert got[0]["cleaner"]["error"] == "not valid JSON: Expecting value at character 1"
    assert err.splitlines()[-1] == BAD_RECORDS_LINE.format(n=len(got), s="s")


def test_a_crlf_file_is_read_record_by_record(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(5)
    path = write_lines(tmp_path / "crlf.jsonl", [line(r) for r in records] + [b""], ending=b"\r\n")
    code, out, err = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert b"\r" not in out
    assert records_of(out) == [expected_record(r) for r in records]
    assert summary(err).group(1, 4) == ("5", "0")


def test_a_crlf_text_inside_a_record_is_cleaned_like_the_library_does(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    record = {"id": 1, "text": STORY.replace("\n", "\r\n")}
    path = write_lines(tmp_path / "crlf-text.jsonl", [line(record)])
    code, out, _ = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert records_of(out) == [expected_record(record)]


def test_the_last_line_without_a_newline_is_a_record(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(3)
    path = write_lines(tmp_path / "nonl.jsonl", [line(r) for r in records], final=False)
    code, out, _ = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert out.endswith(b"}\n")
    assert ids(records_of(out)) == ["r0", "r1", "r2"]
    bad = write_lines(tmp_path / "nonl-bad.jsonl", [line(records[0]), b"{oops"], final=False)
    code, out, err = run(capsysbinary, str(bad), *ONE)
    assert code == 2
    assert records_of(out)[-1] == {"cleaner": {"error": "not valid JSON: Expecting property name enclosed in double quotes at character 1", "raw": "{oops"}}


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_record_whose_text_holds_a_unicode_line_separator_stays_one_line(separator: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = [{"id": 1, "text": f"first{separator}second line of a story"}, {"id": 2, "text": STORY.replace("Monday", f"Mon{separator}day")}]
    path = write_lines(tmp_path / "ls.jsonl", [line(r) for r in records])
    code, out, _ = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert separator.encode("utf-8") not in out
    assert len(out.decode("utf-8").splitlines()) == 2  # also for readers that split on U+2028/U+2029/U+0085
    got = records_of(out)
    assert got == [expected_record(r) for r in records]
    assert separator in got[0]["text"]


# --- fields and the report ------------------------------------------------------------------------


def test_text_field_names_the_field_to_clean(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = [{"id": 1, "body": STORY, "text": "left alone: Advertisement"}, {"id": 2, "text": STORY}]
    path = write_lines(tmp_path / "body.jsonl", [line(r) for r in records])
    code, out, err = run(capsysbinary, str(path), "--text-field", "body", *ONE)
    assert code == 2
    got = records_of(out)
    assert got[0] == expected_record(records[0], field="body")
    assert got[0]["text"] == "left alone: Advertisement"
    assert got[1] == {"id": 2, "text": STORY, "cleaner": {"error": "no field 'body'"}}
    assert err.splitlines()[-1] == BAD_RECORDS_LINE.format(n=1, s="")


def test_output_field_keeps_the_original_text(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(4)
    path = write_lines(tmp_path / "out-field.jsonl", [line(r) for r in records])
    code, out, _ = run(capsysbinary, str(path), "--output-field", "clean_text", *ONE)
    assert code == 0
    got = records_of(out)
    assert got == [expected_record(r, target="clean_text") for r in records]
    assert [r["text"] for r in got] == [r["text"] for r in records]
    assert list(got[0]) == ["id", "text", "n", "clean_text", "cleaner"]


def test_text_field_and_output_field_together(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    record = {"id": 1, "html_text": STORY}
    path = write_lines(tmp_path / "both.jsonl", [line(record)])
    code, out, _ = run(capsysbinary, str(path), "--text-field", "html_text", "--output-field", "clean", "--no-report", *ONE)
    assert code == 0
    assert records_of(out) == [{"id": 1, "html_text": STORY, "clean": cleaner.clean(STORY).text}]


def test_no_report_leaves_out_the_report_but_not_the_errors(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(3)
    path = write_lines(tmp_path / "noreport.jsonl", [line(records[0]), b'{"id": "x"}', line(records[1]), b"[]", line(records[2])])
    code, out, err = run(capsysbinary, str(path), "--no-report", *ONE)
    assert code == 2
    got = records_of(out)
    assert got == [
        expected_record(records[0], report=False),
        {"id": "x", "cleaner": {"error": "no field 'text'"}},
        expected_record(records[1], report=False),
        {"cleaner": {"error": "an array, not an object", "raw": "[]"}},
        expected_record(records[2], report=False),
    ]
    assert err.splitlines()[-1] == BAD_RECORDS_LINE.format(n=2, s="s")


def test_a_cleaner_field_in_the_input_is_replaced_by_the_report(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    record = {"id": 1, "cleaner": "old", "text": STORY}
    path = write_lines(tmp_path / "report.jsonl", [line(record)])
    code, out, _ = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert records_of(out) == [{"id": 1, "cleaner": STORY_REPORT, "text": STORY.replace("Advertisement\n\n", "")}]


# --- inputs and outputs ---------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("args", [["--jsonl"], ["--jsonl", "-"]])
def test_jsonl_reads_stdin(args: list[str], monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(4)
    monkeypatch.setattr(sys, "stdin", _Stdin(b"\n".join(line(r) for r in records) + b"\n{bad\n"))
    code, out, err = run(capsysbinary, *args, *ONE)
    assert code == 2
    got = records_of(out)
    assert got[:-1] == [expected_record(r) for r in records]
    assert got[-1]["cleaner"]["raw"] == "{bad"
    assert summary(err).group(1, 4) == ("5", "1")


def test_jsonl_reads_files_of_any_name(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(3)
    path = write_lines(tmp_path / "records.txt", [line(r) for r in records])
    code, out, _ = run(capsysbinary, "--jsonl", str(path), *ONE)
    assert code == 0
    assert records_of(out) == [expected_record(r) for r in records]


def test_two_corpora_go_to_stdout_one_after_the_other(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    first, second = good_records(3), good_records(2, start=3)
    a = write_lines(tmp_path / "a.jsonl", [line(r) for r in first])
    b = write_lines(tmp_path / "b.ndjson", [line(r) for r in second])
    code, out, err = run(capsysbinary, str(a), str(b), *ONE)
    assert code == 0
    assert ids(records_of(out)) == ["r0", "r1", "r2", "r3", "r4"]
    assert summary(err).group(1) == "5"


def test_gzip_in_and_out_round_trip(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(8)
    lines = [line(r) for r in records] + [b"{bad"]
    plain = write_lines(tmp_path / "plain.jsonl", lines)
    packed = tmp_path / "packed.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    code, expected, _ = run(capsysbinary, str(plain), *ONE)
    assert code == 2
    code, out, _ = run(capsysbinary, str(packed), *ONE)  # .gz in, to stdout
    assert (code, out) == (2, expected)
    target = tmp_path / "cleaned.jsonl.gz"
    code, out, err = run(capsysbinary, str(packed), "-o", str(target), *ONE)  # .gz in, .gz out
    assert (code, out) == (2, b"")
    assert err.splitlines()[-1] == BAD_RECORDS_LINE.format(n=1, s="")
    assert target.read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress(target.read_bytes()) == expected
    # the cleaned corpus reads back in: cleaning it again changes no text
    code, again, _ = run(capsysbinary, str(target), "--no-report", *ONE)
    assert [r.get("text") for r in records_of(again)] == [r.get("text") for r in records_of(expected)]
    assert list(tmp_path.glob(".*")) == []  # no temporary file left beside the output


def test_zstd_in_and_out_round_trip(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    zstandard = pytest.importorskip("zstandard")
    records = good_records(6)
    plain = write_lines(tmp_path / "plain.jsonl", [line(r) for r in records])
    packed = tmp_path / "packed.ndjson.zst"
    packed.write_bytes(zstandard.ZstdCompressor().compress(plain.read_bytes()))
    code, expected, _ = run(capsysbinary, str(plain), *ONE)
    assert code == 0
    target = tmp_path / "cleaned.jsonl.zst"
    code, out, _ = run(capsysbinary, str(packed), "-o", str(target), *ONE)
    assert (code, out) == (0, b"")
    with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(target.read_bytes())) as reader:
        assert reader.read() == expected


def test_output_file_into_a_missing_folder_is_created(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(3)
    path = write_lines(tmp_path / "in.jsonl", [line(r) for r in records])
    target = tmp_path / "new" / "deeper" / "out.jsonl"
    code, out, err = run(capsysbinary, str(path), "-o", str(target), *ONE)
    assert (code, out) == (0, b"")
    assert summary(err).group(1) == "3"
    assert records_of(target.read_bytes()) == [expected_record(r) for r in records]
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.jsonl"]


def test_a_missing_corpus_is_reported_and_the_others_are_still_cleaned(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    missing = tmp_path / "missing.jsonl"
    records = good_records(3)
    present = write_lines(tmp_path / "present.jsonl", [line(r) for r in records])
    code, out, err = run(capsysbinary, str(missing), str(present), *ONE)
    assert code == 2
    assert records_of(out) == [expected_record(r) for r in records]
    first = err.splitlines()[0]
    assert first.startswith(f"clean: {missing}: ") and first.endswith("No such file or directory"), err
    assert summary(err).group(1, 4) == ("3", "0")
    assert "Traceback" not in err


def test_a_truncated_gzip_is_reported_not_a_traceback(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    data = gzip.compress(b"\n".join(line(r) for r in good_records(200)) + b"\n")
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2])
    code, _, err = run(capsysbinary, str(broken), *ONE)
    assert code == 2
    assert err.splitlines()[0].startswith(f"clean: {broken}: ")
    assert "Traceback" not in err


# --- usage errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{corpus}", "{text}"], "corpus files (*.jsonl, *.parquet, ...) cannot be mixed with text files; give --jsonl to read every input as JSON Lines"),
        (["{text}", "{corpus}"], "corpus files (*.jsonl, *.parquet, ...) cannot be mixed with text files; give --jsonl to read every input as JSON Lines"),
        (["{corpus}", "-"], "corpus files (*.jsonl, *.parquet, ...) cannot be mixed with text files; give --jsonl to read every input as JSON Lines"),
        (["-i", "{corpus}"], "-i is not for corpus mode: each record carries its own report under 'cleaner'"),
        (["--diff", "{corpus}"], "--diff is not for corpus mode: each record carries its own report under 'cleaner'"),
        (["--check", "{corpus}"], "--check is not for corpus mode: each record carries its own report under 'cleaner'"),
        (["--explain", "{corpus}"], "--explain is not for corpus mode: each record carries its own report under 'cleaner'"),
        (["--format", "json", "{corpus}"], "--format json is not for corpus mode: each record carries its own report under 'cleaner'"),
        (["--encoding", "latin-1", "{corpus}"], "--encoding is not for corpus mode: each record carries its own report under 'cleaner'"),
        (["--jsonl", "--explain", "{text}"], "--explain is not for corpus mode: each record carries its own report under 'cleaner'"),
        (["-o", "{out}", "{corpus}", "{corpus}"], "-o: {corpus} and {corpus} would both be written to {out}/c.jsonl"),
        (["--workers", "0", "{corpus}"], "argument --workers: must be 1 or more, not 0"),
        (["--workers", "-1", "{corpus}"], "argument --workers: must be 1 or more, not -1"),
        (["--workers", "two", "{corpus}"], "argument --workers: not a whole number: 'two'"),
    ],
)
def test_usage_errors_exit_2_with_one_message(args: list[str], message: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    corpus = write_lines(tmp_path / "c.jsonl", [line({"id": 1, "text": STORY})])
    text = tmp_path / "story.txt"
    text.write_text(STORY, encoding="utf-8")
    argv = [a.format(corpus=corpus, text=text, out=tmp_path / "out.jsonl") for a in args]
    code, out, err = run(capsysbinary, *argv)
    assert (code, out) == (2, b"")
    assert err.splitlines()[-1] == f"clean: error: {message.format(corpus=corpus, out=tmp_path / 'out.jsonl')}"
    assert corpus.read_bytes() == line({"id": 1, "text": STORY}) + b"\n"  # -i did not touch it
    assert not (tmp_path / "out.jsonl").exists()


# --- workers --------------------------------------------------------------------------------------


def test_one_and_two_workers_give_byte_identical_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    # small chunks, so that two workers hold several chunks in flight and may finish out of order
    monkeypatch.setattr(jsonl, "CHUNK_LINES", 7)
    pools: list[int] = []
    ordered_map = jsonl.ordered_map

    def spy(function: Any, items: Any, workers: int, *args: Any) -> Any:
        pools.append(workers)
        return ordered_map(function, items, workers, *args)

    monkeypatch.setattr(jsonl, "ordered_map", spy)
    lines: list[bytes] = []
    for i, record in enumerate(good_records(150)):
        lines.append(line(record))
        if i % 11 == 0:
            lines.append(list(MALFORMED.values())[i // 11 % len(MALFORMED)][0])
        if i % 37 == 0:
            lines.append(b"")
    path = write_lines(tmp_path / "mixed.jsonl", lines)
    one = run(capsysbinary, str(path), "--workers", "1")
    two = run(capsysbinary, str(path), "--workers", "2")
    assert pools == [2]  # the second run went through the worker pool
    assert one[0] == two[0] == 2
    assert one[1] == two[1]
    assert one[2] == two[2]
    assert one[1].count(b"\n") == len(lines)
    assert summary(one[2]).group(1, 4) == ("164", "14")


def test_end_to_end_python_m_cleaner_with_two_workers(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(40)
    lines = [line(r) for r in records]
    lines[10:10] = [b"{bad", b'{"id": "no-text"}']
    plain = write_lines(tmp_path / "corpus.jsonl", lines)
    packed = tmp_path / "corpus.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    target = tmp_path / "out" / "cleaned.jsonl.gz"
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", str(packed), "--workers", "2", "-o", str(target)],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert done.stdout == b""
    assert err.splitlines() == [
        f"clean: 42 records, {plain.stat().st_size / 1e6:.1f} MB, 16 changed, 2 bad; lines removed: inline.ad-marker 16",
        BAD_RECORDS_LINE.format(n=2, s="s"),
    ]
    code, expected, _ = run(capsysbinary, str(plain), *ONE)
    assert code == 2
    assert gzip.decompress(target.read_bytes()) == expected
    got = records_of(expected)
    assert len(got) == 42
    assert [r.get("id") for r in got] == [r["id"] for r in records[:10]] + [None, "no-text"] + [r["id"] for r in records[10:]]


# --- edge cases (each was a bug once) ------------------------------------------------------------


def test_a_record_nested_near_the_recursion_limit_is_an_error_record(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    # json.loads and json.dumps stop at about the same depth; somewhere in this range a record
    # parses but is one level too deep to write back: it must become an error record, not a traceback
    depths = range(500, 1000)
    lines = [b'{"id": %d, "text": "x", "a": %s%s}' % (depth, b"[" * depth, b"]" * depth) for depth in depths]
    path = write_lines(tmp_path / "deep.jsonl", lines)
    code, out, err = run(capsysbinary, str(path), *ONE)
    assert code == 2
    assert out.count(b"\n") == len(lines)
    got = records_of(out)
    written = [r for r in got if "error" not in r["cleaner"]]
    errors = [r["cleaner"] for r in got if "error" in r["cleaner"]]
    assert [r["id"] for r in written] == list(depths[: len(written)])  # the shallow ones, in order
    assert written and errors
    assert {e["error"] for e in errors} == {"not valid JSON: nested too deeply", "nested too deeply to write back"}
    assert [e["raw"].encode() for e in errors] == lines[len(written) :]
    assert err.splitlines()[-1] == BAD_RECORDS_LINE.format(n=len(errors), s="s")


def test_a_closed_pipe_ends_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    class ClosedPipe(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    class Stdout:
        buffer = ClosedPipe()

    path = write_lines(tmp_path / "in.jsonl", [line(r) for r in good_records(3)])
    monkeypatch.setattr(sys, "stdout", Stdout())
    code = main([str(path), *ONE])
    err = capsysbinary.readouterr().err.decode()
    assert (code, err) == (141, "")


def test_output_onto_a_folder_writes_the_corpus_into_it(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write_lines(tmp_path / "in.jsonl", [line(r) for r in good_records(2)])
    (tmp_path / "folder").mkdir()
    code, _, _ = run(capsysbinary, str(path), "-o", str(tmp_path / "folder"), *ONE)
    assert code == 0
    assert (tmp_path / "folder" / "in.jsonl").read_bytes() == run(capsysbinary, str(path), *ONE)[1]


def test_output_file_that_cannot_be_made_is_an_error_not_a_traceback(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write_lines(tmp_path / "in.jsonl", [line(r) for r in good_records(2)])
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    code, _, err = run(capsysbinary, str(path), "-o", str(tmp_path / "blocker" / "out.jsonl"), *ONE)
    assert code == 2
    assert err.startswith(f"clean: {tmp_path / 'blocker' / 'out.jsonl'}: ")


def test_output_file_gets_the_usual_permissions(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write_lines(tmp_path / "in.jsonl", [line(r) for r in good_records(2)])
    target = tmp_path / "out.jsonl"
    assert run(capsysbinary, str(path), "-o", str(target), *ONE)[0] == 0
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_no_output_file_is_left_when_the_corpus_cannot_be_read(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    target = tmp_path / "out.jsonl"
    code, _, _ = run(capsysbinary, str(tmp_path / "missing.jsonl"), "-o", str(target), *ONE)
    assert code == 2
    assert not target.exists()


def test_a_byte_order_mark_opening_the_file_is_not_part_of_the_first_record(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(2)
    path = write_lines(tmp_path / "bom.jsonl", [b"\xef\xbb\xbf" + line(records[0]), line(records[1])])
    code, out, _ = run(capsysbinary, str(path), *ONE)
    assert code == 0
    assert records_of(out) == [expected_record(r) for r in records]


def test_a_corpus_from_stdin_can_go_to_an_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(3)
    monkeypatch.setattr(sys, "stdin", _Stdin(b"\n".join(line(r) for r in records) + b"\n"))
    target = tmp_path / "out.jsonl.gz"
    code, out, _ = run(capsysbinary, "--jsonl", "-o", str(target), *ONE)
    assert (code, out) == (0, b"")
    assert records_of(gzip.decompress(target.read_bytes())) == [expected_record(r) for r in records]


# --- folders holding corpus files -------------------------------------------------------------------


def folder_of_shards(root: Path) -> Path:
    root.mkdir()
    write_lines(root / "crawl.jsonl", [line(r) for r in good_records(3)])
    (root / "b.jsonl.gz").write_bytes(gzip.compress(b"".join(line(r) + b"\n" for r in good_records(2, start=3))))
    (root / "notes.txt").write_text(STORY, encoding="utf-8")
    return root


def test_a_folder_of_shards_is_cleaned_shard_by_shard(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    shards = folder_of_shards(tmp_path / "jdir")
    out = tmp_path / "jout"
    code, _, _ = run(capsysbinary, "-q", "-o", str(out), str(shards))
    assert code == 0
    for name in ("crawl.jsonl", "b.jsonl.gz"):
        assert run(capsysbinary, "-q", str(shards / name))[1] == (
            gzip.decompress((out / name).read_bytes()) if name.endswith(".gz") else (out / name).read_bytes()
        )
    assert (out / "b.jsonl.gz").read_bytes()[:2] == b"\x1f\x8b"  # written as it came: compressed
    assert (out / "notes.txt").read_text(encoding="utf-8") == cleaner.clean(STORY).text


def test_a_corpus_in_a_folder_refuses_a_text_only_flag(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    shards = folder_of_shards(tmp_path / "jdir")
    code, _, err = run(capsysbinary, "--check", str(shards))
    assert code == 2
    assert f"clean: {shards / 'b.jsonl.gz'}: is a corpus file: --check is for texts; clean the corpus on its own" in err


# --- damaged input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("to_file", [True, False])
def test_a_truncated_gzip_keeps_the_records_before_the_break(to_file: bool, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records = good_records(3000)
    whole = gzip.compress(b"".join(line(r) + b"\n" for r in records))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])  # a download cut short
    readable = 0
    try:
        with gzip.open(path, "rb") as stream:
            for _ in stream:
                readable += 1
    except EOFError:
        pass
    target = tmp_path / "out.jsonl"
    args = [str(path), *ONE, *(["-o", str(target)] if to_file else [])]
    code, out, err = run(capsysbinary, *args)
    assert code == 2
    written = target.read_bytes() if to_file else out
    got = written.splitlines()
    assert len(got) >= readable - 1 and readable > 100
    assert [json.loads(g)["id"] for g in got[: readable - 1]] == [r["id"] for r in records[: readable - 1]]
    lines = err.splitlines()
    assert lines[0].startswith(f"clean: {path}: the compressed stream breaks off after line ")
    assert lines[0].endswith(": Compressed file ended before the end-of-stream marker was reached")


def test_a_gzip_corpus_broken_from_its_first_byte_is_unreadable_and_writes_nothing(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08garbage")
    code, out, err = run(capsysbinary, str(path), *ONE, "-o", str(tmp_path / "out.jsonl"))
    assert (code, out) == (2, b"")
    assert err.splitlines()[0] == (
        f"clean: {path}: not a readable compressed file: Compressed file ended before the end-of-stream marker was reached"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl.gz"]
