"""``clean CORPUS.jsonl``: the command's corpus mode.

Every input record comes out, in order: cleaned, or unchanged (an error record for a line that is not
JSON) with the reason under ``cleaner.error``. The run ends with one summary line on stderr, and exit
code 2 when any record was bad, with their number.
"""
from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO

from ..io import jsonl
from ..io.jsonl import CorpusError, RunSettings, reason
from ..io.records import Tally
from .terminal import StatusLine, stderr_is_terminal

if TYPE_CHECKING:
    from ..io.parquet import ChunkCleaner

SUMMARY_TOP_RULES = 5


def run(
    paths: tuple[str, ...],
    output: Path | None,
    settings: RunSettings,
    quiet: bool,
    stdin_name: str = "-",
    scheduler: str | None = None,
) -> int:
    """Clean each corpus in turn to ``output`` (a file, by its extension) or to stdout; in worker
    processes, or with ``scheduler`` on a Dask cluster (an address, or "local")."""
    clean_chunks = jsonl.clean_chunks
    if scheduler is not None:
        try:
            from ..io import dask as on_dask  # an optional extra: imported only when asked for
        except ImportError as error:
            _say(str(error).split(" (")[0], None)
            return 2
        clean_chunks = functools.partial(on_dask.clean_chunks, scheduler=None if scheduler == "local" else scheduler)
    if output is not None and output.name.lower().endswith(".parquet"):
        return _parquet(paths, output, settings, quiet, clean_chunks)
    tally = Tally()
    status = 0
    try:
        target, finish = _target(output)
    except (CorpusError, OSError) as error:
        _say(reason(error) if isinstance(error, CorpusError) else f"{output}: {reason(error)}", None)
        return 2
    progress = _Progress(sys.stderr) if not quiet and stderr_is_terminal() else None
    try:
        for name in paths:
            source = None if name == stdin_name else Path(name)
            try:
                _clean_lines(source, target, settings, clean_chunks, tally, progress)
            except BrokenPipeError:
                raise  # the reader went away: the command ends quietly (cleaner.cli.main)
            except (CorpusError, OSError, EOFError) as error:
                _say(f"{name}: {reason(error)}", progress)
                status = 2
        finish(status == 0 or output is None)  # ok? -o takes one corpus: unreadable means no file
    except BaseException:
        finish(False)  # not ok: an output file is dropped, its target left as it was
        raise
    finally:
        if progress is not None:
            progress.clear()
    return _summarise(tally, status, quiet)


def _clean_lines(
    source: Path | None,
    target: IO[bytes],
    settings: RunSettings,
    clean_chunks: ChunkCleaner,
    tally: Tally,
    progress: _Progress | None,
) -> None:
    """One JSON Lines corpus (``source`` None for stdin) cleaned into ``target``, counted in ``tally``."""
    if source is not None and source.name.lower().endswith(".parquet"):
        raise CorpusError("Parquet input needs Parquet output: give -o FILE.parquet")
    stream, position = jsonl.open_lines(source)
    size = source.stat().st_size if source is not None else 0
    with stream:
        for lines, done in clean_chunks(jsonl.chunks(stream), settings):
            target.write("".join(line + "\n" for line in lines).encode("utf-8"))
            tally.add(done)
            if progress is not None:
                progress.show(tally, position(), size)


def _parquet(
    paths: tuple[str, ...], output: Path, settings: RunSettings, quiet: bool, clean_chunks: ChunkCleaner
) -> int:
    from ..io import parquet  # pyarrow is an optional extra: imported only for Parquet

    try:
        tally = parquet.clean_files([Path(p) for p in paths], output, settings, clean_chunks)
    except CorpusError as error:
        _say(str(error), None)
        return 2
    return _summarise(tally, 0, quiet)


def _summarise(tally: Tally, status: int, quiet: bool) -> int:
    if not quiet:
        top = ", ".join(f"{rule} {count}" for rule, count in tally.lines_removed.most_common(SUMMARY_TOP_RULES))
        records = f"{tally.records} record{'s' if tally.records != 1 else ''}"
        _say(
            f"{records}, {tally.bytes / 1e6:.1f} MB, {tally.changed} changed, {tally.errors} bad"
            + (f"; lines removed: {top}" if top else ""),
            None,
        )
    if tally.errors:
        _say(f"{tally.errors} bad record{'s' if tally.errors != 1 else ''} (passed through with cleaner.error)", None)
        status = 2
    return status


def _target(output: Path | None) -> tuple[IO[bytes], Callable[[bool], None]]:
    """Where the lines go, and how to finish: a file is renamed into place only when the run
    succeeded (jsonl.CorpusOutput), stdout is flushed."""
    if output is None:
        stdout = sys.stdout.buffer
        return stdout, lambda ok: stdout.flush()
    file = jsonl.CorpusOutput(output)
    return file.stream, lambda ok: file.commit() if ok else file.abort()


def _say(text: str, progress: _Progress | None) -> None:
    if progress is not None:
        progress.clear()
    print(f"clean: {text}", file=sys.stderr, flush=True)


class _Progress(StatusLine):
    """``clean: 12,000 records, 35.2 MB, 160 records/s, ETA 0:04:10`` rewritten in place."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.start = time.monotonic()
        self.last = 0.0

    def show(self, tally: Tally, position: int, size: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.2:  # redrawing more often only costs time: nobody reads that fast
            return
        self.last = now
        elapsed = max(now - self.start, 1e-6)
        line = f"clean: {tally.records:,} records, {tally.bytes / 1e6:.1f} MB, {tally.records / elapsed:,.0f} records/s"
        if size and position:
            remaining = elapsed * (size - position) / position
            line += f", ETA {int(remaining // 3600)}:{int(remaining % 3600 // 60):02d}:{int(remaining % 60):02d}"
        self.draw(line)
