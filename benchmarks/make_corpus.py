"""Write a JSON Lines corpus of a given size for the corpus-mode benchmarks.

    python benchmarks/make_corpus.py [OUT] [--size 2GB]

Repeats the ``input`` texts of ../shared/corpora/newsjunk-dev.jsonl.gz as records
``{"id": "nj-000123-<source id>", "text": ...}`` (ids unique across repetitions) until the file holds
at least ``--size`` bytes (10^6-byte MB/GB; ``300MB``, ``2GB`` or a plain number of bytes). OUT
defaults to /tmp/cleaner-corpus-<size>.jsonl; a name ending in .gz is gzip-compressed. The corpus
text is never written into the repository: give a path outside it. Exits 0 with a message on stderr
when the shared corpus is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SOURCE = SHARED / "corpora" / "newsjunk-dev.jsonl.gz"
UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9}


def parse_size(value: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*", value.lower())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 300MB or 2GB)")
    size = int(float(match.group(1)) * UNITS[match.group(2)])
    if size <= 0:
        raise argparse.ArgumentTypeError("the size must be more than 0 bytes")
    return size


def size_name(size: int) -> str:
    if size % 10**9 == 0:
        return f"{size // 10**9}GB"
    if size % 10**6 == 0:
        return f"{size // 10**6}MB"
    return f"{size}B"


def load_sources(path: Path) -> list[tuple[str, str]]:
    """(id, input text) of every record of the shared corpus."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [(str(record.get("id", index)), record["input"]) for index, record in enumerate(records)]


def records(sources: list[tuple[str, str]]) -> Iterator[bytes]:
    """The corpus's lines, forever: pass after pass over the sources, each id made unique by the pass."""
    repetition = 0
    while True:
        for source_id, text in sources:
            record = {"id": f"nj-{repetition:06d}-{source_id}", "text": text}
            yield (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        repetition += 1


def write_corpus(out: Path, size: int, sources: list[tuple[str, str]]) -> tuple[int, int]:
    """Write records until the file holds at least ``size`` bytes; (records, bytes) written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    count = written = 0
    opener = gzip.open if out.name.endswith(".gz") else open
    partial = out.with_name(out.name + ".part")
    with opener(partial, "wb") as handle:  # type: ignore[operator]
        batch: list[bytes] = []
        for line in records(sources):
            batch.append(line)
            count += 1
            written += len(line)
            if len(batch) >= 1000 or written >= size:
                handle.write(b"".join(batch))
                batch = []
            if written >= size:
                break
    partial.replace(out)
    return count, written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "out", nargs="?", type=Path, help="the corpus to write (default /tmp/cleaner-corpus-SIZE.jsonl)"
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default=parse_size("2GB"),
        help="at least this many bytes of JSON Lines (default 2GB)",
    )
    parser.add_argument(
        "--source", type=Path, default=SOURCE, help="the corpus whose 'input' texts are repeated (default %(default)s)"
    )
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"make_corpus: {args.source} is absent; nothing written", file=sys.stderr)
        return 0
    out: Path = args.out or Path("/tmp") / f"cleaner-corpus-{size_name(args.size)}.jsonl"
    try:
        out.resolve().relative_to(ROOT)
    except ValueError:
        pass
    else:
        parser.error(f"{out} is inside the repository; corpus text must not be copied into it")
    sources = load_sources(args.source)
    count, written = write_corpus(out, args.size, sources)
    print(
        f"make_corpus: {out}: {count} records, {written / 1e6:.1f} MB of JSON Lines from {len(sources)} texts",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
