"""Step promo.tail: an advertisement pasted after the article (the seed's shuttle ad), found by its
sales signals and by being off the article's topic; removed last, after the rules.

>>> from cleaner import Cleaner
>>> text = "\\n\\n".join([
...     "Harbour Bridge Reopens After Two Years of Repairs",
...     "The harbour bridge reopened to traffic on Monday after two years of repairs that cost the city"
...     " far more than planned, officials said at a ceremony attended by several hundred residents.",
...     "Engineers replaced the deck, the cables and the lighting, and the bridge now carries a cycle lane"
...     " in each direction, which residents had asked for since the bridge first opened decades ago.",
...     "The mayor said the repairs would keep the bridge safe for another fifty years and thanked the"
...     " crews who worked through two winters to finish the job before the summer season began.",
...     "The council will publish the final cost of the work next month, and its auditors have been asked"
...     " to explain why the bill came to almost twice the sum that the city had set aside for it.",
...     "Looking for a reliable plumber?",
...     "We offer fast and affordable repairs for your home.",
...     "Call us today on 555-201-7788 or visit www.example-plumbing.com for a free quote!",
... ])
>>> [(r.rule_id, r.text[:20]) for r in Cleaner(select=["promo.tail"]).clean(text + "\\n").removals]
[('promo.tail', 'Looking for a reliab')]
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..text.sales import AD_SENTENCE_WORDS, PlainSentences, sells
from ..text.shapes import Shape
from ..text.vocabulary import word_share
from .base import Heuristic, Mark
from .topic import BLOCK_OVERLAP, LINE_OVERLAP, ArticleWords

if TYPE_CHECKING:
    from .context import Context

HEURISTIC = Heuristic("promo.tail", "promo", "advertisement after the article: sales signals, off the article's topic")
HEURISTICS = (HEURISTIC,)

# An advertisement repeats its own words within a few lines ("lawn care" in the offer and in the
# question); the topic test for a line looks at the article above those. Pasted advertisements in the
# development data run to 11 lines; 30 leaves room and bounds the walk.
_AD_SPAN = 8
_AD_LINES = 30
# An advertisement pasted under an article is a small part of the text: the article above it has at
# least this many times its words (the blocks with a promo line in newsjunk-sites-dev: 29 times at the
# median, 3 of 85 under 4, one of them with seven body lines; the seed's 8 times). A block as long as a
# quarter of what stands above it is the page's own: a service page's offers and contacts, a shop's
# products, a project's closing call. On the six extractors' text of the aeb and wcxb-dev pages, blocks
# under 4 times were the reference text on 16 pages (word F1 2.08 summed) and an advertisement on 7
# (0.61); under 3 times, 9 and 4, and the service pages lost up to 0.0024 word F1 more.
_ARTICLE_TO_AD_WORDS = 4
# An advertisement found by its shape (_by_shape) ends in a contact and offers a list of two or more
# short items, and holds at most two sentences that sell in no words the sales patterns know, each of
# at most 30 words (the seed's longest advertising sentence has 27). Evidence, the 17,520 documents of
# the training pools (benchmarks/train_pools/; junk removed, body lines lost of 1,306,860): without the
# shape 0.635 and 1,963; with it 0.771 and 2,158. Without the list, on the six extractors' text of the
# aeb and wcxb-dev pages it took 227 reference words for 192 others (a reporter's address, a media
# contact under the article's closing sentences); with it, none. Any number of such sentences under a
# contact: 0.773 and 3,670 lost, the article's closing lines. Without the opener's bound (the line over
# the sentences), 362 lines lost more than without the shape; with it, 126.
_CONTACTS = frozenset({"phone", "web", "email"})
_COPY_SENTENCES = 2
_COPY_WORDS = 30
_OFFERED_ITEMS = 2
_DEEP_LINK = regex.compile(r"(?i)(?:https?://|www\.)[^\s/]+/[^\s]*[\p{L}\p{N}][^\s]*")


def run(context: Context) -> list[Mark]:
    lines = context.promotional_tail
    return [context.mark(HEURISTIC, lines)] if lines else []


@dataclass(frozen=True)
class _Walk:
    """What the walk up from the last line reads of a pass."""

    texts: Sequence[str]
    shapes: Sequence[Shape]
    transparent: Callable[[int], bool]  # junk already: the walk takes it and it counts for nothing
    opener: Callable[[int], bool]  # a promo rule's opener ("A message from our sponsor:")
    first_allowed: int
    plain: PlainSentences
    article: Callable[[], ArticleWords]


def find(context: Context) -> list[int]:
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

    The topic tests only ever end the walk sooner, so the block is the start of what the walk takes
    without them (``_reach``); when that holds no opener and no sales signal, no block it can give
    qualifies, and the answer is [] with no vocabulary worked out.

    4. An advertisement is also looked for by its shape (_by_shape): it ends in a contact, offers a
       list, and its sentences need not sell in words the sales patterns know. The answer is the lines
       of both: the sales signals may take only the advertisement's end (a bare list item before
       "Call 555-0142 for a free estimate today!" may be the article's), the shape more.
    """
    walk = _walk_of(context)
    by_signals, by_shape = _by_sales_signals(walk), _by_shape(walk)
    return sorted(set(by_signals).union(by_shape)) if by_shape else by_signals


def _by_sales_signals(walk: _Walk) -> list[int]:
    """Steps 1 to 3 of find."""
    reach = _reach(walk)
    transparent, plain = walk.transparent, walk.plain
    if reach is not None and not any(walk.opener(i) for i in reach):
        if not any(plain.signals(i) for i in reach if not transparent(i)):
            return []
    block = _taken(walk)
    if block is None:
        return []
    openers = [i for i in block if walk.opener(i)]
    if openers:
        # After a promo rule's opener ("A message from our sponsor:") everything is the advertisement;
        # what stands before it must qualify on its own.
        after = [i for i in block if i >= openers[0] and not transparent(i)]
        before = [i for i in block if i < openers[0]]
        return _qualifying(walk, _trimmed(walk, before)) + after
    return _qualifying(walk, _trimmed(walk, block))


def _walk_of(context: Context) -> _Walk:
    shapes, junk, matches = context.shapes, context.junk, context.matches
    first_body = next((i for i, s in enumerate(shapes) if s.prose and not junk[i]), len(shapes))
    # rules first: most lines match none, and an any() a line was 0.05 s on newsjunk-dev.
    openers = {i for i in context.matched() if any(r.kind == "promo" for r in matches[i])}

    made: list[ArticleWords] = []

    def article() -> ArticleWords:
        # Made when first needed: most walks stop at once. A list, not functools.cache: building a cache
        # wrapper each pass took 0.015 s of the 1.9 s that cProfile counted for newsjunk-dev.
        if not made:
            made.append(context.topic.article_words(context.junk_or_marked))
        return made[0]

    first_allowed = max(first_body + 1, (context.title_index or 0) + 1)
    return _Walk(
        context.texts, shapes, context.junk_or_marked, openers.__contains__, first_allowed, context.plain_sentences,
        article,
    )


def _taken(walk: _Walk) -> list[int] | None:
    """The lines the walk takes, in the text's order; None when it takes _AD_LINES of its own (no
    advertisement runs that long)."""
    shapes, transparent, plain = walk.shapes, walk.transparent, walk.plain
    block: list[int] = []
    own_count = 0
    for i in range(len(shapes) - 1, walk.first_allowed - 1, -1):
        if transparent(i):
            block.append(i)
            continue
        s = shapes[i]
        item = _list_item(s)
        if not item:
            if s.words > AD_SENTENCE_WORDS or plain(i):
                break
            if not _off_topic(walk, i):
                break
        block.append(i)
        own_count += 1
        if own_count >= _AD_LINES:
            return None
    block.reverse()
    return block


def _by_shape(walk: _Walk) -> list[int]:
    """An advertisement found by its shape, not its words: the run of lines that ends the text (under
    the junk lines at its very end) whose last or last but one line gives a contact (a phone number, a
    web or e-mail address), that offers a list (_OFFERED_ITEMS short items), and whose other lines
    are short items, lines that sell, and at most _COPY_SENTENCES short sentences (_COPY_WORDS) that
    do not (the business's own copy: "At Rocky Ridge Roofing, we've been providing roof repair to
    local families for over 20 years"), each off the article's topic. The line over those sentences
    that is not one opens the advertisement ("Presented by X"), and the run ends there; it ends too at
    a line a rule took: what stands above one is no longer the advertisement. The block must qualify
    as a whole (_qualifying)."""
    shapes, transparent = walk.shapes, walk.transparent
    end = len(shapes) - 1
    while end >= walk.first_allowed and transparent(end):
        end -= 1
    if not _may_offer_a_list(walk, end):
        return []
    if not any(_gives_contact(walk, i) for i in range(end, max(end - 2, walk.first_allowed - 1), -1)):
        return []
    run: list[int] = []
    copy_left = _COPY_SENTENCES
    # The run has taken the list of what is offered, then sentences above it: a line that is no
    # sentence above those opens the advertisement.
    offered = over_copy = False
    for i in range(end, walk.first_allowed - 1, -1):
        if transparent(i):
            break
        line_shape = shapes[i]
        if not _list_item(line_shape):
            if line_shape.words > (_COPY_WORDS if line_shape.prose else AD_SENTENCE_WORDS):
                break
            if walk.plain(i):
                if copy_left == 0:
                    break
                copy_left -= 1
            if not _off_topic(walk, i):
                break
        run.append(i)
        if over_copy and not line_shape.prose:
            break
        offered = offered or _offered_item(walk, i)
        over_copy = over_copy or (offered and line_shape.prose)
        if len(run) >= _AD_LINES:
            return []
    run.reverse()
    # A line over the advertisement's sentences is its opener ("Presented by X", "Anzeige | X"); without
    # sentences, short lines at the front may be the article's list.
    block = run if over_copy and not shapes[run[0]].prose else _trimmed(walk, run)
    offers = sum(1 for i in block if _offered_item(walk, i))
    return _qualifying(walk, block) if offers >= _OFFERED_ITEMS else []


def _may_offer_a_list(walk: _Walk, end: int) -> bool:
    """A necessary condition of _by_shape's run, from the lines' shapes alone (a line's sales signals
    took most of the step's time on texts with none): _OFFERED_ITEMS short items in the lines from
    ``end`` up to the first junk line or the first line longer than advertising copy."""
    shapes, transparent = walk.shapes, walk.transparent
    items = 0
    for i in range(end, max(end - _AD_LINES, walk.first_allowed - 1), -1):
        if transparent(i) or shapes[i].words > AD_SENTENCE_WORDS:
            break
        items += _list_item(shapes[i])
        if items >= _OFFERED_ITEMS:
            return True
    return False


def _list_item(line_shape: Shape) -> bool:
    return line_shape.words <= 6 and not line_shape.prose


def _offered_item(walk: _Walk, index: int) -> bool:
    """A short list item that is not the contact: one of the things an advertisement offers."""
    return _list_item(walk.shapes[index]) and not _gives_contact(walk, index)


def _gives_contact(walk: _Walk, index: int) -> bool:
    return not walk.plain.signals(index).isdisjoint(_CONTACTS) and not _citation(walk.texts[index])


def _off_topic(walk: _Walk, index: int) -> bool:
    """Whether at most LINE_OVERLAP of the line's meaning-carrying words are the article's above it:
    the lines before the _AD_SPAN lines right above, and of those, only plain article sentences.
    False when too little article stands above to tell its topic."""
    shapes, transparent, plain = walk.shapes, walk.transparent, walk.plain
    far_end = max(0, index - _AD_SPAN)
    near: set[str] = set()
    for j in range(far_end, index):
        if not transparent(j) and plain(j):
            near.update(shapes[j].content)
    article = walk.article()
    if not article.enough(far_end, near):
        return False
    return word_share(shapes[index].content, lambda word: word in near or article.has(word, far_end)) <= LINE_OVERLAP


def _reach(walk: _Walk) -> list[int] | None:
    """The lines the walk takes when no topic test ends it: every block it gives is the start of
    these (in walk order). None when the walk may end by taking _AD_LINES lines instead."""
    shapes, transparent, plain = walk.shapes, walk.transparent, walk.plain
    taken: list[int] = []
    own_count = 0
    for i in range(len(shapes) - 1, walk.first_allowed - 1, -1):
        if not transparent(i):
            s = shapes[i]
            if not _list_item(s) and (s.words > AD_SENTENCE_WORDS or plain(i)):
                break
            own_count += 1
            if own_count >= _AD_LINES:
                return None
        taken.append(i)
    return taken


def _trimmed(walk: _Walk, block: list[int]) -> list[int]:
    """The block from the first line that can open an advertisement: junk lines at the front go by
    their own rules, and bare list items there may end the article."""
    start = 0
    while start < len(block) and (
        walk.transparent(block[start]) or _bare_item(walk.texts[block[start]], walk.shapes[block[start]])
    ):
        start += 1
    return block[start:]


def _bare_item(text: str, line_shape: Shape) -> bool:
    """A short line that does not sell and asks nothing: the article's own list item, maybe. A
    question ("Looking for a plumber?") or a line that sells opens an advertisement."""
    return line_shape.words <= 6 and not text.endswith("?") and not sells(text)


def _citation(text: str) -> bool:
    """A line that is one link to a page deeper than a site's home ("https://doi.org/10.1002/clc.22863"):
    a reference list's item, not an advertiser's address. An advertisement gives its home or a sentence
    around the link ("www.baysidetutors.com", "Book at example.com/visit"). Evidence: a page of
    newsjunk-sites-dev whose article ends in "References" and eight such links lost them all to this
    step once its site's footer was learned and removed; no advertisement line in newsjunk-dev or
    newsjunk-sites-dev is a bare deep link."""
    return _DEEP_LINK.fullmatch(text.strip()) is not None


def _qualifying(walk: _Walk, block: list[int]) -> list[int]:
    """The block's own lines when it is off the article's topic as a whole, holds a strong sales
    signal in three or more lines of its own, or two kinds of signal in a shorter block, and is small
    beside the article above it (_ARTICLE_TO_AD_WORDS); else []."""
    own = [i for i in block if not walk.transparent(i)]
    if not own:
        return []
    # walk.plain.signals: the sales signals the walk's shortcut (_reach) already worked out, kept per line.
    signals = set().union(*(walk.plain.signals(i) for i in own if not _citation(walk.texts[i])))
    if not signals or (len(own) < 3 and len(signals) < 2):
        return []
    shapes = walk.shapes
    above = sum(shapes[i].words for i in range(block[0]) if not walk.transparent(i))
    if above < _ARTICLE_TO_AD_WORDS * sum(shapes[i].words for i in own):
        return []
    words = frozenset(w for i in own for w in walk.shapes[i].content)
    article = walk.article()
    if word_share(words, lambda word: article.has(word, block[0])) > BLOCK_OVERLAP:
        return []
    return own
