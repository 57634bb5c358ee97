"""The page scorer's decision: whether a text is a whole page at all, each line's probability of
being article text, and the per-page cut that keeps the lines maximising the expected word F1.

>>> find_article(["A title", "One paragraph of article text that is long enough to count here."]).full_page
False
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from .chrome import has_site_chrome
from .context import context_features, logistic
from .local import LOCAL_FEATURES, LineFeatures, local_features
from .model import FullPageModel, default_model


@dataclass(frozen=True)
class FullPageVerdict:
    """What find_article decided: ``full_page`` says whether the text looked like a whole web page with
    navigation furniture; ``keep[i]`` and ``reasons[i]`` are for input line i (reason "" when kept);
    ``scores[i]`` is the line's article probability, ``words[i]`` its words (see word_counts)."""

    full_page: bool
    keep: tuple[bool, ...]
    reasons: tuple[str, ...]
    scores: tuple[float, ...]
    words: tuple[int, ...]

    def kept(self, lines: Sequence[str]) -> list[str]:
        return [line for line, keep in zip(lines, self.keep) if keep]

    def removed(self, lines: Sequence[str]) -> list[tuple[str, str]]:
        return [(line, reason) for line, keep, reason in zip(lines, self.keep, self.reasons) if not keep]


# Reason codes: a removed line names the feature group that pushed its score down most.
_LOCAL_REASON = {
    "repeated": "page.repeated",
    "url_or_handle": "page.boilerplate",
    "copyright": "page.boilerplate",
    "date_or_time": "page.metadata",
    "digit_share": "page.metadata",
    "symbol_share": "page.symbols",
    "position": "page.outside-article",
    "first_line": "page.title-bar",
}
_DEFAULT_REASON = "page.menu"
# Every reason a removed line can carry: the page step declares a heuristic for each (a test holds it).
REASONS = frozenset((*_LOCAL_REASON.values(), _DEFAULT_REASON, "page.outside-article"))


def _reason(local_row: Sequence[float], logit: float, model: FullPageModel) -> str:
    """A line that looks like article text on its own (stage-1 logit >= 0) was removed for where it stands;
    otherwise the local feature that pushed its score down most names the reason."""
    if logit >= 0.0:
        return "page.outside-article"
    worst, name = 0.0, ""
    for feature, value, weight in zip(LOCAL_FEATURES, local_row, model.local_weights):
        c = value * weight
        if c < worst and feature != "bias":
            worst, name = c, feature
    return _LOCAL_REASON.get(name, _DEFAULT_REASON)


# A page whose article the cut finds in under a tenth of its words has not shown one: on the 20 aeb and
# wcxb-dev page texts where it kept less, the cut cost 1.34 word F1 summed (a listing's entries, a
# product's specifications read as menus; 9 gained, 11 lost up to 0.78), and on the extractors' text of
# an IMDb chart it kept 7% of the words (word F1 0.74 -> 0.03). Such a text is kept whole.
_MIN_KEPT_SHARE = 0.1


def find_article(
    lines: Sequence[str],
    title: str | None = None,
    model: FullPageModel | None = None,
    memo: dict[str, LineFeatures] | None = None,
) -> FullPageVerdict:
    """Decide, for the non-blank stripped lines of a page's visible text, which belong to its main text.

    ``title`` is the page's title if known; by default the first line (usually the <title>) stands for it.
    Text that does not look like a full page (see FullPageModel.detector_*) is kept whole. ``memo``
    carries the lines' own features from one call to the next on lines of the same text (see
    local_features).
    """
    n = len(lines)
    if n == 0:
        return FullPageVerdict(False, (), (), (), ())
    m = model or default_model()
    local = local_features(lines, title, memo)
    w1 = m.local_weights
    logits = [sum(map(float.__mul__, row, w1)) for row in local]
    context = context_features(lines, local, logits)
    w2 = m.context_weights
    scores = [logistic(sum(map(float.__mul__, row, w2))) for row in context]
    words = word_counts(lines)
    if not _looks_full(lines, words, scores, m):
        return FullPageVerdict(False, (True,) * n, ("",) * n, tuple(scores), tuple(words))
    keep = _decode(scores, words, m)
    if sum(compress(words, keep)) < _MIN_KEPT_SHARE * sum(words):
        return FullPageVerdict(False, (True,) * n, ("",) * n, tuple(scores), tuple(words))
    reasons = tuple("" if k else _reason(local[i], logits[i], m) for i, k in enumerate(keep))
    return FullPageVerdict(True, tuple(keep), reasons, tuple(scores), tuple(words))


# Chinese and Japanese write no spaces between words: a paragraph of 60 characters is one "word" to
# line.count(" "), and an aeb blog post in Japanese read as a page without a single prose line (kept
# whole, word F1 0.33). Their words are about two characters long on average, so a run of these
# characters counts as half its length. Korean spaces its words and is left out. The scorer's own
# features keep the space count it was trained on: they rate these pages' paragraphs 0.7-0.9 already.
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_counts(lines: Sequence[str]) -> list[int]:
    """Each line's words: its spaces plus one, and half its Chinese and Japanese characters."""
    counts = [line.count(" ") + 1 for line in lines]
    if all(line.isascii() for line in lines) or not _HAN_KANA.search("\n".join(lines)):
        return counts
    for i, line in enumerate(lines):
        if not line.isascii():
            counts[i] += len(_HAN_KANA.findall(line)) // 2
    return counts


def _looks_full(lines: Sequence[str], words: Sequence[int], scores: Sequence[float], m: FullPageModel) -> bool:
    """A full page has navigation furniture (short lines the model finds unlikely) before its first prose
    line and after its last, and the site's own links or legal footer (chrome.has_site_chrome); an
    article with a few junk lines has (almost) no furniture before its first one, and an extractor's
    text of a page has none of the site's links.

    Measured with the shipped model, "3 or more before the first prose line, or 12 or more at the two
    ends together" flags 92% of aeb pages and 88% of wcxb-dev pages but 1% of newsjunk-dev articles.
    Of the texts that passes, the site's chrome (asked as below) is in 2,231 of the 2,241 aeb, wcxb-dev
    and traf page texts and in 11 of the 81 texts of six extractors (wcxb-dev): where the page step cost
    those 81 texts 2.58 word F1 summed, on the ones it still takes it gains 0.02.
    """
    first = last = -1
    for i, (s, n) in enumerate(zip(scores, words)):
        if s >= 0.5 and n >= 10:
            if first < 0:
                first = i
            last = i
    if first < 0:
        return False  # no prose at all: nothing to anchor an article on, keep the text whole
    head = sum(1 for i in range(first) if scores[i] < 0.2 and words[i] < 6)
    if head >= _CLEAR_HEAD:
        return has_site_chrome(lines)
    if head >= m.detector_min_head:
        return has_site_chrome(lines, links=False)
    tail = sum(1 for i in range(last + 1, len(words)) if scores[i] < 0.2 and words[i] < 6)
    return head + tail >= m.detector_min_edges and has_site_chrome(lines)


# Three or four furniture lines above the text (an API reference's "Docs", "Support", "Sign in") are as
# often an extractor's leftovers as a page's header: with so short a head, only the legal footer counts.
_CLEAR_HEAD = 5


def _decode(scores: Sequence[float], words: Sequence[int], m: FullPageModel) -> list[bool]:
    """Keep the lines that maximise the page's expected word F1 (per page, not one global threshold).

    Sorting lines by probability and keeping the best k, F1 ~ 2*sum(p*w) / (sum(w) + expected article
    words): measured (5-fold CV) it lifted wcxb-dev all pages from 0.758 to 0.792 over a 0.5 threshold,
    as listing/collection pages, where every line looks unlikely, keep their best lines instead of none.
    """
    n = len(scores)
    order = sorted(range(n), key=scores.__getitem__, reverse=True)
    expected = sum(map(float.__mul__, scores, map(float, words))) * (m.decode_bias / 0.5)
    best, best_k, cs, cw = -1.0, 0, 0.0, 0.0
    for k, i in enumerate(order):
        cs += scores[i] * words[i]
        cw += words[i]
        f = 2.0 * cs / (cw + expected + 1e-9)
        if f > best:
            best, best_k = f, k
    keep = [False] * n
    for i in order[: best_k + 1]:
        keep[i] = True
    above = m.keep_above
    for i in range(n):
        if scores[i] >= above:
            keep[i] = True
    return keep


# A page's furniture starts at its top: the site's menus. At least this many of the first
# _HEAD_LINES lines have at most three words on 94% of aeb and 88% of wcxb-dev pages but on 5% of
# the seed-like newsjunk-dev texts (the bottom, 96% and 12%, takes in an article's closing lists
# and pasted advertisements too), so the scorer (3.5 MB/s, as slow as all the rest of cleaning)
# runs on few of the latter.
_HEAD_LINES = 20
_HEAD_SHORT = 8
# ... and at least this many of them different: a menu names different places, where an article with
# markers between its paragraphs repeats a few ("Advertisement", "Share this article", "Photo: ...").
# The property tests found such texts taken for pages and a first paragraph cut as outside the
# article, first with one marker, then with five different ones. Measured: aeb 0.921 either way;
# wcxb-dev article pages 0.918 -> 0.917, all pages 0.803 either way (8 pages lose the page step, the
# most a service page's 0.91 -> 0.49): the price of never taking an article with markers for a page.
_HEAD_DISTINCT = 7


def may_be_full_page(lines: Sequence[str]) -> bool:
    """A cheap first test: could these (stripped, non-blank) lines be a whole page's visible text?

    Its top must be short lines, _HEAD_DISTINCT of them different, and some short line must come
    twice: a page repeats its menu items, share buttons and footer links (162 of the 165 aeb pages and
    1237 of the 1257 wcxb-dev pages that the scorer takes for full pages, against 1 of the 3
    newsjunk-dev texts it took)."""
    if len(lines) < _HEAD_SHORT:
        return False
    head_short = [line for line in lines[:_HEAD_LINES] if line.count(" ") < 3]
    if len(head_short) < _HEAD_SHORT or len(set(head_short)) < _HEAD_DISTINCT:
        return False
    short = [line for line in lines if line.count(" ") < 4]
    return len(set(short)) < len(short)
