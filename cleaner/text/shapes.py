"""Line shapes: how many words a line has, whether it reads as prose (a sentence-like article
paragraph) or as a headline (short, no sentence end: a title, a list item, a heading)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat

from .words import PIECE, content_words, pieces

_WORD_INITIAL = re.compile(r"([^\W_])[\w'’]*")  # a word, giving its first character
# A sentence ends in one of these, maybe followed by closing quotes and brackets (string methods: a
# regex search for it was a tenth of the time of a line's shape).
_SENTENCE_ENDS = ".!?…:;"
_CLOSERS = "\"'”’»)]"

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


def ends_sentence(text: str) -> bool:
    """The line ends as a sentence does ('.', '!', '?', an ellipsis), behind any closing quote or
    bracket ('We will find a way.”')."""
    return text.rstrip()[-16:].rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…") and bool(text.strip())


def shape(text: str, interned: dict[str, str] | None = None) -> Shape:
    """The line's shape. ``interned`` maps each word to one shared copy, so that a document's lines
    share their words' strings instead of holding one each."""
    words = 0
    lower = 0
    for piece in pieces(text):
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
    start a word are counted. Other lines, and blocks with a line over PIECE characters, are read by
    ``shape``."""
    shapes: list[Shape] = []
    for start in range(0, len(texts), _SHAPE_BLOCK):
        block = texts[start : start + _SHAPE_BLOCK]
        if max(map(len, block)) > PIECE:
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


