"""Make a held-out site set like newsjunk-sites-dev from site templates in wording of our own: each
site wraps its pages in boilerplate drawn from a blind site-template pool (``blind_pools/sites_blind_*.py``),
so learning can be measured on sites, wording and languages it was not set on.

    python benchmarks/make_sites.py --docs DOCS.jsonl.gz --out SITES.jsonl.gz [--seed 5]
        [--median-pages 5] [--pages 900] [--pools benchmarks/blind_pools/sites_blind_*.py]

DOCS is a set that ``../shared/bench/newsjunk/make.py`` made (each record's article body and its
per-document junk, labelled); every page of the output is one of its records, wrapped in its site's
template. A site has a language and a name from one pool, a page count drawn around ``--median-pages``
(3 to 60; the held-out sites' median is 5), and template lines of its own: a tagline and a
breadcrumb above the title; a dateline, reading time, views, comments or an update line under it; an
advertisement for a local business under the post on about half of the sites (its offer list varies
from page to page); a newsletter call, social links, an about blurb, contact and copyright lines at
the foot, in an order of the site's own. Each line shows on 75-100% of a site's pages and is now and
then slightly changed (another of the pool's wordings, or its end punctuation). About 7% of the
bodies run on two or three sites, and a quarter of the sites of 4 pages or more repeat one body
paragraph on a second page: all of that is body. Labels follow ``../shared/README.md``: breadcrumb,
dateline, read time, views, comments and updates are ``byline``; tagline, about, contact and copyright
``source_footer``; social links ``social``; the newsletter call ``newsletter``; the advertisement ``promo``.

The output has corpus text in it: keep it outside the repository (``/work/blind/``). Its pools are
blind (their author read no rule, code or test of the cleaner); never tune the cleaner to them.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent
POOLS = sorted((ROOT / "blind_pools").glob("sites_blind_*.py"))
LANGUAGE_WEIGHT = {"en": 6.0}  # every other pool's language: 1.0, as in the dev set (mostly English sites)
WEEKDAYS = {
    "en": "Monday", "de": "Montag", "fr": "lundi", "es": "lunes", "it": "lunedì", "nl": "maandag",
}


def load_pool(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"make_sites.py: {path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class TemplateLine:
    """One line of a site's template: its pool list, its label, the wording the site chose, and the
    share of the site's pages it shows on."""

    key: str
    label: str
    template: str
    share: float


@dataclass(frozen=True)
class Site:
    name: str
    domain: str
    pool: ModuleType
    city: str
    founded: int
    first_year: int
    date_format: str
    sections: list[str]
    home: str
    email: str
    phone: str
    street: str
    handle: str
    separator: str
    header: tuple[TemplateLine, ...]
    under_title: tuple[TemplateLine, ...]
    footer: tuple[TemplateLine, ...]
    ad: tuple[TemplateLine, ...]  # opener, bodies and contact; the offers come between bodies and contact
    business: tuple[str, str, list[str], str] | None
    ad_share: float

    def year(self, page: int) -> int:
        """The year of the site's page ``page``: twelve pages a year from its first."""
        return self.first_year + page // 12


def read_docs(path: Path) -> list[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as source:
        return [json.loads(line) for line in source if line.strip()]


def page_counts(rng: random.Random, pages: int, median: float) -> list[int]:
    counts: list[int] = []
    while sum(counts) < pages:
        counts.append(max(3, min(60, round(math.exp(rng.gauss(math.log(median), 0.8))))))
    return counts


def make_site(rng: random.Random, pool: ModuleType, taken: set[str]) -> Site:
    name, domain = rng.choice([s for s in pool.SITES if s[1] not in taken] or pool.SITES)
    if domain in taken:  # the pool's names are used up: a numbered domain keeps sites apart
        domain = f"{len(taken)}{domain}"
    taken.add(domain)
    first = name.split()[0].lower()
    identity = dict(
        name=name, domain=domain, pool=pool, city=rng.choice(pool.CITIES), founded=rng.randint(1950, 2012),
        first_year=rng.randint(2019, 2024), date_format=rng.choice(pool.DATES),
        sections=rng.sample(pool.SECTIONS, rng.choice([1, 1, 2, 3])), home=rng.choice(pool.HOME_WORDS),
        email=f"{rng.choice(['news', 'tips', 'info', 'desk', first])}@{domain}",
        phone=f"+{rng.randint(1, 49)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        street=f"{rng.randint(1, 200)} {rng.choice(pool.CITIES)}", handle=re.sub(r"\W", "", name),
        separator=rng.choice(["\n", "\n", "\n\n"]),
    )

    def line(key: str, label: str) -> TemplateLine:
        return TemplateLine(key, label, rng.choice(getattr(pool, key)), rng.uniform(0.75, 1.0))

    header, under_title, footer, ad = [], [], [], []
    if rng.random() < 0.6:
        header.append(line("TAGLINES", "source_footer"))
    if rng.random() < 0.6:
        header.append(line("BREADCRUMBS", "byline"))
    rng.shuffle(header)
    for key, chance in (("DATELINES", 0.9), ("UPDATED", 0.2), ("READ_TIMES", 0.5), ("VIEWS", 0.4)):
        if rng.random() < chance:
            under_title.append(line(key, "byline"))
    for key, label, chance in (
        ("NEWSLETTERS", "newsletter", 0.8), ("SOCIAL_LINKS", "social", 0.7), ("SOCIAL_LINKS", "social", 0.3),
        ("ABOUTS", "source_footer", 0.6), ("CONTACTS", "source_footer", 0.5),
        ("COPYRIGHTS", "source_footer", 0.8), ("COMMENTS", "byline", 0.3),
    ):
        if rng.random() < chance:
            footer.append(line(key, label))
    rng.shuffle(footer)
    business, ad_share = None, 0.0
    if rng.random() < 0.5:
        business = rng.choice(pool.BUSINESSES)
        ad = [line("AD_OPENERS", "promo")] + [line("AD_BODIES", "promo") for _ in range(rng.randint(1, 2))]
        ad.append(line("AD_CONTACTS", "promo"))
        ad_share = rng.uniform(0.6, 0.95)
    return Site(
        **identity, header=tuple(header), under_title=tuple(under_title), footer=tuple(footer), ad=tuple(ad),
        business=business, ad_share=ad_share,
    )


def number(count: int, language: str) -> str:
    text = f"{count:,}"
    return text if language == "en" else text.replace(",", ".")


def slots(site: Site, rng: random.Random, page: int) -> dict[str, object]:
    pool = site.pool
    year = site.year(page)
    month = 1 + (page * 5 + rng.randint(0, 2)) % 12
    day = rng.randint(1, 28)
    date = site.date_format.format(
        day=day, month=pool.MONTHS[month - 1], mon=pool.MONTHS_SHORT[month - 1], mm=f"{month:02d}", year=year,
        hh=f"{rng.randint(6, 22):02d}", mi=f"{rng.randint(0, 59):02d}",
    )
    section, section2 = site.sections[page % len(site.sections)], rng.choice(site.sections)
    business = site.business or ("", "", [], "")
    return dict(
        site=site.name, city=site.city, date=date, name=f"{site.name} {rng.choice(['desk', 'staff', 'team'])}",
        min=rng.randint(2, 14), count=number(rng.choice([rng.randint(0, 99), rng.randint(100, 90_000)]), pool.LANG),
        home=site.home, section=section, section2=section2, year=year, founded=site.founded,
        email=site.email, phone=site.phone, street=site.street, handle=site.handle,
        day=WEEKDAYS.get(pool.LANG, "Monday"), biz=business[0], service=business[1], domain=business[3],
    )


def render(line: TemplateLine, site: Site, values: dict[str, object], rng: random.Random) -> str:
    template = line.template
    change = rng.random()
    if change < 0.03:  # another wording of the same line, now and then
        template = rng.choice(getattr(site.pool, line.key))
    text = template.format(**values)
    if 0.03 <= change < 0.05:
        text = text[:-1] if text[-1:] in ".!" else text + "."
    return text


def page_lines(site: Site, doc: dict[str, object], page: int, rng: random.Random) -> list[tuple[str, str]]:
    values = slots(site, rng, page)

    def shown(group: tuple[TemplateLine, ...]) -> list[tuple[str, str]]:
        return [(render(t, site, values, rng), t.label) for t in group if rng.random() < t.share]

    header, under, footer = shown(site.header), shown(site.under_title), shown(site.footer)
    lines = [(str(text), str(label)) for text, label in doc["lines"]]  # type: ignore[attr-defined]
    head_end = 1
    while head_end < len(lines) and lines[head_end][1] in ("dup_headline", "byline"):
        head_end += 1
    ad: list[tuple[str, str]] = []
    if site.business and rng.random() < site.ad_share:
        ad = [(render(t, site, values, rng), "promo") for t in site.ad[:-1]]
        offers = site.business[2]
        ad += [(f"• {item}", "promo") for item in rng.sample(offers, rng.randint(2, min(4, len(offers))))]
        ad.append((render(site.ad[-1], site, values, rng), "promo"))
    return header + lines[:head_end] + under + lines[head_end:] + ad + footer


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "post"


def repeat_paragraph(pages: list[list[tuple[str, str]]], rng: random.Random) -> None:
    """Copy one body paragraph of a page onto another page of the same site (it stays body)."""
    source, target = rng.sample(range(len(pages)), 2)
    paragraphs = [text for text, label in pages[source] if label == "body" and len(text) > 80]
    spots = [i for i, (_, label) in enumerate(pages[target]) if label == "body"]
    if paragraphs and len(spots) > 1:
        pages[target].insert(rng.choice(spots[1:]), (rng.choice(paragraphs), "body"))


def generate(
    docs: list[dict[str, object]], pools: list[ModuleType], pages: int, median: float, seed: int
) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    rng.shuffle(docs)
    weights = [LANGUAGE_WEIGHT.get(pool.LANG, 1.0) for pool in pools]
    taken: set[str] = set()
    counts = page_counts(rng, min(pages, len(docs)), median)
    syndicated = docs[: len(docs) // 14]
    remaining = iter(docs[len(docs) // 14:])
    for count in counts:
        site = make_site(rng, rng.choices(pools, weights)[0], taken)
        chosen = []
        for _ in range(count):
            if syndicated and rng.random() < 0.07:
                chosen.append(rng.choice(syndicated))
            else:
                doc = next(remaining, None)
                chosen.append(doc if doc is not None else rng.choice(docs))
        rendered = [page_lines(site, doc, page, rng) for page, doc in enumerate(chosen)]
        if count >= 4 and rng.random() < 0.25:
            repeat_paragraph(rendered, rng)
        for page, (doc, lines) in enumerate(zip(chosen, rendered, strict=True)):
            yield dict(
                id=f"sites-blind/{site.domain}/{page}", title=doc["title"],
                input=site.separator.join(text for text, _ in lines) + "\n",
                gold="\n\n".join(text for text, label in lines if label == "body") + "\n",
                lines=[[text, label] for text, label in lines],
                junk=sorted({label for _, label in lines if label not in ("title", "body")}),
                url=f"https://{site.domain}/{site.year(page)}/{1 + page % 12:02d}/{slug(str(doc['title']))}/",
                site=site.domain,
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, required=True, help="a set make.py made")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--median-pages", type=float, default=5.0)
    parser.add_argument("--pages", type=int, default=900)
    parser.add_argument("--pools", type=Path, nargs="+", default=POOLS)
    args = parser.parse_args()
    if not args.pools:
        print("make_sites.py: no site-template pool (benchmarks/blind_pools/sites_blind_*.py)", file=sys.stderr)
        return 2
    pools = [load_pool(path) for path in args.pools]
    records = list(generate(read_docs(args.docs), pools, args.pages, args.median_pages, args.seed))
    with gzip.open(args.out, "wt", encoding="utf-8") as sink:
        for record in records:
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    sites = len({record["site"] for record in records})
    print(f"{args.out.name}: {len(records)} pages of {sites} sites", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
