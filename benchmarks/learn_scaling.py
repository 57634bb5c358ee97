"""Learning each site's boilerplate on a large corpus of many sites: MB/s and peak memory of the
learning pass (``clean --learn FILE --learn-only``) beside the cleaning pass with what it learned
(``clean --rules FILE``), the same workers.

    python benchmarks/learn_scaling.py [--size 300MB] [--workers 2] [--shards 1] [--corpus PATH] [--no-clean]

The corpus repeats newsjunk-sites-dev's pages until it holds ``--size`` bytes, each repetition under
site names of its own (``r3-example.com``): 48 new sites a repetition, each with the template and the
pages it had (2 GB: about 8,000 sites). Every site's lines are its own, as on the web: the counts to
hold grow with the corpus, and ``--shards`` (``--learn-shards``) divides them. The rule file, the
corpus and the output go to a temporary folder. Peak memory is VmRSS summed
over each command's process tree (corpus_scaling.MemorySampler). Exits 0 with a message when
../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

from corpus_scaling import sampled

from make_corpus import parse_size

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "corpora" / "newsjunk-sites-dev.jsonl.gz"
MB = 10**6


def make(out: Path, size: int) -> tuple[int, int]:
    with gzip.open(SOURCE, "rt", encoding="utf-8") as source:
        records = [json.loads(line) for line in source]
    written = count = 0
    repetition = 0
    with out.open("w", encoding="utf-8") as sink:
        while written < size:
            for record in records:
                site = f"r{repetition}-{record['site']}"
                line = json.dumps({"id": f"{repetition}-{record['id']}", "url": f"https://{site}/{repetition}/",
                                   "text": record["input"]}, ensure_ascii=False) + "\n"
                sink.write(line)
                written += len(line.encode("utf-8"))
                count += 1
            repetition += 1
    return count, written


def run(command: list[str]) -> tuple[float, float, int]:
    print(f"$ {' '.join(command)}", file=sys.stderr, flush=True)
    seconds, sampler, code = sampled(command)
    return seconds, sampler.peak_rss * 1024 / MB, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=parse_size, default=parse_size("300MB"))
    parser.add_argument("--shards", type=int, default=1, help="--learn-shards for the learning pass")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, help="an existing corpus to use instead")
    parser.add_argument("--no-clean", action="store_true", help="the learning pass only")
    args = parser.parse_args()
    if not SOURCE.exists() and args.corpus is None:
        print(f"skipped: {SOURCE} not found", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        corpus = args.corpus or Path(folder) / "corpus.jsonl"
        if args.corpus is None:
            records, size = make(corpus, args.size)
        else:
            records, size = sum(1 for _ in corpus.open("rb")), corpus.stat().st_size
        rules, out = Path(folder) / "learned.toml", Path(folder) / "out.jsonl"
        workers = ["--workers", str(args.workers), "-q"]
        base = [sys.executable, "-m", "cleaner", str(corpus), *workers]
        learn = run([*base, "--learn", str(rules), "--learn-only", "--learn-shards", str(args.shards)])
        clean = None if args.no_clean else run([*base, "--rules", str(rules), "-o", str(out)])
        learned = sum(1 for line in rules.open(encoding="utf-8") if line.startswith("[[rule]]"))
        print(f"corpus: {records:,} records, {size / MB:,.0f} MB, {learned:,} rules learned, {args.workers} workers, "
              f"{args.shards} shards")
        for name, measured in (("learning", learn), ("cleaning", clean)):
            if measured is not None:
                seconds, peak, code = measured
                print(f"{name:9} {seconds:8.1f} s {size / MB / seconds:7.2f} MB/s  peak {peak:7.0f} MB  exit {code}")
        if clean is not None:
            print(f"learning / cleaning MB/s: {clean[0] / learn[0]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
