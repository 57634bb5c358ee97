"""Words: a line's tokens, its meaning-carrying words (for the topic tests), and the normal form that
titles are compared in."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

from .stopwords import TOPIC_STOPWORDS

# A word: a letter or digit, then letters, digits, apostrophes (and underscores: the standard re
# module's [^\W_] is \p{L}\p{N}, and it tokenises every line in 0.32 s where regex took 0.58 s).
_WORD = re.compile(r"[^\W_][\w'’]*")
_NORMALISE = regex.compile(r"[^\p{L}\p{N}]+")


def content_words(text: str, interned: dict[str, str] | None = None) -> tuple[str, ...]:
    """The line's lower-cased words of three letters or more, less stop words and numbers, each once
    (in no particular order: every use counts them)."""
    words: set[str] = set()
    for piece in pieces(text):
        # Set operations in C, not a test a token in Python: this ran for every line of most documents.
        words.update(map(str.lower, [token for token in _WORD.findall(piece) if len(token) > 2]))
    words -= TOPIC_STOPWORDS
    words.difference_update([*filter(str.isdigit, words)])
    if interned is None:
        return tuple(words)
    return tuple(map(interned.setdefault, words, words))


# A line is tokenised in pieces of about this many characters, cut at white space, so that a 20 MB
# line does not become a 20 MB list of tokens at once.
PIECE = 1 << 16


def pieces(text: str) -> Iterable[str]:
    if len(text) <= PIECE:
        return (text,)  # nearly every line: no generator to run
    return _cut(text)


def _cut(text: str) -> Iterator[str]:
    start = 0
    while len(text) - start > PIECE:
        cut = text.find(" ", start + PIECE)
        if cut == -1:
            break
        yield text[start:cut]
        start = cut
    yield text[start:]


def normalise(text: str) -> str:
    return _NORMALISE.sub(" ", text.casefold()).strip()

