"""Full-page text: find the article among everything a naive scraper kept.

Input: the non-blank, stripped lines of a page's visible text (menus, cookie banners, share bars,
comments, footers included). ``find_article(lines)`` returns a :class:`FullPageVerdict`: whether the text
looks like a full page at all, and per line keep/remove with a reason code users can be shown.

How: a logistic regression scores each line from its own shape (local.py); a second one rescores it
from the first one's scores around it (context.py); a per-page cut then keeps the lines that maximise
the expected word F1 (decode.py). Weights come from benchmarks/train_fullpage.py, fitted on the dev
corpora only, and live in model.json (model.py, read on first use). After the scorer, sections.py finds
the article's span and where reader comments and lists of other stories start. Pure Python, no I/O at
import.

Text that is already an article (a title, paragraphs, a few junk lines) has no navigation before its
first paragraph: such text is returned whole (``full_page`` False).
"""
from __future__ import annotations

from .context import CONTEXT_FEATURES, context_features
from .decode import REASONS, FullPageVerdict, find_article, may_be_full_page, word_counts
from .local import LOCAL_FEATURES, LineFeatures, char_counts, local_features
from .model import MODEL_FILE, FullPageModel, ModelMismatch, default_model
from .sections import article_span, comments_start, related_start

__all__ = [
    "CONTEXT_FEATURES",
    "LOCAL_FEATURES",
    "MODEL_FILE",
    "REASONS",
    "FullPageModel",
    "FullPageVerdict",
    "LineFeatures",
    "ModelMismatch",
    "article_span",
    "char_counts",
    "comments_start",
    "context_features",
    "default_model",
    "find_article",
    "local_features",
    "may_be_full_page",
    "related_start",
    "word_counts",
]
