"""Which lines hold a word, and a text's vocabulary: what the topic tests ask of a document."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from itertools import accumulate, chain

from .shapes import Shape
from .stopwords import TOPIC_STOPWORDS
from .words import PIECE, content_words

# whole words are told from those inside longer words by the characters either side.
_WORD_GOES_ON = re.compile(r"[\w'’]")
_WORD_STARTS = re.compile(r"[^\W_]")


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



def line_vocabulary(texts: Sequence[str]) -> Counter[str]:
    """Each meaning-carrying word of the lines with the number of lines it is in: what vocabulary_of
    gives for the lines' shapes, without working out any line's words on its own. Lines are lowered
    and searched a block at a time; stop words and numbers are taken out of the counts at the end."""
    counts: Counter[str] = Counter()
    for start in range(0, len(texts), _VOCABULARY_BLOCK):
        block = texts[start : start + _VOCABULARY_BLOCK]
        joined = "\n".join(block)
        if any(letter in joined for letter in _LOWERED_OTHERWISE) or max(map(len, block)) > PIECE:
            counts.update(chain.from_iterable(map(content_words, block)))
            continue
        counts.update(chain.from_iterable(map(set, map(_CONTENT_WORD.findall, joined.lower().split("\n")))))
    for word in [word for word in counts if word in TOPIC_STOPWORDS or word.isdigit()]:
        del counts[word]
    return counts


def article_vocabulary(
    vocabulary: Counter[str], shapes: Sequence[Shape], transparent: Callable[[int], bool], end: int
) -> Counter[str]:
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
