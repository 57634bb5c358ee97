"""A hash of everything the cleaner outputs on the shared corpora, to show that a change moves no byte.

    python benchmarks/output_hash.py [--sets newsjunk,sites,page,xtext,html] [--workers 2]

For each set it prints a SHA-256 prefix over every record's result: the cleaned text, the title, where
the body starts, the removals (rule id, kind, reason, lines, text), whether the cap kept the text and
which rules timed out. A commit that moves code states the line this prints before and after. Sets:

- newsjunk: newsjunk-dev's inputs; sites: newsjunk-sites-dev's inputs;
- page: the page text of aeb, wcxb-dev and traf;
- xtext: the six extractors' texts of aeb and wcxb-dev;
- html: ``Cleaner.clean_html`` on the pages of aeb, wcxb-dev and traf (the slow one: about 90 s a core).

Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
SETS = ("newsjunk", "sites", "page", "xtext", "html")
_PAGE_CORPORA = ("aeb", "wcxb-dev", "traf")


def _records(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as source:
        for line in source:
            yield json.loads(line)


def _inputs(name: str) -> Iterator[tuple[str, str]]:
    """(kind, input) pairs of a set: kind "text" or "html"."""
    if name == "newsjunk":
        yield from (("text", r["input"]) for r in _records(CORPORA / "newsjunk-dev.jsonl.gz"))
    elif name == "sites":
        yield from (("text", r["input"]) for r in _records(CORPORA / "newsjunk-sites-dev.jsonl.gz"))
    elif name == "page":
        for corpus in _PAGE_CORPORA:
            yield from (("text", r["page_text"] or "") for r in _records(CORPORA / f"{corpus}.jsonl.gz"))
    elif name == "xtext":
        for folder in sorted(CORPORA.glob("xtext-*")):
            for path in sorted(folder.glob("xtext-*.jsonl.gz")):
                yield from (("text", r["input"] or "") for r in _records(path))
    elif name == "html":
        for corpus in _PAGE_CORPORA:
            yield from (("html", r["html"] or "") for r in _records(CORPORA / f"{corpus}.jsonl.gz"))


def _digest_one(item: tuple[str, str]) -> str:
    from cleaner import default_cleaner
    from cleaner.html import HtmlError

    kind, value = item
    cleaner = default_cleaner()
    try:
        result = cleaner.clean_html(value) if kind == "html" else cleaner.clean(value)
    except HtmlError as error:
        return f"HtmlError: {error}"
    removals = [r.as_dict() for r in (*result.removals, *result.capped_removals)]
    return json.dumps(
        [result.text, result.title, result.body, removals, result.capped, result.timed_out_rules, result.metadata]
    )


def digest(name: str, workers: int) -> tuple[str, int]:
    sha = hashlib.sha256()
    count = 0
    inputs = _inputs(name)
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            outputs = pool.map(_digest_one, inputs, chunksize=16)
            for output in outputs:
                sha.update(output.encode("utf-8") + b"\0")
                count += 1
    else:
        for output in map(_digest_one, inputs):
            sha.update(output.encode("utf-8") + b"\0")
            count += 1
    return sha.hexdigest()[:16], count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated, of: " + ", ".join(SETS))
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if not CORPORA.is_dir():
        print(f"output_hash: {CORPORA} not found, nothing to hash", file=sys.stderr)
        return 0
    chosen = [s for s in args.sets.split(",") if s]
    unknown = [s for s in chosen if s not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r}")
    for name in chosen:
        value, count = digest(name, args.workers)
        print(f"{name:9} {count:6} records  {value}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
