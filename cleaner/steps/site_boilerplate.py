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
from dataclasses import dataclass

from ..rules import LineMatcher, Rule
from ..sites.naming import is_learned_id
from ..sites.templates import template_of, trail_template
from ..text.shapes import shape, shapes_of
from .base import Mark, mark

# The sites whose rules a cleaner keeps sorted out; past this many the cache starts over, and a corpus
# of more sites sorts some out again.
_CACHED_SITES = 4096


def is_learned(rule: Rule) -> bool:
    return is_learned_id(rule.id)


@dataclass(frozen=True)
class SiteRules:
    """The learned rules that may apply to one site's pages: those looked up by line template, and a
    matcher for those searched by pattern (rules a person edited)."""

    by_template: dict[str, Rule]  # each template's first rule, in the files' order
    searched: LineMatcher | None
    order: dict[str, int]  # a rule's place in the files: a line goes with the first that takes it

    def marks(
        self, texts: Sequence[str], language: str | None, site: str | None, timeout: float
    ) -> tuple[list[Mark], set[str]]:
        """The marks of the rules that take each line, and the ids of the rules whose search ran away."""
        timed_out: set[str] = set()

        def usable(rule: Rule) -> bool:
            return rule.id not in timed_out and rule.applies_to(language, site)

        taken: dict[int, Rule] = {}
        for index, text in enumerate(texts) if self.by_template else ():
            if not text:
                continue
            template = template_of(text)
            rule = self.by_template.get(template) or self.by_template.get(trail_template(template) or "")
            # The lookup is the rule's template test (Rule.matches): only its length is left to check.
            if rule is not None and usable(rule) and (rule.max_words is None or shape(text).words <= rule.max_words):
                taken[index] = rule
        if self.searched is not None:
            words = [s.words for s in shapes_of(texts)]
            for index, rules, ran_away in self.searched.matching_lines(texts, words, timeout, usable):
                timed_out.update(ran_away)
                if rules and (index not in taken or self.order[rules[0].id] < self.order[taken[index].id]):
                    taken[index] = rules[0]
        return [mark(rule, (index,)) for index, rule in sorted(taken.items())], timed_out


class Learned:
    """The learned rules, a site at a time: a page is matched against its own site's rules (and those
    for every site), not the other sites' thousands. A page whose site is not known takes them all.
    Most are looked up by the template of each line (one dictionary lookup a line, whatever their
    number); the few whose patterns were edited are searched as written."""

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        self._order = {rule.id: i for i, rule in enumerate(rules)}
        self._everywhere = [i for i, r in enumerate(rules) if not r.sites]
        self._by_site: dict[str, list[int]] = {}
        for index, rule in enumerate(rules):
            for site in rule.sites:
                self._by_site.setdefault(site, []).append(index)
        self._cache: dict[str | None, SiteRules | None] = {}

    def for_site(self, site: str | None) -> SiteRules | None:
        """The rules that may apply to a page of ``site`` (None: no rule may)."""
        if not self.rules:
            return None
        if site in self._cache:
            return self._cache[site]
        if site is None:
            rules: Sequence[Rule] = self.rules
        else:
            rules = [self.rules[i] for i in sorted([*self._everywhere, *self._by_site.get(site, ())])]
        if len(self._cache) >= _CACHED_SITES:
            self._cache.clear()  # a bounded cache; most corpora read a site's pages together
        found = self._cache[site] = _site_rules(rules, self._order) if rules else None
        return found


def _site_rules(rules: Sequence[Rule], order: dict[str, int]) -> SiteRules:
    by_template: dict[str, Rule] = {}
    for rule in rules:
        if rule.template is not None:
            by_template.setdefault(rule.template, rule)
    searched = [rule for rule in rules if rule.template is None]
    return SiteRules(by_template, LineMatcher(searched) if searched else None, order)
