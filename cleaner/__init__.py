"""cleaner: strip boilerplate and advertising from scraped news and web text.

    >>> import cleaner
    >>> result = cleaner.clean(text)
    >>> result.text, result.title, result.body, result.removals

``Cleaner`` holds compiled rules for pipelines that clean many documents.
"""
from __future__ import annotations

from .engine import Cleaner, UnknownRuleError, default_cleaner
from .options import Options
from .result import Removal, Result
from .rules import Rule, RuleError

__all__ = ["Cleaner", "Options", "Removal", "Result", "Rule", "RuleError", "UnknownRuleError", "clean"]
__version__ = "0.1.0"


def clean(text: str, **options: object) -> Result:
    """Clean one text. Keyword options are the fields of :class:`Options`."""
    if not options:
        return default_cleaner().clean(text)
    return Cleaner(Options(**options)).clean(text)  # type: ignore[arg-type]
