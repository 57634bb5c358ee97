"""Throughput of Cleaner.clean against its peers on the same plain-text documents, in one process.

    python benchmarks/compare_peers.py [--corpus PATH] [--limit N] [--repeat 3] [--json FILE]

The peers, each given the same texts one after the other in this process (pinned to one core):
  c4        datatrove's C4QualityFilter, its line rules (terminal punctuation, 3+ words, javascript,
            policy lines, ...; min_num_sentences=-1), the line filter of LLM corpora
  justext   jusText on the text, each line a <p> (its English stop list)
  trafilatura  trafilatura.extract on the text, each line a <p>
Absolute timings drift on a shared machine; ratios measured in one run hold, so the script prints
each peer's MB/s and docs/s and the cleaner's throughput as a multiple of each. Inputs: the ``input``
texts of ../shared/corpora/newsjunk-dev.jsonl.gz (exits 0 with a message when absent). Peers that are
not installed are skipped with a message (pip install 'boilercut[bench]').
"""
from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "newsjunk-dev.jsonl.gz"
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import load_inputs, pin_to_one_core  # noqa: E402


def as_paragraphs(text: str) -> str:
    """The text as the HTML a text-only extractor gets: each non-empty line one <p>."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def cleaner_system() -> Callable[[str], object]:
    from cleaner import Cleaner

    cleaner = Cleaner()
    cleaner.line_matcher.prepare()
    return cleaner.clean


def c4_system() -> Callable[[str], object]:
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    # The line rules alone: the page-level "at least 5 sentences" count runs spaCy's sentence
    # splitter on every kept line (0.4 MB/s here), which is not a line rule.
    c4 = C4QualityFilter(min_num_sentences=-1)
    return lambda text: c4.filter(Document(text=text, id="x"))


def justext_system() -> Callable[[str], object]:
    import justext

    stop_list = justext.get_stoplist("English")
    return lambda text: justext.justext(as_paragraphs(text), stop_list)


def trafilatura_system() -> Callable[[str], object]:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    return lambda text: trafilatura.extract(as_paragraphs(text))


SYSTEMS: dict[str, Callable[[], Callable[[str], object]]] = {
    "cleaner": cleaner_system,
    "c4": c4_system,
    "justext": justext_system,
    "trafilatura": trafilatura_system,
}


def time_system(run: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """The best of ``repeat`` passes over all texts, in CPU seconds of this process."""
    for text in texts[:20]:
        run(text)  # imports, caches and compiled patterns outside the timing
    passes = []
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            run(text)
        passes.append(time.process_time() - start)
    return min(passes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="gzip JSON Lines with an 'input' field")
    parser.add_argument("--limit", type=int, help="the first N documents only")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per system; the best counts (default 3)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(
            f"skipped: {args.corpus} not found (put the shared folder beside the project as ../shared)",
            file=sys.stderr,
        )
        return 0
    texts = load_inputs(args.corpus)[: args.limit]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {megabytes:.2f} MB; {pin_to_one_core()}")
    figures: dict[str, dict[str, float]] = {}
    for name, build in SYSTEMS.items():
        try:
            run = build()
        except ImportError as error:
            print(f"{name:<12} skipped: {error.name or error} is not installed")
            continue
        seconds = time_system(run, texts, args.repeat)
        figures[name] = {"seconds": seconds, "MB/s": megabytes / seconds, "docs/s": len(texts) / seconds}
        print(f"{name:<12} {seconds:8.2f} s  {megabytes / seconds:7.2f} MB/s  {len(texts) / seconds:8.1f} docs/s")
    ours = figures.get("cleaner")
    if ours:
        for name, peer in figures.items():
            if name != "cleaner":
                ratio = peer["seconds"] / ours["seconds"]
                figures["cleaner"][f"x {name}"] = ratio
                print(f"cleaner / {name:<12} {ratio:6.2f}x")
    if args.json:
        args.json.write_text(
            json.dumps({"documents": len(texts), "MB": megabytes, "systems": figures}, indent=1) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
