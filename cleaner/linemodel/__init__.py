"""The junk-line model: the probability that a line of article text is junk, from features that carry
across wording and languages (where the line stands against the article's long paragraphs, its shape,
contact signals, second person, the article's words it shares) and hashed words for real junk
vocabulary. Trained by benchmarks/train_junk_model.py; the step steps/junk_model.py applies it."""
from __future__ import annotations

from .features import DENSE_FEATURES, HASH_BITS, rows
from .model import JunkLineModel, ModelError, default_model, load_model

__all__ = ["DENSE_FEATURES", "HASH_BITS", "JunkLineModel", "ModelError", "default_model", "load_model", "rows"]
