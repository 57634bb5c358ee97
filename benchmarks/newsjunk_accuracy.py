"""Clean ../shared/corpora/newsjunk-dev.jsonl.gz and score Result.body with ../shared/bench/score.py.

    python benchmarks/newsjunk_accuracy.py [--out predictions.jsonl] [--json]

Writes predictions (id plus cleaner.body and cleaner.text), then runs the shared scorer on them and
prints its figures. Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "newsjunk-dev.jsonl.gz"
SCORER = SHARED / "bench" / "score.py"


def write_predictions(corpus: Path, out: Path) -> int:
    from cleaner import Cleaner

    cleaner = Cleaner()
    count = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as source, out.open("w", encoding="utf-8") as sink:
        for line in source:
            record = json.loads(line)
            result = cleaner.clean(record["input"])
            sink.write(json.dumps({"id": record["id"], "cleaner": {"body": result.body, "text": result.text}}) + "\n")
            count += 1
    return count


def score(corpus: Path, predictions: Path, as_json: bool) -> str:
    command = [sys.executable, str(SCORER), str(corpus), str(predictions), "--field", "cleaner.body"]
    if as_json:
        command.append("--json")
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="keep the predictions in this file")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON")
    args = parser.parse_args()
    if not CORPUS.exists() or not SCORER.exists():
        print(f"skipped: {CORPUS} or {SCORER} not found", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        out = args.out or Path(folder) / "predictions.jsonl"
        write_predictions(CORPUS, out)
        print(score(CORPUS, out, args.json), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
