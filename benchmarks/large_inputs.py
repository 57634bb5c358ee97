"""Time and peak memory of `clean` on large inputs: is the cost linear in size?

    python benchmarks/large_inputs.py [--sizes 1,10,100] [--line-mb 20]

Makes news-like documents of each size in MB (article paragraphs with junk lines between them, made
here, so it runs anywhere), and one document whose body is a single line of the given size; runs
`python -m cleaner FILE > /dev/null` on each in a child process and prints wall time, MB/s and the
child's peak resident memory as a multiple of the input's size. Linear cost shows as a steady MB/s.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "the council said on monday that a new plan for the harbour would cost more than expected and that "
    "residents could comment until the end of the month while officials reviewed traffic data from the "
    "summer when ferries ran late and buses were crowded near the station"
).split()
JUNK = ["Advertisement", "Read more: Ten ways to grow tomatoes", "Photo: Getty Images", "Share this article"]


def paragraph(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(20, 60))]
    return " ".join(words).capitalize() + "."


def news_like(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = ["Harbour Plan Costs Rise"]
    total = len(parts[0])
    while total < size:
        piece = rng.choice(JUNK) if rng.random() < 0.1 else paragraph(rng)
        parts.append(piece)
        total += len(piece) + 2
    return "\n\n".join(parts) + "\n"


def run(path: Path) -> tuple[float, float]:
    """Wall seconds and the child's own peak RSS in MB for one `clean` run."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen([sys.executable, "-m", "cleaner", str(path)], stdout=sink)
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"clean failed on {path} with exit code {child.returncode}")
    return seconds, usage.ru_maxrss / 1024


def make(kind: str, megabytes: float, path: Path) -> None:
    if kind == "line":
        line = " ".join(WORDS[i % len(WORDS)] for i in range(int(megabytes * 1e6 / 6)))
        text = "Harbour Plan Costs Rise\n\n" + line + ".\n"
    else:
        text = news_like(int(megabytes * 1e6))
    path.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,100", help="document sizes in MB, comma-separated (default 1,10,100)")
    parser.add_argument("--line-mb", type=float, default=20, help="size of the single-line document in MB (0 to skip)")
    parser.add_argument("--make", nargs=3, metavar=("KIND", "MB", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        make(args.make[0], float(args.make[1]), Path(args.make[2]))
        return 0
    cases = [("news", float(s)) for s in args.sizes.split(",") if s]
    if args.line_mb:
        cases.append(("line", args.line_mb))
    print(f"{'input':<28}{'MB':>8}{'seconds':>10}{'MB/s':>8}{'peak MB':>10}{'x input':>9}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        for kind, megabytes in cases:
            # Made in a child process: a child forked from a parent holding the text would count the
            # parent's pages in its own peak memory.
            subprocess.run([sys.executable, __file__, "--make", kind, str(megabytes), str(path)], check=True)
            size = path.stat().st_size / 1e6
            seconds, peak = run(path)
            name = f"{'one line' if kind == 'line' else 'news-like'}, {megabytes:g} MB"
            print(f"{name:<28}{size:>8.1f}{seconds:>10.2f}{size / seconds:>8.2f}{peak:>10.0f}{peak / size:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
