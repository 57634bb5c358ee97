"""The page scorer's weights and thresholds, and the shipped model file they are read from.

The file keys each weight by its feature's name; a model is only read when its names are exactly this
version's features (local.LOCAL_FEATURES, context.CONTEXT_FEATURES), so a feature added, renamed or
dropped in code cannot meet weights fitted for another one.

>>> model = default_model()
>>> len(model.context_weights) == len(CONTEXT_FEATURES), model.keep_above
(True, 0.9)
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .context import CONTEXT_FEATURES
from .local import LOCAL_FEATURES

MODEL_FILE = "model.json"


class ModelMismatch(ValueError):
    """A model file whose features are not this version's: it must be retrained."""


@dataclass(frozen=True)
class FullPageModel:
    """Weights and thresholds learned by benchmarks/train_fullpage.py (dev data only)."""

    local_weights: tuple[float, ...]
    context_weights: tuple[float, ...]
    decode_bias: float  # share of the expected article words the per-page cut aims to give up for precision
    keep_above: float  # a line this likely is kept whatever the per-page cut says
    detector_min_head: int  # this many furniture lines before the first prose line make a full page
    detector_min_edges: int  # ... or this many before the first and after the last prose line together

    def __post_init__(self) -> None:
        if len(self.local_weights) != len(LOCAL_FEATURES) or len(self.context_weights) != len(CONTEXT_FEATURES):
            raise ModelMismatch("fullpage model does not match this version's features: retrain it")

    def to_json(self) -> str:
        data = {
            "local": dict(zip(LOCAL_FEATURES, self.local_weights)),
            "context": dict(zip(CONTEXT_FEATURES, self.context_weights)),
            "decode_bias": self.decode_bias,
            "keep_above": self.keep_above,
            "detector_min_head": self.detector_min_head,
            "detector_min_edges": self.detector_min_edges,
        }
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> FullPageModel:
        data = json.loads(text)
        return cls(
            local_weights=_weights(data, "local", LOCAL_FEATURES),
            context_weights=_weights(data, "context", CONTEXT_FEATURES),
            decode_bias=float(data["decode_bias"]),
            keep_above=float(data["keep_above"]),
            detector_min_head=int(data["detector_min_head"]),
            detector_min_edges=int(data["detector_min_edges"]),
        )


def _weights(data: Mapping[str, Mapping[str, float]], stage: str, names: Sequence[str]) -> tuple[float, ...]:
    """The stage's weights in the features' order; a model naming other features is refused by name."""
    weights = data[stage]
    missing = [name for name in names if name not in weights]
    unknown = sorted(set(weights) - set(names))
    if missing or unknown:
        raise ModelMismatch(
            f"fullpage model's {stage} features do not match this version's: missing {missing}, unknown {unknown};"
            " retrain it (benchmarks/train_fullpage.py)"
        )
    return tuple(float(weights[name]) for name in names)


@lru_cache(maxsize=1)
def default_model() -> FullPageModel:
    """The shipped model, read on first use (nothing is read at import)."""
    return FullPageModel.from_json(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
