"""Corpus runs: read JSON Lines (plain, gzip or zstd), clean them in worker processes, write them
back in order.

Memory stays flat whatever the corpus size: lines are read in chunks of about ``CHUNK_BYTES``, at most
``IN_FLIGHT_PER_WORKER`` chunks per worker are queued or being cleaned, and each chunk's output is
written as soon as its turn comes. Workers receive raw lines and send back finished JSON lines, so
parsing and serialising run in parallel too; the main process only reads and writes.
"""
from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..engine import cleaner_for
from ..options import Options
from ..parallel import WorkerDied, ordered_map
from .records import CorpusOptions, Tally, clean_json_line

CHUNK_BYTES = 1 << 20
CHUNK_LINES = 2000
CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")


class CorpusError(Exception):
    """A corpus that cannot be read or written at all (not one bad record: those are reported)."""


class TruncatedInput(CorpusError):
    """A corpus whose stream breaks off (a download cut short): the records before the break are
    cleaned and written; this says where it broke."""


def is_corpus(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(CORPUS_SUFFIXES) or lowered.endswith(".parquet")


@dataclass(frozen=True)
class RunSettings:
    """How a corpus run cleans: the cleaner's options, the record fields, and the worker count."""

    options: Options
    corpus: CorpusOptions
    workers: int = 1


# --- reading and writing ------------------------------------------------------------------------


def open_lines(path: Path | None) -> tuple[IO[bytes], Callable[[], int]]:
    """A binary stream of the corpus's lines (stdin for None) and a function telling how many bytes
    of the file itself have been read, for progress."""
    if path is None:
        import sys

        return sys.stdin.buffer, lambda: 0
    try:
        raw = path.open("rb")
    except OSError as error:
        raise CorpusError(reason(error)) from None
    name = path.name.lower()
    if name.endswith(".gz"):
        stream = gzip.GzipFile(fileobj=raw, mode="rb")
        stream.myfileobj = raw  # type: ignore[assignment]  # a GzipFile closes the file it opened itself (myfileobj), not fileobj
        return stream, raw.tell  # type: ignore[return-value]
    if name.endswith(".zst"):
        zstandard = _zstandard(path)
        # every frame, not the first alone: corpora written here are a frame a chunk (see io.resume)
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader), raw.tell
    return raw, raw.tell


def reason(error: BaseException) -> str:
    """What went wrong, for a one-line message: the system's words for an OSError."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _zstandard(path: Path) -> Any:
    try:
        import zstandard
    except ImportError:
        raise CorpusError(
            "reading and writing .zst needs the zstandard package: pip install 'boilercut[zstd]'"
        ) from None
    return zstandard


def chunks(stream: IO[bytes], broken: list[TruncatedInput] | None = None) -> Iterator[list[bytes]]:
    """The stream's lines in lists of about CHUNK_BYTES (a longer line is a chunk of its own).

    A compressed stream that breaks off ends the chunks after the lines read before the break (the
    last of them, cut short, among them: it comes out as an error record, not lost). The break is put in
    ``broken`` for the caller to raise once the chunks already given are written (raised here, it would
    cancel those still in the workers); raised at the end when ``broken`` is None."""
    chunk: list[bytes] = []
    size = 0
    lines = 0
    first = True
    try:
        for line in stream:
            if first:
                line = line.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark is the file's, not the record's
                first = False
            chunk.append(line)
            size += len(line)
            lines += 1
            if size >= CHUNK_BYTES or len(chunk) >= CHUNK_LINES:
                yield chunk
                chunk, size = [], 0
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        if lines == 0:  # broken from its first byte: not a corpus cut short, nothing of it to keep
            raise CorpusError(f"not a readable compressed file: {reason(error)}") from None
        if chunk:
            yield chunk
        found = TruncatedInput(f"the compressed stream breaks off after line {lines}: {reason(error)}")
        if broken is None:
            raise found from None
        broken.append(found)
        return
    if chunk:
        yield chunk


# --- cleaning ------------------------------------------------------------------------------------


def clean_chunks(source: Iterable[list[bytes]], settings: RunSettings) -> Iterator[tuple[list[str], Tally]]:
    """Each chunk's cleaned lines with what was done, in the input's order."""
    if settings.workers <= 1:
        for chunk in source:
            yield clean_chunk((settings.options, settings.corpus, chunk))
        return
    # Each job carries its options (a few hundred bytes beside a megabyte of lines): the worker asks
    # engine.cleaner_for, which compiles the rules once a process, as every other path does.
    jobs = ((settings.options, settings.corpus, chunk) for chunk in source)
    try:
        yield from ordered_map(clean_chunk, jobs, settings.workers)
    except WorkerDied as error:
        raise CorpusError(str(error)) from None


def clean_chunk(job: tuple[Options, CorpusOptions, list[bytes]]) -> tuple[list[str], Tally]:
    """One chunk of raw JSON lines, cleaned into finished ones, with what was done (in a worker
    process or this one)."""
    options, corpus, lines = job
    cleaner = cleaner_for(options)
    tally = Tally()
    return [clean_json_line(line, cleaner, corpus, tally) for line in lines], tally
