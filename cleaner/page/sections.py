"""After the scorer: where the article's run of kept lines ends, where reader comments start under it,
and where a list of other stories does.

>>> article_span([3, 40, 2, 50], [False, True, False, True])
(1, 3)
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

import regex

from ..text.literals import literals_in
from .local import SENTENCE_END, TRAILING_MARKS

# Runs of kept lines parted by this many lines the scorer cut in a row are separate runs; a run with
# less than _MINOR_RUN of the biggest run's words is no part of the article's span (a teaser or a
# comment the scorer kept far below it). Measured over the scorer's verdicts (the rules then run as
# usual): aeb 0.892 -> 0.899, wcxb-dev all 0.794 -> 0.803, article pages 0.913 -> 0.919, on top of the
# comments cut; gaps of 5 or 20 lines and shares of 0.1 or 0.3 scored within 0.004 of these.
_RUN_GAP = 12
_MINOR_RUN = 0.2


def article_span(words: Sequence[int], keep: Sequence[bool]) -> tuple[int, int]:
    """The first and last line of the article's span: the kept lines' biggest run (by words) and the
    runs beside it, beyond gaps of fewer than _RUN_GAP cut lines, that are not minor (see _MINOR_RUN).
    (0, -1) when no line is kept."""
    runs: list[list[int]] = []
    previous = -_RUN_GAP - 1
    for i, kept in enumerate(keep):
        if not kept:
            continue
        if i - previous - 1 >= _RUN_GAP or not runs:
            runs.append([i, i, 0])
        runs[-1][1] = i
        runs[-1][2] += words[i]
        previous = i
    if not runs:
        return 0, -1
    biggest = max(run[2] for run in runs)
    major = [run for run in runs if run[2] >= _MINOR_RUN * biggest]
    return major[0][0], major[-1][1]


# A heading that opens reader comments ("12 Comments", "Leave a Reply", "Show comments", "3 thoughts
# on “Title”"). It must be the whole line: an article that mentions comments in a sentence is prose.
# Bare "Discussion" is left out: it is a paper's section heading too (a wcxb-dev article lost its
# second half to it).
_COMMENTS_HEADING = re.compile(
    r"""^(?:
      \d[\d,.]*\s*(?:comments?|responses?|replies|reactions?)
     |(?:\d[\d,.]*\s*)?(?:(?:top|best|latest|newest|recent|featured|popular|reader|readers['’]?|user)\s+(?:rated\s+)?)?comments?
        (?:\s*\(\d[\d,.]*\)|\s*:\s*\d[\d,.]*|\s+\d[\d,.]*)?
     |(?:leave|post|add|write|submit)\s+(?:a|an|your|new)\s+(?:comment|reply|response)(?:\s+cancel\s+reply)?
     |(?:show|view|load|see|read|hide)\s+(?:all\s+|more\s+|the\s+|new\s+)?comments?(?:\s*\(\d[\d,.]*\))?
     |(?:loading|no)\s+comments?(?:\s+yet)?(?:\.\.\.|…)?
     |comments?\s+(?:are\s+)?closed
     |(?:join|start)\s+the\s+(?:conversation|discussion)
     |(?:you\s+must\s+be\s+|please\s+)?(?:logged\s+in|log\s*in|signed\s+in|sign\s*in|register)\s+to\s+(?:post\s+a\s+|leave\s+a\s+|add\s+a\s+)?comment
     |comments?\s+policy
     |share\s+your\s+thoughts(?:\s+cancel\s+reply)?
     |(?:\d+|one|two|three)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+.{1,200}
     |kommentare?|commentaires?|comentarios?|commenti|reacties
    )[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_COMMENTS_HEADING_WORDS = 30  # "3 thoughts on “...”" carries the article's title; the other headings are short
_NUMBER = re.compile(r"\d[\d,.]*")
# Article words the scorer keeps above the heading before it counts: a share bar's "12 Comments"
# under the headline is no comment section.
_COMMENTS_AFTER_WORDS = 50
# ... and at least this share of all the words the scorer kept: a share bar's "124 Comments" under an
# article's first paragraph is no comment section (a wcxb-dev article lost 98% of its words to it).
# Measured: aeb 0.910 either way, wcxb-dev article pages 0.916 -> 0.917; a share of 0.1 cost aeb
# 0.005 (long comment threads the scorer keeps outweigh their article).
_COMMENTS_AFTER_SHARE = 0.05


def comments_start(lines: Sequence[str], words: Sequence[int], keep: Sequence[bool]) -> int | None:
    """The line where reader comments start under the article (their heading), or None.

    From there to the page's end is comments, their form and the page's footer. A heading that comes
    twice (numbers aside) is no section's: it is each post's "0 comments" on a blog's front page, so it
    does not count. Measured over the scorer's verdicts: aeb 0.860 -> 0.892 (recall 0.979 -> 0.979),
    wcxb-dev articles 0.905 -> 0.913, all pages 0.790 -> 0.794; forum pages, whose posts are what the
    reference keeps, 0.662 -> 0.649.
    """
    headings = [i for i, line in enumerate(lines) if _is_comments_heading(line)]
    if not headings:
        return None
    seen = Counter(_NUMBER.sub("#", lines[i]) for i in headings)
    least = max(_COMMENTS_AFTER_WORDS, _COMMENTS_AFTER_SHARE * _kept_words(words, keep))
    for i, before in _kept_words_above(headings, words, keep):
        if before >= least and seen[_NUMBER.sub("#", lines[i])] == 1:
            return i
    return None


def _kept_words(words: Sequence[int], keep: Sequence[bool]) -> int:
    return sum(n for n, kept in zip(words, keep) if kept)


def _kept_words_above(headings: Sequence[int], words: Sequence[int], keep: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """Each heading (ascending line numbers) with the words the scorer kept above it."""
    before = at = 0
    for i in headings:
        before += sum(words[j] for j in range(at, i) if keep[j])
        at = i
        yield i, before


def _is_comments_heading(line: str) -> bool:
    return line.count(" ") < _COMMENTS_HEADING_WORDS and _COMMENTS_HEADING.match(line) is not None


# A heading over a list of other stories ("Related Articles", "More from <site>", "You may also like",
# "Leia também", "関連記事"), the whole line. Left out as measured: "Read more" and "See also" (a
# button under each teaser of a listing, a documentation page's section), bare "Recommended" (a game's
# "Recommended:" system requirements), "Don't miss" and "More on <topic>" (boxes of links inside an
# article that goes on under them; "More <site name>" counts, see related_start).
_RELATED_HEADING = regex.compile(
    r"""^(?:
      (?:related|similar|recommended|suggested|popular|trending|latest|recent|top|more)
        (?:\s+(?:stories|articles|posts|content|coverage|news|reading|reads|links|videos|topics|headlines))+
     |related|recommended\s+for\s+you|trending(?:\s+now)?|most\s+(?:popular|read|viewed|shared|commented)(?:\s+\w+){0,2}
     |(?:you|we\s+think\s+you)\s+(?:may|might|will|would)\s+(?:also\s+)?(?:like|enjoy|love|be\s+interested\s+in)(?:\s+these|\s+this)?
     |(?:read|watch)\s+(?:also|next)|also\s+read|what\s+to\s+read\s+next|keep\s+reading
     |want\s+more\s+stories\s+like\s+this
     |latest\s+(?:\p{Lu}[\w.'’&-]*\s+){0,3}(?:news|stories|articles|posts|headlines)
     |editor['’]?s\s+picks?|top\s+stories|(?:from\s+)?around\s+the\s+web|promoted\s+stories
     |voc[eê]\s+(?:tamb[eé]m\s+)?pode\s+(?:gostar|se\s+interessar)|leia\s+(?:tamb[eé]m|mais)|veja\s+(?:tamb[eé]m|mais)
     |(?:not[ií]cias|posts|artigos|mat[eé]rias|art[ií]culos|entradas)\s+relacionad[oa]s|mais\s+lid[oa]s|lo\s+m[aá]s\s+le[ií]do
     |(?:tambi[eé]n\s+)?te\s+puede\s+(?:interesar|gustar)|quiz[aá]s\s+te\s+interese
     |das\s+k[oö]nnte\s+(?:sie|dich)\s+auch\s+interessieren|[aä]hnliche\s+(?:artikel|beitr[aä]ge)|mehr\s+zum\s+thema
     |weitere\s+(?:artikel|beitr[aä]ge|nachrichten)|meistgelesen
     |[aà]\s+lire\s+aussi|lire\s+aussi|articles?\s+(?:similaires|connexes|li[eé]s)|sur\s+le\s+m[eê]me\s+sujet
     |vous\s+aimerez\s+aussi|les\s+plus\s+lus
     |articoli\s+correlati|(?:ti\s+)?potrebbe\s+(?:anche\s+)?interessarti|leggi\s+anche
     |gerelateerde\s+artikelen|lees\s+ook|похожие\s+(?:статьи|новости)|читайте\s+также
     |関連記事|関連する記事|おすすめ記事|人気記事|相关文章|相关阅读|推荐阅读|相關文章
    )\s*[.:!?…]*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# "More <name>" where the name is the site's: it stands in the page's first line (the browser title)
# or its copyright line ("More Washington Examiner" over that site's list of opinion pieces).
_MORE_FROM = regex.compile(r"^more\s+(?:(?:from|on|at)\s+)?(?:the\s+)?(.{3,60}?)\s*[.:!?…]*$", regex.IGNORECASE)
_RELATED_HEADING_WORDS = 10
# Kept words above the heading, as a share of all the scorer kept: the list under an article is often
# longer than the article (aeb: a 450-word opinion piece over 850 words of teasers).
_RELATED_AFTER_SHARE = 0.15
# An article stands above the heading: this many words of prose (lines of 12 words or more that end a
# sentence), some in a run of _PROSE_RUN_ABOVE such lines together; a listing's teasers alternate with
# their dates and headlines (a wcxb-dev blog front page lost 74% of its posts without this).
_PROSE_ABOVE_WORDS = 100
_PROSE_RUN_ABOVE = 3
# ... and none goes on under it: no _PROSE_RUN_BELOW such lines together before reader comments start (a
# "Related" box of links inside an article, with the article's paragraphs under it).
_PROSE_RUN_BELOW = 2
_PROSE_WORDS = 12


def related_start(lines: Sequence[str], words: Sequence[int], keep: Sequence[bool]) -> int | None:
    """The line where a list of other stories starts under the article (its heading), or None.

    From there to the page's end is that list and what follows it (more lists, the footer). Measured
    over the scorer's verdicts, on top of the comments cut: aeb 0.910 -> 0.915 (7 pages changed, none
    for the worse), wcxb-dev all pages 0.803 -> 0.803, article pages 0.917 -> 0.918.
    """
    if not lines:
        return None
    headings = _related_headings(lines, words)
    if not headings:
        return None
    seen = Counter(lines[i].casefold() for i in headings)
    least = max(_COMMENTS_AFTER_WORDS, _RELATED_AFTER_SHARE * _kept_words(words, keep))
    prose = [_prose(line, n) for line, n in zip(lines, words)]
    # What stands above each heading is counted on from the heading before, and the runs below are
    # worked out once: asked afresh for each heading, 8,000 "More from ..." lines took 42 s.
    kept_above = prose_words_above = longest_above = run = counted = 0
    runs_below: list[int] | None = None
    for i in headings:
        for j in range(counted, i):
            kept_above += words[j] if keep[j] else 0
            if prose[j]:
                prose_words_above += words[j] if keep[j] else 0
                run += 1
                longest_above = max(longest_above, run)
            else:
                run = 0
        counted = i
        once = seen[lines[i].casefold()] == 1
        if kept_above < least or not once or prose_words_above < _PROSE_ABOVE_WORDS or longest_above < _PROSE_RUN_ABOVE:
            continue
        if runs_below is None:
            runs_below = _longest_runs_below(lines, prose)
        if runs_below[i + 1] < _PROSE_RUN_BELOW:
            return i
    return None


def _related_headings(lines: Sequence[str], words: Sequence[int]) -> list[int]:
    """The lines under the first that head a list of other stories: a related-stories heading, or
    "More <name>" with the site's name, which stands in the first line (the browser title) or a
    copyright line. The names are looked for in those lines all at once (one by one, 16,000 of them
    against as many copyright lines took 6.8 s)."""
    headings: list[int] = []
    more: dict[int, str] = {}
    for i in range(1, len(lines)):
        if words[i] > _RELATED_HEADING_WORDS:
            continue
        if _RELATED_HEADING.match(lines[i]):
            headings.append(i)
        elif (named := _MORE_FROM.match(lines[i])) is not None:
            more[i] = named.group(1).casefold()
    if more:
        names = "\n".join([lines[0], *(line for line in lines if "©" in line or "opyright" in line)]).casefold()
        site = literals_in(names, set(more.values()))
        headings = sorted(headings + [i for i, name in more.items() if name in site])
    return headings


def _prose(line: str, words: int) -> bool:
    return words >= _PROSE_WORDS and line.rstrip(TRAILING_MARKS)[-1:] in SENTENCE_END


def _longest_runs_below(lines: Sequence[str], prose: Sequence[bool]) -> list[int]:
    """For each line number k (and len(lines)): the longest run of prose lines from k down to the
    first comments heading at or after k (or the page's end)."""
    longest = [0] * (len(lines) + 1)
    run = 0
    for k in range(len(lines) - 1, -1, -1):
        if _is_comments_heading(lines[k]):
            run = 0  # the comments start here: nothing of it counts, for k or the lines above
        else:
            run = run + 1 if prose[k] else 0
            longest[k] = max(longest[k + 1], run)
    return longest
