"""Words: a line's tokens, its meaning-carrying words (for the topic tests), and the normal form that
titles are compared in."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

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
    words -= STOPWORDS
    words.difference_update(list(filter(str.isdigit, words)))
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

