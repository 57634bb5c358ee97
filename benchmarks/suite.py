"""Run the benchmark suite, save its results under the current commit, and compare with the last saved run.

    python benchmarks/suite.py [-k EXPR] [--no-save] [--fail-slower PERCENT]

Runs ``python -m pytest benchmarks/ --benchmark-only`` with pytest-benchmark's storage in
``benchmarks/results/`` (one JSON file per run, named with the commit id and a counter by
pytest-benchmark, committed with the change so that review sees it), and its comparison table against
the most recent saved run. With ``--fail-slower 20`` the run fails when any benchmark's median is more
than 20% slower than in the saved run (timings move with the machine's load: compare runs made on the
same idle machine). Extra arguments after ``--`` go to pytest.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORAGE = ROOT / "benchmarks" / "results"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-k", metavar="EXPR", help="only the benchmarks whose names match (pytest -k)")
    parser.add_argument("--no-save", action="store_true", help="compare only; do not save this run")
    parser.add_argument(
        "--fail-slower", type=float, metavar="PERCENT", help="fail when a median is this much slower than the saved run"
    )
    parser.add_argument("pytest_args", nargs="*", help="more pytest arguments (after --)")
    args = parser.parse_args()
    command = [
        sys.executable, "-m", "pytest", str(ROOT / "benchmarks"), "--benchmark-only", "-q", "-p", "no:cacheprovider",
        f"--benchmark-storage=file://{STORAGE}", "--benchmark-columns=min,median,mean,stddev,rounds",
        "--benchmark-sort=name",
    ]
    if any(STORAGE.glob("*/*.json")):
        command.append("--benchmark-compare")
        if args.fail_slower is not None:
            command.append(f"--benchmark-compare-fail=median:{args.fail_slower:g}%")
    if not args.no_save:
        command.append("--benchmark-autosave")
    if args.k:
        command += ["-k", args.k]
    command += args.pytest_args
    return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
