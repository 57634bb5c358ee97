"""How well cleaner.text.languages tells the language of short texts, and how fast.

    python benchmarks/language_accuracy.py

The truth comes from the pages' own addresses: a page of the shared corpora (aeb, wcxb-dev, traf) on a
country domain whose language the detector knows (.de, .at, .fr, .es, .it, .pt, .br, .nl, .pl, .se; .com
and other domains are left out) is taken to be in that language, and English on .uk, .ie, .au, .nz. Its
reference text (or its ``with`` snippets) is cut into paragraphs; each paragraph is a short text and the
first 4,000 characters the document. Printed: for paragraphs of 3-9, 10-24 and 25+ words and for the
documents, the share detected right, the share left undecided (None) and the share wrong, split into
English (mostly the truth's fault: English posts on .de and .fr sites) and another language, and the
microseconds a call. Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = ROOT.parent / "shared" / "corpora"

from cleaner.text.languages import detect, detect_lines  # noqa: E402

TLD_LANGUAGE = {"de": "de", "at": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "br": "pt", "nl": "nl",
                "pl": "pl", "se": "sv", "uk": "en", "ie": "en", "au": "en", "nz": "en"}


def samples() -> list[tuple[str, str]]:
    """(expected language, reference text) of the pages on a country domain."""
    found = []
    for name in ("aeb", "wcxb-dev", "traf"):
        with gzip.open(CORPORA / f"{name}.jsonl.gz", "rt", encoding="utf-8") as source:
            for line in source:
                record = json.loads(line)
                url = str(record.get("url") or "")
                host = urlsplit(url).netloc or url.split("::")[-1].split("/")[0]
                lang = TLD_LANGUAGE.get(host.rsplit(".", 1)[-1].lower())
                text = record.get("gold") or "\n".join(record.get("with") or [])
                if lang and text:
                    found.append((lang, text))
    return found


def main() -> int:
    if not CORPORA.exists():
        print(f"language_accuracy: skipped, {CORPORA} is absent", file=sys.stderr)
        return 0
    results: dict[str, Counter[str]] = defaultdict(Counter)
    per_language: dict[str, Counter[str]] = defaultdict(Counter)
    spent, calls = 0.0, 0
    for lang, text in samples():
        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        start = time.perf_counter()
        doc = detect_lines(paragraphs)
        spent += time.perf_counter() - start
        calls += 1
        results["document"][_verdict(doc, lang)] += 1
        per_language[lang][_verdict(doc, lang)] += 1
        for paragraph in paragraphs:
            words = len(paragraph.split())
            if words < 3:
                continue
            part = "3-9 words" if words < 10 else "10-24 words" if words < 25 else "25+ words"
            start = time.perf_counter()
            found = detect(paragraph)
            spent += time.perf_counter() - start
            calls += 1
            results[part][_verdict(found, lang)] += 1
    for part in ("3-9 words", "10-24 words", "25+ words", "document"):
        c = results[part]
        total = sum(c.values()) or 1
        print(f"{part:12} n {total:6}  right {c['right'] / total:.3f}  undecided {c['none'] / total:.3f}  "
              f"wrong: English {c['english'] / total:.3f}, another {c['wrong'] / total:.3f}")
    print("documents by language: " + ", ".join(
        f"{lang} {c['right']}/{sum(c.values())}" for lang, c in sorted(per_language.items())))
    print(f"{spent / max(1, calls) * 1e6:.1f} us a call ({calls} calls)")
    return 0


def _verdict(found: str | None, expected: str) -> str:
    if found is None:
        return "none"
    return "right" if found == expected else "english" if found == "en" else "wrong"


if __name__ == "__main__":
    sys.exit(main())
