"""Step model.junk-line: lines the rules left that the junk-line model (cleaner.linemodel) takes for
junk, each with the features that decided. It runs last, on the lines no rule or heuristic took, in a
text where one of them took a line: the run of lines under the title before the article's first long
paragraph, and the run that ends the text after its last, as far as each stays over its threshold
(read off scores by fold so that body lines are kept: benchmarks/train_junk_model.py).

>>> from cleaner import Cleaner
>>> text = "\\n\\n".join([
...     "Night Trains Return to the Coast Line",
...     "Night trains will run on the coast line again from May, the rail company said on Thursday, five"
...     " years after the last sleeper service was cut for lack of passengers and rolling stock.",
...     "The company has bought twelve second-hand sleeping cars and will refit them over the winter with"
...     " new beds, washrooms and a small bar car that serves breakfast before the morning arrival.",
...     "Tickets go on sale in March, and the company expects most of its passengers to be families and"
...     " tourists who want to save a night in a hotel on their way to the islands in the summer.",
...     "Got a news tip? Write to us at tips@harbourtimes.example",
...     "© 2025 Harbour Times. All rights reserved.",
... ])
>>> [(r.rule_id, r.text[:25]) for r in Cleaner().clean(text + "\\n").removals]
[('model.junk-line', 'Got a news tip? Write to '), ('footer.copyright', '© 2025 Harbour Times. All')]
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..linemodel.features import TextFeatures, removed_around
from .base import Heuristic, Mark

if TYPE_CHECKING:
    from .context import Context

HEURISTIC = Heuristic("model.junk-line", "other", "the junk-line model takes it for junk")
HEURISTICS = (HEURISTIC,)

# Fewer lines than this are no article with junk around it: a heading, a caption, a list.
_MIN_LINES = 4
# An article has long paragraphs; listings, service and product pages have few. With fewer than this
# many the step leaves the text alone: on the six extractors' text of wcxb-dev's pages, those types
# lost up to 0.0016 word F1 to the model (models fitted without the page's fold), the articles gained.
_MIN_LONG = 3


def run(context: Context) -> list[Mark]:
    model = context.setup.junk_model
    # Once a text, in its first pass: a later pass sees only what the first left, with the lines the
    # rules removed gone from around them, and has little left to find.
    if model is None or context.earlier is not None:
        return []
    table = context.table
    kept = [table[i] is None for i in (range(len(context)) if context.origin is None else context.origin)]
    view = [i for i, flag in enumerate(kept) if flag]
    # The runs are read only in a text some rule or step found junk in (this pass): in one without, a
    # run is as often the reference's own closing lines (the newsjunk documents with no junk, the
    # extractors' text of clean articles).
    if len(view) < _MIN_LINES or len(view) == len(kept):
        return []
    texts = [context.texts[i] for i in view]
    shapes = [context.shapes[i] for i in view]
    line_matches = context.line_matches
    features = TextFeatures(texts, shapes, [bool(line_matches[i]) for i in view], removed_around(kept))
    if sum(features.is_long) < _MIN_LONG:
        return []
    scored: dict[int, tuple[float, list[float], list[int]]] = {}

    def probability(j: int) -> float:
        if j not in scored:
            row, words = features.row(j)
            scored[j] = (model.probability(row, words), row, words)
        return scored[j][0]

    learned_end = context.hints.learned_end
    taken = _decide(probability, features.first, features.last, len(texts), model.thresholds, learned_end)
    found = []
    for j, where in sorted(taken.items()):
        value, row, words = scored[j]
        why = ", ".join(model.strongest(row, words))
        label = Heuristic(HEURISTIC.id, HEURISTIC.kind, f"{HEURISTIC.reason} ({value:.2f} {where}: {why})")
        found.append(context.mark(label, (view[j],)))
    return found


def _decide(
    probability: Callable[[int], float],
    first: int,
    last: int,
    count: int,
    thresholds: dict[str, float],
    learned_end: bool = False,
) -> dict[int, str]:
    """The lines taken, each with where: the run of lines over the head-run threshold under the first
    (the title) before the first long paragraph, and the run over the tail-run threshold that ends the
    text after the last long paragraph (a line over the gap threshold under a line over the run
    threshold stays in it). Lines are scored from the text's second line down and from its end up, as
    far as a run reaches.

    With ``learned_end`` (the page ended in its site's learned footer, gone before this step: see
    Hints) there is no run that ends the text: what ends it now is the article's own last lines. On
    newsjunk-sites-dev cut to 5 pages a site, body lines kept 0.9974 with the run, 0.9978 without it
    (all pages: 0.9982 -> 0.9986, junk removed 0.9927 -> 0.9906).

    >>> scores = [0.1, 0.2, 0.95, 0.1, 0.3, 0.99, 0.97]
    >>> thresholds = {"head_run": 0.8, "tail_run": 0.8, "tail_gap": 0.6}
    >>> sorted(_decide(scores.__getitem__, 3, 4, 7, thresholds))
    [5, 6]
    >>> sorted(_decide(scores.__getitem__, 3, 4, 7, thresholds, learned_end=True))
    []
    """
    taken: dict[int, str] = {}
    for j in range(1, first):
        if probability(j) < thresholds["head_run"]:
            break
        taken[j] = "in the run that opens the text"
    run, gap = thresholds["tail_run"], thresholds["tail_gap"]
    for j in range(count - 1, count - 1 if learned_end else last, -1):
        value = probability(j)
        if value < run and not (value >= gap and j - 1 > last and probability(j - 1) >= run):
            break
        taken.setdefault(j, "in the run that ends the text")
    return taken
