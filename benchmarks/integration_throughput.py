"""Throughput of the pipeline integrations against ``Cleaner.clean`` on the same texts, one task, one core.

    python benchmarks/integration_throughput.py [--rounds 5] [--corpus PATH]

On the ``input`` texts of ../shared/corpora/newsjunk-dev.jsonl.gz, in alternating rounds (so that the
machine's drift falls on every variant alike), the best and the median round of each:

  clean       ``Cleaner.clean`` on each text in a loop (warmed up: the rules compiled)
  datatrove   datatrove's ``LocalPipelineExecutor`` (1 task, 1 worker) running ``[documents, CleanerStep()]``:
              the executor, the step, its stats and the report in each document's metadata
  datatrove+io  ``JsonlReader -> CleanerStep -> JsonlWriter`` (uncompressed) on the texts as JSON Lines
  cli+io      ``clean --jsonl --workers 1`` on the same file, written to a file
  nemo        ``CleanerStage().process`` on one NeMo Curator ``DocumentBatch`` of every text (when NeMo
              Curator is installed; Ray's start-up, about 25 s a run, is left out)

MB is 10^6 bytes of UTF-8 input. The issue's bar: datatrove within 10% of clean. Exits 0 with a message
when the corpus or datatrove is absent.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import itertools
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "newsjunk-dev.jsonl.gz"


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found", file=sys.stderr)
        return 0
    if importlib.util.find_spec("datatrove") is None or importlib.util.find_spec("orjson") is None:
        print("skipped: datatrove is not installed (pip install 'boilercut[datatrove]')", file=sys.stderr)
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner import Options
    from cleaner.engine import cleaner_for
    from cleaner.integrations.datatrove import CleanerStep

    with gzip.open(args.corpus, "rt", encoding="utf-8") as source:
        records = [json.loads(line) for line in source]
    texts = [record["input"] for record in records]
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    cleaner = cleaner_for(Options())
    for text in texts[:50]:
        cleaner.clean(text)  # warm: the rules compiled, the models loaded

    work = Path(tempfile.mkdtemp(prefix="integration-throughput-"))
    folder = work / "in"
    folder.mkdir()
    (folder / "corpus.jsonl").write_text(
        "".join(json.dumps({"id": r["id"], "text": r["input"]}) + "\n" for r in records), encoding="utf-8"
    )
    runs = itertools.count(1)

    def clean_loop() -> None:
        for text in texts:
            cleaner.clean(text)

    def fresh() -> Path:
        return work / f"run{next(runs)}"

    def datatrove_step() -> float:
        documents = [Document(text=text, id=str(i)) for i, text in enumerate(texts)]  # the step edits them
        executor = LocalPipelineExecutor([documents, CleanerStep()], tasks=1, workers=1, logging_dir=str(fresh()))
        return timed(executor.run)

    def datatrove_io() -> None:
        out = fresh()
        LocalPipelineExecutor(
            [JsonlReader(str(folder)), CleanerStep(), JsonlWriter(str(out / "out"), compression=None)],
            tasks=1, workers=1, logging_dir=str(out / "logs"),
        ).run()

    def cli_io() -> None:
        out = fresh()
        command = [sys.executable, "-m", "cleaner", str(folder / "corpus.jsonl"), "--workers", "1", "-q",
                   "-o", str(out / "out.jsonl")]
        subprocess.run(command, check=True)

    variants: dict[str, Callable[[], float]] = {
        "clean": lambda: timed(clean_loop),
        "datatrove": datatrove_step,
        "datatrove+io": lambda: timed(datatrove_io),
        "cli+io": lambda: timed(cli_io),
    }
    if importlib.util.find_spec("nemo_curator") is not None:
        import pandas as pd
        from nemo_curator.tasks import DocumentBatch

        from cleaner.integrations.nemo_curator import CleanerStage

        frame = pd.DataFrame({"text": texts})
        stage = CleanerStage()
        variants["nemo"] = lambda: timed(lambda: stage.process(DocumentBatch(dataset_name="bench", data=frame)))

    logging.disable(logging.WARNING)
    from loguru import logger  # datatrove's logger, installed with it

    logger.remove()  # datatrove's per-run log lines would flood the terminal
    times: dict[str, list[float]] = {name: [] for name in variants}
    for round_number in range(args.rounds):
        for name, run in variants.items():
            times[name].append(run())
            print(f"round {round_number + 1} {name:13s} {times[name][-1]:7.2f} s", file=sys.stderr)
    print(f"{len(texts)} texts, {size:.2f} MB, {args.rounds} rounds, one core: best (median)")
    best_clean, median_clean = min(times["clean"]), statistics.median(times["clean"])
    for name, seconds in times.items():
        best, median = min(seconds), statistics.median(seconds)
        print(f"{name:13s} {best:6.2f} s ({median:6.2f})  {size / best:5.2f} MB/s ({size / median:5.2f})  "
              f"{best_clean / best:4.2f}x ({median_clean / median:4.2f}x) clean's MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
