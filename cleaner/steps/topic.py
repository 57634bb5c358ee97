"""Whether lines are on the article's topic: a teaser's words are mostly absent from the rest of the
document, an advertisement's from the article above it. One Topic per pass owns the answers and what
they are worked out from (the text to search, or its vocabulary), each once."""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from ..text.shapes import Shape
from ..text.vocabulary import WordLines, article_vocabulary, line_vocabulary, topic_overlap, word_share

# From this many lines on, the lines' words share one string a distinct word (5,000 lines' words are
# about a megabyte; a 100 MB text's came to 1.4 times the text), and a text's topic tests count its
# vocabulary instead of searching its text: a word no other line has is looked for through all of it.
REMEMBER_WORDS_LINES = 5000
# The topic tests of a text under REMEMBER_WORDS_LINES look each word up in the text, which reads all
# of it for a word no other line has; after this many words they count the text's vocabulary instead
# (the same answers). newsjunk-dev's texts look up at most 80; 4,800 teasers of words found nowhere
# else, over a 1 MB line, took 11.8 s looked up one by one.
_SEARCHED_WORDS = 200
# A line is off the article's topic when at most half of its meaning-carrying words are the
# article's: on the development set, 95% of pasted teaser links ("Read more: ...") and every line of
# the pasted advertisements fall at or under 0.5 (an ad naming the article's city reaches it).
LINE_OVERLAP = 0.5
# A promotional block, taken whole, shares at most this much of its vocabulary with the article. The
# seed's shuttle ad shares 0.08 with its article.
BLOCK_OVERLAP = 0.25

# The topic of an article is read from its words; with fewer distinct ones above a line there is no
# telling whether the line is off it (a six-line page whose every line sells: keep it).
_ARTICLE_MIN_WORDS = 40


class Topic:
    """The topic tests of one pass's lines. ``earlier`` is the first pass's Topic, with the index there
    of each line here: its vocabulary, when it has one, is taken over less the lines cut since."""

    def __init__(self, texts: Sequence[str], shapes: Sequence[Shape], earlier: tuple[Topic, Sequence[int]] | None):
        self.texts = texts
        self.shapes = shapes
        self.earlier = earlier
        # A line's topic test and a list header's are asked again by later steps of the pass (the junk
        # lines, the rules, the list items): on newsjunk-dev 1,878 and 419 times for what is each
        # decided once.
        self._off_topic_lines: dict[int, bool] = {}
        self._on_topic_lists: dict[int, bool] = {}
        self._words_searched = 0

    @functools.cached_property
    def vocabulary(self) -> Counter[str]:
        """Every meaning-carrying word of the document with its count, for the topic tests of a text
        that is not searched a word at a time (searched_words), worked out for the first that needs
        it. A later pass takes the first pass's, when it has one, and subtracts the lines cut since."""
        if self.earlier is None or "vocabulary" not in self.earlier[0].__dict__:
            # From this pass's lines (fewer than the first pass's, which had no use for it).
            return line_vocabulary(self.texts)
        first, kept = self.earlier
        counts = first.vocabulary.copy()
        stays = bytearray(len(first.shapes))
        for i in kept:
            stays[i] = 1
        for i, flag in enumerate(stays):
            if not flag:
                counts.subtract(first.shapes[i].content)
        return +counts

    @functools.cached_property
    def searched_words(self) -> WordLines | None:
        """The text to look the topic tests' words up in, or None for a text whose vocabulary is
        counted instead: a long one works it out once, for a word no other line has is looked for
        through the whole text, a search a word; and one with a letter that lowers otherwise cannot
        be searched."""
        if len(self.texts) >= REMEMBER_WORDS_LINES:
            return None
        word_lines = WordLines(self.texts, self.shapes)
        return word_lines if word_lines.usable else None

    def off_topic(self, index: int) -> bool:
        """The line's words are mostly absent from the rest of the document (a teaser for another story)."""
        known = self._off_topic_lines.get(index)
        if known is None:
            known = self._off_topic_lines[index] = self._test_off_topic(index)
        return known

    def _test_off_topic(self, index: int) -> bool:
        words = self.shapes[index].content
        word_lines = self.searched_words
        if word_lines is None or self._words_searched >= _SEARCHED_WORDS:
            return topic_overlap(words, self.vocabulary, Counter(words)) <= LINE_OVERLAP
        self._words_searched += len(words)
        return word_share(words, lambda word: word_lines.elsewhere(word, index)) <= LINE_OVERLAP

    def list_on_topic(self, header: int, items: Sequence[int]) -> bool:
        """Most of the header's ``items`` share the article's words: the author's own list, not links
        to other stories."""
        known = self._on_topic_lists.get(header)
        if known is None:
            known = bool(items) and sum(1 for i in items if not self.off_topic(i)) * 2 > len(items)
            self._on_topic_lists[header] = known
        return known

    def article_words(self, transparent: Callable[[int], bool]) -> ArticleWords:
        """The words of the article above a line, the ``transparent`` lines (junk, the tail) left out:
        searched in the text where it can be, else counted from the vocabulary."""
        searchable = self.searched_words
        if searchable is not None:
            return _SearchedArticle(searchable, self.shapes, transparent)
        return _CountedArticle(self.vocabulary, self.shapes, transparent)


class ArticleWords(Protocol):
    """The meaning-carrying words of the article above a line: those of the lines before ``end``
    that are not transparent."""

    def has(self, word: str, end: int) -> bool:
        """Whether ``word`` is one of them."""
        ...

    def enough(self, end: int, near: set[str]) -> bool:
        """Whether those words and ``near`` make _ARTICLE_MIN_WORDS distinct words or more."""
        ...

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
