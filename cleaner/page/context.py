"""The page scorer's second stage: each line rescored from the first stage's scores around it.

A page is surveyed once (:class:`Survey`: prefix sums of the first stage's probabilities and of some
local features, the densest run of likely lines, the line that repeats the title, the blocks between
runs of unlikely lines); then each feature is a named function from the survey to its column, in the
ordered registry ``_COLUMNS``. ``CONTEXT_FEATURES`` (the names) is what the model file's weights are
keyed by, so a feature added, dropped or reordered here is a model that no longer loads (model.py).

>>> from cleaner.page.local import local_features
>>> lines = ["Site", "Home", "News", "A long line of article prose that ends a sentence here."]
>>> rows = context_features(lines, local_features(lines), [-2.0, -2.0, -2.0, 2.0])
>>> dict(zip(CONTEXT_FEATURES, rows[3]))["in_core"], dict(zip(CONTEXT_FEATURES, rows[0]))["in_core"]
(1.0, 0.0)
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import sub, truediv

from .local import LOCAL_FEATURES

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
# The line that repeats the page's title (title_like at least this) anchors the article.
_ANCHOR_TITLE_LIKE = 0.6


@dataclass(frozen=True, slots=True)
class Survey:
    """What the context features read of one page. Prefix sums hold, at j, the sum over the first j
    lines: of the probabilities (``p``), of probability times characters (``p_chars``), of characters,
    of the date, short-line, teaser and "More ..." features and of headlines over prose."""

    n: int
    logits: Sequence[float]
    p: list[float]
    sum_p: list[float]
    sum_p_chars: list[float]
    sum_chars: Sequence[float]
    sum_dates: list[float]
    sum_short: list[float]
    sum_teasers: list[float]
    sum_more: list[float]
    sum_headlines: list[float]
    core: tuple[int, int]  # the densest run of likely lines, (0, -1) when there is none
    anchor: int  # the line that repeats the title, -1 when none does
    block: list[int]  # each line's block, -1 outside every block
    masses: list[float]
    starts: list[int]
    biggest: int
    anchor_block: int
    nearest: list[int]  # the block of the last line in one at or before each line (0 for none)


def logistic(z: float) -> float:
    if z < -30.0:
        return 0.0
    if z > 30.0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def _sums(values: Iterable[float]) -> list[float]:
    return list(accumulate(values, initial=0.0))


def _survey(lines: Sequence[str], local: Sequence[Sequence[float]], logits: Sequence[float],
            barrier: int, low: float) -> Survey:
    n = len(lines)
    p = [logistic(z) for z in logits]
    chars = [len(line) for line in lines]
    weight = [min(row[_I_WORDS] * 4.0, 4.0) for row in local]
    sum_chars = list(accumulate(chars, initial=0))
    block, masses, starts = _blocks(p, weight, barrier, low)
    anchor = next((i for i in range(1, n) if local[i][_I_TITLE] >= _ANCHOR_TITLE_LIKE), -1)
    biggest = max(range(len(masses)), key=masses.__getitem__) if masses else -1
    nearest = [0] * n
    last = 0
    for i in range(n):
        if block[i] >= 0:
            last = block[i]
        nearest[i] = last
    return Survey(
        n, logits, p, _sums(p), _sums(map(float.__mul__, p, map(float, chars))), sum_chars,
        _sums([row[_I_DATE] for row in local]), _sums([row[_I_SHORT] for row in local]),
        _sums([1.0 if row[_I_STARTS] or row[_I_LEAD] else 0.0 for row in local]),
        _sums([row[_I_MORE] for row in local]), _sums(_headlines_over_prose(local)),
        _core(p, weight), anchor, block, masses, starts, biggest,
        _anchor_block(anchor, masses, starts, biggest, n), nearest,
    )


def _headlines_over_prose(local: Sequence[Sequence[float]]) -> list[float]:
    """1 for a line of 8 words or more under a headline (3 to 12 words, no sentence end): many in a
    window is a teaser list, a few an article's subheadings (the weight came out positive)."""
    found = []
    for i, row in enumerate(local):
        above = local[i - 1] if i > 0 else None
        headline = above is not None and not above[_I_END] and (above[_I_W3] or above[_I_W6])
        found.append(1.0 if headline and row[_I_WORDS] * 4 >= math.log(9) else 0.0)
    return found


def _core(p: Sequence[float], weight: Sequence[float]) -> tuple[int, int]:
    """The run of lines with the largest sum of (p - 0.5) weighted by words (Kadane); (0, -1) for none."""
    best, best_lo, best_hi = 0.0, 0, -1
    run, lo = 0.0, 0
    for i in range(len(p)):
        gain = (p[i] - 0.5) * weight[i]
        if run <= 0.0:
            run, lo = gain, i
        else:
            run += gain
        if run > best:
            best, best_lo, best_hi = run, lo, i
    return best_lo, best_hi


def _blocks(p: Sequence[float], weight: Sequence[float], barrier: int,
            low: float) -> tuple[list[int], list[float], list[int]]:
    """Runs of lines separated by ``barrier`` or more consecutive unlikely lines (p < low): each line's
    block (-1 for none), each block's mass (probability times weight) and first line. The short unlikely
    gap inside a block belongs to it, and the gap lines (fewer than ``barrier``) take the block on their
    left."""
    n = len(p)
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
        lowrun = 0
        block[i] = current
        masses[current] += p[i] * weight[i]
    # The first block line at or after each line: a walk forward from each gap line was a loop over the gap.
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
    return block, masses, starts


def _anchor_block(anchor: int, masses: Sequence[float], starts: Sequence[int], biggest: int, n: int) -> int:
    """The article's block: the first with a quarter of the biggest's mass that starts at or after the
    title's repeat or holds it; the biggest when no line repeats the title."""
    if anchor < 0 or not masses:
        return biggest
    top = masses[biggest]
    for b, start in enumerate(starts):
        if start >= anchor - 1 and masses[b] >= 0.25 * top:
            return b
        if start < anchor <= (starts[b + 1] if b + 1 < len(starts) else n) and masses[b] >= 0.25 * top:
            return b
    return biggest


# The windows' sums are taken with map over whole lists (the prefix sums at each window's ends, their
# differences, the widths), not a min, a max and four lookups per line in Python: the window columns
# took 0.45 s of the scorer's 1.4 s on 600 aeb and wcxb-dev pages that way.
def _bounds(n: int, before: int, after: int) -> tuple[list[int], list[int]]:
    """Each line's window, from ``before`` lines above it to ``after`` below, clipped to the page: the
    prefix-sum indexes of its start and its end."""
    starts = [0] * min(before, n) + list(range(max(0, n - before)))
    ends = list(range(after + 1, n + 1)) + [n] * (n - max(0, n - after))
    return starts, ends


def _window_sums(sums: Sequence[float], starts: Sequence[int], ends: Sequence[int]) -> list[float]:
    return list(map(sub, map(sums.__getitem__, ends), map(sums.__getitem__, starts)))


def _window(s: Survey, sums: Sequence[float], before: int, after: int) -> list[float]:
    """For each line, the mean of a prefix-summed value over the lines from ``before`` above it to
    ``after`` below it."""
    starts, ends = _bounds(s.n, before, after)
    return list(map(truediv, _window_sums(sums, starts, ends), map(sub, ends, starts)))


def _neighbours(s: Survey, k: int) -> list[float]:
    """For each line, the mean probability of the up to ``k`` lines on each side of it (0.5 for none)."""
    if s.n < 2:
        return [0.5] * s.n
    starts, ends = _bounds(s.n, k, k)
    others = map(sub, _window_sums(s.sum_p, starts, ends), s.p)
    return list(map(truediv, others, [end - start - 1 for start, end in zip(starts, ends)]))


def _window_chars(s: Survey) -> list[float]:
    """The probability per character over the 5 lines on each side and the line."""
    starts, ends = _bounds(s.n, 5, 5)
    chars = _window_sums(s.sum_chars, starts, ends)
    weighted = _window_sums(s.sum_p_chars, starts, ends)
    return [share / count if count else 0.5 for share, count in zip(weighted, chars)]


def _more_heading_around(s: Survey) -> list[float]:
    starts, ends = _bounds(s.n, 10, 10)
    return [1.0 if count > 0 else 0.0 for count in _window_sums(s.sum_more, starts, ends)]


def _outside_core_distance(s: Survey) -> list[float]:
    lo, hi = s.core
    if hi < 0:
        return [math.log(1 + s.n) / 4] * s.n
    return [math.log(1 + (lo - i if i < lo else (i - hi if i > hi else 0))) / 4 for i in range(s.n)]


def _blocks_from_anchor_block(s: Survey) -> list[float]:
    if s.anchor_block < 0:
        return [1.0] * s.n
    column = []
    for i in range(s.n):
        own = s.block[i]
        distance = abs(s.nearest[i] + 0.5 - s.anchor_block) if own < 0 else abs(own - s.anchor_block)
        column.append(math.log(1 + distance) / 2)
    return column


def _span(n: int, first: int, last: int) -> list[float]:
    """1.0 for the lines from ``first`` to ``last`` (clipped to the page), 0.0 for the others: built
    from slices, not a test per line (the columns as tests per line took the scorer 1.1 -> 1.7 s on
    600 aeb and wcxb-dev pages)."""
    first, last = max(first, 0), min(last, n - 1)
    if first > last:
        return [0.0] * n
    return [0.0] * first + [1.0] * (last - first + 1) + [0.0] * (n - last - 1)


def _in_core(s: Survey) -> list[float]:
    lo, hi = s.core
    return _span(s.n, lo, hi) if hi >= 0 else [0.0] * s.n


def _after_title_anchor(s: Survey) -> list[float]:
    return _span(s.n, s.anchor + 1, s.n - 1) if s.anchor >= 0 else [0.0] * s.n


def _title_anchor(s: Survey) -> list[float]:
    return _span(s.n, s.anchor, s.anchor) if s.anchor >= 0 else [0.0] * s.n


def _before_core(s: Survey) -> list[float]:
    lo, hi = s.core
    return _span(s.n, 0, lo - 1) if hi >= 0 else [0.0] * s.n


def _after_core(s: Survey) -> list[float]:
    hi = s.core[1]
    return _span(s.n, hi + 1, s.n - 1) if hi >= 0 else [0.0] * s.n


def _block_mass_share(s: Survey) -> list[float]:
    total = sum(s.masses) or 1.0
    return [s.masses[own] / total if own >= 0 else 0.0 for own in s.block]


def _in_block(s: Survey, wanted: int) -> list[float]:
    if wanted < 0:
        return [0.0] * s.n
    return [1.0 if own == wanted else 0.0 for own in s.block]


def _before_anchor_block(s: Survey) -> list[float]:
    return _span(s.n, 0, s.starts[s.anchor_block] - 1) if s.anchor_block >= 0 else [0.0] * s.n


def _after_anchor_block(s: Survey) -> list[float]:
    if s.anchor_block < 0:
        return [0.0] * s.n
    start, wanted = s.starts[s.anchor_block], s.anchor_block
    return [1.0 if own != wanted and i > start else 0.0 for i, own in enumerate(s.block)]


# The ordered registry: the features' names (the model file's keys) and their columns.
_COLUMNS: tuple[tuple[str, Callable[[Survey], list[float]]], ...] = (
    ("bias", lambda s: [1.0] * s.n),
    ("self_logit", lambda s: [max(-8.0, min(8.0, z)) / 4 for z in s.logits]),
    ("neighbours_1", lambda s: _neighbours(s, 1)),
    ("neighbours_3", lambda s: _neighbours(s, 3)),
    ("neighbours_10", lambda s: _neighbours(s, 10)),
    ("window_chars_5", _window_chars),
    ("in_core", _in_core),
    ("outside_core_distance", _outside_core_distance),
    ("after_title_anchor", _after_title_anchor),
    ("title_anchor", _title_anchor),
    ("before_core_share", _before_core),
    ("after_core_share", _after_core),
    ("block_mass_share", _block_mass_share),
    ("biggest_block", lambda s: _in_block(s, s.biggest)),
    ("anchor_block", lambda s: _in_block(s, s.anchor_block)),
    ("blocks_from_anchor_block", _blocks_from_anchor_block),
    ("dates_around", lambda s: _window(s, s.sum_dates, 5, 5)),
    ("short_around", lambda s: _window(s, s.sum_short, 5, 5)),
    ("before_anchor_block", _before_anchor_block),
    ("after_anchor_block", _after_anchor_block),
    ("teasers_around_3", lambda s: _window(s, s.sum_teasers, 3, 3)),
    ("more_heading_around_10", _more_heading_around),
    ("headline_then_prose", lambda s: _window(s, s.sum_headlines, 6, 6)),
)
CONTEXT_FEATURES = tuple(name for name, _ in _COLUMNS)


def context_features(lines: Sequence[str], local: Sequence[Sequence[float]], logits: Sequence[float],
                     barrier: int = 3, low: float = 0.35) -> list[tuple[float, ...]]:
    """One row of CONTEXT_FEATURES per line, from the lines, their LOCAL_FEATURES rows and the first
    stage's logits (a tuple a line, in that order). ``barrier`` unlikely lines (probability under
    ``low``) in a row part two blocks."""
    survey = _survey(lines, local, logits, barrier, low)
    return list(zip(*[column(survey) for _, column in _COLUMNS]))
