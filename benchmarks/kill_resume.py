"""Corpus runs killed with SIGKILL at a random moment, then resumed: the same bytes, no process left.

    python benchmarks/kill_resume.py                          # 200 MB corpus, 20 kills
    python benchmarks/kill_resume.py --size 20MB --runs 5     # small
    python benchmarks/kill_resume.py --suffix .jsonl.gz --workers 4 --corpus /tmp/cleaner-corpus-2GB.jsonl

Makes a corpus with make_corpus.py (in a temporary folder, unless --corpus names one), runs
``python -m cleaner CORPUS -q -o OUT --workers N`` once uninterrupted (the reference), then for each
run starts the same command on a fresh target, SIGKILLs it at a moment drawn uniformly over the
reference's duration, and starts it again with ``--resume``. For each run it checks and prints:

* the records the killed run had made durable (from OUT.progress) and the seconds the resumed run took;
* that the output is byte-identical to the reference (sha256);
* that every process of the killed run (its workers, multiprocessing's resource tracker) was gone
  within 5 s of the kill, and how long the last one took;
* that nothing but OUT is left in the target's folder.

Exits 1 when any check fails, 0 otherwise (also, with a message, when the shared corpus is absent).
Linux only: the process tree is read from /proc.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import make_corpus

ROOT = Path(__file__).resolve().parent.parent
GONE_WITHIN = 5.0  # seconds after the kill by which no process of the run may be left


@dataclass
class Outcome:
    killed_at: float  # seconds after the start
    finished_first: bool  # the run ended before the kill came
    kept: int  # records the killed run had checkpointed
    gone_after: float  # seconds from the kill until the last process of the run was gone (inf: not in time)
    resume_seconds: float
    identical: bool
    left: list[str]  # files beside the output after the resumed run

    @property
    def ok(self) -> bool:
        return self.identical and self.gone_after <= GONE_WITHIN and not self.left


def command(corpus: Path, out: Path, workers: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", str(corpus), "-q", "-o", str(out), "--workers", str(workers), *extra]


def run_to_end(args: list[str]) -> float:
    start = time.monotonic()
    done = subprocess.run(args, cwd=ROOT, capture_output=True)
    if done.returncode not in (0, 2) or done.stderr.strip():
        raise SystemExit(f"kill_resume: {' '.join(args)} ended with {done.returncode}: {done.stderr.decode()}")
    return time.monotonic() - start


def descendants(pid: int) -> dict[int, str]:
    """The processes under ``pid``, with their start times (a pid may be given to a new process)."""
    parents: dict[int, list[int]] = {}
    started: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry.name))
        started[int(entry.name)] = fields[19]
    found: dict[int, str] = {}
    todo = [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found[child] = started[child]
            todo.append(child)
    return found


def alive(processes: dict[int, str]) -> list[int]:
    living = []
    for pid, start in processes.items():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if fields[0] != "Z" and fields[19] == start:  # a zombie is dead, waiting to be reaped
            living.append(pid)
    return living


def kept_records(out: Path) -> int:
    try:
        return int(json.loads(out.with_name(out.name + ".progress").read_bytes())["records"])
    except (OSError, ValueError, KeyError):
        return 0


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def kill_and_resume(corpus: Path, out: Path, workers: int, at: float, expected: str) -> Outcome:
    out.parent.mkdir(parents=True)
    started = time.monotonic()
    process = subprocess.Popen(
        command(corpus, out, workers), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    tree: dict[int, str] = {}
    while time.monotonic() - started < at and process.poll() is None:
        tree.update(descendants(process.pid))  # the workers start a while after the main process
        time.sleep(0.02)
    tree.update(descendants(process.pid))
    finished_first = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    killed = time.monotonic()
    process.communicate()
    while alive(tree) and time.monotonic() - killed < GONE_WITHIN + 1:
        time.sleep(0.01)
    gone_after = time.monotonic() - killed if not alive(tree) else float("inf")
    kept = kept_records(out)
    resume_seconds = run_to_end(command(corpus, out, workers, "--resume"))
    identical = out.exists() and sha256(out) == expected
    left = sorted(path.name for path in out.parent.iterdir() if path != out)
    return Outcome(at, finished_first, kept, gone_after, resume_seconds, identical, left)


def report(outcomes: list[Outcome], reference: float, size: int) -> None:
    print(f"{'run':>3}  {'kill at s':>9}  {'records kept':>12}  {'gone after s':>12}  {'resume s':>8}  identical  left")
    for number, outcome in enumerate(outcomes, 1):
        at = f"{outcome.killed_at:.2f}" + ("*" if outcome.finished_first else "")
        print(
            f"{number:>3}  {at:>9}  {outcome.kept:>12,}  {outcome.gone_after:>12.2f}  {outcome.resume_seconds:>8.2f}"
            f"  {'yes' if outcome.identical else 'NO':>9}  {' '.join(outcome.left) or '-'}"
        )
    if any(outcome.finished_first for outcome in outcomes):
        print("* the run had ended before the kill came")
    lost = [outcome.killed_at + outcome.resume_seconds - reference for outcome in outcomes]
    print(
        f"uninterrupted: {reference:.2f} s ({size / 1e6 / reference:.1f} MB/s); killed + resumed: "
        f"{sum(lost) / len(lost):+.2f} s on average against it (at most {max(lost):+.2f} s)"
    )
    print(
        f"identical: {sum(o.identical for o in outcomes)}/{len(outcomes)}; processes gone within "
        f"{max(o.gone_after for o in outcomes):.2f} s of the kill (limit {GONE_WITHIN:g} s); "
        f"temporary files left: {sum(len(o.left) for o in outcomes)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=make_corpus.parse_size, default=make_corpus.parse_size("200MB"),
                        help="the corpus to make (default 200MB)")
    parser.add_argument("--runs", type=int, default=20, help="runs killed and resumed (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--suffix", default=".jsonl", help="the output's format: .jsonl, .jsonl.gz or .jsonl.zst")
    parser.add_argument("--corpus", type=Path, help="an existing corpus instead of a new one of --size")
    parser.add_argument("--seed", type=int, default=18, help="for the kill moments (default 18)")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("kill_resume: needs Linux (/proc)", file=sys.stderr)
        return 0
    work = Path(tempfile.mkdtemp(prefix="kill-resume-"))
    try:
        corpus = args.corpus
        if corpus is None:
            if not make_corpus.SOURCE.exists():
                print(f"kill_resume: {make_corpus.SOURCE} is absent; nothing run", file=sys.stderr)
                return 0
            corpus = work / "corpus.jsonl"
            make_corpus.write_corpus(corpus, args.size, make_corpus.load_sources(make_corpus.SOURCE))
        size = corpus.stat().st_size
        print(f"kill_resume: {corpus}: {size / 1e6:.1f} MB, {args.runs} runs, {args.workers} workers, {args.suffix}")
        reference_out = work / "reference" / f"out{args.suffix}"
        reference_out.parent.mkdir()
        reference = run_to_end(command(corpus, reference_out, args.workers))
        expected = sha256(reference_out)
        draw = random.Random(args.seed)
        outcomes = []
        for number in range(args.runs):
            out = work / f"run{number:02d}" / f"out{args.suffix}"
            outcomes.append(kill_and_resume(corpus, out, args.workers, draw.uniform(0.0, reference), expected))
            shutil.rmtree(out.parent)
        report(outcomes, reference, size)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(outcome.ok for outcome in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
