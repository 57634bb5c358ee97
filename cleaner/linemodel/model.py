"""The junk-line model's weights and thresholds, and the files they are read from.

A model is a folder of two files: ``model.json`` (each dense feature's weight by name, the number of
hash bits, the threshold of each zone) and ``hashed.bin`` (the hashed words' weights, little-endian
float32). It is only read when its names are exactly this version's features, so a feature added,
renamed or dropped in code cannot meet weights fitted for another one. benchmarks/train_junk_model.py
writes it; the shipped one is this package's.

>>> model = default_model()
>>> len(model.dense_weights) == len(DENSE_FEATURES), sorted(model.thresholds)
(True, ['head_run', 'tail_gap', 'tail_run'])
"""
from __future__ import annotations

import json
import math
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .features import DENSE_FEATURES

MODEL_FILE = "model.json"
HASHED_FILE = "hashed.bin"
# The thresholds of the run of lines that opens the text before the article's first long paragraph
# (under the title) and of the run that ends it after the last (junk comes in such runs: bylines and
# datelines on top, calls and footers pasted below). A line of the tail run under its threshold but
# over the gap threshold stays in the run when the line above it is over the run threshold (an
# advertisement's list item between its offer and its contact).
THRESHOLDS = ("head_run", "tail_run", "tail_gap")


class ModelError(ValueError):
    """A model folder that cannot be used; ``str()`` names the file and what is wrong."""


@dataclass(frozen=True)
class JunkLineModel:
    """Logistic regression over the dense features and the hashed words, with the thresholds of the
    runs of lines that open and end the text."""

    dense_weights: tuple[float, ...]
    hashed_weights: array[float]
    hash_bits: int
    thresholds: dict[str, float]

    def probability(self, dense: Sequence[float], hashed: Sequence[int]) -> float:
        weights = self.dense_weights
        hashed_weights = self.hashed_weights
        z = sum(w * x for w, x in zip(weights, dense)) + sum(hashed_weights[h] for h in hashed)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest(self, dense: Sequence[float], hashed: Sequence[int], count: int = 3) -> list[str]:
        """The features that pushed the line most towards junk, strongest first: dense features by
        name, the hashed words together as "words"."""
        pushes = [(w * x, name) for w, x, name in zip(self.dense_weights, dense, DENSE_FEATURES) if name != "bias"]
        pushes.append((sum(self.hashed_weights[h] for h in hashed), "words"))
        return [name for push, name in sorted(pushes, reverse=True)[:count] if push > 0]

    def to_files(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        data = {
            "dense": {name: round(w, 6) for name, w in zip(DENSE_FEATURES, self.dense_weights)},
            "hash_bits": self.hash_bits,
            "thresholds": {name: round(self.thresholds[name], 4) for name in THRESHOLDS},
        }
        (folder / MODEL_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        weights = array("f", self.hashed_weights)
        if sys.byteorder != "little":
            weights.byteswap()
        (folder / HASHED_FILE).write_bytes(weights.tobytes())


def from_bytes(meta: str, hashed: bytes, where: str) -> JunkLineModel:
    """The model of a model.json text and a hashed.bin's bytes; ``where`` names them in errors."""
    try:
        data = json.loads(meta)
        dense = data["dense"]
        bits = int(data["hash_bits"])
        thresholds = {name: float(data["thresholds"][name]) for name in THRESHOLDS}
    except (ValueError, KeyError, TypeError) as error:
        raise ModelError(f"{where}/{MODEL_FILE}: not a junk-line model ({type(error).__name__}: {error})") from None
    missing = [name for name in DENSE_FEATURES if name not in dense]
    unknown = sorted(set(dense) - set(DENSE_FEATURES))
    if missing or unknown:
        raise ModelError(
            f"{where}/{MODEL_FILE}: features do not match this version's (missing {missing}, unknown {unknown});"
            " retrain it with benchmarks/train_junk_model.py"
        )
    weights = array("f")
    if len(hashed) != 4 << bits:
        raise ModelError(f"{where}/{HASHED_FILE}: {len(hashed)} bytes, {4 << bits} expected for {bits} hash bits")
    weights.frombytes(hashed)
    if sys.byteorder != "little":
        weights.byteswap()
    return JunkLineModel(tuple(float(dense[name]) for name in DENSE_FEATURES), weights, bits, thresholds)


def load_model(folder: Path) -> JunkLineModel:
    """A model folder written by benchmarks/train_junk_model.py."""
    try:
        meta = (folder / MODEL_FILE).read_text(encoding="utf-8")
        hashed = (folder / HASHED_FILE).read_bytes()
    except OSError as error:
        raise ModelError(f"{folder}: cannot read the junk-line model ({error.strerror or error})") from None
    return from_bytes(meta, hashed, str(folder))


@lru_cache(maxsize=1)
def default_model() -> JunkLineModel:
    """The shipped model, read on first use (nothing is read at import)."""
    package = resources.files(__package__)
    meta = package.joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return from_bytes(meta, package.joinpath(HASHED_FILE).read_bytes(), "cleaner/linemodel")
