"""``clean CORPUS.jsonl``: the command's corpus mode.

Every input record comes out, in order: cleaned, or unchanged (an error record for a line that is not
JSON) with the reason under ``cleaner.error``. The run ends with one summary line on stderr, and exit
code 2 when any record was bad, with their number. A file given with -o is written through
``OUT.partial`` (``io.resume``): a run that was interrupted or killed is resumed by the next one with
the same inputs and options.
"""
from __future__ import annotations

import functools
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from ..io import jsonl, state
from ..io.jsonl import CorpusError, RunSettings, TruncatedInput, reason
from ..io.records import Tally
from ..io.resume import CorpusFile, OutputError
from ..parallel import WorkerDied
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
    resume: bool = False,
    finished: Callable[[Tally], None] | None = None,
) -> int:
    """Clean each corpus in turn to ``output`` (a file, by its extension) or to stdout; in worker
    processes, or with ``scheduler`` on a Dask cluster (an address, or "local"). A JSON Lines file
    written from one input file can be resumed (``resume.CorpusFile``); with ``resume`` (--resume) an
    earlier run's state that cannot be is an error, not a reason to start over. ``finished`` is given
    the run's tally at its end (the --learn report)."""
    clean_chunks = jsonl.clean_chunks
    if scheduler is not None:
        try:
            from ..io import dask as on_dask  # an optional extra: imported only when asked for
        except ImportError as error:
            _say(str(error).split(" (")[0], None)
            return 2
        if scheduler != "local":
            try:
                on_dask.reach(scheduler)
            except CorpusError as error:  # the scheduler's fault, not the input's: said before any is read
                _say(str(error), None)
                return 2
        clean_chunks = functools.partial(on_dask.clean_chunks, scheduler=None if scheduler == "local" else scheduler)
    if output is not None and output.name.lower().endswith(".parquet"):
        return _parquet(paths, output, settings, quiet, clean_chunks, finished)
    sources = [None if name == stdin_name else Path(name) for name in paths]
    if output is None:
        return _to_stdout(paths, sources, settings, clean_chunks, quiet, finished)
    return _to_file(paths, sources, output, settings, clean_chunks, quiet, resume, finished)


def _to_stdout(
    paths: tuple[str, ...],
    sources: list[Path | None],
    settings: RunSettings,
    clean_chunks: ChunkCleaner,
    quiet: bool,
    finished: Callable[[Tally], None] | None,
) -> int:
    sink = _Stdout()
    progress = _progress(quiet)
    try:
        status, _ = _clean_each(paths, sources, sink, settings, clean_chunks, progress, _reader_gone)
        sys.stdout.buffer.flush()
    finally:
        if progress is not None:
            progress.clear()
    return _summarise(sink.tally, status, quiet, finished)


def _to_file(
    paths: tuple[str, ...],
    sources: list[Path | None],
    output: Path,
    settings: RunSettings,
    clean_chunks: ChunkCleaner,
    quiet: bool,
    resume: bool,
    finished: Callable[[Tally], None] | None,
) -> int:
    """The corpus into ``output`` through ``OUT.partial``: renamed into place when the run succeeds,
    removed when it fails, kept (with ``OUT.progress``) when it is interrupted and can be resumed."""
    try:
        fingerprint = _fingerprint(paths, sources, settings, resume)
    except CorpusError as error:  # an input that cannot be read: said as a run that read nothing says it
        _say(str(error), None)
        return _summarise(Tally(), 2, quiet)
    try:
        file = CorpusFile(output, fingerprint, strict=resume)
    except CorpusError as error:  # the output's name is in the message
        _say(str(error), None)
        return 2
    _announce(file, quiet)
    progress = _progress(quiet)
    try:
        status, truncated = _clean_each(paths, sources, file, settings, clean_chunks, progress, _worker_died)
        if status == 0 or (truncated and len(paths) == 1):
            file.commit()
        else:
            file.abort()  # -o takes one corpus: unreadable means no file
    except OutputError as error:
        file.abort()
        _say(str(error), progress)
        return 2
    except (KeyboardInterrupt, CorpusError) as error:  # Ctrl-C, SIGTERM, or a worker killed: the only
        _suspend(file, error, progress)  # CorpusError that gets here (the others end their corpus above)
        if isinstance(error, KeyboardInterrupt):
            raise
        return 2
    except BaseException:
        file.abort()  # not ok: the output file is dropped, its target left as it was
        raise
    finally:
        if progress is not None:
            progress.clear()
    return _summarise(file.tally, status, quiet, finished)


def _clean_each(
    paths: tuple[str, ...],
    sources: list[Path | None],
    sink: _Sink,
    settings: RunSettings,
    clean_chunks: ChunkCleaner,
    progress: _Progress | None,
    ends_run: Callable[[BaseException], bool],
) -> tuple[int, bool]:
    """Each input cleaned into ``sink`` in turn; one that cannot be read is said and the next goes on,
    unless the error ``ends_run`` (or the output cannot be written): then it is raised. The exit status
    so far, and whether an input broke off (what was read before the break is cleaned and kept)."""
    status, truncated = 0, False
    for name, source in zip(paths, sources):
        try:
            _clean_lines(source, sink, settings, clean_chunks, progress)
        except OutputError:
            raise
        except (CorpusError, OSError, EOFError) as error:
            if ends_run(error):
                raise
            _say(f"{name}: {reason(error)}", progress)
            status, truncated = 2, truncated or isinstance(error, TruncatedInput)
    return status, truncated


def _reader_gone(error: BaseException) -> bool:
    """Whoever read stdout went away: the command ends quietly (cleaner.cli.main), no input goes on."""
    return isinstance(error, BrokenPipeError)


def _suspend(file: CorpusFile, error: BaseException, progress: _Progress | None) -> None:
    """The run stopped from outside: what is done is kept for the next run, if it can resume."""
    if isinstance(error, CorpusError):
        _say(str(error), progress)
    if file.suspend():
        kept = f"{file.done.records:,} records kept in {file.partial.name}"
        _say(f"{file.output}: interrupted; {kept}: the same command resumes from there", progress)


def _fingerprint(
    paths: tuple[str, ...], sources: list[Path | None], settings: RunSettings, resume: bool
) -> dict[str, Any] | None:
    """The run's fingerprint when it can be resumed: one input, a file that reads the same again.
    An input that cannot be read is said before the output is touched (an earlier run's state stays)."""
    for name, source in zip(paths, sources):
        if source is not None:
            try:
                source.stat()
            except OSError as error:
                raise CorpusError(f"{name}: {reason(error)}") from None
    if len(sources) != 1 or sources[0] is None:
        return None  # --resume is refused for these before the run (cleaner.cli.args)
    if not stat.S_ISREG(sources[0].stat().st_mode):
        if resume:
            raise CorpusError(f"{paths[0]}: --resume needs an input file that reads the same again, not a pipe")
        return None
    return state.fingerprint(sources[0], settings)


def _announce(file: CorpusFile, quiet: bool) -> None:
    """What the run found beside its output: dead runs' files, an interrupted run's state."""
    if not quiet:
        for path in sorted(file.cleared):
            _say(f"{path}: removed, left by a run that died", None)
    if file.dropped is not None:
        _say(f"{file.output}: not resuming the interrupted run ({file.dropped}): starting over", None)
    elif file.start.records and not quiet:
        _say(f"{file.output}: resuming the interrupted run after {file.start.records:,} records", None)


def _worker_died(error: BaseException) -> bool:
    """A worker process was killed (the OOM killer, kill -9): jsonl.clean_chunks says so as a
    CorpusError raised from the pool's WorkerDied. The run did not fail by itself: what is done is kept."""
    return isinstance(error, CorpusError) and isinstance(error.__context__, WorkerDied)


class _Sink(Protocol):
    @property
    def tally(self) -> Tally: ...

    def source(self, chunks: Iterable[list[bytes]]) -> Iterator[list[bytes]]: ...

    def write(self, lines: list[str], done: Tally) -> None: ...


class _Stdout:
    """Standard output as ``_clean_lines`` writes into it (what ``resume.CorpusFile`` is for a file)."""

    def __init__(self) -> None:
        self.tally = Tally()

    def source(self, chunks: Iterable[list[bytes]]) -> Iterator[list[bytes]]:
        return iter(chunks)

    def write(self, lines: list[str], done: Tally) -> None:
        sys.stdout.buffer.write("".join(line + "\n" for line in lines).encode("utf-8"))
        self.tally.add(done)


def _clean_lines(
    source: Path | None,
    sink: _Sink,
    settings: RunSettings,
    clean_chunks: ChunkCleaner,
    progress: _Progress | None,
) -> None:
    """One JSON Lines corpus (``source`` None for stdin) cleaned into ``sink``, counted in its tally."""
    if source is not None and source.name.lower().endswith(".parquet"):
        raise CorpusError("Parquet input needs Parquet output: give -o FILE.parquet")
    stream, position = jsonl.open_lines(source)
    size = source.stat().st_size if source is not None else 0
    broken: list[TruncatedInput] = []
    with stream:
        for lines, done in clean_chunks(sink.source(jsonl.chunks(stream, broken)), settings):
            sink.write(lines, done)
            if progress is not None:
                progress.show(sink.tally, position(), size)
    if broken:  # raised once the records before the break are written, not while they are cleaned
        raise broken[0]


def _parquet(
    paths: tuple[str, ...],
    output: Path,
    settings: RunSettings,
    quiet: bool,
    clean_chunks: ChunkCleaner,
    finished: Callable[[Tally], None] | None,
) -> int:
    from ..io import parquet  # pyarrow is an optional extra: imported only for Parquet

    try:
        tally = parquet.clean_files([Path(p) for p in paths], output, settings, clean_chunks)
    except CorpusError as error:
        _say(str(error), None)
        return 2
    return _summarise(tally, 0, quiet, finished)


def _summarise(tally: Tally, status: int, quiet: bool, finished: Callable[[Tally], None] | None = None) -> int:
    if finished is not None:
        finished(tally)
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


def _progress(quiet: bool) -> _Progress | None:
    return _Progress(sys.stderr) if not quiet and stderr_is_terminal() else None


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
