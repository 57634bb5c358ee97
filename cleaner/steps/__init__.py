"""The steps of cleaning, in the order they run; one module each.

Page steps run first, on a text that reads as a whole page's visible text (menus, footers, lists of
links around the article); text steps then run on the lines they left, in passes until one removes
nothing. Each step module declares ``HEURISTICS`` (the ids, kinds and reasons it removes lines as;
none for the rules step, whose rules name themselves) and ``run(context)``, which returns its marks.
A line takes the first mark that asks for it, in this order.

To add a step: write a module here with ``HEURISTICS`` and ``run``, a docstring whose examples show
what it removes, and put it in its place in PAGE_STEPS or TEXT_STEPS; tests/steps/test_<step>.py
asserts its removals by id.
"""
from __future__ import annotations

from . import (
    apply_rules,
    junk_model,
    list_blocks,
    page_comments,
    page_related,
    page_verdicts,
    promo_tail,
    related_tail,
    repeated_headline,
    site_boilerplate,
)
from .base import Heuristic, Mark, Step

PAGE_STEPS: tuple[Step, ...] = (page_verdicts, page_comments, page_related)
TEXT_STEPS: tuple[Step, ...] = (repeated_headline, apply_rules, list_blocks, promo_tail, related_tail, junk_model)
HEURISTICS: tuple[Heuristic, ...] = tuple(h for step in (*TEXT_STEPS, *PAGE_STEPS) for h in step.HEURISTICS)

# site_boilerplate runs before these, from the engine (it takes the learned rules' lines first).
__all__ = ["HEURISTICS", "PAGE_STEPS", "TEXT_STEPS", "Heuristic", "Mark", "Step", "site_boilerplate"]
