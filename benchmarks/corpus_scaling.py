"""Corpus mode with 1 and 2 worker processes: wall time, throughput and peak memory of all processes.

    python benchmarks/corpus_scaling.py                                  # ~300 MB corpus made in a temp dir
    python benchmarks/corpus_scaling.py --corpus /tmp/cleaner-corpus-2GB.jsonl --workers 2 1

For each worker count N it runs ``python -m cleaner CORPUS --workers N -q -o OUT.jsonl`` and, every
~50 ms, sums VmRSS (from /proc/<pid>/status) over the command's whole process tree: the main process,
its worker processes and any helper (multiprocessing's resource tracker). The maximum of that sum is
the peak resident memory of all processes together; a sum of RSS counts pages shared between the
processes (the interpreter, the libraries) once per process, so it over-states rather than
under-states. The PSS sum (from /proc/<pid>/smaps_rollup, shared pages split between their users) is
sampled every ~0.5 s alongside, for reference.

It prints, per run: seconds, records/s, MB/s (10^6 bytes of input), peak MB of all processes, the
load average before and after; then the speed-up of 2 workers over 1 and whether the targets of
the issue hold: peak < 600 MB with 2 workers on the 2 GB corpus, 2 workers >= 1.7x the throughput
of 1. It checks that the output has as many lines as the input. Exits 0 with a message on stderr when
the shared corpus (needed to make one) is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import make_corpus

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE_SECONDS = 0.05
PSS_EVERY = 10  # samples: PSS costs more to read than VmRSS
PEAK_TARGET_MB = 600
SPEEDUP_TARGET = 1.7
MB = 1e6


@dataclass
class Run:
    workers: int
    seconds: float
    records: int
    input_mb: float
    peak_rss_mb: float
    peak_pss_mb: float
    max_processes: int
    load_before: str
    load_after: str
    exit_code: int
    cpu_seconds: float  # user + system time of the command and all its processes
    other_cores: float  # cores kept busy meanwhile by everything else on the machine

    @property
    def cores_used(self) -> float:
        return self.cpu_seconds / self.seconds

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds

    @property
    def mb_per_second(self) -> float:
        return self.input_mb / self.seconds


# --- the process tree and its memory --------------------------------------------------------------


def _children_map() -> dict[int, list[int]]:
    """Parent pid -> child pids, from every /proc/<pid>/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue  # gone meanwhile
        # the command name (field 2) is in parentheses and may hold spaces: split after the last ')'
        fields = stat[stat.rindex(b")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def process_tree(root: int) -> list[int]:
    children = _children_map()
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, ()))
    return tree


def _kib(path: str, key: bytes) -> int:
    try:
        with open(path, "rb") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass  # the process ended between listing and reading
    return 0


def rss_kib(pid: int) -> int:
    return _kib(f"/proc/{pid}/status", b"VmRSS:")


def pss_kib(pid: int) -> int:
    return _kib(f"/proc/{pid}/smaps_rollup", b"Pss:")


class MemorySampler(threading.Thread):
    """Samples the summed VmRSS (and now and then PSS) of a process tree until stopped."""

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root = root
        self.peak_rss = 0
        self.peak_pss = 0
        self.max_processes = 0
        self.stopping = threading.Event()

    def run(self) -> None:
        count = 0
        while not self.stopping.is_set():
            tree = process_tree(self.root)
            self.max_processes = max(self.max_processes, len(tree))
            self.peak_rss = max(self.peak_rss, sum(rss_kib(pid) for pid in tree))
            if count % PSS_EVERY == 0:
                self.peak_pss = max(self.peak_pss, sum(pss_kib(pid) for pid in tree))
            count += 1
            self.stopping.wait(SAMPLE_SECONDS)


# --- running --------------------------------------------------------------------------------------


def load() -> str:
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores, from /proc/stat)."""
    with open("/proc/stat") as handle:
        fields = [int(v) for v in handle.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def count_lines(path: Path) -> tuple[int, int]:
    """(lines, bytes) of a file, read in blocks."""
    lines = size = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 24):
            lines += block.count(b"\n")
            size += len(block)
    return lines, size


def sampled(command: list[str]) -> tuple[float, MemorySampler, int]:
    """Run the command from the repository root: its wall seconds, its memory samples (stopped once it
    has ended) and its exit code."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT)
    sampler = MemorySampler(process.pid)
    sampler.start()
    code = process.wait()
    seconds = time.perf_counter() - start
    sampler.stopping.set()
    sampler.join()
    return seconds, sampler, code


def run_once(corpus: Path, workers: int, out: Path, records: int, size: int, extra: list[str]) -> Run:
    command = [sys.executable, "-m", "cleaner", str(corpus), "--workers", str(workers), "-q", "-o", str(out), *extra]
    print(f"$ {' '.join(command)}", file=sys.stderr, flush=True)
    before = load()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy = busy_seconds()
    seconds, sampler, code = sampled(command)
    busy = busy_seconds() - busy
    done = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers were reaped by the command: included
    cpu = done.ru_utime + done.ru_stime - usage.ru_utime - usage.ru_stime
    after = load()
    if code != 0:
        print(f"corpus_scaling: the command exited {code}", file=sys.stderr)
    elif out.exists():
        out_lines, _ = count_lines(out)
        if out_lines != records:
            print(f"corpus_scaling: {records} lines in, {out_lines} out", file=sys.stderr)
            code = -1
    return Run(
        workers,
        seconds,
        records,
        size / MB,
        sampler.peak_rss * 1024 / MB,
        sampler.peak_pss * 1024 / MB,
        sampler.max_processes,
        before,
        after,
        code,
        cpu,
        max(busy - cpu, 0.0) / seconds,
    )


def describe(run: Run) -> str:
    return (
        f"workers {run.workers}: {run.seconds:8.1f} s  {run.records_per_second:7.1f} records/s  "
        f"{run.mb_per_second:5.2f} MB/s  "
        f"peak {run.peak_rss_mb:6.1f} MB RSS ({run.peak_pss_mb:.1f} MB PSS) over {run.max_processes} processes  "
        f"cpu {run.cpu_seconds:.0f} s = {run.cores_used:.2f} cores, others {run.other_cores:.2f} cores  "
        f"load {run.load_before} -> {run.load_after}  exit {run.exit_code}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a JSON Lines corpus (default: make one of --size in a temp dir)")
    parser.add_argument(
        "--size",
        type=make_corpus.parse_size,
        default=make_corpus.parse_size("300MB"),
        help="size of the corpus made when --corpus is not given (default 300MB)",
    )
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run, in this order (default: 1 2)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--keep-output", action="store_true", help="keep the cleaned corpora (next to the temp corpus)")
    parser.add_argument("extra", nargs="*", help="more arguments for the command, after --")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="corpus-scaling-") as scratch:
        scratch_dir = Path(scratch)
        corpus: Path
        if args.corpus is not None:
            corpus = args.corpus
        else:
            if not make_corpus.SOURCE.exists():
                print(f"corpus_scaling: {make_corpus.SOURCE} is absent; nothing measured", file=sys.stderr)
                return 0
            corpus = scratch_dir / "corpus.jsonl"
            count, written = make_corpus.write_corpus(corpus, args.size, make_corpus.load_sources(make_corpus.SOURCE))
            print(f"corpus_scaling: made {corpus}: {count} records, {written / MB:.1f} MB", file=sys.stderr)
        records, size = count_lines(corpus)
        print(f"corpus: {corpus}  {records} records  {size / MB:.1f} MB  on {os.cpu_count()} cores", flush=True)
        runs: list[Run] = []
        for workers in args.workers:
            out = scratch_dir / f"out-{workers}.jsonl"
            run = run_once(corpus, workers, out, records, size, args.extra)
            runs.append(run)
            print(describe(run), flush=True)
            if args.keep_output and out.exists():
                kept = Path(tempfile.gettempdir()) / f"corpus-scaling-out-{workers}.jsonl"
                out.replace(kept)
                print(f"  kept {kept}", flush=True)
            else:
                out.unlink(missing_ok=True)

    by_workers = {run.workers: run for run in runs}
    ok = all(run.exit_code == 0 for run in runs)
    if 2 in by_workers:
        peak = by_workers[2].peak_rss_mb
        scope = "" if size >= 1.9e9 else f" (the target is for the 2 GB corpus; this one is {size / MB:.0f} MB)"
        print(
            f"peak memory, 2 workers, all processes: {peak:.1f} MB < {PEAK_TARGET_MB} MB: "
            f"{'yes' if peak < PEAK_TARGET_MB else 'NO'}{scope}"
        )
    if 1 in by_workers and 2 in by_workers:
        speedup = by_workers[2].mb_per_second / by_workers[1].mb_per_second
        print(
            f"speed-up, 2 workers over 1: {speedup:.3f}x >= {SPEEDUP_TARGET}x: "
            f"{'yes' if speedup >= SPEEDUP_TARGET else 'NO'}"
        )
        one, two = by_workers[1], by_workers[2]
        print(
            f"  cpu per MB: {one.cpu_seconds / one.input_mb:.3f} s with 1 worker, "
            f"{two.cpu_seconds / two.input_mb:.3f} s with 2; "
            f"other load meanwhile {one.other_cores:.2f} and {two.other_cores:.2f} cores"
        )
    if args.json is not None:
        extra = lambda r: {  # noqa: E731
            "records_per_second": r.records_per_second,
            "mb_per_second": r.mb_per_second,
            "cores_used": r.cores_used,
        }
        args.json.write_text(
            json.dumps(
                {
                    "corpus": str(corpus),
                    "records": records,
                    "bytes": size,
                    "runs": [asdict(r) | extra(r) for r in runs],
                },
                indent=2,
            )
            + "\n"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
