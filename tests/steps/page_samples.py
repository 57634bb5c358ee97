"""Whole pages for the page steps' tests: a site's menu, the article, what follows it, the footer."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from inputs import TITLE, paragraphs  # noqa: E402

MENU = ["Home", "News", "Local", "Politics", "Business", "Sport", "Weather", "Opinion", "Subscribe", "Log in"]
FOOTER = ["About us", "Contact", "Careers", "Privacy policy", "Terms of use", "© 2024 Harbor Gazette. All rights reserved."]
ARTICLE = paragraphs(10, random.Random(5))


def page(after_article: list[str]) -> str:
    """The page, with ``after_article`` between the article and the menu repeated over the footer."""
    return "\n".join([*MENU, TITLE, *ARTICLE, *after_article, *MENU, *FOOTER]) + "\n"


def prose(count: int, seed: int) -> list[str]:
    return paragraphs(count, random.Random(seed))
