"""Extractor text accuracy (issue 19): does cleaning leave each popular extractor's text better, never worse?

    python benchmarks/extractor_text_accuracy.py [--sets aeb,wcxb-dev] [--extractors a,b] [--workers 2]
                                                 [--no-cli] [--json FILE]

For each extractor's text of the shared pages (../shared/corpora/xtext-<set>/xtext-<extractor>.jsonl.gz,
field ``input``) three outputs are scored against the reference, on all pages and by page type:
  alone    the extractor's text as it came
  body     ``Cleaner().clean(input).body`` through the API, no title given (what a pipeline keeps)
  cli      ``clean FILE --text-field input --output-field cleaned`` (what the command writes)
The measure is ../shared/bench/score.py's word F1 (its own ``word_prf``, loaded from there, averaged
over the records with a reference as score.py does): the scorer's other figures (shingles) take it 17 s
a file, and the quality gate (tests/test_quality_gate_xtext.py) runs this in CI. Printed: each figure
and its gain over ``alone``; ``--json`` writes them all. Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
SCORER = SHARED / "bench" / "score.py"
SETS = ("aeb", "wcxb-dev")
EXTRACTORS = ("boilerpy3", "goose3", "justext", "newspaper4k", "readability", "trafilatura")
OUTPUTS = ("alone", "body", "cli")
_CHUNK = 64

Figures = dict[str, dict[str, float]]  # output -> part ("all", or a page type) -> mean word F1


def corpus_path(name: str, extractor: str) -> Path:
    return CORPORA / f"xtext-{name}" / f"xtext-{extractor}.jsonl.gz"


def absent() -> Path | None:
    """The first shared file this needs that is missing, or None."""
    paths = [SCORER, *(corpus_path(n, e) for n in SETS for e in EXTRACTORS)]
    return next((path for path in paths if not path.exists()), None)


@lru_cache(maxsize=1)
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(name: str, extractor: str) -> list[dict[str, object]]:
    with gzip.open(corpus_path(name, extractor), "rt", encoding="utf-8") as source:
        return [json.loads(line) for line in source]


def _bodies(job: tuple[list[str], list[str], Path | None]) -> list[str]:
    """A chunk's bodies, in a worker process (the Cleaner is built once a process). With a folder of
    junk-line models by fold (train_junk_model.py --folds-out), each text is cleaned by the model
    fitted without its page's fold."""
    from blind_accuracy import article_fold, fold_cleaners

    from cleaner.engine import default_cleaner

    ids, texts, folds = job
    if folds is None:
        engine = default_cleaner()
        return [engine.clean(text).body for text in texts]
    engines = fold_cleaners(folds)
    return [engines[article_fold(i, len(engines))].clean(text).body for i, text in zip(ids, texts)]


def _chunks(
    records: Sequence[dict[str, object]], folds: Path | None
) -> Iterator[tuple[list[str], list[str], Path | None]]:
    for start in range(0, len(records), _CHUNK):
        part = records[start : start + _CHUNK]
        yield [str(r.get("id")) for r in part], [str(r.get("input") or "") for r in part], folds


def bodies(records: Sequence[dict[str, object]], pool: Executor, folds: Path | None = None) -> list[str]:
    return [body for chunk in pool.map(_bodies, _chunks(records, folds)) for body in chunk]


def cli_outputs(name: str, extractor: str, workers: int, folder: Path) -> list[str]:
    """What ``clean`` writes for the file's records, in their order."""
    written = folder / f"{name}.{extractor}.jsonl"
    command = [sys.executable, "-m", "cleaner", str(corpus_path(name, extractor)), "--text-field", "input",
               "--output-field", "cleaned", "--workers", str(workers), "-q", "-o", str(written)]
    subprocess.run(command, check=True)
    with written.open(encoding="utf-8") as source:
        return [json.loads(line)["cleaned"] for line in source]


def word_f1(records: Sequence[dict[str, object]], outputs: Sequence[str]) -> dict[str, float]:
    """Mean word F1 on all records with a reference, and by page type (score.py's word_prf)."""
    prf: Callable[[str, str], tuple[float, float, float]] = scorer().word_prf
    parts: dict[str, list[float]] = defaultdict(list)
    for record, output in zip(records, outputs, strict=True):
        gold = record.get("gold")
        if gold is None:
            continue
        f1 = prf(output, str(gold))[2]
        parts["all"].append(f1)
        parts[str(record.get("page_type") or "unknown")].append(f1)
    return {part: statistics.mean(values) for part, values in sorted(parts.items())}


def measure(
    name: str, extractor: str, pool: Executor, workers: int, cli_folder: Path | None, folds: Path | None = None
) -> Figures:
    """The outputs' figures for one extractor's text of one set (``cli`` when ``cli_folder`` is given)."""
    records = read(name, extractor)
    figures = {
        "alone": word_f1(records, [str(r.get("input") or "") for r in records]),
        "body": word_f1(records, bodies(records, pool, folds)),
    }
    if cli_folder is not None:
        figures["cli"] = word_f1(records, cli_outputs(name, extractor, workers, cli_folder))
    return figures


def report(name: str, extractor: str, figures: Figures) -> None:
    alone = figures["alone"]
    for part in ["all", *(k for k in alone if k != "all")]:
        cells = [f"alone {alone[part]:.4f}"]
        for output in OUTPUTS[1:]:
            if output in figures:
                value = figures[output][part]
                cells.append(f"{output} {value:.4f} ({value - alone[part]:+.4f})")
        print(f"{name:<9} {extractor:<12} {part:<14} " + "  ".join(cells), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--extractors", default=",".join(EXTRACTORS))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-cli", action="store_true", help="score the API's body only")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--folds", type=Path, help="junk-line models by fold (train_junk_model.py --folds-out)")
    args = parser.parse_args(argv)
    missing = absent()
    if missing is not None:
        print(f"extractor_text_accuracy: skipped, {missing} is absent", file=sys.stderr)
        return 0
    results: dict[str, dict[str, Figures]] = {}
    with tempfile.TemporaryDirectory() as scratch, ProcessPoolExecutor(args.workers) as pool:
        for name in args.sets.split(","):
            for extractor in args.extractors.split(","):
                folder = None if args.no_cli else Path(scratch)
                figures = measure(name, extractor, pool, args.workers, folder, args.folds)
                results.setdefault(name, {})[extractor] = figures
                report(name, extractor, figures)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
