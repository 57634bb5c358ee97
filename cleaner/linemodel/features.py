"""The junk-line model's features of a line, in the order DENSE_FEATURES names them, and its hashed
word features.

What carries across wording and languages: where the line stands against the article's prose (before
its first long paragraph, after its last, how far), its length and sentence shape, what it holds
(dates, times, separators, web and e-mail addresses, phone numbers, handles, copyright marks), whether
it speaks to the reader, how many of its words the rest of the text uses, and what its neighbours are.
The hashed words (lower-cased words, their first five letters, the first and last word) carry the
vocabulary of real junk in the languages the model was trained on.

Lines are given as a pass's texts and shapes (cleaner.text.shapes); ``long_prose`` says which lines
are the article's long paragraphs, the anchor of every position feature.
"""
from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Sequence

from ..text.sales import sales_signals
from ..text.shapes import Shape
from ..text.vocabulary import WordLines

# A long paragraph: the kind of line only an article is made of (junk runs shorter: the longest
# development junk line has 60 words, but 97% have fewer than 25).
LONG_WORDS = 20
HASH_BITS = 15
_READ = 400
HASH_SIZE = 1 << HASH_BITS

DENSE_FEATURES = (
    "bias",
    "relative_position",
    "before_first_long",
    "after_last_long",
    "head_distance",  # log of how many lines before the first long paragraph (0 after it)
    "tail_distance",  # log of how many lines after the last long paragraph (0 before it)
    "next_to_long",  # a long paragraph right above or below
    "between_long",  # long paragraphs both above and below, within two lines
    "first_line",
    "log_words",
    "long",
    "prose",
    "headline",
    "sentence_end",
    "ends_colon",
    "bullet",
    "capitalised_share",
    "upper_share",
    "digit_share",
    "date",
    "clock_time",
    "separator",
    "web",
    "email",
    "phone",
    "handle",
    "copyright",
    "brackets",
    "second_person",
    "first_person_plural",
    "question",
    "exclamation",
    "offer",
    "shared_words",  # the share of its meaning-carrying words that the rest of the text uses too
    "no_content_words",
    "title_words",  # the share of its words that the title has
    "repeated",
    "rule_matched",  # some rule's pattern matches it (but where it stands did not allow the rule)
    "lines_to_end",  # log of how many lines follow it
    "short_run",  # log of the length of the run of lines that are not long paragraphs it stands in
    "removed_above",  # log of how many lines above it the rules removed
    "removed_below",  # log of how many lines below it the rules removed (junk comes in company)
    "removed_next",  # a line right above or below it was removed
)

_DATE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober"
    r"|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero"
    r"|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile"
    r"|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
    r"|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja"
    r"|czerwca|lipca|sierpnia|września|października|listopada|grudnia|augusti|oktober)\w*\.?\s+\d"
    r"|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez|déc|janv|févr|avr|juil|sept"
    r"|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|fev|out|mrt|mei|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)\w*)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
_SEPARATOR = re.compile(r"[|·•»›/]|\s[—–-]\s")
_WEB = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|org|net|de|fr|es|it|pt|nl|pl|se|co\.uk|io|info|eu)\b", re.IGNORECASE
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_PHONE = re.compile(r"(?<!\d)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{2,4}[\s.-]\d{2,4}(?!\d)")
_HANDLE = re.compile(r"(?<![\w.])[@#][A-Za-z_]\w{1,30}")
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BULLET = "-–—•*·>»▪●◦+"
# Second person and first person plural in the languages the rules cover: a call speaks to the reader
# ("you", "Sie", "vous", "usted"), an outlet about itself ("we", "wir", "nous").
_SECOND_PERSON = frozenset(
    """you your you're you'll yours sie ihr ihre ihnen ihren ihrem dich dir dein deine vous votre vos tu ton ta tes
    usted ustedes tu tus vuestro vuestra voi vostro vostra tuo tua você vocês seu sua teu tua u uw jij je jouw
    ty twój twoja twoje pan pani państwo du din ditt dina ni er era""".split()
)
_FIRST_PLURAL = frozenset(
    """we our us we're we've wir unser unsere uns nous notre nos nosotros nuestro nuestra nuestros noi nostro
    nostra nostri nós nosso nossa wij ons onze my nasz nasza nasze nam vi vår vårt våra oss""".split()
)


def long_prose(shapes: Sequence[Shape]) -> list[bool]:
    return [s.prose and s.words >= LONG_WORDS for s in shapes]


def candidates(is_long: Sequence[bool]) -> list[int]:
    """The lines the model scores: all but the long paragraphs between the first and the last one (the
    article's own prose, which only strict rules touch)."""
    longs = [i for i, flag in enumerate(is_long) if flag]
    if len(longs) < 2:
        return list(range(len(is_long)))
    first, last = longs[0], longs[-1]
    return [i for i in range(len(is_long)) if not (is_long[i] and first < i < last)]


def short_runs(is_long: Sequence[bool]) -> list[int]:
    """For each line, the length of the run of lines that are not long paragraphs it stands in (0 for
    a long paragraph)."""
    runs = [0] * len(is_long)
    start = 0
    for i in range(len(is_long) + 1):
        if i == len(is_long) or is_long[i]:
            for j in range(start, i):
                runs[j] = i - start
            start = i + 1
    return runs


def removed_around(kept: Sequence[bool]) -> tuple[list[int], list[int], list[bool]]:
    """For each kept line of a text (``kept``: a flag for each of its lines), how many lines above and
    below it were removed, and whether a neighbour was."""
    above, below, beside = [], [], []
    total = len(kept) - sum(kept)
    gone = 0
    for i, flag in enumerate(kept):
        if not flag:
            gone += 1
            continue
        above.append(gone)
        below.append(total - gone)
        beside.append((i > 0 and not kept[i - 1]) or (i + 1 < len(kept) and not kept[i + 1]))
    return above, below, beside


class TextFeatures:
    """The features of a text's lines, worked out a line at a time as they are asked for (the step
    scores only the lines its runs reach). ``matched`` says which lines some rule's pattern matches;
    ``removed`` is removed_around's answer for the lines. Whether a line's word is in another line is
    looked up in the text (vocabulary.WordLines, what the topic tests use), or counted over every
    line's words where the text cannot be searched so. The first line stands for the title
    (title_words)."""

    def __init__(
        self,
        texts: Sequence[str],
        shapes: Sequence[Shape],
        matched: Sequence[bool],
        removed: tuple[Sequence[int], Sequence[int], Sequence[bool]],
    ):
        self.texts, self.shapes, self.matched, self.removed = texts, shapes, matched, removed
        self.is_long = long_prose(shapes)
        longs = [i for i, flag in enumerate(self.is_long) if flag]
        self.first, self.last = (longs[0], longs[-1]) if longs else (len(texts), -1)
        self.runs = short_runs(self.is_long)
        self._elsewhere: Callable[[str, int], bool] | None = None
        self.title_words = frozenset(t.lower() for t in _WORD.findall(texts[0])) if texts else frozenset()
        self._seen: Counter[str] | None = None

    def _word_lookup(self) -> Callable[[str, int], bool]:
        """Whether a word of line i is among another line's meaning-carrying words: searched in the
        text (the usual article: its other lines' words need not be worked out), else counted."""
        searched = WordLines(self.texts, self.shapes)
        if searched.usable:
            return searched.elsewhere
        used: Counter[str] = Counter()
        for shape in self.shapes:
            used.update(shape.content)
        return lambda word, _index: used[word] > 1

    def row(self, i: int) -> tuple[list[float], list[int]]:
        """Line ``i``'s DENSE_FEATURES row and hashed words."""
        if self._seen is None:
            self._seen = Counter(" ".join(t.lower().split()) for t in self.texts)
        if self._elsewhere is None:
            self._elsewhere = self._word_lookup()
        texts, removed = self.texts, self.removed
        repeated = self._seen[" ".join(texts[i].lower().split())] > 1
        row = _dense_row(i, texts, self.shapes, self.is_long, self.first, self.last, self._elsewhere, self.title_words,
                         repeated, self.matched[i])
        row += [_log(len(texts) - 1 - i), _log(self.runs[i]), _log(removed[0][i]), _log(removed[1][i]),
                float(removed[2][i])]
        return row, hashed_words(texts[i])


def rows(
    texts: Sequence[str],
    shapes: Sequence[Shape],
    matched: Sequence[bool],
    removed: tuple[Sequence[int], Sequence[int], Sequence[bool]],
) -> tuple[list[int], list[list[float]], list[list[int]]]:
    """Every candidate line of a text (the lines no rule removed) with its DENSE_FEATURES row and
    hashed words (TextFeatures.row), for training."""
    features = TextFeatures(texts, shapes, matched, removed)
    chosen = candidates(features.is_long)
    dense, hashed = [], []
    for i in chosen:
        row, words = features.row(i)
        dense.append(row)
        hashed.append(words)
    return chosen, dense, hashed


def _dense_row(
    index: int,
    texts: Sequence[str],
    shapes: Sequence[Shape],
    is_long: Sequence[bool],
    first: int,
    last: int,
    elsewhere: Callable[[str, int], bool],
    title_words: frozenset[str],
    repeated: bool,
    matched: bool,
) -> list[float]:
    """The line's DENSE_FEATURES. ``is_long`` says which lines are long paragraphs; ``first`` and
    ``last`` are the first and last of them (len(texts) and -1 when there is none)."""
    text, s = texts[index], shapes[index]
    n = len(texts)
    before = index < first
    after = index > last
    near_above = (index >= 1 and is_long[index - 1]) or (index >= 2 and is_long[index - 2])
    near_below = (index + 1 < n and is_long[index + 1]) or (index + 2 < n and is_long[index + 2])
    # Junk lines are short: what a line holds is read from its first _READ characters.
    head = text[:_READ]
    tokens = _WORD.findall(head)
    lowered = [t.lower() for t in tokens]
    word_count = max(1, len(tokens))
    letters = sum(map(str.isalpha, head)) or 1
    digits = sum(map(str.isdigit, head))
    content = s.content
    shared = sum(1 for w in content if elsewhere(w, index)) / len(content) if content else 0.0
    stripped = text.rstrip("\"'”’»)] ")
    signals = sales_signals(head)
    return [
        1.0,
        index / (n - 1) if n > 1 else 0.0,
        float(before),
        float(after),
        _log(first - index) if before else 0.0,
        _log(index - last) if after else 0.0,
        float((index >= 1 and is_long[index - 1]) or (index + 1 < n and is_long[index + 1])),
        float(near_above and near_below),
        float(index == 0),
        _log(s.words),
        float(s.words >= LONG_WORDS),
        float(s.prose),
        float(s.headline),
        float(stripped[-1:] in ".!?…"),
        float(stripped[-1:] == ":"),
        float(text[:1] in _BULLET),
        sum(t[0].isupper() for t in tokens) / word_count,
        sum(map(str.isupper, head)) / letters,
        digits / (letters + digits),
        float(_DATE.search(head) is not None),
        float(_TIME.search(head) is not None),
        float(_SEPARATOR.search(head) is not None),
        float("web" in signals or _WEB.search(head) is not None),
        float("email" in signals or _EMAIL.search(head) is not None),
        float("phone" in signals or _PHONE.search(head) is not None),
        float(_HANDLE.search(head) is not None),
        float(_COPYRIGHT.search(head) is not None),
        float(text[:1] in "([" or stripped[-1:] == ")"),
        float(any(w in _SECOND_PERSON for w in lowered)),
        float(any(w in _FIRST_PLURAL for w in lowered)),
        float("?" in text),
        float("!" in text),
        float("offer" in signals),
        shared,
        float(not content),
        sum(w in title_words for w in lowered) / word_count,
        float(repeated),
        float(matched),
    ]


def hashed_words(text: str) -> list[int]:
    """The line's hashed word features: each lower-cased word, its first five letters, and the first
    and last word marked as such (crc32, so the same in every process)."""
    tokens = [t.lower() for t in _WORD.findall(text[:_READ])][:40]
    keys = [f"w:{t}" for t in tokens]
    keys += [f"p:{t[:5]}" for t in tokens if len(t) > 5]
    if tokens:
        keys += [f"f:{tokens[0]}", f"l:{tokens[-1]}"]
    else:
        keys.append("empty")
    return sorted({zlib.crc32(key.encode("utf-8")) & (HASH_SIZE - 1) for key in keys})


def _log(value: float) -> float:
    return math.log1p(max(0.0, value))
