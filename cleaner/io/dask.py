"""Dask: clean corpora on a ``dask.distributed`` cluster (optional extra ``boilercut[dask]``).

    import dask.bag as db
    from cleaner.io import dask as cd

    lines = cd.read_jsonl("corpus-*.jsonl.gz")             # a bag of raw JSON lines
    cd.to_jsonl(cd.clean_json_bag(lines), "out/*.jsonl")     # the files clean would write
    records = cd.clean_bag(db.from_sequence(dicts))        # a bag of dicts
    ddf = cd.clean_dataframe(ddf, "text", output_column="clean")

Every function goes through ``cleaner.io.records`` as the command line does, so a JSON line comes out
byte for byte as ``clean CORPUS.jsonl`` writes it. What is sent to the workers is a frozen dataclass
of the options (a ``Cleaner`` pickles by its options too); each partition asks ``engine.cleaner_for``
for its process's Cleaner, so the rule files are compiled once per worker process.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import dask.bag as db
    import distributed
except ImportError as error:
    raise ImportError(f"cleaner.io.dask needs Dask: pip install 'boilercut[dask]' ({error})") from error

from ..engine import cleaner_for
from ..options import Options
from ..parallel import IN_FLIGHT_PER_WORKER, in_order
from ..sites.counts import SiteCounts
from ..sites.naming import FIELDS
from . import jsonl
from .jsonl import CorpusError, RunSettings
from .records import REPORT_FIELD, CorpusOptions, Tally, clean_json_line, clean_record, learnable
from .resume import CorpusFile

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = [
    "clean_bag", "clean_chunks", "clean_dataframe", "clean_json_bag", "learn_bag", "read_jsonl", "run", "to_jsonl"
]

# --- bags and dataframes --------------------------------------------------------------------


def learn_bag(bag: db.Bag, text_field: str = "text", site_fields: tuple[str, ...] = FIELDS) -> SiteCounts:
    """The site templates of a bag of record dicts (``clean --learn``'s first pass), counted a partition
    at a time and added up: a sum, the same whatever the partitions and their order. Give the counts
    to ``cleaner.sites.learn.learn`` and ``cleaner.sites.rulefile.rule_text`` for the rule file."""
    options = CorpusOptions(text_field, site_fields=site_fields)
    return bag.reduction(_Counter(options), _added, split_every=8).compute()


@dataclass(frozen=True)
class _Counter:
    options: CorpusOptions

    def __call__(self, records: Iterable[Any]) -> SiteCounts:
        counts = SiteCounts()
        for record in records:
            found = learnable(record, self.options)
            if found is not None:
                counts.add_text(*found)
        return counts


def _added(parts: Iterable[SiteCounts]) -> SiteCounts:
    total = SiteCounts()
    for part in parts:
        total.merge(part)
    return total


def read_jsonl(urlpath: str | list[str], blocksize: int | str | None = "64MiB", **kwargs: Any) -> db.Bag:
    """A bag of a corpus's raw lines, split exactly where the command line splits them: at ``\\n``
    only (not at a lone ``\\r``), with bytes that are not UTF-8 kept for ``clean_json_bag`` to report.
    Compressed files (``.gz``, ``.zst``) cannot be split, so each is one partition."""
    names = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    if any(str(name).lower().endswith((".gz", ".zst", ".bz2", ".xz")) for name in names):
        blocksize = None
    return db.read_text(
        urlpath, blocksize=blocksize, linedelimiter="\n", encoding="utf-8", errors="surrogateescape", **kwargs
    )


def clean_json_bag(
    lines: db.Bag, text_field: str = "text", output_field: str | None = None, report: bool = True, **options: Any
) -> db.Bag:
    """A bag of JSON lines (str or bytes) to a bag of cleaned JSON lines without line endings, one out
    for each in, as ``clean`` writes them (a line that is not a JSON object becomes an error record)."""
    return lines.map_partitions(_Lines(_options(options), CorpusOptions(text_field, output_field, report)))


def to_jsonl(lines: db.Bag, urlpath: str, **kwargs: Any) -> Any:
    """Write a bag of JSON lines as files, one per partition, every line ended with ``\n`` as ``clean``
    ends it. (``Bag.to_textfiles`` puts a line ending between lines, and with ``last_endline`` one
    after the last even of an empty partition: a blank line that no input had.)"""
    kwargs.setdefault("encoding", "utf-8")  # not the system's: JSON Lines are UTF-8
    return lines.map_partitions(_joined).to_textfiles(urlpath, last_endline=False, **kwargs)


def _joined(lines: Iterable[str]) -> list[str]:
    text = "".join(line + "\n" for line in lines)
    return [text] if text else []


def clean_bag(
    bag: db.Bag, text_field: str = "text", output_field: str | None = None, report: bool = True, **options: Any
) -> db.Bag:
    """A bag of records (dicts) to a bag of cleaned records, in order; keyword options are the fields
    of :class:`cleaner.Options`. An item that is not a dict comes out as an error record."""
    return bag.map_partitions(_Records(_options(options), CorpusOptions(text_field, output_field, report)))


def clean_dataframe(
    ddf: dd.DataFrame, column: str, output_column: str | None = None, report: bool = False, **options: Any
) -> dd.DataFrame:
    """The dataframe with ``column`` cleaned (or written to ``output_column``) and, with ``report``, a
    ``cleaner`` column of JSON strings, like ``BatchCleaner`` gives ``datasets.map``."""
    if column not in ddf.columns:
        raise KeyError(f"no column {column!r}")
    job = _Frame(_options(options), CorpusOptions(column, output_column, report))
    return ddf.map_partitions(job, meta=job(ddf._meta))


def _options(options: dict[str, Any]) -> Options:
    """The options, checked here (an unknown rule id fails now, not in every task on the cluster)."""
    checked = Options(**options)
    cleaner_for(checked)
    return checked


@dataclass(frozen=True)
class _Lines:
    options: Options
    corpus: CorpusOptions

    def __call__(self, lines: Iterable[str | bytes]) -> list[str]:
        cleaner = cleaner_for(self.options)
        return [clean_json_line(_as_read(line), cleaner, self.corpus) for line in lines]


def _as_read(line: str | bytes) -> bytes:
    """The line's bytes as the command line reads them, so that an undecodable line gets the same
    error record (read_jsonl keeps such bytes as surrogate escapes)."""
    if isinstance(line, bytes):
        return line
    try:
        return line.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate of the str's own: not UTF-8 either
        return line.encode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class _Records:
    options: Options
    corpus: CorpusOptions

    def __call__(self, records: Iterable[Any]) -> list[dict[str, Any]]:
        cleaner = cleaner_for(self.options)
        return [
            clean_record(record, cleaner, self.corpus)
            if isinstance(record, dict)
            else {
                REPORT_FIELD: {
                    "error": f"{type(record).__name__}, not a dict",
                    "raw": record if isinstance(record, str) else repr(record),
                }
            }
            for record in records
        ]


@dataclass(frozen=True)
class _Frame:
    options: Options
    corpus: CorpusOptions

    def __call__(self, frame: pd.DataFrame) -> pd.DataFrame:
        import pandas as pd

        cleaner = cleaner_for(self.options)
        name, target = self.corpus.text_field, self.corpus.target_field
        texts: list[Any] = []
        reports: list[str] = []
        for value in frame[name].tolist():
            if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
                value = None  # a missing value is JSON's null, as in a JSON Lines record
            record = clean_record({name: value}, cleaner, self.corpus)
            texts.append(record.get(target, value))
            reports.append(json.dumps(record.get(REPORT_FIELD), ensure_ascii=False))
        # A string column keeps its dtype (pandas' str, or string[pyarrow] from Dask); any other, and
        # the report, are objects, so the empty meta frame and the partitions agree.
        kind = frame[name].dtype if pd.api.types.is_string_dtype(frame[name].dtype) else object
        out = frame.copy(deep=False)
        out[target] = pd.Series(texts, index=frame.index, dtype=kind)
        if self.corpus.report:
            out[REPORT_FIELD] = pd.Series(reports, index=frame.index, dtype=kind)
        return out


# --- corpus files on a cluster: what ``clean --scheduler`` runs ----------------------------------


def clean_chunks(
    source: Iterable[list[bytes]], settings: RunSettings, scheduler: str | distributed.Client | None = None
) -> Iterator[tuple[list[str], Tally]]:
    """``jsonl.clean_chunks`` on a cluster: each chunk of raw lines is a task, a few per worker thread
    are in flight, and the results come back in the input's order. ``scheduler`` is an address such as
    ``tcp://host:8786``, a Client, or None for a LocalCluster of ``settings.workers`` processes.

    The chunks are read here and sent to the workers, so they need no access to the files."""
    with _client(scheduler, settings.workers) as client:
        threads = sum(client.nthreads().values()) or 1

        def submit(chunk: list[bytes]) -> distributed.Future:
            # pure=False: equal chunks are distinct tasks, and hashing a megabyte per task is waste.
            return client.submit(jsonl.clean_chunk, (settings.options, settings.corpus, chunk), pure=False)

        yield from in_order(submit, source, threads * IN_FLIGHT_PER_WORKER)


def run(
    paths: list[Path], output: Path | None, settings: RunSettings, scheduler: str | distributed.Client | None = None
) -> Tally:
    """Clean JSON Lines corpora on a cluster into ``output`` (by its extension: .jsonl, .jsonl.gz,
    .jsonl.zst or .parquet; written beside it and renamed at the end) or stdout for None."""
    with _client(scheduler, settings.workers) as client:

        def on_cluster(source: Iterable[list[bytes]], run_settings: RunSettings) -> Iterator[tuple[list[str], Tally]]:
            return clean_chunks(source, run_settings, client)

        if output is not None and output.name.lower().endswith(".parquet"):
            from . import parquet

            return parquet.clean_files(paths, output, settings, clean_chunks=on_cluster)
        tally = Tally()
        with _target(output) as target:
            for path in paths:
                stream, _ = jsonl.open_lines(None if str(path) == "-" else path)
                with stream:
                    for lines, done in on_cluster(jsonl.chunks(stream), settings):
                        target(lines, done)
                        tally.add(done)
        return tally


@contextlib.contextmanager
def _target(output: Path | None) -> Iterator[Callable[[list[str], Tally], None]]:
    """Where each chunk's lines go: stdout, or a file as the command writes it (``resume.CorpusFile``:
    the same bytes, one gzip member or zstd frame a chunk; this path is not resumable)."""
    if output is None:
        import sys

        def to_stdout(lines: list[str], done: Tally) -> None:
            sys.stdout.buffer.write("".join(line + "\n" for line in lines).encode("utf-8"))

        yield to_stdout
        sys.stdout.buffer.flush()
        return
    file = CorpusFile(output)
    try:
        yield file.write
    except BaseException:
        file.abort()
        raise
    file.commit()


# How long a scheduler at an address has to answer: distributed's own default is 30 s, a long silence
# before a typo in the address is said.
CONNECT_SECONDS = 10.0


def reach(address: str, seconds: float | None = None) -> None:
    """Connect to the scheduler at ``address`` once, so that one that does not answer is a CorpusError
    naming it (and not, half a minute later, an error blamed on the first input file)."""
    seconds = CONNECT_SECONDS if seconds is None else seconds
    try:
        with distributed.Client(address, timeout=seconds):
            pass
    except (OSError, TimeoutError, ValueError) as error:
        raise CorpusError(f"cannot reach the Dask scheduler at {address} within {seconds:g} s: {error}") from None


@contextlib.contextmanager
def _client(scheduler: str | distributed.Client | None, workers: int) -> Iterator[distributed.Client]:
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    if scheduler is not None:
        with distributed.Client(scheduler, timeout=CONNECT_SECONDS) as client:
            yield client
        return
    # Processes, one thread each: cleaning is pure Python and holds the GIL. The dashboard on any free
    # port (None still means 8787, which another cluster on the machine may hold).
    with distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        with distributed.Client(cluster) as client:
            yield client
