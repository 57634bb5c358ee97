"""Train the junk-line model (cleaner/linemodel/) and measure it by folds.

    python benchmarks/train_junk_model.py [--write] [--folds-out DIR] [--refeaturise]

Training lines are what the rules leave: each document is cleaned with the model off, and the lines
kept are the text the model step sees (cleaner.linemodel.rows: its candidates and their features).
Documents, each line labelled body or junk:
  newsjunk-dev, newsjunk-sites-dev  the labelled development documents (../shared/corpora)
  train-<lang>                      documents made by ../shared/bench/newsjunk/make.py from the training
                                    pools (benchmarks/train_pools/: junk in new wording, ten languages;
                                    never the blind pools)
  xtext, page, traf                 real extractor and page text, labelled against the reference by
                                    benchmarks/mine_junk.py (run it first; its unknown lines are left out)
Folds are by article (the corpus page a document's body comes from) and by site for
newsjunk-sites-dev, so no page's body lines are both fitted and scored. Each fold's lines are scored
by a model fitted without its fold. Printed: by source, AUC and the junk and body lines the step's
runs take at the thresholds (RUNS). ``--folds-out DIR`` writes each fold's model (DIR/fold-K, fitted
without fold K) for blind_accuracy.py and extractor_text_accuracy.py --folds; ``--write`` writes the
model fitted on everything to the package.
Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from blind_accuracy import article_key  # noqa: E402
from mine_junk import default_dir  # noqa: E402

from cleaner.linemodel import features as F  # noqa: E402
from cleaner.linemodel.model import JunkLineModel  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
MAKE = SHARED / "bench" / "newsjunk" / "make.py"
TRAIN_POOLS = ROOT / "benchmarks" / "train_pools"
TRAIN_SEED = 23
FOLDS = 2
# Each source's share of the fitted weight: the real text (xtext, page, traf) teaches what body looks
# like on real sites; the made documents the junk around an article.
SOURCE_SHARE = {"newsjunk-dev": 1.0, "newsjunk-sites-dev": 1.0, "train": 2.0, "xtext": 2.0, "page": 0.5, "traf": 0.5}
L2_DENSE = 1e-4
L2_HASHED = 3e-4
EPOCHS = 300
RATE = 0.5
# Where a candidate line stands: before the article's first long paragraph, between, after its last.
ZONE_HEAD, ZONE_TAIL = 0, 2
# The runs' thresholds, read off the fold scores with the first ten training pools (a run's lines are
# taken together, so they are not fitted a line at a time). Tail run at 0.80: 22% of the junk the rules
# leave in the training pools' documents, 2.0 body lines in 10,000 lost there; 6.0 in newsjunk-dev (its
# remaining tail lines are mostly the reference's own "Contributing:" and "References" lines); on the
# extractors' text 895 junk words for 555 body words. At 0.70: 38%, 3.6 and 10.7, 1,409 for 1,175.
# Head run at 0.80: train 213 junk lines for 19 body lines, newsjunk-dev 3 body lines, extractors'
# text 271 junk words for 30. A gap line (tail_gap) at 0.60: the training pools' junk taken 8,282 ->
# 11,426 for body lines lost 2.3 -> 2.9 in 10,000 (newsjunk-dev 6.5 -> 7.4; the extractors' text
# 1,277 junk words for 627); the run's threshold down to 0.75 instead took 11,541 for 2.9 (8.8; 1,411
# for 877). Runs read only in texts where a rule removed a line (steps/junk_model.py): 10,351 for 2.0
# (6.6; 795 for 268): a fifth of the extractors' texts have such a line, two thirds of the training
# documents.
RUNS = {"head_run": 0.8, "tail_run": 0.8, "tail_gap": 0.6}
LABEL = {"b": 0, "j": 1}


def source_group(source: str) -> str:
    return source.split("/")[0].split("-")[0] if not source.startswith("newsjunk") else source


def fold_key(source: str, record_id: str, site: str) -> str:
    return site if source == "newsjunk-sites-dev" else article_key(record_id)


def _made_documents(path: Path, source: str) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            labels = ["b" if kind in ("body", "title") else "j" for _, kind in record["lines"]]
            yield {"source": source, "key": fold_key(source, record["id"], record.get("site", "")),
                   "input": record["input"], "labels": labels}


def training_sets(cache: Path) -> list[tuple[Path, str]]:
    """The made sets: newsjunk-dev, newsjunk-sites-dev and one a training pool (made on first use)."""
    sets = [(CORPORA / f"{name}.jsonl.gz", name) for name in ("newsjunk-dev", "newsjunk-sites-dev")]
    for pool in sorted(TRAIN_POOLS.glob("pool_train*.py")):
        name = pool.stem.removeprefix("pool_")
        out = cache / f"newsjunk-{name}.jsonl.gz"
        if not out.exists():
            cache.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, str(MAKE), "--pool", str(pool), "--seed", str(TRAIN_SEED), "--out", str(out),
                       str(CORPORA / "aeb.jsonl.gz"), str(CORPORA / "wcxb-dev.jsonl.gz")]
            subprocess.run(command, check=True, capture_output=True)
        sets.append((out, name))
    return sets


def mined_documents(mined: Path) -> Iterator[dict]:
    """The real text's documents (benchmarks/mine_junk.py), newsjunk's left out (read whole above)."""
    with gzip.open(mined, "rt", encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["source"].startswith("newsjunk"):
                continue
            yield {"source": doc["source"], "key": fold_key(doc["source"], doc["id"], doc["site"]),
                   "input": "\n".join(doc["lines"]) + "\n", "labels": doc["labels"]}


def _featurise_chunk(chunk: list[dict]) -> tuple[list[tuple], dict[str, int]]:
    """Each labelled candidate line the model step would see: (dense row, hashed words, label, zone,
    source, key, the document's number in the chunk, the line's place among the lines kept); and the
    body lines of the chunk's documents by source group."""
    from cleaner import Cleaner
    from cleaner.document import Document
    from cleaner.text.shapes import shapes_of

    engine = Cleaner(ignore=["model"])
    matcher = engine.setup.line_matcher
    out = []
    body: dict[str, int] = {}
    for number, doc in enumerate(chunk):
        parsed = Document.parse(doc["input"])
        if len(parsed.lines) != len(doc["labels"]):
            continue
        group = "train" if doc["source"].startswith("train") else source_group(doc["source"])
        body[group] = body.get(group, 0) + doc["labels"].count("b")
        result = engine.clean(doc["input"])
        removed = set()
        for removal in result.removals:
            removed.update(range(removal.first_line, removal.last_line + 1))
        kept = [line.number not in removed for line in parsed.lines]
        view = [i for i, flag in enumerate(kept) if flag]
        texts = [parsed.lines[i].stripped for i in view]
        if len(texts) < 4:
            continue
        shapes = shapes_of(texts)
        matched = [False] * len(texts)
        for i, found, _ in matcher.matching_lines(texts, [s.words for s in shapes], 0.5, lambda rule: True):
            matched[i] = bool(found)
        is_long = F.long_prose(shapes)
        longs = [j for j, flag in enumerate(is_long) if flag]
        if not longs:
            continue
        chosen, dense, hashed = F.rows(texts, shapes, matched, F.removed_around(kept))
        for j, row, words in zip(chosen, dense, hashed):
            label = doc["labels"][view[j]]
            if label not in LABEL:
                continue
            zone = 0 if j < longs[0] else 2 if j > longs[-1] else 1
            out.append((row, words, LABEL[label], zone, doc["source"], doc["key"], number, j))
    return out, body


def featurise(docs: Iterator[dict]) -> dict[str, np.ndarray]:
    """The candidate lines of the documents, in arrays; ``body_totals`` holds "group=count" entries."""
    chunks, chunk = [], []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == 200:
            chunks.append(chunk)
            chunk = []
    chunks.append(chunk)
    dense, indptr, indices, y, zone, source, key, doc, line = [], [0], [], [], [], [], [], [], []
    body_totals: dict[str, int] = {}
    with ProcessPoolExecutor(2) as pool:
        for chunk_number, (rows, body) in enumerate(pool.map(_featurise_chunk, chunks)):
            for group, count in body.items():
                body_totals[group] = body_totals.get(group, 0) + count
            for row, words, label, where, src, k, number, j in rows:
                doc.append(chunk_number * 1000 + number)
                line.append(j)
                dense.append(row)
                indices.extend(words)
                indptr.append(len(indices))
                y.append(label)
                zone.append(where)
                source.append(src)
                key.append(zlib.crc32(k.encode("utf-8")))
    return {"dense": np.array(dense, np.float64).reshape(-1, len(F.DENSE_FEATURES)),
            "indptr": np.array(indptr, np.int64),
            "indices": np.array(indices, np.int64), "y": np.array(y, np.float64), "zone": np.array(zone, np.int8),
            "source": np.array(source, dtype="U40"), "key": np.array(key, np.int64),
            "doc": np.array(doc, np.int64), "line": np.array(line, np.int64),
            "body_totals": np.array([f"{g}={c}" for g, c in body_totals.items()], dtype="U60")}


def load_all(cache: Path, mined: Path, refeaturise: bool) -> tuple[dict[str, np.ndarray], dict[str, int]]:
    """Every set's candidate lines, featurised once a set (cache/features-<set>.npz), joined."""
    sets: list[tuple[str, Callable[[], Iterator[dict]]]] = [
        (name, lambda path=path, name=name: _made_documents(path, name)) for path, name in training_sets(cache)
    ]
    sets.append(("real", lambda: mined_documents(mined)))
    parts = []
    for name, docs in sets:
        stored = cache / f"features-{name}.npz"
        if refeaturise or not stored.exists() or stored.stat().st_mtime < _newest_code():
            np.savez(stored, **featurise(docs()))
            print(f"featurised {name}", file=sys.stderr, flush=True)
        parts.append(dict(np.load(stored, allow_pickle=False)))
    body_totals: dict[str, int] = {}
    for part in parts:
        for entry in part["body_totals"]:
            group, count = str(entry).split("=")
            body_totals[group] = body_totals.get(group, 0) + int(count)
    offsets = np.cumsum([0] + [len(p["indices"]) for p in parts[:-1]])
    data = {
        "dense": np.concatenate([p["dense"] for p in parts]),
        "indptr": np.concatenate([[0]] + [p["indptr"][1:] + off for p, off in zip(parts, offsets)]),
        "indices": np.concatenate([p["indices"] for p in parts]),
    }
    for name in ("y", "zone", "source", "key", "line"):
        data[name] = np.concatenate([p[name] for p in parts])
    # Document numbers made unique across the sets.
    data["doc"] = np.concatenate([p["doc"] + (number << 32) for number, p in enumerate(parts)])
    return data, body_totals


def _newest_code() -> float:
    """When the feature code last changed: a cached set older than that is featurised again (after a
    change to the rules or steps, which changes what they leave, say --refeaturise)."""
    return (ROOT / "cleaner" / "linemodel" / "features.py").stat().st_mtime


def weights_of(data: dict) -> np.ndarray:
    groups = np.array([source_group(s) if not s.startswith("train") else "train" for s in data["source"]])
    w = np.zeros(len(groups))
    for group, share in SOURCE_SHARE.items():
        m = groups == group
        if m.any():
            w[m] = share / m.sum()
    return w * len(w) / w.sum()


def _rows(data: dict, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    starts, ends = data["indptr"][:-1][mask], data["indptr"][1:][mask]
    rows = np.repeat(np.arange(len(starts)), ends - starts)
    if not len(starts):
        return data["dense"][mask], rows, np.array([], np.int64)
    cols = data["indices"][np.concatenate([np.arange(a, b) for a, b in zip(starts, ends)])]
    return data["dense"][mask], rows, cols


def fit(data: dict, mask: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X, rows, cols = _rows(data, mask)
    y, w = data["y"][mask], weights[mask]
    w = w / w.mean()
    n = len(y)
    bd, bh = np.zeros(X.shape[1]), np.zeros(F.HASH_SIZE)
    gd2, gh2 = np.full_like(bd, 1e-8), np.full_like(bh, 1e-8)
    for _ in range(EPOCHS):
        z = X @ bd + np.bincount(rows, weights=bh[cols], minlength=n)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        err = w * (p - y) / n
        g_d = X.T @ err + L2_DENSE * bd
        g_h = np.bincount(cols, weights=err[rows], minlength=F.HASH_SIZE) + L2_HASHED * bh
        gd2 += g_d**2
        gh2 += g_h**2
        bd -= RATE * g_d / np.sqrt(gd2)
        bh -= RATE * g_h / np.sqrt(gh2)
    return bd, bh


def predict(data: dict, mask: np.ndarray, model: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    X, rows, cols = _rows(data, mask)
    bd, bh = model
    bh32 = bh.astype(np.float32).astype(np.float64)  # as shipped
    z = X @ bd + np.bincount(rows, weights=bh32[cols], minlength=int(mask.sum()))
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    pos = y == 1
    if pos.sum() == 0 or pos.sum() == len(y):
        return float("nan")
    ranks = np.empty(len(p))
    ranks[np.argsort(p)] = np.arange(1, len(p) + 1)
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def group_names(data: dict) -> np.ndarray:
    return np.array(["train" if s.startswith("train") else source_group(s) for s in data["source"]])


def thresholds() -> dict[str, float]:
    """The runs' thresholds (RUNS: the step takes runs only)."""
    return dict(RUNS)


def taken_by(data: dict, held: np.ndarray, cut: dict[str, float]) -> np.ndarray:
    """The lines the step takes at these thresholds (steps/junk_model.py's decision, on the arrays)."""
    take = np.zeros(len(held), bool)
    order = np.lexsort((data["line"], data["doc"]))
    docs = data["doc"][order]
    ends = np.concatenate([np.flatnonzero(np.diff(docs)) + 1, [len(order)]])
    starts = np.concatenate([[0], ends[:-1]])
    head, tail = data["zone"] == ZONE_HEAD, data["zone"] == ZONE_TAIL
    dense = data["dense"]
    removed = dense[:, F.DENSE_FEATURES.index("removed_above")] + dense[:, F.DENSE_FEATURES.index("removed_below")]
    for start, end in zip(starts, ends):
        if removed[order[start:end]].max() <= 0:
            continue  # no rule removed a line of the text: the step reads no run there
        lines = order[start:end][::-1]
        for k, i in enumerate(lines):
            above = lines[k + 1] if k + 1 < len(lines) else None
            bridged = (
                above is not None and tail[above] and held[above] >= cut["tail_run"] and held[i] >= cut["tail_gap"]
            )
            if not tail[i] or (held[i] < cut["tail_run"] and not bridged):
                break
            take[i] = True
        for i in order[start:end]:
            if data["line"][i] == 0:
                continue
            if not head[i] or held[i] < cut["head_run"]:
                break
            take[i] = True
    return take


def report(data: dict, held: np.ndarray, cut: dict[str, float], body_totals: dict[str, int]) -> None:
    groups = group_names(data)
    over = taken_by(data, held, cut)
    print("thresholds " + ", ".join(f"{name} {value:.3f}" for name, value in cut.items()))
    for group in sorted(set(groups)):
        m = groups == group
        y = data["y"][m]
        junk = y == 1
        taken, lost = int((over[m] & junk).sum()), int((over[m] & ~junk).sum())
        print(f"{group:20} candidates {int(m.sum()):7}  auc {auc(y, held[m]):.3f}  junk taken {taken:6}"
              f" of {int(junk.sum()):6} candidates  body lost {lost:4} of {body_totals[group]} body lines")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mined", type=Path, default=default_dir() / "mined-lines.jsonl.gz")
    parser.add_argument("--cache", type=Path, default=default_dir().parent / "train")
    parser.add_argument("--refeaturise", action="store_true")
    parser.add_argument("--folds-out", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not CORPORA.exists() or not args.mined.exists():
        print(f"train_junk_model: skipped, {CORPORA} or {args.mined} is absent (run benchmarks/mine_junk.py)",
              file=sys.stderr)
        return 0
    data, body_totals = load_all(args.cache, args.mined, args.refeaturise)
    weights = weights_of(data)
    fold = data["key"] % FOLDS
    held = np.zeros(len(data["y"]))
    models = []
    for k in range(FOLDS):
        test = fold == k
        model = fit(data, ~test, weights)
        models.append(model)
        held[test] = predict(data, test, model)
        print(f"fold {k}: {int(test.sum())} lines scored", file=sys.stderr, flush=True)
    np.save(args.cache / "held-out-scores.npy", held)
    cut = thresholds()
    report(data, held, cut, body_totals)
    if args.folds_out:
        for k, model in enumerate(models):
            _model(model, cut).to_files(args.folds_out / f"fold-{k}")
    if args.write:
        _model(fit(data, np.ones(len(data["y"]), bool), weights), cut).to_files(ROOT / "cleaner" / "linemodel")
    return 0


def _model(model: tuple[np.ndarray, np.ndarray], cut: dict[str, float]) -> JunkLineModel:
    dense, hashed = model
    weights = array("f", hashed.astype(np.float32).tolist())
    return JunkLineModel(tuple(float(v) for v in dense), weights, F.HASH_BITS, cut)


if __name__ == "__main__":
    sys.exit(main())
