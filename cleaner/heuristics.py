"""Heuristics for what a single-line pattern cannot see.

- line shapes: prose (sentence-like article paragraphs), headline-like lines, list items;
- the headline repeated under the title: exactly, in another case, with a site suffix, or nearly;
- the lines a list header opens (a related-stories list);
- the promotional tail: a block after the article that is commercial and off the article's topic.

Each function takes the document's precomputed line shapes and returns line indexes; the engine
decides what is removed and reports it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import accumulate, chain, repeat
from typing import Protocol

import regex

from .document import Document

# A word: a letter or digit, then letters, digits, apostrophes (and underscores: the standard re
# module's [^\W_] is \p{L}\p{N}, and it tokenises every line in 0.32 s where regex took 0.58 s).
_WORD = re.compile(r"[^\W_][\w'’]*")
_WORD_INITIAL = re.compile(r"([^\W_])[\w'’]*")  # a word, giving its first character
# A sentence ends in one of these, maybe followed by closing quotes and brackets (string methods: a
# regex search for it was a tenth of the time of a line's shape).
_SENTENCE_ENDS = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_NORMALISE = regex.compile(r"[^\p{L}\p{N}]+")
# Separators between a headline and the site or agency name that scrapers append ("Title - Site").
_SUFFIX_SEPARATOR = regex.compile(r"\s+[-–—|:·•]\s+|\s*[|·•]\s*|:\s+")

# Commercial signals, strong: each one alone says "advertisement" when it sits outside the article.
_PHONE = regex.compile(r"(?<!\d)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)")
# The sales patterns are asked only whether they match, so a run of letters or digits before a ".com" or
# a "% off" is looked for from the "." backwards, or from the run's first digit: tried from each
# character of a long run instead, "a½" * 16,000 + " .com" took 9.5 s, and "1" * 32,000 + " %" 26 s.
_URL = regex.compile(r"(?i)\bhttps?://|\bwww\.[\p{L}\p{N}-]+\.|(?<=\b[\p{L}\p{N}-]+)\.(?:com|net|org|co\.uk|io|biz|shop|store)\b")
_EMAIL = regex.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_EMAIL_USER_BACKWARDS = regex.compile(r"[\w.+-]*", regex.REVERSE)
_EMAIL_DOMAIN = regex.compile(r"[\w-]+\.[\w.]+\b")
_WORD_BOUNDARY = regex.compile(r"\b")
_OFFER = regex.compile(
    r"(?i)(?:[$€£¥]\s?\d|(?<!\d)\d+\s?%\s*off\b|\bpromo(?:tion(?:al)?)?\s+code\b|\bcoupon\b|\bdiscount|\buse code\b"
    r"|\bfree (?:quote|estimate|consultation|trial|shipping|delivery)\b|\bbook (?:now|today|online)\b"
    r"|\bcall (?:us|now|today)\b|\border (?:now|today|online)\b|\bshop now\b|\bcontact us\b|\bget a quote\b"
    r"|\bsatisfaction guaranteed\b|\bmoney[- ]back\b|\bbest prices?\b|\baffordable (?:rates?|prices?)\b)"
)
# Weaker signals: the voice of an advertiser (we offer / you, your) or an imperative that sells.
_ADVERTISER_VOICE = regex.compile(
    r"(?i)\b(?:you|your|you're|you'll|we offer|we provide|we're|let us|our (?:team|services?|drivers|experts|staff|clients|customers|products?))\b"
)
_IMPERATIVE = regex.compile(r"(?i)^(?:call|book|order|visit|shop|buy|contact|try|save|request|schedule|hire|get|discover|enjoy|choose)\b")

# A small cross-language list of function words: topic overlap looks at the words that carry meaning.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves said says say one
    two new like get got make made may might must us via per de la le les des du et en un une el los las y del der
    die das und den dem ein eine ist von zu mit il di che""".split()
)


class Shape:
    """What the heuristics know of one line: its number of words, whether it reads as prose or as a
    headline, and (``content``) its lower-cased meaning-carrying words, each once, for topic overlap.

    The words are worked out on first use: most documents never test a line's topic, and the tuples
    held for every line of a 100 MB text came to more than the text itself.
    """

    __slots__ = ("_content", "_interned", "_text", "headline", "prose", "words")

    def __init__(self, words: int, prose: bool, headline: bool, text: str, interned: dict[str, str] | None = None):
        self.words = words
        self.prose = prose  # a sentence-like paragraph: the kind of line an article is made of
        self.headline = headline  # short, no sentence end: a title, a list item, a heading
        self._text: str | None = text
        self._interned = interned
        self._content: tuple[str, ...] | None = None

    @property
    def content(self) -> tuple[str, ...]:
        # A tuple, not a set: a set per line costs kilobytes, several times the line itself.
        if self._content is None:
            self._content = content_words(self._text or "", self._interned)
            self._text = self._interned = None
        return self._content

    def __repr__(self) -> str:
        return f"Shape(words={self.words}, prose={self.prose}, headline={self.headline})"


def shape(text: str, interned: dict[str, str] | None = None) -> Shape:
    """The line's shape. ``interned`` maps each word to one shared copy, so that a document's lines
    share their words' strings instead of holding one each."""
    words = 0
    lower = 0
    for piece in _pieces(text):
        # Each word's first character only: one-character strings are shared by Python, so no string
        # is made per word (a 100 MB text's millions of word strings, freed between the lines' shapes
        # that stay, left the process holding twice the memory).
        initials = _WORD_INITIAL.findall(piece)
        words += len(initials)
        lower += sum(map(str.islower, initials))
    tail = text[-16:].rstrip(_CLOSERS)
    ends = tail[-1:] in _SENTENCE_ENDS and bool(tail)
    prose = (words >= 8 and ends and lower * 2 >= words) or words >= 25
    headline = 1 <= words <= 25 and not (ends and tail[-1:] in ".;:")
    return Shape(words, prose, headline, text, interned)


def shapes_of(texts: Sequence[str], interned: dict[str, str] | None = None) -> list[Shape]:
    """``shape`` of each line. Lines in ASCII and General Punctuation are read a block at a time:
    each character becomes one byte for its part in a word (see _SHAPE_ROLES), and the bytes that
    start a word are counted. Other lines, and blocks with a line over _PIECE characters, are read by
    ``shape``."""
    shapes: list[Shape] = []
    for start in range(0, len(texts), _SHAPE_BLOCK):
        block = texts[start : start + _SHAPE_BLOCK]
        if max(map(len, block)) > _PIECE:
            shapes.extend(shape(text, interned) for text in block)
            continue
        raw = "\n".join(block).encode("utf-8", "surrogatepass").replace(_GENERAL_PUNCTUATION, b"")
        # A space before each line: a word starts where a space stands before a letter's byte. (Counted
        # a line at a time, in map(): the bytes have no cheaper way to say which line a start is on.)
        roles = b" " + raw.translate(_SHAPE_ROLES, _SHAPE_DROPPED).replace(b"\n", b"\n ")
        lines = roles.split(b"\n")
        counts = map(bytes.count, roles.translate(_ANY_CASE).split(b"\n"), repeat(b" w"))
        # Each line's last character before closing quotes and brackets ("" for none).
        lasts = [text[-16:].rstrip(_CLOSERS)[-1:] for text in block]
        other = b"x" in roles
        for text, role, words, last in zip(block, lines, counts, lasts):
            if other and b"x" in role:
                shapes.append(shape(text, interned))
                continue
            ends = last in _SENTENCE_ENDS and last != ""
            prose = words >= 25 or (words >= 8 and ends and role.count(b" l") * 2 >= words)
            headline = 1 <= words <= 25 and not (ends and last in ".;:")
            shapes.append(Shape(words, prose, headline, text, interned))
    return shapes


# The text shapes_of reads without a regex search: ASCII and General Punctuation (U+2000 to U+203F:
# spaces, dashes, curly quotes, the ellipsis), whose UTF-8 is "\xe2\x80" and one byte of its own. Once
# that pair is dropped each of its characters is one byte, and each byte becomes its role: "l" a
# letter or digit that is lower-case, "u" another, dropped for what a word may hold but not start with
# ("_", "'", "’"), " " for the rest, "x" for a byte that leads any other character (its line goes to
# ``shape``). tests/test_shapes.py checks every character against the patterns. Of newsjunk-dev's
# lines 82% are ASCII and 97% in this text; all its shapes took 0.48 s a line at a time, 0.26 s a block
# at a time.
_GENERAL_PUNCTUATION = b"\xe2\x80"
_SHAPE_CHARS = [chr(b) for b in range(0x80)] + [chr(0x2000 + b) for b in range(0x40)]  # by byte, to 0xBF
_SHAPE_ROLES = bytes(
    (ord("l") if char.islower() else ord("u")) if char.isalnum() else ord(char) if char == "\n" else ord(" ")
    for char in _SHAPE_CHARS
) + b"x" * 0x40
_ANY_CASE = bytes.maketrans(b"lu", b"ww")
_SHAPE_DROPPED = bytes(b for b, char in enumerate(_SHAPE_CHARS) if char in "_'’")
_SHAPE_BLOCK = 4096


def content_words(text: str, interned: dict[str, str] | None = None) -> tuple[str, ...]:
    """The line's lower-cased words of three letters or more, less stop words and numbers, each once
    (in no particular order: every use counts them)."""
    words: set[str] = set()
    for piece in _pieces(text):
        # Set operations in C, not a test a token in Python: this ran for every line of most documents.
        words.update(map(str.lower, [token for token in _WORD.findall(piece) if len(token) > 2]))
    words -= STOPWORDS
    words.difference_update(list(filter(str.isdigit, words)))
    if interned is None:
        return tuple(words)
    return tuple(map(interned.setdefault, words, words))


# A line is tokenised in pieces of about this many characters, cut at white space, so that a 20 MB
# line does not become a 20 MB list of tokens at once.
_PIECE = 1 << 16


def _pieces(text: str) -> Iterable[str]:
    if len(text) <= _PIECE:
        return (text,)  # nearly every line: no generator to run
    return _cut(text)


def _cut(text: str) -> Iterator[str]:
    start = 0
    while len(text) - start > _PIECE:
        cut = text.find(" ", start + _PIECE)
        if cut == -1:
            break
        yield text[start:cut]
        start = cut
    yield text[start:]


def normalise(text: str) -> str:
    return _NORMALISE.sub(" ", text.casefold()).strip()


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


# A longer "word" is no misspelt word (a URL, a run of symbols), and difflib's ratio takes time
# quadratic in its length: two 32,000-letter words in a page's title and its heading took 4.1 s.
_TYPO_WORD_CHARS = 64


def _strip_affix(text: _Separated, other: str) -> bool:
    """The separated ``text`` is ``other`` (normalised) plus a short site name before or after a
    separator ("Title - Site"): cut somewhere, one side normalises to ``other`` and the other side
    has at most six words.

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
        if low <= high and words_before[-1] - words_before[high] <= 6:
            return True
    cuts = _tail_spells(text, other)
    if cuts is not None:
        low, high = max(cuts[0], 1), min(cuts[1], n - 1)
        if low <= high and words_before[low] <= 6:
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


def list_items_after(start: int, shapes: Sequence[Shape], blocked: Callable[[int], bool], limit: int = 15) -> list[int]:
    """The lines a list header at ``start`` opens: the headline-like lines that follow it, up to the
    first line that is prose or must not be touched."""
    items: list[int] = []
    for i in range(start + 1, min(len(shapes), start + 1 + limit)):
        if blocked(i) or not shapes[i].headline or shapes[i].prose:
            break
        items.append(i)
    return items


def sales_signals(text: str) -> set[str]:
    """The kinds of strong sales signal in a line: phone, web address, e-mail, offer or call to act."""
    found = set()
    if "@" in text:
        without = _without_emails(text)
        if without != text:
            found.add("email")
            text = without  # the address's domain is not a second, web-address signal
    for name, pattern, may_match in _SIGNALS:
        if may_match(text) and pattern.search(text):
            found.add(name)
    return found


def _without_emails(text: str) -> str:
    """``_EMAIL.sub(" ", text)``, found from each "@": its user part is the run of address characters
    before it, from the run's first word boundary (or from the last address's end), if a domain
    follows. Searched for from each character of a long run, "_." * 32,000 + " @" took 20 s.

    The matches are _EMAIL's: no run holds an "@", so a match holds the first "@" after its start;
    each start in the run reaches it and its domain is the same, so the first start that a word
    boundary allows matches, and none does when no domain follows."""
    pieces: list[str] = []
    done = 0  # the end of the last address replaced
    at = text.find("@")
    while at >= 0:
        user = _EMAIL_USER_BACKWARDS.match(text, done, at)
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        start = _WORD_BOUNDARY.search(text, user.start(), at) if domain is not None and user is not None else None
        if start is None or start.start() >= at:  # no domain, or no user part a boundary starts
            at = text.find("@", at + 1)
            continue
        pieces += [text[done : start.start()], " "]
        done = domain.end()
        at = text.find("@", done)
    return "".join(pieces) + text[done:] if pieces else text


def advertiser_voice(text: str) -> bool:
    """Second person, "we offer", or a selling imperative at the start."""
    return (_may_speak(text) and _ADVERTISER_VOICE.search(text) is not None) or _IMPERATIVE.search(text) is not None


# What an ASCII line must hold for a sales pattern to match it: a literal that every match contains,
# compared in lower case (the patterns' case-insensitive matching, on ASCII, is that). Searched in
# full, the offer and web-address patterns took 46 and 21 us a newsjunk-dev line of over 80
# characters; most lines hold none of their literals. Other lines are searched as they are.
_THREE_DIGITS = re.compile(r"[0-9]{3}")  # a phone number's \d{3,4}, in ASCII
_WEB_LITERALS = ("://", "www.", ".com", ".net", ".org", ".co.uk", ".io", ".biz", ".shop", ".store")
_OFFER_LITERALS = (
    "$", "%", "promo", "coupon", "discount", "use code", "free ", "book ", "call ", "order ", "shop now", "contact us",
    "get a quote", "satisfaction guaranteed", "money", "best price", "affordable ",
)
_VOICE_LITERALS = ("you", "we offer", "we provide", "we're", "let us", "our ")


def _holding(literals: tuple[str, ...]) -> Callable[[str], bool]:
    def may_match(text: str) -> bool:
        if not text.isascii():
            return True
        lower = text.lower()
        return any(literal in lower for literal in literals)

    return may_match


def _may_be_phone(text: str) -> bool:
    return not text.isascii() or _THREE_DIGITS.search(text) is not None


_SIGNALS = (("phone", _PHONE, _may_be_phone), ("web", _URL, _holding(_WEB_LITERALS)), ("offer", _OFFER, _holding(_OFFER_LITERALS)))
_may_speak = _holding(_VOICE_LITERALS)


def sells(text: str) -> bool:
    """A sales signal or an advertiser's voice."""
    return bool(sales_signals(text)) or advertiser_voice(text)


def _plain(line_shape: Shape, line_sells: Callable[[], bool]) -> bool:
    """An article sentence: prose that does not sell, or prose longer than advertising copy runs. The
    line's sales tests (``line_sells``) are asked only when its length leaves them to decide."""
    return line_shape.prose and (line_shape.words > AD_SENTENCE_WORDS or not line_sells())


def topic_overlap(words: Collection[str], vocabulary: Counter[str], exclude: Counter[str]) -> float:
    """Share of ``words`` that the rest of the document also uses (vocabulary minus the excluded lines)."""
    return word_share(words, lambda word: vocabulary[word] - exclude[word] > 0)


def word_share(words: Collection[str], known: Callable[[str], bool]) -> float:
    """Share of ``words`` that ``known`` accepts: how much of a line or block is the article's. 0.0
    for no words."""
    if not words:
        return 0.0
    return sum(1 for word in words if known(word)) / len(words)


# What a word goes on with, and what starts one (_WORD): the hits of a word in lowered text that are
# whole words are told from those inside longer words by the characters either side.
_WORD_GOES_ON = re.compile(r"[\w'’]")
_WORD_STARTS = re.compile(r"[^\W_]")


class WordLines:
    """Which lines have a word among their meaning-carrying words: of a range of lines (the article
    above a line, for the promotional tail), or of the lines other than a given one (what
    ``vocabulary[word] > 1`` tells of a line's own word). On newsjunk-dev no other question was asked
    of the vocabulary, which was worked out 473 times there, then 292 (for the promotional tail), now
    once (for one of the two texts that cannot be searched).

    A word is looked for in the text lowered whole, which has the words of the lines lowered one by
    one where they stood (see _LOWERED_OTHERWISE): a hit with no word character either side is
    that word; one after an underscore or apostrophe may be, and its line is asked for its words.
    ``usable`` is False when the text holds a letter lowered otherwise, and nothing may be asked."""

    def __init__(self, texts: Sequence[str], shapes: Sequence[Shape]):
        self.shapes = shapes
        joined = "\n".join(texts)
        self.usable = not any(letter in joined for letter in _LOWERED_OTHERWISE)
        self.lowered = joined.lower()
        # Where each line starts in the lowered text, and one past its end for the last.
        self.starts = [0, *accumulate(len(text) + 1 for text in texts)]

    def elsewhere(self, word: str, index: int) -> bool:
        return self.in_some(word, 0, index) or self.in_some(word, index + 1, len(self.starts) - 1)

    def in_some(self, word: str, first: int, end: int) -> bool:
        """Whether ``word`` is among the meaning-carrying words of a line from ``first`` to before ``end``."""
        return next(self.lines_with(word, first, end), None) is not None

    def lines_with(self, word: str, first: int, end: int) -> Iterator[int]:
        """The lines from ``first`` to before ``end`` that have ``word`` among their meaning-carrying
        words, in order."""
        lowered, starts = self.lowered, self.starts
        stop = starts[end]
        at = lowered.find(word, starts[first], stop)
        while at >= 0:
            line = bisect_right(starts, at) - 1
            resume = at + 1
            if not _WORD_GOES_ON.match(lowered, at + len(word)):
                if at == 0 or not _WORD_GOES_ON.match(lowered, at - 1):
                    yield line
                    resume = starts[line + 1]
                elif not _WORD_STARTS.match(lowered, at - 1):
                    if word in self.shapes[line].content:
                        yield line
                    resume = starts[line + 1]
            at = lowered.find(word, resume, stop)


def vocabulary_of(shapes: Sequence[Shape], remember: bool = True) -> Counter[str]:
    """The meaning-carrying words of the lines with their counts. With ``remember`` False, words a
    line has not been asked for yet are worked out and let go, not kept on the line: for a very long
    document, whose vocabulary is needed whole but its lines' words only for the few lines whose
    topic is tested (kept, they came to more than the text itself)."""
    counts: Counter[str] = Counter()
    for s in shapes:
        if remember or s._content is not None:
            counts.update(s.content)
        else:
            counts.update(content_words(s._text or "", s._interned))
    return counts


# A word of three characters or more (content_words keeps no shorter one), found in lowered text.
_CONTENT_WORD = re.compile(r"[^\W_][\w'’]{2,}")
# Lowering a line whole lowers its words as content_words does one by one, but for two letters: "İ"
# lowers to two characters, the second no word character, and "Σ" to "ς" or "σ" by what stands after
# it, inside the word or not. Every other character lowers to one of the same class (tests/test_vocabulary.py
# checks each code point), so a word's bounds and length stay.
_LOWERED_OTHERWISE = ("\u0130", "\u03a3")
# Lines lowered and searched at a time: the vocabularies of all 876 newsjunk-dev texts took 0.88 s
# word by word a line at a time (content_words), 0.63 s lowered in blocks (the search for the words is
# most of what is left).
_VOCABULARY_BLOCK = 256


def line_vocabulary(texts: Sequence[str]) -> Counter[str]:
    """Each meaning-carrying word of the lines with the number of lines it is in: what vocabulary_of
    gives for the lines' shapes, without working out any line's words on its own. Lines are lowered
    and searched a block at a time; stop words and numbers are taken out of the counts at the end."""
    counts: Counter[str] = Counter()
    for start in range(0, len(texts), _VOCABULARY_BLOCK):
        block = texts[start : start + _VOCABULARY_BLOCK]
        joined = "\n".join(block)
        if any(letter in joined for letter in _LOWERED_OTHERWISE) or max(map(len, block)) > _PIECE:
            counts.update(chain.from_iterable(map(content_words, block)))
            continue
        counts.update(chain.from_iterable(map(set, map(_CONTENT_WORD.findall, joined.lower().split("\n")))))
    for word in [word for word in counts if word in STOPWORDS or word.isdigit()]:
        del counts[word]
    return counts


def article_vocabulary(vocabulary: Counter[str], shapes: Sequence[Shape], transparent: Callable[[int], bool], end: int) -> Counter[str]:
    """The words of the lines before ``end`` that are not ``transparent``, from the whole document's
    ``vocabulary`` less the other lines' words (junk and the tail: few lines, not the whole text again).
    Counts that fall to zero may stay: every test reads counts above zero."""
    counts = vocabulary.copy()
    for j, s in enumerate(shapes):
        if j >= end or transparent(j):
            counts.subtract(s.content)
    return counts


# A line is off the article's topic when at most half of its meaning-carrying words are the
# article's: on the development set, 95% of pasted teaser links ("Read more: ...") and every line of
# the pasted advertisements fall at or under 0.5 (an ad naming the article's city reaches it).
LINE_OVERLAP = 0.5
# A promotional block, taken whole, shares at most this much of its vocabulary with the article. The
# seed's shuttle ad shares 0.08 with its article.
BLOCK_OVERLAP = 0.25


def promotional_tail(
    doc: Document,
    shapes: Sequence[Shape],
    transparent: Callable[[int], bool],
    promo_opener: Callable[[int], bool],
    first_allowed: int,
    document_vocabulary: Callable[[], Counter[str]] | None = None,
    word_lines: Callable[[], WordLines | None] | None = None,
    plain: PlainSentences | None = None,
) -> list[int]:
    """The lines of an advertisement pasted after the article, or [] when there is none.

    1. Walking up from the last line, the block takes lines that are junk already (``transparent``),
       short list items, and lines off the article's topic that are not plain article sentences (a
       sentence must carry a sales signal or speak in an advertiser's voice, "you", "we offer", a
       selling imperative, and be no longer than advertising copy is). A line is off the topic when at
       most half of its meaning-carrying words occur in the article above it; of the ``_AD_SPAN``
       lines right above it only plain article sentences count, for the others may be the same
       advertisement repeating its own words. The walk ends at the first article line, or after ``_AD_LINES`` lines.
    2. The block starts where an advertisement can start: not with bare list items, which may end
       the article.
    3. It is accepted when a promo rule's opener is in it, or when it is off the article's topic as a
       whole and holds a strong sales signal: in three or more lines of its own, or two kinds of
       signal (a web address and a phone number) in a shorter block.

    Whether a word is the article's is searched for in the text by ``word_lines`` when it gives a
    WordLines (usable); else it is counted from the whole document's vocabulary, which
    ``document_vocabulary`` gives from the caller's cache (without it the walk works it out).
    ``plain`` is the caller's PlainSentences of the document, when it has one to share.

    The topic tests only ever end the walk sooner, so the block is the start of what the walk takes
    without them (``_reach``); when that holds no opener and no sales signal, no block it can give
    qualifies, and the answer is [] with no vocabulary worked out.
    """
    n = len(shapes)
    plain = plain if plain is not None else PlainSentences(doc, shapes)
    reach = _reach(shapes, transparent, first_allowed, plain)
    if reach is not None and not any(promo_opener(i) for i in reach) and not any(plain.signals(i) for i in reach if not transparent(i)):
        return []

    @cache
    def article() -> _ArticleWords:  # made when first needed: most walks stop at once
        return _article_words(shapes, transparent, document_vocabulary, word_lines)

    block: list[int] = []
    own_count = 0
    for i in range(n - 1, first_allowed - 1, -1):
        if transparent(i):
            block.append(i)
            continue
        s = shapes[i]
        item = s.words <= 6 and not s.prose
        if not item:
            if s.words > AD_SENTENCE_WORDS or plain(i):
                break
            # The article above the line: the lines before far_end, and of the lines right above, only
            # plain article sentences.
            far_end = max(0, i - _AD_SPAN)
            near: set[str] = set()
            for j in range(far_end, i):
                if not transparent(j) and plain(j):
                    near.update(shapes[j].content)
            if not article().enough(far_end, near):
                break  # too little article above to tell its topic
            content = s.content
            if word_share(content, lambda word: word in near or article().has(word, far_end)) > LINE_OVERLAP:
                break
        block.append(i)
        own_count += 1
        if own_count >= _AD_LINES:
            return []
    block.reverse()
    openers = [i for i in block if promo_opener(i)]
    if openers:
        # After a promo rule's opener ("A message from our sponsor:") everything is the advertisement;
        # what stands before it must qualify on its own.
        after = [i for i in block if i >= openers[0] and not transparent(i)]
        before = [i for i in block if i < openers[0]]
        return _qualifying(doc, shapes, _trimmed(doc, shapes, before, transparent), transparent, article) + after
    return _qualifying(doc, shapes, _trimmed(doc, shapes, block, transparent), transparent, article)


class PlainSentences:
    """Which of a document's lines are article sentences (_plain), each line's sales tests made once:
    the walk asks again of the lines above each line it tests, the engine of the last lines for where
    the story ends, and a line's sales signals took 40 us on newsjunk-dev."""

    def __init__(self, doc: Document, shapes: Sequence[Shape]):
        self.doc = doc
        self.shapes = shapes
        self._signals: dict[int, set[str]] = {}
        self._sells: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        return _plain(self.shapes[index], lambda: self.sells(index))

    def signals(self, index: int) -> set[str]:
        found = self._signals.get(index)
        if found is None:
            found = self._signals[index] = sales_signals(self.doc.lines[index].stripped)
        return found

    def sells(self, index: int) -> bool:
        found = self._sells.get(index)
        if found is None:
            found = self._sells[index] = bool(self.signals(index)) or advertiser_voice(self.doc.lines[index].stripped)
        return found


def _reach(shapes: Sequence[Shape], transparent: Callable[[int], bool], first_allowed: int, plain: PlainSentences) -> list[int] | None:
    """The lines promotional_tail's walk takes when no topic test ends it: every block it gives is
    the start of these (in walk order). None when the walk may end by taking _AD_LINES lines instead."""
    taken: list[int] = []
    own_count = 0
    for i in range(len(shapes) - 1, first_allowed - 1, -1):
        if not transparent(i):
            s = shapes[i]
            if not (s.words <= 6 and not s.prose) and (s.words > AD_SENTENCE_WORDS or plain(i)):
                break
            own_count += 1
            if own_count >= _AD_LINES:
                return None
        taken.append(i)
    return taken


def _trimmed(doc: Document, shapes: Sequence[Shape], block: list[int], transparent: Callable[[int], bool]) -> list[int]:
    """The block from the first line that can open an advertisement: junk lines at the front go by
    their own rules, and bare list items there may end the article."""
    start = 0
    while start < len(block) and (transparent(block[start]) or _bare_item(doc.lines[block[start]].stripped, shapes[block[start]])):
        start += 1
    return block[start:]


def _bare_item(text: str, line_shape: Shape) -> bool:
    """A short line that does not sell and asks nothing: the article's own list item, maybe. A
    question ("Looking for a plumber?") or a line that sells opens an advertisement."""
    return line_shape.words <= 6 and not text.endswith("?") and not sells(text)


def _qualifying(
    doc: Document,
    shapes: Sequence[Shape],
    block: list[int],
    transparent: Callable[[int], bool],
    article: Callable[[], _ArticleWords],
) -> list[int]:
    """The block's own lines when it is off the article's topic as a whole and holds a strong sales
    signal in three or more lines of its own, or two kinds of signal in a shorter block; else []."""
    own = [i for i in block if not transparent(i)]
    if not own:
        return []
    signals = set().union(*(sales_signals(doc.lines[i].stripped) for i in own))
    if not signals or (len(own) < 3 and len(signals) < 2):
        return []
    words = frozenset(w for i in own for w in shapes[i].content)
    if word_share(words, lambda word: article().has(word, block[0])) > BLOCK_OVERLAP:
        return []
    return own


class _ArticleWords(Protocol):
    """The meaning-carrying words of the article above a line: those of the lines before ``end``
    that are not transparent."""

    def has(self, word: str, end: int) -> bool:
        """Whether ``word`` is one of them."""
        ...

    def enough(self, end: int, near: set[str]) -> bool:
        """Whether those words and ``near`` make _ARTICLE_MIN_WORDS distinct words or more."""
        ...


def _article_words(
    shapes: Sequence[Shape],
    transparent: Callable[[int], bool],
    document_vocabulary: Callable[[], Counter[str]] | None,
    word_lines: Callable[[], WordLines | None] | None,
) -> _ArticleWords:
    searchable = word_lines() if word_lines is not None else None
    if searchable is not None and searchable.usable:
        return _SearchedArticle(searchable, shapes, transparent)
    vocabulary = document_vocabulary() if document_vocabulary is not None else vocabulary_of(shapes)
    return _CountedArticle(vocabulary, shapes, transparent)


class _SearchedArticle:
    """The article's words looked for in the text a word at a time: on newsjunk-dev the walks and
    blocks ask of 6,730 words, in 0.06 s, where the 292 vocabularies they were counted from took
    0.21 s (and cleaning all 876 texts 1.66 s, now 1.52 s). How many distinct words there are is
    counted in the first lines only, as far as _ARTICLE_MIN_WORDS of them."""

    def __init__(self, word_lines: WordLines, shapes: Sequence[Shape], transparent: Callable[[int], bool]):
        self.word_lines = word_lines
        self.shapes = shapes
        self.transparent = transparent
        self._opening: dict[str, int] | None = None
        self._opening_last = -1  # the last line with an opening word

    def has(self, word: str, end: int) -> bool:
        return any(not self.transparent(line) for line in self.word_lines.lines_with(word, 0, end))

    def enough(self, end: int, near: set[str]) -> bool:
        opening = self._opening_words()
        if end > self._opening_last and len(opening) >= _ARTICLE_MIN_WORDS:
            return True  # every opening word stands before the end: the walk's usual question
        before = {word for word, line in opening.items() if line < end}
        return len(before | near) >= _ARTICLE_MIN_WORDS

    def _opening_words(self) -> dict[str, int]:
        """The words of the first lines that are not transparent, each with the first line it is in:
        every line's, up to the one that makes _ARTICLE_MIN_WORDS distinct words (an end past it has
        enough words whatever the lines after it hold)."""
        if self._opening is None:
            self._opening = {}
            for i, line_shape in enumerate(self.shapes):
                if len(self._opening) >= _ARTICLE_MIN_WORDS:
                    break
                if not self.transparent(i):
                    for word in line_shape.content:
                        self._opening.setdefault(word, i)
            self._opening_last = max(self._opening.values(), default=-1)
        return self._opening


class _CountedArticle:
    """The article's words counted from the document's vocabulary less the other lines' words (junk
    and the tail: few lines, not the whole text again), for a text that is not searched. The counts
    are for the lines before one end, moved as the end asked for moves: the walk goes up a line at a
    time. A line's words are taken off only when they were counted, so no count falls below zero."""

    def __init__(self, vocabulary: Counter[str], shapes: Sequence[Shape], transparent: Callable[[int], bool]):
        self.shapes = shapes
        self.transparent = transparent
        self.counts = article_vocabulary(vocabulary, shapes, transparent, len(shapes))
        self.end = len(shapes)
        self.distinct = sum(1 for count in self.counts.values() if count > 0)

    def has(self, word: str, end: int) -> bool:
        self._move(end)
        return self.counts[word] > 0

    def enough(self, end: int, near: set[str]) -> bool:
        self._move(end)
        return self.distinct + sum(1 for word in near if self.counts[word] <= 0) >= _ARTICLE_MIN_WORDS

    def _move(self, end: int) -> None:
        counts = self.counts
        while self.end > end:
            self.end -= 1
            if not self.transparent(self.end):
                for word in self.shapes[self.end].content:
                    counts[word] -= 1
                    self.distinct -= counts[word] == 0
        while self.end < end:
            if not self.transparent(self.end):
                for word in self.shapes[self.end].content:
                    counts[word] += 1
                    self.distinct += counts[word] == 1
            self.end += 1


# An advertisement repeats its own words within a few lines ("lawn care" in the offer and in the
# question); the topic test for a line looks at the article above those. Pasted advertisements in the
# development data run to 11 lines; 30 leaves room and bounds the walk.
_AD_SPAN = 8
_AD_LINES = 30
# Advertising copy comes in short lines: the seed's longest runs to 27 words, the development set's to
# 18. An article's closing paragraph is often longer; a line over this many words ends the walk.
AD_SENTENCE_WORDS = 40
# The topic of an article is read from its words; with fewer distinct ones above a line there is no
# telling whether the line is off it (a six-line page whose every line sells: keep it).
_ARTICLE_MIN_WORDS = 40
