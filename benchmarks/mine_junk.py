"""Real junk in real wording, mined from the shared corpora: a labelled set of lines by site, language and
place in the text, to write rule families from and to train and validate the junk-line model on.

    python benchmarks/mine_junk.py [--out DIR] [--summary]

Sources (../shared/corpora), each a document of lines with a label a line (b body, j junk, u unknown):
  xtext-<set>/<extractor>  the six extractors' text of the aeb and wcxb-dev pages: a line the reference
                           holds is body; one whose words are mostly not in the reference (at most a
                           fifth of them) is junk; the rest unknown (a line the extractor cut or joined)
  page-<set>               the page text of aeb and wcxb-dev, labelled the same way, only the lines next
                           to the article (15 before its first reference line to 15 after its last): the
                           furniture farther out is the page step's work
  traf                     the page text of the traf pages: a line holding a ``without`` snippet is junk,
                           one holding a ``with`` snippet body (mostly German, several other languages)
  newsjunk-dev, newsjunk-sites-dev  the labelled development documents (their own junk kinds kept)
Each document carries its site (the url's host; newsjunk-sites-dev's ``site``), its language (detected
from its text, cleaner.text.languages) and its source. Written to DIR/mined-lines.jsonl.gz (default: a
cache folder outside the repository, as the lines are corpus text); ``--summary`` prints the counts by
source, language and zone (head, middle and tail thirds of the text). Exits 0 with a message when
../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
EXTRACTORS = ("boilerpy3", "goose3", "justext", "newspaper4k", "readability", "trafilatura")
PAGE_MARGIN = 15
JUNK_OVERLAP = 0.2
_WORD = re.compile(r"\w+")

from cleaner.text.languages import detect_lines  # noqa: E402


def default_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "boilercut" / "mined"


def _records(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as source:
        for line in source:
            yield json.loads(line)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _site(record: dict) -> str:
    if record.get("site"):
        return str(record["site"])
    url = str(record.get("url") or "")
    host = urlsplit(url).netloc or url.split("::")[-1].split("/")[0]
    return host.lower().removeprefix("www.") or str(record["id"])


def label_against(lines: list[str], gold: str) -> list[str]:
    """b when the reference holds the line, j when at most a fifth of its words are the reference's."""
    text = f" {_norm(gold)} "
    vocabulary = set(text.split())
    labels = []
    for line in lines:
        words = _norm(line).split()
        if not words:
            labels.append("u")
        elif f" {' '.join(words)} " in text:
            labels.append("b")
        elif sum(word in vocabulary for word in words) <= JUNK_OVERLAP * len(words):
            labels.append("j")
        else:
            labels.append("u")
    return labels


def _document(source: str, record: dict, lines: list[str], labels: list[str], kinds: list[str] | None = None) -> dict:
    return {"source": source, "id": record["id"], "site": _site(record), "lang": detect_lines(lines),
            "lines": lines, "labels": labels, **({"kinds": kinds} if kinds is not None else {})}


def _split(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def mine() -> Iterator[dict]:
    for name in ("newsjunk-dev", "newsjunk-sites-dev"):
        for record in _records(CORPORA / f"{name}.jsonl.gz"):
            pairs = [(text.strip(), label) for text, label in record["lines"] if text.strip()]
            lines = [text for text, _ in pairs]
            labels = ["b" if label in ("body", "title") else "j" for _, label in pairs]
            yield _document(name, record, lines, labels, [label for _, label in pairs])
    for name in ("aeb", "wcxb-dev"):
        for extractor in EXTRACTORS:
            for record in _records(CORPORA / f"xtext-{name}" / f"xtext-{extractor}.jsonl.gz"):
                lines = _split(record.get("input") or "")
                if lines and record.get("gold"):
                    yield _document(f"xtext-{name}/{extractor}", record, lines, label_against(lines, record["gold"]))
        for record in _records(CORPORA / f"{name}.jsonl.gz"):
            lines = _split(record.get("page_text") or "")
            if not lines or not record.get("gold"):
                continue
            labels = label_against(lines, record["gold"])
            body = [i for i, label in enumerate(labels) if label == "b"]
            if not body:
                continue
            low, high = body[0] - PAGE_MARGIN, body[-1] + PAGE_MARGIN
            labels = [label if low <= i <= high else "u" for i, label in enumerate(labels)]
            yield _document(f"page-{name}", record, lines, labels)
    for record in _records(CORPORA / "traf.jsonl.gz"):
        lines = _split(record.get("page_text") or "")
        without = [_norm(s) for s in record.get("without") or [] if _norm(s)]
        with_ = [_norm(s) for s in record.get("with") or [] if _norm(s)]
        labels = []
        for line in lines:
            key = _norm(line)
            if key and any(snippet in key for snippet in without):
                labels.append("j")
            elif key and any(snippet in key for snippet in with_):
                labels.append("b")
            else:
                labels.append("u")
        if "j" in labels or "b" in labels:
            yield _document("traf", record, lines, labels)


def summary(path: Path) -> None:
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    zones: dict[str, Counter[str]] = defaultdict(Counter)
    sites: dict[str, set[str]] = defaultdict(set)
    for doc in _records(path):
        source = doc["source"].split("/")[0]
        sites[source].add(doc["site"])
        n = len(doc["lines"])
        for i, label in enumerate(doc["labels"]):
            table[(source, doc["lang"] or "?")][label] += 1
            zone = "head" if i < n / 3 else "tail" if i >= 2 * n / 3 else "middle"
            zones[source][f"{zone}/{label}"] += 1
    print(f"{'source':22} {'lang':4} {'body':>8} {'junk':>8} {'unknown':>8}")
    for (source, lang), c in sorted(table.items()):
        if c["b"] + c["j"] >= 50:
            print(f"{source:22} {lang:4} {c['b']:8} {c['j']:8} {c['u']:8}")
    for source, c in sorted(zones.items()):
        zone_counts = "  ".join(f"{k} {v}" for k, v in sorted(c.items()) if not k.endswith("/u"))
        print(f"{source:22} sites {len(sites[source]):5}  {zone_counts}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=None, help="folder for mined-lines.jsonl.gz")
    parser.add_argument("--summary", action="store_true", help="print the counts by source, language and zone")
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"mine_junk: skipped, {CORPORA} is absent", file=sys.stderr)
        return 0
    folder = args.out or default_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mined-lines.jsonl.gz"
    count = 0
    with gzip.open(path, "wt", encoding="utf-8") as sink:
        for doc in mine():
            sink.write(json.dumps(doc, ensure_ascii=False) + "\n")
            count += 1
    print(f"mine_junk: {count} documents -> {path}", file=sys.stderr)
    if args.summary:
        summary(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
