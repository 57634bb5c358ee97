"""The --learn-report page: what a --learn run learned and removed, one self-contained HTML file (no
script, no network: inline styles, bars drawn as boxes) for a data engineer to audit the run.

Sites first (pages, rules, lines the cleaning pass removed with them, a bar for each), then each
site's rules in a fold of their own: id, kind, on how many of the site's pages the line stood, lines
removed, the pattern, the two real lines it was learned from, and the first removals of the cleaning
pass beside the lines around them (removed lines struck through).
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from ..io.records import Sample, Tally
from ..sites.naming import CORPUS
from ..sites.rulefile import Written

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;width:100%}td,th{padding:.25em .5em;border-bottom:1px solid #ddd;text-align:left;
vertical-align:top}th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{background:#4a7bd0;height:.8em;display:inline-block;min-width:1px}.bar.removed{background:#c0504d}
code{font-size:12px;word-break:break-all}details{margin:.4em 0}summary{cursor:pointer;font-weight:600}
.sample{font-family:ui-monospace,monospace;font-size:12px;background:#fafafa;border-left:3px solid #ccc;
padding:.3em .6em;margin:.3em 0;white-space:pre-wrap}.sample del{color:#b00;background:#fdeaea}
.context{color:#888}.muted{color:#777}
"""


def html_report(site_pages: dict[str, int], rules: list[Written], tally: Tally | None, rules_file: Path) -> str:
    """The page (a str of HTML). ``tally`` is the cleaning pass's (None after --learn-only)."""
    removed = tally.lines_removed if tally is not None else None
    by_site: dict[str, list[Written]] = {}
    for rule in rules:
        by_site.setdefault(rule.learned.site, []).append(rule)
    sites = sorted(site_pages, key=lambda s: (-site_pages[s], s))
    lines_of = {s: sum(removed[r.id] for r in by_site.get(s, ())) if removed is not None else 0 for s in sites}
    most_pages = max(site_pages.values(), default=1) or 1
    most_lines = max(lines_of.values(), default=0) or 1
    total_pages = sum(site_pages.values())
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        f"<title>clean --learn: {escape(rules_file.name)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Learned boilerplate: {escape(str(rules_file))}</h1>",
        f"<p>{len(rules):,} rules from {total_pages:,} pages of {len(sites):,} sites.",
        " Lines removed are the cleaning pass's." if removed is not None else
        " Learned only (--learn-only): no cleaning pass, so no lines removed.",
        "</p><h2>Sites</h2><table><tr><th>site</th><th>pages</th><th></th><th>rules</th>",
        "<th>lines removed</th><th></th></tr>",
    ]
    for site in sites:
        pages, lines = site_pages[site], lines_of[site]
        parts.append(
            f"<tr><td><a href='#{_anchor(site)}'>{escape(_name(site))}</a></td><td class=n>{pages:,}</td>"
            f"<td>{_bar(pages, most_pages)}</td><td class=n>{len(by_site.get(site, ())):,}</td>"
            f"<td class=n>{lines:,}</td><td>{_bar(lines, most_lines, 'removed')}</td></tr>"
        )
    parts.append("</table><h2>Rules by site</h2>")
    for site in sites:
        site_rules = by_site.get(site, [])
        parts.append(f"<details id='{_anchor(site)}'><summary>{escape(_name(site))}: {len(site_rules):,} rules, "
                     f"{site_pages[site]:,} pages</summary>")
        if site_rules:
            parts.append(_rules_table(site_rules, site_pages[site], removed, tally))
        parts.append("</details>")
    parts.append("</body></html>\n")
    return "".join(parts)


def _rules_table(rules: list[Written], pages: int, removed: object, tally: Tally | None) -> str:
    rows = ["<table><tr><th>rule</th><th>kind</th><th>pages</th><th></th><th>removed</th><th>pattern, lines</th></tr>"]
    for rule in rules:
        learned = rule.learned
        lines = tally.lines_removed[rule.id] if tally is not None else None
        examples = "".join(f"<div class=sample>{escape(e)}</div>" for e in learned.examples)
        samples = "".join(_sample(s) for s in (tally.samples.get(rule.id, []) if tally is not None else []))
        rows.append(
            f"<tr><td><code>{escape(rule.id)}</code></td><td>{escape(rule.kind)}</td>"
            f"<td class=n>{learned.pages:,} / {pages:,}</td><td>{_bar(learned.pages, pages)}</td>"
            f"<td class=n>{'-' if lines is None else f'{lines:,}'}</td>"
            f"<td><code>{escape(rule.pattern)}</code><div class=muted>learned from:</div>{examples}"
            + (f"<div class=muted>removed, in context:</div>{samples}" if samples else "")
            + "</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def _sample(sample: Sample) -> str:
    before = "".join(f"<span class=context>{escape(line)}</span>\n" for line in sample.before)
    gone = "".join(f"<del>{escape(line)}</del>\n" for line in sample.removed)
    after = "".join(f"<span class=context>{escape(line)}</span>\n" for line in sample.after)
    label = f"<span class=muted>record {escape(sample.record)}</span>\n" if sample.record else ""
    return f"<div class=sample>{label}{before}{gone}{after}</div>"


def _bar(value: int, most: int, kind: str = "") -> str:
    width = 0.0 if most <= 0 else 12.0 * value / most
    return f"<span class='bar {kind}' style='width:{width:.2f}em'></span>"


def _name(site: str) -> str:
    return site if site != CORPUS else "(the corpus: no site field)"


def _anchor(site: str) -> str:
    return "site-" + "".join(c if c.isalnum() else "-" for c in (site or "corpus"))
