"""cleaner: strip boilerplate and advertising from scraped news and web text.

    >>> import cleaner
    >>> result = cleaner.clean(text)
    >>> result.text, result.title, result.body, result.removals
    >>> page = cleaner.clean(html_bytes, html=True)   # main text extracted, then cleaned
    >>> page.body, page.metadata

``Cleaner`` holds compiled rules for pipelines that clean many documents.
"""
from __future__ import annotations

from .engine import Cleaner, UnknownRuleError, default_cleaner
from .linemodel import ModelError
from .options import Options
from .result import Removal, Result
from .rules import Rule, RuleError

__all__ = ["Cleaner", "ModelError", "Options", "Removal", "Result", "Rule", "RuleError", "UnknownRuleError", "clean"]
__version__ = "0.1.0"


def clean(text: str | bytes, *, html: bool = False, fast: bool = False, **options: object) -> Result:
    """Clean one text, or with ``html=True`` one web page (str, or bytes decoded by its BOM or
    ``<meta charset>``): its main text is extracted (``fast``: with resiliparse) and cleaned. Other
    keyword options are the fields of :class:`Options`."""
    engine = default_cleaner() if not options else Cleaner(Options(**options))  # type: ignore[arg-type]
    if html:
        return engine.clean_html(text, fast=fast)
    if fast:
        raise TypeError("fast=True is for HTML: give html=True as well")
    return engine.clean(text)  # type: ignore[arg-type]
