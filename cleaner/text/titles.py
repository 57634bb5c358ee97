"""Titles: whether a line can stand as a headline, whether it repeats one (with a site's name, in
another case, misspelt), and a browser title's parts."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate

import regex

from .shapes import Shape
from .words import normalise

# Separators between a headline and the site or agency name that scrapers append ("Title - Site").
# Also a slash, a tilde or an angle quote with spaces around it ("Title / Site", "Title » Site"), a label
# in capitals and a full stop before the headline ("VIDÉO. Title", "EN IMAGES. Title"), and a short
# bracketed word after it ("Title (video)").
_SUFFIX_SEPARATOR = regex.compile(
    r"\s+[-–—|:·•/~›»]\s+|\s*[|·•]\s*|:\s+|(?<=^(?-i:\p{Lu}{2,}(?:\s\p{Lu}{2,})?))\.\s+|\s+(?=\([\p{L}\s]{1,20}\)$)"
)


# The most words a repeated headline has: a headline's 30 (looks_like_title), a site's name's 6
# (_SITE_NAME_WORDS), and a margin for words that line shapes count otherwise than a split at spaces does.
REPEAT_WORDS = 48
# Between a headline and the site's name that a browser title adds after it: a dash or a bar with
# spaces around it ("Title – The Morning Wire", "Title | Site"); not a colon, which joins a label to
# what it says ("Live updates: road reopened at 3pm", "Mayor Jane Smith: we have no money left").
_SITE_NAME_SEPARATOR = regex.compile(r"\s+[-–—|]\s+")
_SITE_NAME_WORDS = 6  # the most words of a site's name beside a headline (with_site_name, _strip_affix)

# A longer "word" is no misspelt word (a URL, a run of symbols), and difflib's ratio takes time
# quadratic in its length: two 32,000-letter words in a page's title and its heading took 4.1 s.
_TYPO_WORD_CHARS = 64


def looks_like_title(text: str, shape_of_line: Shape) -> bool:
    """A first line that can stand as the document's headline: short, whatever its last character
    (headlines end in '.', '?' or ':' often enough)."""
    return 1 <= shape_of_line.words <= 30 and len(text) <= 300


def repeats_headline(candidate: str, title: str) -> bool:
    """True when ``candidate`` is the headline again: same words in any case, with a site or agency
    suffix or prefix on either side, or near-identical (a typo, a changed quote mark)."""
    a, headline = normalise(candidate), _headline(title)
    b = headline.normalised
    if not a or not b:
        return False
    if a == b:
        return True
    if _strip_affix(_separated(candidate), b) or _strip_affix(headline.separated, a):
        return True
    return _typo_variant(a.split(), headline.words)


def with_site_name(line: str, headline: str) -> bool:
    """``line`` is ``headline`` with a site's name after a dash or a bar: the name up to six words,
    starting with a capital or a digit, ending as no sentence does."""
    cuts = list(_SITE_NAME_SEPARATOR.finditer(line))
    if not cuts:
        return False
    cut = cuts[-1]
    name = line[cut.end() :].strip()
    return (
        0 < len(name.split()) <= _SITE_NAME_WORDS
        and (name[0].isupper() or name[0].isdigit())
        and name[-1:] not in ".!?:;,"
        and normalise(line[: cut.start()]) == normalise(headline)
    )


def may_repeat_headline(a: str, b: str) -> bool:
    """A necessary condition of ``repeats_headline`` on two lines' normalised forms (``normalise``),
    for asking it of many pairs: a line and its repeat are equal, or one holds the other (normalising
    cuts at the separators as they do, so a repeat's headline part is a run of the line's words), or
    they have the same number of words (a misspelt word)."""
    return bool(a and b) and (a in b or b in a or a.count(" ") == b.count(" "))


@dataclass(frozen=True)
class _Separated:
    """A line cut at its separators, read once: each part normalised, and the words before each cut."""

    parts: tuple[str, ...]
    words_before: tuple[int, ...]  # words_before[k]: the words of the first k parts, k = 0 .. len(parts)
    filled: tuple[int, ...]  # the indexes of the parts that are not empty once normalised


@dataclass(frozen=True)
class _Headline:
    normalised: str
    separated: _Separated
    words: tuple[str, ...]


def _separated(text: str) -> _Separated:
    parts = _SUFFIX_SEPARATOR.split(text)
    normalised = tuple(map(normalise, parts))
    return _Separated(
        normalised,
        tuple(accumulate((len(part.split()) for part in parts), initial=0)),
        tuple(k for k, part in enumerate(normalised) if part),
    )


@lru_cache(maxsize=4)
def _headline(title: str) -> _Headline:
    """The title's side of repeats_headline, read once: a page's lines above its article are each
    asked against its first line (5.6 KB of them took 20 s when each call read that line again)."""
    normalised = normalise(title)
    return _Headline(normalised, _separated(title), tuple(normalised.split()))


def without_site_name(title: str, sitename: str | None) -> str:
    """The title without the site's name before or after a separator ("Title | Site" -> "Title"),
    when the page names its site; any other title comes back as it was."""
    site = normalise(sitename or "")
    separators = list(_SUFFIX_SEPARATOR.finditer(title)) if site else []
    if separators:
        last, first = separators[-1], separators[0]
        if normalise(title[last.end() :]) == site and title[: last.start()].strip():
            return title[: last.start()].strip()
        if normalise(title[: first.start()]) == site and title[first.end() :].strip():
            return title[first.end() :].strip()
    return title


def title_parts(title: str) -> list[str]:
    """A browser title cut at its separators ("Headline | Section | Site"): never empty."""
    return [part for part in _SUFFIX_SEPARATOR.split(title) if part.strip()] or [title]


def _typo_variant(a: Sequence[str], b: Sequence[str]) -> bool:
    """Same words in the same order but for at most two misspelt ones ("Governement", "Ukriane").
    A word added, dropped or exchanged makes another heading, not a repeat: pages often carry a
    title and a slightly different H1, and both are the article's."""
    if len(a) != len(b) or len(a) < 4:
        return False
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differing) <= 2 and all(
        max(len(x), len(y)) <= _TYPO_WORD_CHARS and SequenceMatcher(None, x, y).ratio() >= 0.8 for x, y in differing
    )


def _strip_affix(text: _Separated, other: str) -> bool:
    """The separated ``text`` is ``other`` (normalised) plus a short site name before or after a
    separator ("Title - Site"): cut somewhere, one side normalises to ``other`` and the other side
    has at most _SITE_NAME_WORDS words.

    A side's normalised text is its parts' normalised texts, the empty ones left out, joined by
    spaces, so ``other`` is read along the non-empty parts once from each end (joining and
    normalising each cut's sides was quadratic in the separators: 20,000 of them in a line took 8.8 s).
    Of the cuts that spell ``other`` the one leaving the fewest words on the other side is tried."""
    n = len(text.parts)
    if n < 2:
        return False
    words_before = text.words_before
    cuts = _head_spells(text, other)
    if cuts is not None:
        low, high = max(cuts[0], 1), min(cuts[1], n - 1)
        if low <= high and words_before[-1] - words_before[high] <= _SITE_NAME_WORDS:
            return True
    cuts = _tail_spells(text, other)
    if cuts is not None:
        low, high = max(cuts[0], 1), min(cuts[1], n - 1)
        if low <= high and words_before[low] <= _SITE_NAME_WORDS:
            return True
    return False


def _head_spells(text: _Separated, other: str) -> tuple[int, int] | None:
    """The cuts c (first, last) for which ``text``'s parts before c spell ``other``, or None."""
    parts, filled = text.parts, text.filled
    size = 0  # the characters of ``other`` that the parts so far spell, from its start
    for at, k in enumerate(filled):
        if size == len(other):
            return (filled[at - 1] + 1 if at else 0), k
        if not other.startswith(" " + parts[k] if size else parts[k], size):
            return None
        size += len(parts[k]) + (1 if size else 0)
    return ((filled[-1] + 1 if filled else 0), len(parts)) if size == len(other) else None


def _tail_spells(text: _Separated, other: str) -> tuple[int, int] | None:
    """The cuts c (first, last) for which ``text``'s parts from c on spell ``other``, or None."""
    parts, filled = text.parts, text.filled
    size = 0  # the characters of ``other`` that the parts so far spell, from its end
    for at in range(len(filled) - 1, -1, -1):
        k = filled[at]
        if size == len(other):
            return k + 1, (filled[at + 1] if at + 1 < len(filled) else len(parts))
        if not other.endswith(parts[k] + " " if size else parts[k], 0, len(other) - size):
            return None
        size += len(parts[k]) + (1 if size else 0)
    return (0, (filled[0] if filled else len(parts))) if size == len(other) else None

