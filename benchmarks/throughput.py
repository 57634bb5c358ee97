"""Throughput of one Cleaner on the newsjunk-dev inputs, in one process on one core.

    python benchmarks/throughput.py [--repeat 3] [--corpus PATH]

Loads every ``input`` of ../shared/corpora/newsjunk-dev.jsonl.gz, builds one ``cleaner.Cleaner()``,
warms it up, then times cleaning all inputs ``--repeat`` times and prints docs, MB (10^6 bytes of UTF-8
input), seconds, MB/s and docs/s (best and median pass) and the process's peak RSS. Exits 0 with a
message on stderr when the corpus is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "newsjunk-dev.jsonl.gz"
WARMUP_DOCS = 50


def load_inputs(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["input"] for line in lines]


def pin_to_one_core() -> str:
    """Pin the process to one of the cores it may use; the name of the core, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over all inputs (default 3)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="gzip JSON Lines with an 'input' field")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if not args.corpus.exists():
        print(
            f"skipped: {args.corpus} not found (put the shared folder beside the project as ../shared)",
            file=sys.stderr,
        )
        return 0

    pinning = pin_to_one_core()
    texts = load_inputs(args.corpus)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    from cleaner import Cleaner

    started = time.perf_counter()
    cleaner = Cleaner()
    build_seconds = time.perf_counter() - started
    for text in texts[:WARMUP_DOCS]:
        cleaner.clean(text)

    passes = []
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    for _ in range(args.repeat):
        started = time.perf_counter()
        for text in texts:
            cleaner.clean(text)
        passes.append(time.perf_counter() - started)

    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    user = cpu_after.ru_utime - cpu_before.ru_utime
    system = cpu_after.ru_stime - cpu_before.ru_stime
    best, median = min(passes), statistics.median(passes)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"corpus     {args.corpus.name} ({pinning}, Python {sys.version.split()[0]})")
    print(f"docs       {len(texts)}")
    print(f"MB         {megabytes:.2f}")
    print(f"build      {build_seconds:.3f} s (Cleaner(): load and compile the rules)")
    print(f"seconds    best {best:.2f}   median {median:.2f}   (passes: {', '.join(f'{s:.2f}' for s in passes)})")
    cpu_per_pass = (user + system) / args.repeat
    note = "  (under 90% of the wall time: other processes shared the core)" if cpu_per_pass < 0.9 * median else ""
    print(f"cpu        user {user / args.repeat:.2f} s + system {system / args.repeat:.2f} s a pass{note}")
    print(f"MB/s       best {megabytes / best:.3f}   median {megabytes / median:.3f}")
    print(f"docs/s     best {len(texts) / best:.1f}   median {len(texts) / median:.1f}")
    print(f"peak RSS   {peak_rss_mb:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
