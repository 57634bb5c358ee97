"""Learn newsjunk-sites-dev's boilerplate, clean its pages with what was learned, score the output with
../shared/bench/score.py.

    python benchmarks/sites_accuracy.py [--min-pages 3 --min-share 0.05 --lone-share 0.4]
        [--no-learn] [--pages-per-site N] [--one-site] [--rules-out learned.toml] [--json] [--corpus SITES.jsonl.gz]

The path is the command's (`clean --learn`): cleaner.sites counts the templates of each site's pages,
writes the rule file, and each page is cleaned with it, the site from its ``site`` field. ``--no-learn``
scores the cleaner alone. ``--pages-per-site N`` keeps each site's first N pages (the held-out sites
have a median of 5); ``--one-site`` learns and cleans without the site field (the corpus is one site,
and the syndicated bodies stand on two or three of its pages). Prints the scorer's figures; exits 0
with a message when ../shared is absent. ``--corpus`` scores another site set, such as a held-out one
that ``make_sites.py`` made from blind site-template pools.
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
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "newsjunk-sites-dev.jsonl.gz"
SCORER = SHARED / "bench" / "score.py"


def learned_rules(records: list[dict[str, str]], options: object, out: Path) -> int:
    from cleaner.sites.counts import SiteCounts
    from cleaner.sites.kinds import builtin_kind_of
    from cleaner.sites.learn import learn
    from cleaner.sites.naming import site_name
    from cleaner.sites.rulefile import rule_text

    counts = SiteCounts()
    for record in records:
        counts.add_text(site_name(record["site"]), record["input"])  # "" with --one-site
    found = learn(counts, options)  # type: ignore[arg-type]
    out.write_text(rule_text(found, builtin_kind_of()), encoding="utf-8")
    return len(found)


def write_predictions(records: list[dict[str, str]], rules: Path | None, out: Path) -> None:
    from cleaner import Cleaner, Options
    from cleaner.sites.naming import site_name

    cleaner = Cleaner(Options(rules=[rules] if rules else []))
    with out.open("w", encoding="utf-8") as sink:
        for record in records:
            result = cleaner.clean(record["input"], site=site_name(record["site"]))
            sink.write(json.dumps({"id": record["id"], "cleaner": {"body": result.body}}) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-pages", type=int, default=None)
    parser.add_argument("--min-share", type=float, default=None)
    parser.add_argument("--lone-share", type=float, default=None)
    parser.add_argument("--no-learn", action="store_true", help="the cleaner alone, nothing learned")
    parser.add_argument("--pages-per-site", type=int, help="each site's first N pages only")
    parser.add_argument("--one-site", action="store_true", help="no site field: the corpus is one site")
    parser.add_argument("--rules-out", type=Path, help="keep the learned rule file here")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a site set (make_sites.py makes held-out ones)")
    args = parser.parse_args()
    if not args.corpus.exists() or not SCORER.exists():
        print(f"skipped: {args.corpus} or {SCORER} not found", file=sys.stderr)
        return 0
    from cleaner.sites.learn import LearnOptions

    given = {k: v for k, v in (("min_pages", args.min_pages), ("min_share", args.min_share),
                                ("lone_share", args.lone_share)) if v is not None}
    options = LearnOptions(**given)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as source:
        records = [json.loads(line) for line in source]
    if args.pages_per_site:
        seen: dict[str, int] = {}
        kept = []
        for record in records:
            seen[record["site"]] = seen.get(record["site"], 0) + 1
            if seen[record["site"]] <= args.pages_per_site:
                kept.append(record)
        records = kept
    if args.one_site:
        records = [{**record, "site": ""} for record in records]
    with tempfile.TemporaryDirectory() as folder:
        rules = None
        if not args.no_learn:
            rules = args.rules_out or Path(folder) / "learned.toml"
            start = time.perf_counter()
            count = learned_rules(records, options, rules)
            print(f"learned {count} rules in {time.perf_counter() - start:.1f} s ({options})", file=sys.stderr)
        predictions = Path(folder) / "predictions.jsonl"
        write_predictions(records, rules, predictions)
        scored = Path(folder) / "corpus.jsonl.gz"  # the scorer reads gzip
        with gzip.open(scored, "wt", encoding="utf-8") as sink:  # the scorer reads the records cleaned, no others
            sink.writelines(json.dumps(record) + "\n" for record in records)
        command = [sys.executable, str(SCORER), str(scored), str(predictions), "--field", "cleaner.body"]
        if args.json:
            command.append("--json")
        print(subprocess.run(command, check=True, capture_output=True, text=True).stdout, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
