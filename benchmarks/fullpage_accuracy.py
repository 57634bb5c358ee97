"""Score cleaner.page.find_article on full-page text, and check it leaves articles alone.

    python benchmarks/fullpage_accuracy.py [--out DIR]

For aeb and wcxb-dev (../shared/corpora): runs find_article over each record's page_text (non-blank
stripped lines; the first line stands for the title), writes the kept lines as predictions, and prints
the shared scorer's lines (wcxb-dev also --by page_type). Then the module's throughput in MB/s of page
text on one core, and on newsjunk-dev (articles with some junk lines, not full pages) how many documents
the detector takes for full pages and what share of the body lines would be removed.

The shipped model was fitted on these same pages: the figures here are in-sample. The held-out ones
come from benchmarks/train_fullpage.py (5-fold cross-validation and cross-corpus).
Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "bench" / "score.py"

from cleaner.page import default_model, find_article  # noqa: E402


def page_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def read(name: str) -> list[dict]:
    with gzip.open(SHARED / "corpora" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def predict(records: list[dict], out: Path) -> tuple[float, float]:
    """Writes predictions; returns (MB of page text, seconds spent in find_article)."""
    size, spent = 0, 0.0
    with out.open("w", encoding="utf-8") as sink:
        for r in records:
            lines = page_lines(r["page_text"] or "")
            size += sum(len(line.encode("utf-8")) + 1 for line in lines)
            t = time.perf_counter()
            verdict = find_article(lines)
            spent += time.perf_counter() - t
            sink.write(json.dumps({"id": r["id"], "text": "\n".join(verdict.kept(lines))}) + "\n")
    return size / 1e6, spent


def newsjunk() -> None:
    records = read("newsjunk-dev")
    flagged = body = removed = 0
    for r in records:
        lines = page_lines(r["input"])
        verdict = find_article(lines)
        flagged += verdict.full_page
        kept = set(verdict.kept(lines))
        for text, kind in r["lines"]:
            if kind == "body":
                body += 1
                removed += text.strip() not in kept
    print(f"newsjunk-dev: {flagged} of {len(records)} documents taken for full pages; "
          f"body lines removed {removed} of {body} ({removed / max(1, body):.4f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="folder for the prediction files (default: a temporary one)")
    a = ap.parse_args()
    if not (SHARED / "corpora").is_dir() or not SCORER.is_file():
        print(f"no {SHARED}: fullpage accuracy benchmark skipped")
        return 0
    default_model()  # loaded once, outside the timing
    with tempfile.TemporaryDirectory() as tmp:
        folder = a.out or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        total_mb = total_s = 0.0
        for name in ("aeb", "wcxb-dev"):
            out = folder / f"fullpage-{name}.jsonl"
            mb, s = predict(read(name), out)
            total_mb += mb
            total_s += s
            command = [
                sys.executable, str(SCORER), str(SHARED / "corpora" / f"{name}.jsonl.gz"), str(out), "--field", "text"
            ]
            if name == "wcxb-dev":
                command += ["--by", "page_type"]
            print(f"== {name} (in-sample: the model was fitted on these pages)")
            print(subprocess.run(command, check=True, capture_output=True, text=True).stdout.rstrip())
            print(f"   {mb:.1f} MB in {s:.2f} s: {mb / s:.2f} MB/s")
        print(f"throughput: {total_mb / total_s:.2f} MB/s of page text on one core ({total_mb:.1f} MB)")
    newsjunk()
    return 0


if __name__ == "__main__":
    sys.exit(main())
