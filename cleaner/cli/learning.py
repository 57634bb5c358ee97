"""``clean --learn FILE``: the pass that learns each site's boilerplate from a corpus, before the pass
that cleans it.

The records are read as the cleaning pass reads them (JSON Lines, compressed or not, and Parquet);
each record's text is split into lines and counted under its site (``--site-field``, else its ``site``
field, else its ``url``'s host, else one site for the whole corpus). Records that are web pages, or
not objects with a string text, are not counted: the cleaning pass reports them. The counts do not
depend on the order of the records (cleaner.sites.counts), so the rule file is the same for the same
records however they are ordered, and the cleaning pass's output with it.
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ..io.jsonl import CorpusError, chunks, open_lines, reason
from ..io.records import CorpusOptions
from ..sites.counts import SiteCounts
from ..sites.kinds import builtin_kind_of
from ..sites.learn import Learned, LearnOptions, learn
from ..sites.naming import CORPUS, site_of
from ..sites.rulefile import rule_text
from .terminal import StatusLine, stderr_is_terminal

# The report's table shows this many sites, those with the most pages first.
TABLE_SITES = 20


def learn_corpus(
    paths: tuple[str, ...], corpus: CorpusOptions, output: Path, quiet: bool, options: LearnOptions | None = None
) -> list[Learned]:
    """Count the corpus files' templates, learn, and write the rule file to ``output``; raises
    CorpusError naming the file that cannot be read."""
    counts = SiteCounts()
    progress = StatusLine(sys.stderr) if stderr_is_terminal() and not quiet else None
    started = time.monotonic()
    pages = 0
    try:
        for path in paths:
            for site, text in _texts(Path(path), corpus):
                counts.add_page(site, text.splitlines())
                pages += 1
                if progress is not None and pages % 500 == 0:
                    seconds = time.monotonic() - started
                    progress.draw(f"learning: {pages:,} pages, {len(counts.sites):,} sites, {seconds:.0f} s")
    finally:
        if progress is not None:
            progress.clear()
    learned = learn(counts, options)
    try:
        output.write_text(rule_text(learned, builtin_kind_of()), encoding="utf-8")
    except OSError as error:
        raise CorpusError(f"{output}: cannot write the learned rules: {reason(error)}") from None
    if not quiet:
        sys.stderr.write(report_table(counts, learned, output))
    return learned


def _texts(path: Path, corpus: CorpusOptions) -> Iterator[tuple[str, str]]:
    """(site, text) of each record of the file that can be learned from."""
    if path.name.lower().endswith(".parquet"):
        yield from _parquet_texts(path, corpus)
        return
    try:
        stream, _ = open_lines(path)
    except CorpusError as error:
        raise CorpusError(f"{path}: {error}") from None
    with stream:
        try:
            for chunk in chunks(stream):
                for line in chunk:
                    found = _record_text(line, corpus)
                    if found is not None:
                        yield found
        except CorpusError as error:
            raise CorpusError(f"{path}: {error}") from None
        except OSError as error:
            raise CorpusError(f"{path}: {reason(error)}") from None


def _record_text(line: bytes, corpus: CorpusOptions) -> tuple[str, str] | None:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None  # the cleaning pass writes it as an error record
    if not isinstance(record, dict):
        return None
    text = record.get(corpus.text_field)
    if not isinstance(text, str) or corpus.is_html(text):
        return None
    return site_of(record, corpus.site_fields), text


def _parquet_texts(path: Path, corpus: CorpusOptions) -> Iterator[tuple[str, str]]:
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise CorpusError(f"{path}: reading Parquet needs pyarrow (pip install 'boilercut[parquet]')") from None
    try:
        file = parquet.ParquetFile(path)
        names = set(file.schema_arrow.names)
        columns = [c for c in (corpus.text_field, *corpus.site_fields) if c in names]
        for batch in file.iter_batches(columns=columns):
            for record in batch.to_pylist():
                text = record.get(corpus.text_field)
                if isinstance(text, str) and not corpus.is_html(text):
                    yield site_of(record, corpus.site_fields), text
    except OSError as error:
        raise CorpusError(f"{path}: {reason(error)}") from None


def report_table(counts: SiteCounts, learned: list[Learned], output: Path) -> str:
    """What was learned, for stderr: a row a site (pages, rules, the lines they stood for, the most
    frequent rule's example), the sites with the most pages first."""
    per_site: dict[str, list[Learned]] = {}
    for item in learned:
        per_site.setdefault(item.site, []).append(item)
    sites = sorted(counts.sites, key=lambda s: (-counts.sites[s].pages, s))
    rows = [f"{'site':30} {'pages':>7} {'rules':>6} {'lines':>8}  most frequent"]
    for site in sites[:TABLE_SITES]:
        items = per_site.get(site, [])
        top = f"{items[0].pages}x {items[0].examples[0][:60]!r}" if items else "-"
        lines = sum(i.pages for i in items)
        rows.append(f"{(site or '(corpus)')[:30]:30} {counts.sites[site].pages:7,} {len(items):6,} {lines:8,}  {top}")
    if len(sites) > TABLE_SITES:
        rows.append(f"... and {len(sites) - TABLE_SITES:,} more sites")
    pages = sum(t.pages for t in counts.sites.values())
    named = "" if list(counts.sites) != [CORPUS] else " (no site field: the corpus is one site)"
    rows.append(f"learned {len(learned):,} rules from {pages:,} pages of {len(counts.sites):,} sites{named}: {output}")
    return "".join(f"clean: {row}\n" for row in rows)
