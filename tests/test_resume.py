"""Resumable corpus runs: a run writing ``-o OUT`` killed at any moment (SIGKILL included) and started
again with the same arguments ends with the bytes an uninterrupted run writes, and leaves nothing else.

The fault injection runs ``python -m cleaner.cli``'s ``main`` in a subprocess (HARNESS) with small chunks
and a checkpoint after every chunk, killing itself with SIGKILL before or after the n-th call of a
step of the writing (a chunk written, an fsync, a rename); the next run resumes. The other tests drive
``cleaner.cli.main`` in this process, and two run the command with worker processes and kill it from
outside: SIGTERM (taken as Ctrl-C) and SIGKILL at a moment the test picks, after which no process of
the run may be left.
"""
from __future__ import annotations

import fcntl
import gzip
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from cleaner.cli import main
from cleaner.io import jsonl, resume

from samples import PLAIN, STORY  # noqa: E402  (tests/ is on sys.path)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from kill_resume import alive, descendants  # noqa: E402  (the benchmark's own /proc walk)

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 4  # lines a chunk in the harness: 41 lines are 11 chunks, 11 checkpoints
HARNESS = """
import os, signal, sys
from cleaner.io import jsonl, resume
jsonl.CHUNK_LINES = int(sys.argv[1])
resume.CHECKPOINT_SECONDS = 0.0
step, when, count = sys.argv[2], sys.argv[3], int(sys.argv[4])
if step != "-":
    owner_name, _, attribute = step.partition(".")
    owner = {"os": os, "CorpusFile": resume.CorpusFile}[owner_name]
    original = getattr(owner, attribute)
    calls = [0]
    def injected(*args, **kwargs):
        calls[0] += 1
        if calls[0] == count and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = original(*args, **kwargs)
        if calls[0] == count and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(owner, attribute, injected)
from cleaner.cli import main
sys.exit(main(sys.argv[5:]))
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, flock and /proc are POSIX")


def write_corpus(path: Path, count: int = 40) -> Path:
    texts = (STORY, PLAIN, STORY.replace("Monday", "Tuesday"))
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}, ensure_ascii=False) for i in range(count)]
    lines.insert(count // 2, "{not json")  # a bad record: the resumed run's tally must count it too
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def harness(*args: str, step: str = "-", when: str = "before", count: int = 0) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", HARNESS, str(CHUNK), step, when, str(count), *args, "--workers", "1"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(command, cwd=ROOT, capture_output=True, timeout=120, env=env)


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, list[str]]]:
    """An uninterrupted run's output and stderr, by suffix."""
    folder = tmp_path_factory.mktemp("reference")
    source = write_corpus(folder / "in.jsonl")
    found = {}
    for suffix in (".jsonl", ".jsonl.gz", ".jsonl.zst"):
        done = harness(str(source), "-o", str(folder / f"out{suffix}"))
        assert done.returncode == 2, done.stderr  # the bad record
        found[suffix] = ((folder / f"out{suffix}").read_bytes(), done.stderr.decode().splitlines())
    return found


# (step, before or after its n-th call, n, what the kill leaves beside the input, records resumed)
# Per checkpoint: write, fsync the partial file, fsync OUT.progress.tmp, rename it; at the end: fsync,
# rename the partial file to OUT (call 12 of os.replace), fsync the folder, remove OUT.progress.
KILLS = [
    ("CorpusFile.write", "before", 1, ["{out}.partial"], 0),
    ("CorpusFile.write", "after", 4, ["{out}.partial", "{out}.progress"], 16),
    ("os.fsync", "before", 7, ["{out}.partial", "{out}.progress"], 12),
    ("os.fsync", "after", 8, ["{out}.partial", "{out}.progress", "{out}.progress.tmp"], 12),
    ("os.replace", "before", 12, ["{out}.partial", "{out}.progress"], 41),
    ("os.replace", "after", 12, ["{out}", "{out}.progress"], 0),
]
CASES = [(".jsonl", *kill) for kill in KILLS] + [(".jsonl.gz", *KILLS[1]), (".jsonl.zst", *KILLS[3])]


@pytest.mark.parametrize(("suffix", "step", "when", "count", "left", "resumed"), CASES)
def test_a_run_killed_at_any_step_resumes_to_the_same_bytes(
    suffix: str,
    step: str,
    when: str,
    count: int,
    left: list[str],
    resumed: int,
    tmp_path: Path,
    reference: dict[str, tuple[bytes, list[str]]],
) -> None:
    source = write_corpus(tmp_path / "in.jsonl")
    out = tmp_path / f"out{suffix}"
    killed = harness(str(source), "-o", str(out), step=step, when=when, count=count)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert names(tmp_path) == sorted(["in.jsonl", *(name.format(out=out.name) for name in left)])
    done = harness(str(source), "-o", str(out), "--resume")
    expected, summary = reference[suffix]
    said = [f"clean: {out}: resuming the interrupted run after {resumed} records"] if resumed else []
    assert (done.returncode, done.stderr.decode().splitlines()) == (2, said + summary)
    assert out.read_bytes() == expected
    assert names(tmp_path) == ["in.jsonl", out.name]


# --- in this process ------------------------------------------------------------------------------


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, bytes, list[str]]:
    code = main([*args, "--workers", "1"])
    out, err = capsysbinary.readouterr()
    return code, out, err.decode().splitlines()


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "CHUNK_LINES", CHUNK)


def interrupt_at(monkeypatch: pytest.MonkeyPatch, call: int) -> None:
    """Ctrl-C (or SIGTERM: cleaner.cli.signals raises the same) while the chunk ``call`` is written."""
    write = resume.CorpusFile.write
    calls = [0]

    def interrupted(self: resume.CorpusFile, *args: Any) -> None:
        calls[0] += 1
        if calls[0] == call:
            raise KeyboardInterrupt
        write(self, *args)

    monkeypatch.setattr(resume.CorpusFile, "write", interrupted)


def test_plain_output_is_what_stdout_gets_and_nothing_is_left(tmp_path: Path, small_chunks: None, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_corpus(tmp_path / "in.jsonl")
    _, expected, _ = run(capsysbinary, str(source))
    code, _, err = run(capsysbinary, str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2 and err[-1] == "clean: 1 bad record (passed through with cleaner.error)"
    assert (tmp_path / "out.jsonl").read_bytes() == expected
    assert names(tmp_path) == ["in.jsonl", "out.jsonl"]


def test_gzip_output_is_one_member_a_chunk(tmp_path: Path, small_chunks: None, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_corpus(tmp_path / "in.jsonl")
    _, expected, _ = run(capsysbinary, str(source))
    run(capsysbinary, str(source), "-o", str(tmp_path / "out.jsonl.gz"))
    packed = (tmp_path / "out.jsonl.gz").read_bytes()
    members = []
    while packed:
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        members.append(member.decompress(packed))
        packed = member.unused_data
    lines = expected.splitlines(keepends=True)
    assert members == [b"".join(lines[i : i + CHUNK]) for i in range(0, len(lines), CHUNK)]
    assert gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()) == expected


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_an_empty_corpus_is_a_valid_compressed_file(suffix: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    (tmp_path / "in.jsonl").write_bytes(b"")
    assert run(capsysbinary, str(tmp_path / "in.jsonl"), "-q", "-o", str(tmp_path / f"out{suffix}"))[0] == 0
    data = (tmp_path / f"out{suffix}").read_bytes()
    if suffix == ".jsonl.gz":
        assert gzip.decompress(data) == b""
    else:
        zstandard = pytest.importorskip("zstandard")
        assert zstandard.ZstdDecompressor().decompress(data) == b""


def test_an_interrupted_run_keeps_its_state_and_the_next_one_resumes(tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    monkeypatch.setattr(resume, "CHECKPOINT_SECONDS", 3600.0)  # only the interrupt's own checkpoint
    source = write_corpus(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    _, expected, summary = run(capsysbinary, str(source))
    with monkeypatch.context() as patch:
        interrupt_at(patch, 3)
        code, _, err = run(capsysbinary, str(source), "-o", str(out))
    assert (code, err) == (130, [f"clean: {out}: interrupted; 8 records kept in out.jsonl.partial: the same command resumes from there"])
    assert names(tmp_path) == ["in.jsonl", "out.jsonl.partial", "out.jsonl.progress"]
    code, _, err = run(capsysbinary, str(source), "-o", str(out))
    assert (code, err) == (2, [f"clean: {out}: resuming the interrupted run after 8 records", *summary])
    assert out.read_bytes() == expected
    assert names(tmp_path) == ["in.jsonl", "out.jsonl"]


def interrupted_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> tuple[Path, Path]:
    source = write_corpus(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        interrupt_at(patch, 3)
        assert run(capsysbinary, str(source), "-o", str(out))[0] == 130
    return source, out


def test_other_options_start_over_and_with_resume_are_an_error(tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source, out = interrupted_run(tmp_path, monkeypatch, capsysbinary)
    state = {name: (tmp_path / name).read_bytes() for name in ("out.jsonl.partial", "out.jsonl.progress")}
    code, _, err = run(capsysbinary, str(source), "-o", str(out), "--no-report", "--resume")
    assert (code, err) == (2, [f"clean: {out}: cannot resume the interrupted run (the options changed); run without --resume to start over"])
    assert {name: (tmp_path / name).read_bytes() for name in state} == state  # left as it was
    _, expected, _ = run(capsysbinary, str(source), "--no-report")
    code, _, err = run(capsysbinary, str(source), "-o", str(out), "--no-report", "-q")
    assert (code, err[0]) == (2, f"clean: {out}: not resuming the interrupted run (the options changed): starting over")
    assert out.read_bytes() == expected
    assert names(tmp_path) == ["in.jsonl", "out.jsonl"]


def test_a_changed_input_starts_over(tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source, out = interrupted_run(tmp_path, monkeypatch, capsysbinary)
    with source.open("ab") as more:
        more.write(b'{"id": "more", "text": "More."}\n')
    _, expected, _ = run(capsysbinary, str(source))
    code, _, err = run(capsysbinary, str(source), "-o", str(out), "-q")
    assert (code, err[0]) == (2, f"clean: {out}: not resuming the interrupted run (the input changed): starting over")
    assert out.read_bytes() == expected


def test_other_content_of_the_same_size_and_time_is_caught_by_the_digest(tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source, out = interrupted_run(tmp_path, monkeypatch, capsysbinary)
    info = source.stat()
    source.write_bytes(source.read_bytes().replace(b'"id": 1,', b'"id": 7,', 1))
    os.utime(source, ns=(info.st_atime_ns, info.st_mtime_ns))
    code, _, err = run(capsysbinary, str(source), "-o", str(out), "-q")
    assert (code, err) == (2, [f"clean: {source}: differs from the input of the interrupted run (same size and time); run again"])
    assert names(tmp_path) == ["in.jsonl"]  # nothing misleading is left: the next run starts over


def test_a_killed_worker_keeps_the_state(tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from cleaner.parallel import WorkerDied

    clean_chunks = jsonl.clean_chunks

    def dying(source: Any, settings: Any) -> Any:
        for index, result in enumerate(clean_chunks(source, settings)):
            if index == 2:
                try:
                    raise WorkerDied("a worker process died (out of memory?); the output is incomplete")
                except WorkerDied as error:  # as jsonl.clean_chunks says it
                    raise jsonl.CorpusError(str(error)) from None
            yield result

    source = write_corpus(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        patch.setattr(jsonl, "clean_chunks", dying)
        code, _, err = run(capsysbinary, str(source), "-o", str(out))
    assert (code, err) == (2, [
        "clean: a worker process died (out of memory?); the output is incomplete",
        f"clean: {out}: interrupted; 8 records kept in out.jsonl.partial: the same command resumes from there",
    ])
    assert run(capsysbinary, str(source), "-o", str(out))[2][0] == f"clean: {out}: resuming the interrupted run after 8 records"


def test_a_second_run_on_the_same_target_is_refused(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_corpus(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    with open(tmp_path / "out.jsonl.partial", "wb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code, _, err = run(capsysbinary, str(source), "-o", str(out))
    assert (code, err) == (2, [f"clean: {out}: another run is writing it (out.jsonl.partial is locked)"])
    assert not out.exists()


def dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_what_dead_runs_left_is_removed_and_a_live_runs_is_not(suffix: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    source = write_corpus(tmp_path / "in.jsonl")
    out = tmp_path / f"out{suffix}"
    dead, live = dead_pid(), os.getpid()
    stale = [tmp_path / f".{out.name}.{dead}.0123abcd.tmp", tmp_path / f".{out.name}.{dead}.4567cdef.tmp.gz"]
    for path in stale:
        path.write_bytes(b"half a corpus")
    (tmp_path / f".{out.name}.{dead}.89abcdef.parts").mkdir()
    (tmp_path / f".{out.name}.{dead}.89abcdef.parts" / "00000000.arrow").write_bytes(b"")
    kept = [tmp_path / f".{out.name}.{live}.0123abcd.tmp", tmp_path / f".other.jsonl.{dead}.0123abcd.tmp"]
    for path in kept:
        path.write_bytes(b"still being written")
    code, _, err = run(capsysbinary, str(source), "-o", str(out))
    assert code == 2
    assert names(tmp_path) == sorted(["in.jsonl", out.name, *(path.name for path in kept)])
    if suffix == ".jsonl":
        removed = sorted([*stale, tmp_path / f".{out.name}.{dead}.89abcdef.parts"])
        assert err[: len(removed)] == [f"clean: {path}: removed, left by a run that died" for path in removed]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{corpus}", "--resume"], "--resume needs -o: what goes to standard output cannot be resumed"),
        (["--jsonl", "-", "-o", "{out}", "--resume"], "--resume needs input files: standard input cannot be read again"),
        (["{corpus}", "-o", "{folder}/out.parquet", "--resume"], "--resume is for JSON Lines output (.jsonl, .jsonl.gz, .jsonl.zst): a Parquet file is written whole, and a run that was killed starts over"),
        (["{text}", "-o", "{folder}/out.txt", "--resume"], "--resume is for corpus mode (*.jsonl inputs, or --jsonl)"),
    ],
)
def test_resume_where_nothing_can_be_resumed_is_a_usage_error(args: list[str], message: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl")
    text = tmp_path / "story.txt"
    text.write_text(STORY, encoding="utf-8")
    values = {"corpus": corpus, "out": tmp_path / "out.jsonl", "folder": tmp_path, "text": text}
    code = main([arg.format(**values) for arg in args])  # no --workers: text mode refuses it
    out, err = capsysbinary.readouterr()
    assert (code, out, err.decode().splitlines()) == (2, b"", [f"clean: error: {message}"])


def test_a_pipe_cannot_be_resumed(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    code, _, err = run(capsysbinary, str(fifo), "-o", str(tmp_path / "out.jsonl"), "--resume")
    assert (code, err) == (2, [
        f"clean: {fifo}: --resume needs an input file that reads the same again, not a pipe",
        "clean: 0 records, 0.0 MB, 0 changed, 0 bad",  # as for any input that cannot be read
    ])
    assert names(tmp_path) == ["in.jsonl"]


# --- the command with worker processes, killed from outside ------------------------------------------


def start_with_workers(source: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", HARNESS, str(CHUNK), "-", "-", "0", str(source), "-o", str(out), "--workers", "2"]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for(path: Path, run: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert run.poll() is None, run.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.01)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_the_command_killed_from_outside_leaves_no_process_and_resumes(how: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source = write_corpus(tmp_path / "in.jsonl", 1000)
    out = tmp_path / "out.jsonl"
    assert run(capsysbinary, str(source), "-q", "-o", str(tmp_path / "expected.jsonl"))[0] == 2
    command = start_with_workers(source, out)
    wait_for(tmp_path / "out.jsonl.progress", command)
    processes = descendants(command.pid)
    assert processes  # the workers, and multiprocessing's resource tracker
    command.send_signal(getattr(signal, how))
    _, err = command.communicate(timeout=60)
    if how == "SIGTERM":  # as Ctrl-C: the state saved, a message, exit 130
        assert command.returncode == 130
        assert err.decode().splitlines()[-1].endswith("records kept in out.jsonl.partial: the same command resumes from there")
    else:
        assert command.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 5
    while alive(processes) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(processes)
    done = harness(str(source), "-o", str(out), "--resume")
    assert done.returncode == 2 and done.stderr.decode().startswith(f"clean: {out}: resuming the interrupted run after ")
    assert out.read_bytes() == (tmp_path / "expected.jsonl").read_bytes()
    assert names(tmp_path) == ["expected.jsonl", "in.jsonl", "out.jsonl"]
