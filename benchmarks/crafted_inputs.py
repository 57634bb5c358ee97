"""Is the cost linear on inputs crafted against each heuristic's loops, not only on news-like text?

    python benchmarks/crafted_inputs.py [--sizes 2000,4000,8000] [--json results.json]

Each case makes a text whose size grows with n (made here, so it runs anywhere), times
`Cleaner.clean` on it at each n (best of 3, CPU time, in this process) and prints the time and its
ratio to the time at the n before. Linear cost shows as a ratio near the ratio of the sizes (2 for
doubling n); a quadratic path shows as about 4. Exit 1 when a doubling costs more than MAX_RATIO.

The cases are the paths that were quadratic or worse before, one case each:
  rest-rule        many lines of a rule that removes the rest of the text ("Sponsored by ...")
  separators       a first line of many separators ("x|||...") over the article
  page-title       a page whose browser title holds many separators, over many menu lines
  email / offer / web   a last line with a long run of address, digit or domain characters
  teasers          many "Read more:" teasers of words found nowhere else, over a long line
  more-from        many "More from <name>" headings and as many copyright lines on a page
  long-words       a page's title and its heading, each ending in a long word of other letters
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable

from cleaner import Cleaner

MAX_RATIO = 3.0  # a doubling of n; quadratic paths measured 3.6-4.0, cubic 7.4
PROSE = "The council approved the harbour plan on Tuesday after a long debate about costs and ferries."
MENU = ["Home", "News", "Sport", "Business", "Opinion", "Culture", "Travel", "Weather", "Video", "Podcasts"]


def article(last: str = "", body: int = 6) -> str:
    return "Harbour plan approved\n\n" + "\n\n".join([PROSE] * body) + "\n\n" + last + "\n"


def page(first_line: str, menu: list[str], footer: list[str] | None = None) -> str:
    """A whole page's text: browser title, menus, the article, share buttons and a footer."""
    prose = [f"{PROSE[:-1]} number {k}." for k in range(12)]
    lines = [
        first_line, *MENU, *menu, "Harbour plan approved after long debate", *prose,
        "Share", "Home", "News", *(footer or []),
    ]
    return "\n".join(lines) + "\n"


def letters(n: int, seed: int) -> str:
    """A word of n letters drawn from 110 Cyrillic, Greek and Armenian ones: none is frequent enough
    for difflib's matcher to skip it."""
    alphabet = [chr(c) for c in [*range(0x430, 0x460), *range(0x3B1, 0x3CA), *range(0x561, 0x587)] if c != 0x3C2]
    draw = random.Random(seed)
    return "".join(draw.choice(alphabet) for _ in range(n))


CASES: dict[str, Callable[[int], str]] = {
    "rest-rule": lambda n: article("\n".join(["Sponsored by Acme Corp."] * (8 * n))),
    "separators": lambda n: "Harbour plan approved\n\nx" + "|" * (10 * n) + "\n\n" + article(),
    "page-title": lambda n: page("Harbour Times" + "|" * n, [f"Section {k}" for k in range(n // 10)]),
    "email": lambda n: article("Contact " + "_." * (8 * n) + " @"),
    "offer": lambda n: article("Code " + "1" * (8 * n) + " %"),
    "web": lambda n: article("Visit " + "a½" * (8 * n) + " .com"),
    "teasers": lambda n: "Harbour plan approved\n\n" + " ".join([PROSE] * n) + "\n\n"
    + "\n\n".join(f"Read more: Zorb{k:06d}q Quil{k:06d}v Marn{k:06d}t" for k in range(n)) + "\n\n" + article(),
    "more-from": lambda n: page("Harbour Times", [f"Section {k}" for k in range(20)],
                                [f"More from Zone{k:06d}" for k in range(2 * n)]
                                + [f"Copyright {k:06d} Harbour Times Media Group" for k in range(2 * n)]),
    "long-words": lambda n: page("Harbour council plan " + letters(4 * n, 1),
                                 [f"Section {k}" for k in range(20)] + ["Harbour council plan " + letters(4 * n, 2)]),
}


def best_seconds(cleaner: Cleaner, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        cleaner.clean(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,4000,8000", help="values of n, each double the one before")
    parser.add_argument("--json", help="write the timings here")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    cleaner = Cleaner()
    results: dict[str, list[dict[str, float]]] = {}
    worst = 0.0
    for name, make in CASES.items():
        rows = results[name] = []
        before = None
        for n in sizes:
            text = make(n)
            seconds = best_seconds(cleaner, text)
            ratio = seconds / before if before else None
            # Below a few milliseconds the ratio is noise, not a trend. (Under about 5,000 of its
            # headings the more-from page is cleaned otherwise, more cheaply: it starts at 2n.)
            if ratio is not None and before >= 0.005:
                worst = max(worst, ratio)
            rows.append({"n": n, "chars": len(text), "seconds": seconds, **({"ratio": ratio} if ratio else {})})
            shown = f"  x{ratio:.2f}" if ratio else ""
            print(f"{name:11s} n={n:>7} {len(text):>10,} chars {seconds:8.3f} s{shown}", flush=True)
            before = seconds
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=1)
    print(f"worst ratio for a doubling: {worst:.2f} (limit {MAX_RATIO})")
    return 1 if worst > MAX_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
