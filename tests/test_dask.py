"""cleaner.io.dask on a real ``distributed.LocalCluster`` of 2 worker processes: the same records as the CLI.

The JSON lines must equal what ``clean CORPUS.jsonl --workers 1`` writes, byte for byte, for good,
malformed and mixed input. Dask is an optional extra: without it these tests skip (CI installs it).
"""
from __future__ import annotations

import gzip
import importlib
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from cleaner import Cleaner, Options  # noqa: E402
from cleaner.cli import main  # noqa: E402
from cleaner.io import dask as cd  # noqa: E402
from cleaner.io.jsonl import RunSettings  # noqa: E402
from cleaner.io.records import CorpusOptions, clean_record  # noqa: E402

from samples import PLAIN, STORY  # noqa: E402  (tests/ is on sys.path)

GOOD = [json.dumps({"id": i, "text": [STORY, PLAIN, "Line\u2028break and a tab\t, in prose that goes on."][i % 3]}, ensure_ascii=i % 2 == 0) for i in range(30)]
MALFORMED: list[str | bytes] = [
    "not json",
    "[1, 2, 3]",
    '{"text": 5}',
    '{"text": null}',
    '{"body": "no text field"}',
    b'{"text": "\xff\xfe not UTF-8"}',
    '{"text": "unterminated',
    "",
    "   ",
    '{"text": "Advertisement\\n\\nA paragraph of prose that is long enough to stay where it is."}\r',
    '"just a string"',
]
MIXED = [line for pair in zip(GOOD, MALFORMED * 3) for line in pair]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as client:
            yield client


def write_jsonl(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n" for line in lines))
    return path


def cli_output(path: Path, capsysbinary: pytest.CaptureFixture[bytes], *flags: str) -> bytes:
    capsysbinary.readouterr()
    main([str(path), "--workers", "1", "-q", *flags])
    return capsysbinary.readouterr().out


@pytest.mark.parametrize("lines", [GOOD, MALFORMED, MIXED], ids=["good", "malformed", "mixed"])
def test_json_bag_equals_the_cli_byte_for_byte(lines: list[str | bytes], client: Any, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_jsonl(tmp_path / "corpus.jsonl", lines)
    expected = cli_output(source, capsysbinary)
    bag = cd.read_jsonl(str(source), blocksize=80)
    assert bag.npartitions > 1
    out = cd.clean_json_bag(bag).compute()
    assert len(out) == len(lines)
    assert "".join(line + "\n" for line in out).encode("utf-8") == expected
    # written by Dask itself, as the module's docstring shows (one file per partition, in order)
    cd.to_jsonl(cd.clean_json_bag(bag), str(tmp_path / "out" / "*.jsonl"), name_function=lambda i: f"{i:05d}")
    assert b"".join(p.read_bytes() for p in sorted((tmp_path / "out").iterdir())) == expected
    # the same without the report, and from a bag of bytes made another way
    expected = cli_output(source, capsysbinary, "--no-report", "--output-field", "clean")
    raw = db.from_sequence(source.read_bytes().split(b"\n")[:-1], npartitions=3)
    out = cd.clean_json_bag(raw, report=False, output_field="clean").compute()
    assert "".join(line + "\n" for line in out).encode("utf-8") == expected


def test_run_on_the_cluster_equals_the_cli(client: Any, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_jsonl(tmp_path / "corpus.jsonl", MIXED)
    expected = cli_output(source, capsysbinary)
    settings = RunSettings(Options(), CorpusOptions(), workers=2)
    tally = cd.run([source], tmp_path / "out.jsonl", settings, client.scheduler.address)  # by address, as --scheduler
    assert (tmp_path / "out.jsonl").read_bytes() == expected
    assert tally.records == len([line for line in MIXED if line.strip()]) and tally.errors > 0 and tally.changed > 0
    pq = pytest.importorskip("pyarrow.parquet")
    cd.run([source], tmp_path / "out.parquet", settings, client)
    assert main([str(source), "--workers", "1", "-q", "-o", str(tmp_path / "cli.parquet")]) == 2
    assert pq.read_table(tmp_path / "out.parquet").equals(pq.read_table(tmp_path / "cli.parquet"))


def test_cli_scheduler_equals_the_cli(client: Any, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_jsonl(tmp_path / "corpus.jsonl", MIXED)
    expected = cli_output(source, capsysbinary)
    assert main([str(source), "-q", "--scheduler", client.scheduler.address, "-o", str(tmp_path / "out.jsonl.gz")]) == 2
    assert gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()) == expected
    capsysbinary.readouterr()
    assert main([str(source), "-q", "--scheduler", client.scheduler.address]) == 2
    assert capsysbinary.readouterr().out == expected
    assert main([str(source), "-q", "--scheduler", "local", "--workers", "2", "-o", str(tmp_path / "local.jsonl")]) == 2
    assert (tmp_path / "local.jsonl").read_bytes() == expected
    assert main([str(source), "--scheduler", client.scheduler.address, "--workers", "2"]) == 2  # usage error


def test_clean_bag_of_records(client: Any, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    records: list[Any] = [json.loads(line) for line in GOOD] + [{"text": 5}, {"body": "x"}, ["not", "a", "dict"]]
    source = write_jsonl(tmp_path / "corpus.jsonl", [json.dumps(r, ensure_ascii=False) for r in records])
    expected = [json.loads(line) for line in cli_output(source, capsysbinary).decode().splitlines()]
    out = cd.clean_bag(db.from_sequence(records, npartitions=4)).compute()
    assert out[:-1] == expected[:-1]
    assert out[-1] == {"cleaner": {"error": "list, not a dict", "raw": "['not', 'a', 'dict']"}}
    assert expected[-1]["cleaner"]["error"] == "an array, not an object"
    assert out[0]["text"] != STORY and out[0]["cleaner"]["changed"] is True
    assert records[0]["text"] == STORY  # the input records are left alone
    bare = cd.clean_bag(db.from_sequence(records[:3]), output_field="clean", report=False).compute()
    assert [r.get("clean") for r in bare] == [r["text"] for r in out[:3]] and "cleaner" not in bare[0]


def test_clean_dataframe(client: Any) -> None:
    texts = [STORY, PLAIN, None, "Advertisement\n\nA paragraph of prose that is long enough to stay where it is."] * 3
    frame = pd.DataFrame({"id": range(len(texts)), "text": texts}, index=pd.RangeIndex(100, 100 + len(texts)))
    ddf = dd.from_pandas(frame, npartitions=3)
    cleaner = Cleaner()
    expected = [clean_record({"text": t}, cleaner, CorpusOptions()) for t in texts]
    out = cd.clean_dataframe(ddf, "text").compute()
    assert list(out.columns) == ["id", "text"] and list(out.index) == list(frame.index)
    assert [None if pd.isna(t) else t for t in out["text"]] == [e["text"] for e in expected]
    out = cd.clean_dataframe(ddf, "text", output_column="clean", report=True).compute()
    assert list(out.columns) == ["id", "text", "clean", "cleaner"]
    assert [None if pd.isna(t) else t for t in out["text"]] == texts
    assert [json.loads(r) for r in out["cleaner"]] == [e["cleaner"] for e in expected]
    assert json.loads(out["cleaner"].iloc[2]) == {"error": "field 'text' is null, not a string"}
    with pytest.raises(KeyError):
        cd.clean_dataframe(ddf, "body")
    # a column that is not text: every row reported, the values kept
    out = cd.clean_dataframe(ddf, "id", report=True).compute()
    assert list(out["id"]) == list(range(len(texts)))
    assert json.loads(out["cleaner"].iloc[0]) == {"error": "field 'id' is a number, not a string"}


def test_options_are_checked_before_the_cluster_runs(client: Any) -> None:
    bag = db.from_sequence([{"text": STORY}])
    with pytest.raises(ValueError, match="unknown rule id"):
        cd.clean_bag(bag, select={"no.such.rule"})
    out = cd.clean_bag(bag, ignore={"inline"}).compute()
    assert "Advertisement" in out[0]["text"]


def test_partition_functions_pickle() -> None:
    job = cd._Lines(Options(ignore=frozenset({"inline"})), CorpusOptions(output_field="clean"))
    assert pickle.loads(pickle.dumps(job)) == job
    assert pickle.loads(pickle.dumps(Cleaner(job.options))).options == job.options


def test_import_without_dask_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # import dask.bag now raises ImportError
    monkeypatch.delitem(sys.modules, "cleaner.io.dask")
    with pytest.raises(ImportError, match=r"pip install 'boilercut\[dask\]'"):
        importlib.import_module("cleaner.io.dask")


def test_cli_unreachable_scheduler_is_said_before_any_input_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cd, "CONNECT_SECONDS", 1.0)
    source = write_jsonl(tmp_path / "corpus.jsonl", MIXED)
    assert main(["--scheduler", "tcp://127.0.0.1:9", str(source), "-o", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clean: cannot reach the Dask scheduler at tcp://127.0.0.1:9 within 1 s: ")
    assert len(err.splitlines()) == 1 and str(source) not in err
    assert not (tmp_path / "out.jsonl").exists()
