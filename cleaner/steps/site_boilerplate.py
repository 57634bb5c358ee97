"""Step site boilerplate: the lines that rules learned from a corpus (``clean --learn``, the ``site``
group of ids) take, before every other step. The other steps then read the text without them, as they
read any article: a site's footer or pasted ad left in place would be "junk the rules found" to the
junk-line model, whose runs would reach into the article's last paragraphs (on newsjunk-sites-dev,
learned rules applied beside the others cost 72 body lines, 60 of them to the model; applied first,
none).

>>> from pathlib import Path
>>> from tempfile import TemporaryDirectory
>>> from cleaner import Cleaner, Options
>>> rule = '''[[rule]]
... id = "site.example-com.1"
... kind = "promo"
... reason = "on 9 of 10 pages of example.com"
... pattern = '^example\\\\s+news\\\\s*:\\\\s*your\\\\s+town\\\\s*,\\\\s*every\\\\s+day$'
... strict = true
... sites = ["example.com"]
... [rule.examples]
... match = ["Example News: your town, every day"]
... no_match = ["Example News"]
... '''
>>> with TemporaryDirectory() as folder:
...     path = Path(folder) / "learned.toml"
...     _ = path.write_text(rule)
...     cleaner = Cleaner(Options(rules=[path]))
>>> text = "Example News: your town, every day\\nThe bridge reopened on Monday after two years of repairs."
>>> [r.rule_id for r in cleaner.clean(text, site="example.com").removals]
['site.example-com.1']
>>> [r.rule_id for r in cleaner.clean(text, site="other.org").removals]
[]
"""
from __future__ import annotations

from collections.abc import Sequence

from ..rules import LineMatcher, Rule
from ..text.shapes import shapes_of
from .base import Mark, mark

GROUP = "site"


def is_learned(rule: Rule) -> bool:
    return rule.id.startswith(GROUP + ".")


def run(
    matcher: LineMatcher, texts: Sequence[str], language: str | None, site: str | None, timeout: float
) -> tuple[list[Mark], set[str]]:
    """The marks of the learned rules that apply to the site (each line goes with the first that
    matches it) and the ids of the rules whose search ran away."""
    timed_out: set[str] = set()

    def usable(rule: Rule) -> bool:
        return rule.id not in timed_out and rule.applies_to(language, site)

    words = [s.words for s in shapes_of(texts)]
    found = []
    for index, rules, ran_away in matcher.matching_lines(texts, words, timeout, usable):
        timed_out.update(ran_away)
        if rules:
            found.append(mark(rules[0], (index,)))
    return found, timed_out
