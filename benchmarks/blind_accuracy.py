"""The cleaner on the blind sets: newsjunk-like documents whose junk is worded by pools written without
reading the rules (benchmarks/blind_pools/, one per language), scored by ../shared/bench/score.py.

    python benchmarks/blind_accuracy.py [--langs en,de,...] [--sets DIR] [--json FILE]

Each set is made by ../shared/bench/newsjunk/make.py from its pool and the shared corpora (seed 11),
into DIR (default: a cache folder outside the repository, as the sets hold corpus text), once. Printed
per language: junk removed, body lines kept, exact documents, clean documents untouched, and junk
removed by kind. These sets measure; the rules are never tuned to them (blind_pools/README.md).
Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MAKE = SHARED / "bench" / "newsjunk" / "make.py"
SCORER = SHARED / "bench" / "score.py"
POOLS = ROOT / "benchmarks" / "blind_pools"
SOURCES = (SHARED / "corpora" / "aeb.jsonl.gz", SHARED / "corpora" / "wcxb-dev.jsonl.gz")
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv")
KINDS = ("dup_headline", "byline", "caption", "inline", "source_footer", "social", "related", "newsletter", "promo")
SEED = 11


def default_sets_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "boilercut" / "blind"


def blind_set(lang: str, folder: Path) -> Path:
    """The language's set, made on first use."""
    path = folder / f"newsjunk-blind-{lang}.jsonl.gz"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, str(MAKE), "--pool", str(POOLS / f"pool_blind_{lang}.py"), "--seed", str(SEED),
                   "--out", str(path), *map(str, SOURCES)]
        subprocess.run(command, check=True, capture_output=True)
    return path


def score(corpus: Path, folds: Path | None = None) -> dict[str, object]:
    """The scorer's figures for the default Cleaner's bodies of the set. With ``folds`` (a folder of
    train_junk_model.py --folds-out), each document is cleaned with the junk-line model fitted without
    its article's fold, so no body line it is scored on was fitted."""
    from cleaner import Cleaner

    engines = [Cleaner()] if folds is None else fold_cleaners(folds)
    with tempfile.TemporaryDirectory() as scratch:
        predictions = Path(scratch) / "predictions.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as source, predictions.open("w", encoding="utf-8") as sink:
            for line in source:
                record = json.loads(line)
                engine = engines[article_fold(record["id"], len(engines))]
                sink.write(json.dumps({"id": record["id"], "body": engine.clean(record["input"]).body}) + "\n")
        run = subprocess.run([sys.executable, str(SCORER), str(corpus), str(predictions), "--field", "body", "--json"],
                             check=True, capture_output=True, text=True)
    figures: dict[str, object] = json.loads(run.stdout)["all"]
    return figures


def article_key(record_id: str) -> str:
    """The corpus page a document's body comes from ("aeb/05844573ca7e1fba"): a newsjunk document's id
    ends in it, an extractor's text's id is it. train_junk_model.py folds by it."""
    return "/".join(record_id.split("/")[-2:])


def article_fold(record_id: str, folds: int) -> int:
    return zlib.crc32(article_key(record_id).encode("utf-8")) % folds


def fold_cleaners(folds: Path) -> list:
    """A Cleaner a fold, each with the junk-line model fitted without that fold (--folds-out DIR)."""
    from cleaner import Cleaner

    return [Cleaner(junk_model=path) for path in sorted(folds.glob("fold-*"))]


def row(lang: str, figures: dict) -> str:
    junk = figures["newsjunk"]
    kinds = " ".join(f"{kind} {junk['junk_removed'].get(kind, float('nan')):.2f}" for kind in KINDS)
    return (f"{lang}  junk removed {junk['junk_removed_all']:.3f}  body kept {junk['body_lines_kept']:.4f}  "
            f"exact {figures['exact']:.3f}  clean untouched {junk['clean_docs_untouched']:.3f}  | {kinds}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--sets", type=Path, default=None, help="where the sets are made and kept")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--folds", type=Path, help="junk-line models by fold (train_junk_model.py --folds-out)")
    args = parser.parse_args(argv)
    missing = next((p for p in (MAKE, SCORER, *SOURCES) if not p.exists()), None)
    if missing is not None:
        print(f"blind_accuracy: skipped, {missing} is absent", file=sys.stderr)
        return 0
    folder = args.sets or default_sets_dir()
    results = {}
    for lang in args.langs.split(","):
        results[lang] = score(blind_set(lang, folder), args.folds)
        print(row(lang, results[lang]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
