"""The page scorer's first stage: a row of LOCAL_FEATURES per line, from the line's own shape
(length, sentence ends, capitals, digits, symbols, ...) and its place on the page (repeats, likeness
to the title, position, teaser headlines).

>>> rows = local_features(["Site Name", "Home", "A long line of article prose that ends a sentence here."])
>>> [round(value, 3) for value in rows[2][:4]]
[1.0, 0.671, 0.621, 1.0]
>>> dict(zip(LOCAL_FEATURES, rows[1]))["one_or_two_words"]
1.0
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.stopwords import PAGE_MODEL_STOPWORDS

SENTENCE_END = frozenset(".!?…。！？")
TRAILING_MARKS = "\"'”’»)]*"
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
    r"\b(?:\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:ago)\b)",
    re.IGNORECASE,
)
_SYMBOL_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~©®™•·»«›‹→←|–—"
_SYMBOLS = bytes(sorted({ord(char) for char in _SYMBOL_CHARS if char.isascii()}))
_OTHER_SYMBOLS = "".join(sorted({char for char in _SYMBOL_CHARS if not char.isascii()}))  # counted one by one

# A line's own features, in the order _line_features builds them (what its text alone decides, kept in
# a memo by the line's text), then those the page around it decides, in local_features' row order.
_OWN_FIRST = (
    "bias", "log_chars", "log_words", "sentence_end", "colon_end", "inner_sentences", "comma_rate", "stopword_share",
    "capital_share", "digit_share", "symbol_share", "url_or_handle", "separators", "bullet_start",
)
_ON_PAGE = ("repeated", "title_like", "position")
_OWN_SHAPE = (
    "one_or_two_words", "all_caps", "copyright", "date_or_time", "short_colon", "words_3_5", "words_6_12",
    "words_13_30", "words_over_30",
)
_ON_PAGE_PLACE = ("first_line", "starts_with_line")
_OWN_LEAD = ("title_case_lead", "more_heading")
LOCAL_FEATURES = _OWN_FIRST + _ON_PAGE + _OWN_SHAPE + _ON_PAGE_PLACE + _OWN_LEAD
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
_TITLE_SMALL = frozenset("a an and as at but by for in of on or the to vs with".split())


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


def local_features(
    lines: Sequence[str], title: str | None = None, memo: dict[str, LineFeatures] | None = None
) -> list[list[float]]:
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
    last = line.rstrip(TRAILING_MARKS)[-1:] if chars else ""
    lower = line.lower()
    lw = lower.split()
    stop = len(PAGE_MODEL_STOPWORDS.intersection(lw))
    caps, digits, symbols = char_counts(line)
    capw = sum(map(str.isupper, [w[0] for w in words]))
    letters = chars - digits - symbols - line.count(" ")
    log = math.log
    before = (
        1.0,
        log(1 + chars) / 6,
        log(1 + nw) / 4,
        1.0 if last in SENTENCE_END else 0.0,
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
