"""``clean --learn FILE``: the pass that learns each site's boilerplate from a corpus, before the pass
that cleans it.

The records are read as the cleaning pass reads them (JSON Lines, compressed or not, and Parquet);
each record's text is split into lines and counted under its site (``--site-field``, else its ``site``
field, else its ``url``'s host, else one site for the whole corpus). Records that are web pages, or
not objects with a string text, are not counted: the cleaning pass reports them. The counts do not
depend on the order of the records (cleaner.sites.counts), so the rule file is the same for the same
records however they are ordered or split between workers, and the cleaning pass's output with it.
"""
from __future__ import annotations

import json
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from ..io.jsonl import CorpusError, chunks, open_lines, reason
from ..io.records import CorpusOptions, learnable
from ..parallel import ordered_map
from ..sites.counts import SiteCounts
from ..sites.kinds import builtin_kind_of
from ..sites.learn import Learned, LearnOptions, learn
from ..sites.naming import CORPUS
from ..sites.rulefile import Written, file_text, written_rules
from .terminal import StatusLine, stderr_is_terminal

# The report's table shows this many sites, those with the most pages first.
TABLE_SITES = 20


@dataclass(frozen=True)
class Learning:
    """What a learning pass found: each site's pages, and the rules written."""

    file: Path  # the rule file written
    site_pages: dict[str, int]
    rules: list[Written]


def learn_corpus(
    paths: tuple[str, ...],
    corpus: CorpusOptions,
    output: Path,
    quiet: bool,
    workers: int = 1,
    shards: int = 1,
    options: LearnOptions | None = None,
) -> Learning:
    """Count the corpus files' templates (in ``workers`` processes, a chunk of records each at a time,
    their counts added up here), learn, and write the rule file to ``output``; raises CorpusError
    naming the file that cannot be read.

    With ``shards`` above 1 the input is read that many times, each time for the sites whose name
    falls in one shard (sites are learned each on its own), so that only a shard's counts are held at
    once: the rule file is the same."""
    kind_of = builtin_kind_of()
    progress = StatusLine(sys.stderr) if stderr_is_terminal() and not quiet else None
    started = time.monotonic()
    written: list[Written] = []
    site_pages: dict[str, int] = {}
    try:
        for shard in range(shards):
            counts = SiteCounts()
            for path in paths:
                jobs = ((corpus, chunk, shard, shards) for chunk in _chunks(Path(path), corpus))
                parts = ordered_map(count_chunk, jobs, workers) if workers > 1 else map(count_chunk, jobs)
                for part in parts:
                    counts.merge(part)
                    if progress is not None:
                        seconds = time.monotonic() - started
                        of = f" (shard {shard + 1} of {shards})" if shards > 1 else ""
                        sites = len(counts.sites)
                        progress.draw(f"learning{of}: {counts.pages:,} pages, {sites:,} sites, {seconds:.0f} s")
            site_pages.update(counts.site_pages())
            written.extend(written_rules(learn(counts, options), kind_of))
    finally:
        if progress is not None:
            progress.clear()
    written.sort(key=lambda rule: rule.learned.site)  # stable: each site's rules stay in their order
    try:
        output.write_text(file_text(written), encoding="utf-8")
    except OSError as error:
        raise CorpusError(f"{output}: cannot write the learned rules: {reason(error)}") from None
    site_pages = dict(sorted(site_pages.items()))
    if not quiet:
        sys.stderr.write(report_table(site_pages, [w.learned for w in written], output))
    return Learning(output, site_pages, written)


def count_chunk(job: tuple[CorpusOptions, list[bytes] | list[tuple[str, str]], int, int]) -> SiteCounts:
    """The counts of a chunk of JSON Lines (bytes as read) or of (site, text) pairs, in a worker: of
    the records whose site is in shard ``shard`` of ``shards``."""
    corpus, chunk, shard, shards = job
    counts = SiteCounts()
    for item in chunk:
        found = _record_text(item, corpus) if isinstance(item, bytes) else item
        if found is not None and (shards == 1 or shard_of(found[0], shards) == shard):
            counts.add_text(*found)
    return counts


def shard_of(site: str, shards: int) -> int:
    """The shard of a site: the same in every process and on every machine (not Python's hash)."""
    return zlib.crc32(site.encode("utf-8")) % shards


def _chunks(path: Path, corpus: CorpusOptions) -> Iterator[list[bytes] | list[tuple[str, str]]]:
    """The file's records in chunks: JSON Lines as read, Parquet rows as (site, text)."""
    if path.name.lower().endswith(".parquet"):
        yield from _parquet_chunks(path, corpus)
        return
    try:
        stream, _ = open_lines(path)
    except CorpusError as error:
        raise CorpusError(f"{path}: {error}") from None
    with stream:
        try:
            yield from chunks(stream)
        except CorpusError as error:
            raise CorpusError(f"{path}: {error}") from None
        except OSError as error:
            raise CorpusError(f"{path}: {reason(error)}") from None


def _record_text(line: bytes, corpus: CorpusOptions) -> tuple[str, str] | None:
    try:
        return learnable(json.loads(line), corpus)
    except (ValueError, RecursionError):
        return None  # the cleaning pass writes it as an error record


def _parquet_chunks(path: Path, corpus: CorpusOptions) -> Iterator[list[tuple[str, str]]]:
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise CorpusError(f"{path}: reading Parquet needs pyarrow (pip install 'boilercut[parquet]')") from None
    try:
        file = parquet.ParquetFile(path)
        names = set(file.schema_arrow.names)
        columns = [c for c in (corpus.text_field, *corpus.site_fields) if c in names]
        for batch in file.iter_batches(columns=columns):
            yield [found for found in map(learnable, batch.to_pylist(), repeat(corpus)) if found is not None]
    except OSError as error:
        raise CorpusError(f"{path}: {reason(error)}") from None


def report_table(site_pages: dict[str, int], learned: list[Learned], output: Path) -> str:
    """What was learned, for stderr: a row a site (pages, rules, the lines they stood for, the most
    frequent rule's example), the sites with the most pages first."""
    per_site: dict[str, list[Learned]] = {}
    for item in learned:
        per_site.setdefault(item.site, []).append(item)
    sites = sorted(site_pages, key=lambda s: (-site_pages[s], s))
    rows = [f"{'site':30} {'pages':>7} {'rules':>6} {'lines':>8}  most frequent"]
    for site in sites[:TABLE_SITES]:
        items = per_site.get(site, [])
        top = f"{items[0].pages}x {items[0].examples[0][:60]!r}" if items else "-"
        lines = sum(i.pages for i in items)
        rows.append(f"{(site or '(corpus)')[:30]:30} {site_pages[site]:7,} {len(items):6,} {lines:8,}  {top}")
    if len(sites) > TABLE_SITES:
        rows.append(f"... and {len(sites) - TABLE_SITES:,} more sites")
    pages = sum(site_pages.values())
    named = "" if list(site_pages) != [CORPUS] else " (no site field: the corpus is one site)"
    rows.append(f"learned {len(learned):,} rules from {pages:,} pages of {len(site_pages):,} sites{named}: {output}")
    return "".join(f"clean: {row}\n" for row in rows)
