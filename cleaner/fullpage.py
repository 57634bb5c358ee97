"""Full-page text: find the article among everything a naive scraper kept.

Input: the non-blank, stripped lines of a page's visible text (menus, cookie banners, share bars,
comments, footers included). ``find_article(lines)`` returns a :class:`FullPageVerdict`: whether the text
looks like a full page at all, and per line keep/remove with a reason code users can be shown.

How: a logistic regression scores each line from its own shape (LOCAL_FEATURES: length, sentence ends,
capitals, digits, symbols, repeats, likeness to the title, ...); a second one rescores it from the
first one's scores around it (CONTEXT_FEATURES: neighbour windows, the densest run of likely lines, blocks
between runs of unlikely lines, the block after the title's repeat); a per-page cut then keeps the lines
that maximise the expected word F1. Weights come from benchmarks/train_fullpage.py, fitted on the dev
corpora only, and live in fullpage_model.json (read on first use). Pure Python, no I/O at import.

Text that is already an article (a title, paragraphs, a few junk lines) has no navigation before its
first paragraph: such text is returned whole (``full_page`` False), see ``_looks_full``.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator, Sequence

import regex

from .text.literals import literals_in

STOPWORDS = frozenset(
    """a about after all also an and are as at be because been but by can could did do does for from had has
    have he her his how i if in into is it its just more most my no not now of on one only or other our out over
    she so some than that the their them then there these they this those to up was we were what when where which
    while who will with would you your said
    de la le les des du et en un une est pour que qui dans pas sur au aux par il elle ce
    el los las y del por con para es se lo una al su
    der die das und den dem ein eine ist von zu mit sich auf nicht auch für im
    il di che è per non con della gli
    het een van op voor niet zijn""".split()
)

_SENTENCE_END = frozenset(".!?…。！？")
_TRAILING = "\"'”’»)]*"
_BULLETS = frozenset("•·-–—*»›>▸►●■□◦+→|")
# A separator between a menu's items or a breadcrumb's ("|", " • ", " · ", " » ", " › ", " / ", " - ",
# "»", "›"), found with one search, not a test a separator (a tenth of local_features' time).
_SEPARATOR = re.compile(r"[|»›]| [•·/-] ")
# Characters of a set are counted as the bytes bytes.translate deletes from the line's UTF-8: an
# ASCII character is one byte there, and no other character has an ASCII byte. Three str.translate
# with tables were 0.062 s of local_features' 0.30 s on newsjunk-dev (7,724 lines), a tenth of that so.
_DIGITS = b"0123456789"
_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DATE = re.compile(
    r"\b(?:\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:ago)\b)",
    re.IGNORECASE,
)
_SYMBOL_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~©®™•·»«›‹→←|–—"
_SYMBOLS = bytes(sorted({ord(char) for char in _SYMBOL_CHARS if char.isascii()}))
_OTHER_SYMBOLS = "".join(sorted({char for char in _SYMBOL_CHARS if not char.isascii()}))  # counted one by one

LOCAL_FEATURES = (
    "bias",
    "log_chars",
    "log_words",
    "sentence_end",
    "colon_end",
    "inner_sentences",
    "comma_rate",
    "stopword_share",
    "capital_share",
    "digit_share",
    "symbol_share",
    "url_or_handle",
    "separators",
    "bullet_start",
    "repeated",
    "title_like",
    "position",
    "one_or_two_words",
    "all_caps",
    "copyright",
    "date_or_time",
    "short_colon",
    "words_3_5",
    "words_6_12",
    "words_13_30",
    "words_over_30",
    "first_line",
    "starts_with_line",
    "title_case_lead",
    "more_heading",
)
# The last three, with their context counterparts (teasers_around_3, more_heading_around_10,
# headline_then_prose), let the scorer see teaser lists: "Headline Summary..." run on one line, a section's
# "More X" link, headline over summary. Page text aeb 0.900 -> 0.910 (P 0.866 -> 0.878), wcxb-dev article
# pages 0.919 -> 0.916, all pages 0.803 -> 0.801; the scorer alone, 5-fold CV, aeb 0.877 -> 0.883, wcxb-dev
# 0.788 -> 0.789. Age and date stamps under each teaser ("32M ago", "Nov 18": a stamp-only line, one in the
# next 3 lines, their share of 21) were tried too and left out: aeb 0.911 without them, 0.907 with.

# A section's link to its own page over or under a teaser list: "More Politics", "More in U.S.", "Most
# Read". "Top ..." and "Latest ..." are left out: with them a product review's "Top Picks" heading took the
# review's first paragraph for a teaser (newsjunk-dev body lines kept fell below its 0.998 floor, to 0.9978).
_MORE_HEADING = re.compile(r"^(?:more|most (?:popular|read|viewed|shared)|trending)\b", re.IGNORECASE)
# Words a headline in title case may leave lowercase.
_TITLE_SMALL = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with"))


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in title.lower().split() if len(w) > 2)


def char_counts(line: str) -> tuple[int, int, int]:
    """The line's capitals (A to Z), digits and symbols (_SYMBOL_CHARS)."""
    data = line.encode("utf-8", "surrogatepass")
    size = len(data)
    symbols = size - len(data.translate(None, _SYMBOLS))
    if size != len(line):
        symbols += sum(map(line.count, _OTHER_SYMBOLS))
    return size - len(data.translate(None, _UPPER)), size - len(data.translate(None, _DIGITS)), symbols


def local_features(lines: Sequence[str], title: str | None = None, memo: dict[str, LineFeatures] | None = None) -> list[list[float]]:
    """One row of LOCAL_FEATURES per line (see the names). ``memo`` keeps what a line's text alone
    decides (its words among it) for the next call on the same text's lines, the engine's second look
    at the lines its rules left, and reads a page's repeated lines (menus, share buttons) once."""
    n = len(lines)
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    tw = _title_words(title if title is not None else (lines[0] if lines else ""))
    heads = _headline_lines(lines)
    rows: list[list[float]] = []
    for i, line in enumerate(lines):
        own = memo.get(line) if memo is not None else None
        if own is None:
            own = _line_features(line)
            if memo is not None:
                memo[line] = own
        before, after, ending, words, lw = own
        nw = len(words) or 1
        if tw and i > 0:
            inter = len(tw.intersection(lw))
            title_like = inter / len(tw) if inter * 2 >= nw else 0.0
        else:
            title_like = 0.0
        rows.append([
            *before,
            1.0 if counts[line] > 1 else 0.0,
            title_like,
            i / n,
            *after,
            1.0 if i == 0 else 0.0,
            1.0 if nw >= 8 and _starts_with_headline(words, heads) else 0.0,
            *ending,
        ])
    return rows


# What a line's text alone decides of its LOCAL_FEATURES row: the features before "repeated", those
# from "one_or_two_words" to "words_over_30" and the last two, and its words as written and lowered.
LineFeatures = tuple[tuple[float, ...], tuple[float, ...], tuple[float, float], list[str], list[str]]


def _line_features(line: str) -> LineFeatures:
    chars = len(line)
    words = line.split()
    nw = len(words) or 1
    last = line.rstrip(_TRAILING)[-1:] if chars else ""
    lower = line.lower()
    lw = lower.split()
    stop = len(STOPWORDS.intersection(lw))
    caps, digits, symbols = char_counts(line)
    capw = sum(map(str.isupper, [w[0] for w in words]))
    letters = chars - digits - symbols - line.count(" ")
    log = math.log
    before = (
        1.0,
        log(1 + chars) / 6,
        log(1 + nw) / 4,
        1.0 if last in _SENTENCE_END else 0.0,
        1.0 if last == ":" else 0.0,
        min(line.count(". ") + line.count("? ") + line.count("! "), 5) / 5,
        min(line.count(",") / nw, 1.0),
        min(stop / nw, 1.0),
        capw / nw,
        digits / chars if chars else 0.0,
        symbols / chars if chars else 0.0,
        1.0 if ("://" in line or "www." in lower or "@" in line) else 0.0,
        1.0 if _SEPARATOR.search(line) else 0.0,
        1.0 if line[:1] in _BULLETS else 0.0,
    )
    after = (
        1.0 if nw <= 2 else 0.0,
        1.0 if letters > 3 and caps >= letters * 0.8 else 0.0,
        1.0 if ("©" in line or "copyright" in lower) else 0.0,
        1.0 if chars < 80 and _DATE.search(line) else 0.0,
        1.0 if nw <= 4 and last == ":" else 0.0,
        1.0 if 3 <= nw <= 5 else 0.0,
        1.0 if 6 <= nw <= 12 else 0.0,
        1.0 if 13 <= nw <= 30 else 0.0,
        1.0 if nw > 30 else 0.0,
    )
    ending = (_title_case_lead(words), 1.0 if nw <= 5 and _MORE_HEADING.match(line) else 0.0)
    return before, after, ending, words, lw


@dataclass(frozen=True, slots=True)
class _Headlines:
    """The page's lines of 3 to 20 words: a teaser that starts with one of them is that headline
    with its summary run on. ``starts`` holds their first three words: a line that does not begin
    with one of those is no such teaser, found without joining its first 3 to 20 words 18 times."""

    lines: frozenset[str]
    starts: frozenset[str]


def _headline_lines(lines: Sequence[str]) -> _Headlines:
    heads = frozenset(line for line in lines if 3 <= line.count(" ") + 1 <= 20)
    return _Headlines(heads, frozenset(" ".join(line.split(" ")[:3]) for line in heads))


def _starts_with_headline(words: Sequence[str], heads: _Headlines) -> bool:
    """Whether the line's first 3 to 20 words (leaving 3 or more after) are a whole line of the page."""
    if " ".join(words[:3]) not in heads.starts:
        return False
    for k in range(3, min(21, len(words) - 2)):
        if " ".join(words[:k]) in heads.lines:
            return True
    return False


def _title_case_lead(words: Sequence[str]) -> float:
    """How far a long line starts in title case ("Customers Leave Without Paying $690 Bill At Troy
    Steakhouse A party of six..."): the leading capitalised words, 0 below 5 or without 5 words after."""
    if len(words) < 10:
        return 0.0  # five leading words and five after them
    lead = 0
    for w in words:
        c = w[:1]
        if c.isupper() or c.isdigit() or c == "$" or w in _TITLE_SMALL:
            lead += 1
        else:
            break
    if lead < 5 or len(words) < lead + 5:
        return 0.0
    return min(lead, 12) / 12


CONTEXT_FEATURES = (
    "bias",
    "self_logit",
    "neighbours_1",
    "neighbours_3",
    "neighbours_10",
    "window_chars_5",
    "in_core",
    "outside_core_distance",
    "after_title_anchor",
    "title_anchor",
    "before_core_share",
    "after_core_share",
    "block_mass_share",
    "biggest_block",
    "anchor_block",
    "blocks_from_anchor_block",
    "dates_around",
    "short_around",
    "before_anchor_block",
    "after_anchor_block",
    "teasers_around_3",
    "more_heading_around_10",
    "headline_then_prose",
)

_I_WORDS = LOCAL_FEATURES.index("log_words")
_I_TITLE = LOCAL_FEATURES.index("title_like")
_I_DATE = LOCAL_FEATURES.index("date_or_time")
_I_SHORT = LOCAL_FEATURES.index("one_or_two_words")
_I_STARTS = LOCAL_FEATURES.index("starts_with_line")
_I_LEAD = LOCAL_FEATURES.index("title_case_lead")
_I_MORE = LOCAL_FEATURES.index("more_heading")
_I_END = LOCAL_FEATURES.index("sentence_end")
_I_W6 = LOCAL_FEATURES.index("words_6_12")
_I_W3 = LOCAL_FEATURES.index("words_3_5")


def _neighbour_means(prefix_sums: Sequence[float], scores: Sequence[float], k: int) -> list[float]:
    """For each line, the mean score of the up to ``k`` lines on each side of it (0.5 when it has
    none); ``prefix_sums[j]`` is the sum of the first j scores."""
    n = len(scores)
    means = []
    for i in range(n):
        a = max(0, i - k)
        b = min(n, i + k + 1)
        c = b - a - 1
        means.append((prefix_sums[b] - prefix_sums[a] - scores[i]) / c if c > 0 else 0.5)
    return means


def _logistic(z: float) -> float:
    if z < -30.0:
        return 0.0
    if z > 30.0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def context_features(lines: Sequence[str], local: Sequence[Sequence[float]], logits: Sequence[float],
                     barrier: int = 3, low: float = 0.35) -> list[list[float]]:
    n = len(lines)
    p = [_logistic(z) for z in logits]
    chars = [len(line) for line in lines]
    weight = [min(row[_I_WORDS] * 4.0, 4.0) for row in local]
    pre = [0.0] * (n + 1)
    prec = [0.0] * (n + 1)
    prel = [0] * (n + 1)
    pred = [0.0] * (n + 1)
    pres = [0.0] * (n + 1)
    pret = [0.0] * (n + 1)
    prem = [0.0] * (n + 1)
    preh = [0.0] * (n + 1)
    for i in range(n):
        row = local[i]
        pret[i + 1] = pret[i] + (1.0 if row[_I_STARTS] or row[_I_LEAD] else 0.0)
        prem[i + 1] = prem[i] + row[_I_MORE]
        # a headline (3 to 12 words, no sentence end) and a line of 8 words or more under it: many in a
        # window is a teaser list, a few an article's subheadings (the weight came out positive)
        headline = i > 0 and not local[i - 1][_I_END] and (local[i - 1][_I_W3] or local[i - 1][_I_W6])
        preh[i + 1] = preh[i] + (1.0 if headline and row[_I_WORDS] * 4 >= math.log(9) else 0.0)
        pre[i + 1] = pre[i] + p[i]
        prec[i + 1] = prec[i] + p[i] * chars[i]
        prel[i + 1] = prel[i] + chars[i]
        pred[i + 1] = pred[i] + local[i][_I_DATE]
        pres[i + 1] = pres[i] + local[i][_I_SHORT]
    # core: the run of lines with the largest sum of (p - 0.5) weighted by words (Kadane)
    best, best_lo, best_hi = 0.0, 0, -1
    run, lo = 0.0, 0
    for i in range(n):
        g = (p[i] - 0.5) * weight[i]
        if run <= 0.0:
            run, lo = g, i
        else:
            run += g
        if run > best:
            best, best_lo, best_hi = run, lo, i
    anchor = -1
    for i in range(1, n):
        if local[i][_I_TITLE] >= 0.6:
            anchor = i
            break
    # blocks: runs of lines separated by `barrier` or more consecutive unlikely lines
    block = [-1] * n
    masses: list[float] = []
    starts: list[int] = []
    lowrun = 0
    current = -1
    for i in range(n):
        if p[i] < low:
            lowrun += 1
            if lowrun >= barrier:
                current = -1
            continue
        if current < 0:
            masses.append(0.0)
            starts.append(i)
            current = len(masses) - 1
            # the short unlikely gap inside a block belongs to it
        lowrun = 0
        block[i] = current
        masses[current] += p[i] * weight[i]
    # the gap lines (fewer than `barrier`) take the block on their left
    # (the first block line at or after each line: a walk forward from each gap line was a loop over the gap)
    next_in_block = [n] * n
    following = n
    for i in range(n - 1, -1, -1):
        if block[i] >= 0:
            following = i
        next_in_block[i] = following
    last = -1
    for i in range(n):
        if block[i] >= 0:
            last = block[i]
        elif last >= 0:
            j = next_in_block[i]
            if j < n and block[j] == last and j - i < barrier:
                block[i] = last
    total = sum(masses) or 1.0
    big = max(range(len(masses)), key=masses.__getitem__) if masses else -1
    top = masses[big] if masses else 0.0
    anchor_block = big
    if anchor >= 0 and masses:
        for b, start in enumerate(starts):
            if start >= anchor - 1 and masses[b] >= 0.25 * top:
                anchor_block = b
                break
            if start < anchor <= (starts[b + 1] if b + 1 < len(starts) else n) and masses[b] >= 0.25 * top:
                anchor_block = b
                break
    # The block of the last line in one at or before each line (0 when none is): a walk back from each
    # line outside a block was a loop over the page per line.
    nearest = [0] * n
    last = 0
    for i in range(n):
        if block[i] >= 0:
            last = block[i]
        nearest[i] = last
    around_1, around_3, around_10 = (_neighbour_means(pre, p, k) for k in (1, 3, 10))
    rows: list[list[float]] = []
    for i in range(n):
        a = max(0, i - 5)
        b = min(n, i + 6)
        lc = prel[b] - prel[a]
        z = logits[i]
        if best_hi >= 0:
            inside = 1.0 if best_lo <= i <= best_hi else 0.0
            dist = best_lo - i if i < best_lo else (i - best_hi if i > best_hi else 0)
        else:
            inside, dist = 0.0, n
        bl = block[i]
        if bl < 0:
            bdist = abs(nearest[i] + 0.5 - anchor_block)
        else:
            bdist = abs(bl - anchor_block)
        rows.append([
            1.0,
            max(-8.0, min(8.0, z)) / 4,
            around_1[i],
            around_3[i],
            around_10[i],
            (prec[b] - prec[a]) / lc if lc else 0.5,
            inside,
            math.log(1 + dist) / 4,
            1.0 if anchor >= 0 and i > anchor else 0.0,
            1.0 if i == anchor else 0.0,
            1.0 if best_hi >= 0 and i < best_lo else 0.0,
            1.0 if best_hi >= 0 and i > best_hi else 0.0,
            masses[bl] / total if bl >= 0 else 0.0,
            1.0 if bl >= 0 and bl == big else 0.0,
            1.0 if bl >= 0 and bl == anchor_block else 0.0,
            math.log(1 + bdist) / 2 if anchor_block >= 0 else 1.0,
            (pred[b] - pred[a]) / (b - a),
            (pres[b] - pres[a]) / (b - a),
            1.0 if anchor_block >= 0 and i < starts[anchor_block] else 0.0,
            1.0 if anchor_block >= 0 and bl != anchor_block and i > starts[anchor_block] else 0.0,
            (pret[min(n, i + 4)] - pret[max(0, i - 3)]) / (min(n, i + 4) - max(0, i - 3)),
            1.0 if prem[min(n, i + 11)] - prem[max(0, i - 10)] > 0 else 0.0,
            (preh[min(n, i + 7)] - preh[max(0, i - 6)]) / (min(n, i + 7) - max(0, i - 6)),
        ])
    return rows


# --------------------------------------------------------------------------------------------------
# The model: two logistic regressions (per line, then per line in its context) and a decoding step.

MODEL_FILE = "fullpage_model.json"


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
            raise ValueError("fullpage model does not match this version's features: retrain it")

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
            local_weights=tuple(float(data["local"][name]) for name in LOCAL_FEATURES),
            context_weights=tuple(float(data["context"][name]) for name in CONTEXT_FEATURES),
            decode_bias=float(data["decode_bias"]),
            keep_above=float(data["keep_above"]),
            detector_min_head=int(data["detector_min_head"]),
            detector_min_edges=int(data["detector_min_edges"]),
        )


@lru_cache(maxsize=1)
def default_model() -> FullPageModel:
    """The shipped model, read on first use (nothing is read at import)."""
    return FullPageModel.from_json(resources.files("cleaner").joinpath(MODEL_FILE).read_text(encoding="utf-8"))


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
    return _LOCAL_REASON.get(name, "page.menu")


def find_article(
    lines: Sequence[str], title: str | None = None, model: FullPageModel | None = None, memo: dict[str, LineFeatures] | None = None
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
    scores = [_logistic(sum(map(float.__mul__, row, w2))) for row in context]
    words = word_counts(lines)
    if not _looks_full(words, scores, m):
        return FullPageVerdict(False, (True,) * n, ("",) * n, tuple(scores), tuple(words))
    keep = _decode(scores, words, m)
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


def _looks_full(words: Sequence[int], scores: Sequence[float], m: FullPageModel) -> bool:
    """A full page has navigation furniture (short lines the model finds unlikely) before its first prose
    line and after its last; an article with a few junk lines has (almost) none before its first one.

    Measured with the shipped model, "3 or more before the first prose line, or 12 or more at the two
    ends together" flags 92% of aeb pages and 88% of wcxb-dev pages but 1% of newsjunk-dev articles.
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
    if head >= m.detector_min_head:
        return True
    tail = sum(1 for i in range(last + 1, len(words)) if scores[i] < 0.2 and words[i] < 6)
    return head + tail >= m.detector_min_edges


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
    twice: a page repeats its menu items, share buttons and footer links (162 of the 165 aeb pages and 1237 of the 1257 wcxb-dev
    pages that the scorer takes for full pages, against 1 of the 3 newsjunk-dev texts it took)."""
    if len(lines) < _HEAD_SHORT:
        return False
    head_short = [line for line in lines[:_HEAD_LINES] if line.count(" ") < 3]
    if len(head_short) < _HEAD_SHORT or len(set(head_short)) < _HEAD_DISTINCT:
        return False
    short = [line for line in lines if line.count(" ") < 4]
    return len(set(short)) < len(short)


# --------------------------------------------------------------------------------------------------
# After the scorer: where the article's run of kept lines ends, and where reader comments start.

# Runs of kept lines parted by this many lines the scorer cut in a row are separate runs; a run with
# less than _MINOR_RUN of the biggest run's words is no part of the article's span (a teaser or a
# comment the scorer kept far below it). Measured over the scorer's verdicts (the rules then run as
# usual): aeb 0.892 -> 0.899, wcxb-dev all 0.794 -> 0.803, article pages 0.913 -> 0.919, on top of the
# comments cut; gaps of 5 or 20 lines and shares of 0.1 or 0.3 scored within 0.004 of these.
_RUN_GAP = 12
_MINOR_RUN = 0.2


def article_span(words: Sequence[int], keep: Sequence[bool]) -> tuple[int, int]:
    """The first and last line of the article's span: the kept lines' biggest run (by words) and the
    runs beside it, beyond gaps of fewer than _RUN_GAP cut lines, that are not minor (see _MINOR_RUN).
    (0, -1) when no line is kept."""
    runs: list[list[int]] = []
    previous = -_RUN_GAP - 1
    for i, kept in enumerate(keep):
        if not kept:
            continue
        if i - previous - 1 >= _RUN_GAP or not runs:
            runs.append([i, i, 0])
        runs[-1][1] = i
        runs[-1][2] += words[i]
        previous = i
    if not runs:
        return 0, -1
    biggest = max(run[2] for run in runs)
    major = [run for run in runs if run[2] >= _MINOR_RUN * biggest]
    return major[0][0], major[-1][1]


# A heading that opens reader comments ("12 Comments", "Leave a Reply", "Show comments", "3 thoughts
# on “Title”"). It must be the whole line: an article that mentions comments in a sentence is prose.
# Bare "Discussion" is left out: it is a paper's section heading too (a wcxb-dev article lost its
# second half to it).
_COMMENTS_HEADING = re.compile(
    r"""^(?:
      \d[\d,.]*\s*(?:comments?|responses?|replies|reactions?)
     |(?:\d[\d,.]*\s*)?(?:(?:top|best|latest|newest|recent|featured|popular|reader|readers['’]?|user)\s+(?:rated\s+)?)?comments?
        (?:\s*\(\d[\d,.]*\)|\s*:\s*\d[\d,.]*|\s+\d[\d,.]*)?
     |(?:leave|post|add|write|submit)\s+(?:a|an|your|new)\s+(?:comment|reply|response)(?:\s+cancel\s+reply)?
     |(?:show|view|load|see|read|hide)\s+(?:all\s+|more\s+|the\s+|new\s+)?comments?(?:\s*\(\d[\d,.]*\))?
     |(?:loading|no)\s+comments?(?:\s+yet)?(?:\.\.\.|…)?
     |comments?\s+(?:are\s+)?closed
     |(?:join|start)\s+the\s+(?:conversation|discussion)
     |(?:you\s+must\s+be\s+|please\s+)?(?:logged\s+in|log\s*in|signed\s+in|sign\s*in|register)\s+to\s+(?:post\s+a\s+|leave\s+a\s+|add\s+a\s+)?comment
     |comments?\s+policy
     |share\s+your\s+thoughts(?:\s+cancel\s+reply)?
     |(?:\d+|one|two|three)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+.{1,200}
     |kommentare?|commentaires?|comentarios?|commenti|reacties
    )[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEADING_WORDS = 30  # "3 thoughts on “...”" carries the article's title; the other headings are short
_NUMBER = re.compile(r"\d[\d,.]*")
# Article words the scorer keeps above the heading before it counts: a share bar's "12 Comments"
# under the headline is no comment section.
_COMMENTS_AFTER_WORDS = 50
# ... and at least this share of all the words the scorer kept: a share bar's "124 Comments" under an
# article's first paragraph is no comment section (a wcxb-dev article lost 98% of its words to it).
# Measured: aeb 0.910 either way, wcxb-dev article pages 0.916 -> 0.917; a share of 0.1 cost aeb
# 0.005 (long comment threads the scorer keeps outweigh their article).
_COMMENTS_AFTER_SHARE = 0.05


def comments_start(lines: Sequence[str], words: Sequence[int], keep: Sequence[bool]) -> int | None:
    """The line where reader comments start under the article (their heading), or None.

    From there to the page's end is comments, their form and the page's footer. A heading that comes
    twice (numbers aside) is no section's: it is each post's "0 comments" on a blog's front page, so it
    does not count. Measured over the scorer's verdicts: aeb 0.860 -> 0.892 (recall 0.979 -> 0.979),
    wcxb-dev articles 0.905 -> 0.913, all pages 0.790 -> 0.794; forum pages, whose posts are what the
    reference keeps, 0.662 -> 0.649.
    """
    headings = [i for i, line in enumerate(lines) if _is_comments_heading(line)]
    if not headings:
        return None
    seen = Counter(_NUMBER.sub("#", lines[i]) for i in headings)
    least = max(_COMMENTS_AFTER_WORDS, _COMMENTS_AFTER_SHARE * _kept_words(words, keep))
    for i, before in _kept_words_above(headings, words, keep):
        if before >= least and seen[_NUMBER.sub("#", lines[i])] == 1:
            return i
    return None


def _kept_words(words: Sequence[int], keep: Sequence[bool]) -> int:
    return sum(n for n, kept in zip(words, keep) if kept)


def _kept_words_above(headings: Sequence[int], words: Sequence[int], keep: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """Each heading (ascending line numbers) with the words the scorer kept above it."""
    before = at = 0
    for i in headings:
        before += sum(words[j] for j in range(at, i) if keep[j])
        at = i
        yield i, before


def _is_comments_heading(line: str) -> bool:
    return line.count(" ") < _HEADING_WORDS and _COMMENTS_HEADING.match(line) is not None


# A heading over a list of other stories ("Related Articles", "More from <site>", "You may also like",
# "Leia também", "関連記事"), the whole line. Left out as measured: "Read more" and "See also" (a
# button under each teaser of a listing, a documentation page's section), bare "Recommended" (a game's
# "Recommended:" system requirements), "Don't miss" and "More on <topic>" (boxes of links inside an
# article that goes on under them; "More <site name>" counts, see related_start).
_RELATED_HEADING = regex.compile(
    r"""^(?:
      (?:related|similar|recommended|suggested|popular|trending|latest|recent|top|more)
        (?:\s+(?:stories|articles|posts|content|coverage|news|reading|reads|links|videos|topics|headlines))+
     |related|recommended\s+for\s+you|trending(?:\s+now)?|most\s+(?:popular|read|viewed|shared|commented)(?:\s+\w+){0,2}
     |(?:you|we\s+think\s+you)\s+(?:may|might|will|would)\s+(?:also\s+)?(?:like|enjoy|love|be\s+interested\s+in)(?:\s+these|\s+this)?
     |(?:read|watch)\s+(?:also|next)|also\s+read|what\s+to\s+read\s+next|keep\s+reading
     |want\s+more\s+stories\s+like\s+this
     |latest\s+(?:\p{Lu}[\w.'’&-]*\s+){0,3}(?:news|stories|articles|posts|headlines)
     |editor['’]?s\s+picks?|top\s+stories|(?:from\s+)?around\s+the\s+web|promoted\s+stories
     |voc[eê]\s+(?:tamb[eé]m\s+)?pode\s+(?:gostar|se\s+interessar)|leia\s+(?:tamb[eé]m|mais)|veja\s+(?:tamb[eé]m|mais)
     |(?:not[ií]cias|posts|artigos|mat[eé]rias|art[ií]culos|entradas)\s+relacionad[oa]s|mais\s+lid[oa]s|lo\s+m[aá]s\s+le[ií]do
     |(?:tambi[eé]n\s+)?te\s+puede\s+(?:interesar|gustar)|quiz[aá]s\s+te\s+interese
     |das\s+k[oö]nnte\s+(?:sie|dich)\s+auch\s+interessieren|[aä]hnliche\s+(?:artikel|beitr[aä]ge)|mehr\s+zum\s+thema
     |weitere\s+(?:artikel|beitr[aä]ge|nachrichten)|meistgelesen
     |[aà]\s+lire\s+aussi|lire\s+aussi|articles?\s+(?:similaires|connexes|li[eé]s)|sur\s+le\s+m[eê]me\s+sujet
     |vous\s+aimerez\s+aussi|les\s+plus\s+lus
     |articoli\s+correlati|(?:ti\s+)?potrebbe\s+(?:anche\s+)?interessarti|leggi\s+anche
     |gerelateerde\s+artikelen|lees\s+ook|похожие\s+(?:статьи|новости)|читайте\s+также
     |関連記事|関連する記事|おすすめ記事|人気記事|相关文章|相关阅读|推荐阅读|相關文章
    )\s*[.:!?…]*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# "More <name>" where the name is the site's: it stands in the page's first line (the browser title)
# or its copyright line ("More Washington Examiner" over that site's list of opinion pieces).
_MORE_FROM = regex.compile(r"^more\s+(?:(?:from|on|at)\s+)?(?:the\s+)?(.{3,60}?)\s*[.:!?…]*$", regex.IGNORECASE)
_RELATED_HEADING_WORDS = 10
# Kept words above the heading, as a share of all the scorer kept: the list under an article is often
# longer than the article (aeb: a 450-word opinion piece over 850 words of teasers).
_RELATED_AFTER_SHARE = 0.15
# An article stands above the heading: this many words of prose (lines of 12 words or more that end a
# sentence), some in a run of _PROSE_RUN_ABOVE such lines together; a listing's teasers alternate with
# their dates and headlines (a wcxb-dev blog front page lost 74% of its posts without this).
_PROSE_ABOVE_WORDS = 100
_PROSE_RUN_ABOVE = 3
# ... and none goes on under it: no _PROSE_RUN_BELOW such lines together before reader comments start (a
# "Related" box of links inside an article, with the article's paragraphs under it).
_PROSE_RUN_BELOW = 2
_PROSE_WORDS = 12


def related_start(lines: Sequence[str], words: Sequence[int], keep: Sequence[bool]) -> int | None:
    """The line where a list of other stories starts under the article (its heading), or None.

    From there to the page's end is that list and what follows it (more lists, the footer). Measured
    over the scorer's verdicts, on top of the comments cut: aeb 0.910 -> 0.915 (7 pages changed, none
    for the worse), wcxb-dev all pages 0.803 -> 0.803, article pages 0.917 -> 0.918.
    """
    if not lines:
        return None
    headings = _related_headings(lines, words)
    if not headings:
        return None
    seen = Counter(lines[i].casefold() for i in headings)
    least = max(_COMMENTS_AFTER_WORDS, _RELATED_AFTER_SHARE * _kept_words(words, keep))
    prose = [_prose(line, n) for line, n in zip(lines, words)]
    # What stands above each heading is counted on from the heading before, and the runs below are
    # worked out once: asked afresh for each heading, 8,000 "More from ..." lines took 42 s.
    kept_above = prose_words_above = longest_above = run = counted = 0
    runs_below: list[int] | None = None
    for i in headings:
        for j in range(counted, i):
            kept_above += words[j] if keep[j] else 0
            if prose[j]:
                prose_words_above += words[j] if keep[j] else 0
                run += 1
                longest_above = max(longest_above, run)
            else:
                run = 0
        counted = i
        if kept_above < least or seen[lines[i].casefold()] != 1 or prose_words_above < _PROSE_ABOVE_WORDS or longest_above < _PROSE_RUN_ABOVE:
            continue
        if runs_below is None:
            runs_below = _longest_runs_below(lines, prose)
        if runs_below[i + 1] < _PROSE_RUN_BELOW:
            return i
    return None


def _related_headings(lines: Sequence[str], words: Sequence[int]) -> list[int]:
    """The lines under the first that head a list of other stories: a related-stories heading, or
    "More <name>" with the site's name, which stands in the first line (the browser title) or a
    copyright line. The names are looked for in those lines all at once (one by one, 16,000 of them
    against as many copyright lines took 6.8 s)."""
    headings: list[int] = []
    more: dict[int, str] = {}
    for i in range(1, len(lines)):
        if words[i] > _RELATED_HEADING_WORDS:
            continue
        if _RELATED_HEADING.match(lines[i]):
            headings.append(i)
        elif (named := _MORE_FROM.match(lines[i])) is not None:
            more[i] = named.group(1).casefold()
    if more:
        names = "\n".join([lines[0], *(line for line in lines if "©" in line or "opyright" in line)]).casefold()
        site = literals_in(names, set(more.values()))
        headings = sorted(headings + [i for i, name in more.items() if name in site])
    return headings


def _prose(line: str, words: int) -> bool:
    return words >= _PROSE_WORDS and line.rstrip(_TRAILING)[-1:] in _SENTENCE_END


def _longest_runs_below(lines: Sequence[str], prose: Sequence[bool]) -> list[int]:
    """For each line number k (and len(lines)): the longest run of prose lines from k down to the
    first comments heading at or after k (or the page's end)."""
    longest = [0] * (len(lines) + 1)
    run = 0
    for k in range(len(lines) - 1, -1, -1):
        if _is_comments_heading(lines[k]):
            run = 0  # the comments start here: nothing of it counts, for k or the lines above
        else:
            run = run + 1 if prose[k] else 0
            longest[k] = max(longest[k + 1], run)
    return longest
