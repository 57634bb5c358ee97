"""Train cleaner/page/model.json from the dev corpora in ../shared, with cross-validated figures.

    python benchmarks/train_fullpage.py [--no-write] [--folds 5]

Labels: a page_text line is "article" when its words are the words of a gold line, or (four words or
more) when half its word 3-shingles occur in the gold text. Keeping exactly the labelled lines scores
word F1 0.984 on aeb and 0.954 on wcxb-dev, the ceiling of a line-level decision.

Model: logistic regression on LOCAL_FEATURES (each line alone), then a second one on CONTEXT_FEATURES
(the first one's scores around the line, its block, the title anchor), then a per-page cut that
maximises the expected word F1. Lines are weighted by words, each page's weights scaled to sum to
sqrt(lines), and aeb pages 5x (it has 181 pages against wcxb-dev's 1497).

Prints word F1 from 5-fold cross-validation by document, from train-on-aeb/test-on-wcxb and the
reverse, and in-sample; then fits on everything and writes the model. Reads the corpora only at run
time: nothing of their text goes into the model file (it holds only feature weights and thresholds).
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
CORPORA = ("aeb", "wcxb-dev")
OUT = ROOT / "cleaner" / "page" / "model.json"

from cleaner import page as FP  # noqa: E402

WORD = re.compile(r"\w+")
AEB_WEIGHT = 5.0
L2 = 1e-3
DECODE_BIAS = 0.3
KEEP_ABOVE = 0.9
DETECT_HEAD = 3
DETECT_EDGES = 1_000_000  # the edges rule: flagged 28 newsjunk-dev articles, 3% of their body lines lost


def scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def page_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def label(lines: list[str], gold: str) -> list[int]:
    """1 article, 0 not, -1 no words (left out of training)."""
    glines = {" ".join(WORD.findall(g.lower())) for g in gold.split("\n") if g.strip()}
    gw = WORD.findall(gold.lower())
    shingles = set(zip(gw, gw[1:], gw[2:]))
    labels = []
    for line in lines:
        w = WORD.findall(line.lower())
        if not w:
            labels.append(-1)
        elif " ".join(w) in glines:
            labels.append(1)
        elif len(w) < 4:
            labels.append(0)
        else:
            sh = list(zip(w, w[1:], w[2:]))
            labels.append(1 if sum(s in shingles for s in sh) * 2 >= len(sh) else 0)
    return labels


def load() -> list[dict]:
    docs = []
    for name in CORPORA:
        with gzip.open(SHARED / "corpora" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                lines = page_lines(r["page_text"] or "")
                gold = r["gold"] or ""
                docs.append(dict(corpus=name, page_type=r.get("page_type") or "?", gold=gold, lines=lines,
                                 y=np.array(label(lines, gold), float),
                                 X=np.array(FP.local_features(lines), float).reshape(-1, len(FP.LOCAL_FEATURES))))
    return docs


def weights(d: dict) -> np.ndarray:
    nw = np.array([max(1, len(line.split())) for line in d["lines"]], float)
    w = nw / nw.sum() * len(nw) ** 0.5 if len(nw) else nw
    return w * (AEB_WEIGHT if d["corpus"] == "aeb" else 1.0)


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by Newton steps."""
    beta = np.zeros(X.shape[1])
    reg = L2 * w.sum()
    for _ in range(30):
        p = 1 / (1 + np.exp(-(X @ beta)))
        g = X.T @ (w * (p - y)) + reg * beta
        H = (X * (w * p * (1 - p))[:, None]).T @ X + reg * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


def context(d: dict, b1: np.ndarray) -> np.ndarray:
    z = d["X"] @ b1
    rows = FP.context_features(d["lines"], d["X"].tolist(), z.tolist())
    return np.array(rows, float).reshape(-1, len(FP.CONTEXT_FEATURES))


def train(docs: list[dict]) -> FP.FullPageModel:
    y = np.concatenate([d["y"] for d in docs])
    w = np.concatenate([weights(d) for d in docs])
    m = y >= 0
    b1 = fit(np.vstack([d["X"] for d in docs])[m], y[m], w[m])
    C = np.vstack([context(d, b1) for d in docs])
    b2 = fit(C[m], y[m], w[m])
    return FP.FullPageModel(
        tuple(map(float, b1)), tuple(map(float, b2)), DECODE_BIAS, KEEP_ABOVE, DETECT_HEAD, DETECT_EDGES
    )


def evaluate(docs: list[dict], model: FP.FullPageModel, score) -> dict[int, float]:
    out = {}
    for d in docs:
        verdict = FP.find_article(d["lines"], None, model)
        out[id(d)] = score.word_prf("\n".join(verdict.kept(d["lines"])), d["gold"])[2]
    return out


def summary(docs: list[dict], f1: dict[int, float], tag: str) -> None:
    groups: dict[str, list[float]] = defaultdict(list)
    for d in docs:
        if id(d) in f1:
            groups[d["corpus"]].append(f1[id(d)])
            if d["corpus"] == "wcxb-dev":
                groups[d["page_type"]].append(f1[id(d)])
    parts = [f"{k} {statistics.mean(v):.3f} (n {len(v)})" for k, v in groups.items() if k in CORPORA]
    types = [f"{k} {statistics.mean(v):.3f}" for k, v in sorted(groups.items()) if k not in CORPORA]
    print(f"{tag:<24} " + " | ".join(parts) + ("\n" + " " * 25 + " ".join(types) if types else ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    if not (SHARED / "corpora").is_dir():
        print(f"no {SHARED / 'corpora'}: nothing to train on")
        return 0
    score = scorer()
    docs = load()
    order = list(range(len(docs)))
    random.Random(7).shuffle(order)
    cv: dict[int, float] = {}
    for k in range(a.folds):
        test = [docs[i] for i in order[k :: a.folds]]
        held = {id(d) for d in test}
        cv.update(evaluate(test, train([d for d in docs if id(d) not in held]), score))
    summary(docs, cv, f"cv{a.folds} by document")
    for src, dst in (("aeb", "wcxb-dev"), ("wcxb-dev", "aeb")):
        model = train([d for d in docs if d["corpus"] == src])
        summary(docs, evaluate([d for d in docs if d["corpus"] == dst], model, score), f"train {src}")
    model = train(docs)
    summary(docs, evaluate(docs, model, score), "in-sample")
    for names, weights_ in (("local", model.local_weights), ("context", model.context_weights)):
        print(names, " ".join(f"{n}={w:+.2f}" for n, w in zip(
            FP.LOCAL_FEATURES if names == "local" else FP.CONTEXT_FEATURES, weights_)))
    if not a.no_write:
        OUT.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
