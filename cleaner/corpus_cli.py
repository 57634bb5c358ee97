"""``clean CORPUS.jsonl``: the command's corpus mode.

Every input record comes out, in order: cleaned, or unchanged (an error record for a line that is not
JSON) with the reason under ``cleaner.error``. The run ends with one summary line on stderr, and exit
code 2 when any record was bad, with their number.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, TextIO

from . import batch
from .batch import CorpusError, RunSettings
from .corpus import Tally

SUMMARY_TOP_RULES = 5


def run(paths: tuple[str, ...], output: Path | None, settings: RunSettings, quiet: bool, stdin_name: str = "-") -> int:
    """Clean each corpus in turn to ``output`` (a file, by its extension) or to stdout."""
    if output is not None and output.name.lower().endswith(".parquet"):
        return _parquet(paths, output, settings, quiet)
    tally = Tally()
    status = 0
    progress = _Progress(sys.stderr) if _terminal(quiet) else None
    target, finish = _target(output)
    try:
        for name in paths:
            source = None if name == stdin_name else Path(name)
            try:
                if source is not None and source.name.lower().endswith(".parquet"):
                    raise CorpusError("Parquet input needs Parquet output: give -o FILE.parquet")
                stream, position = batch.open_lines(source)
                size = source.stat().st_size if source is not None else 0
                with stream:
                    for lines, done in batch.clean_chunks(batch.chunks(stream), settings):
                        target.write("".join(line + "\n" for line in lines).encode("utf-8"))
                        tally.add(done)
                        if progress is not None:
                            progress.show(tally, position(), size)
            except (CorpusError, OSError, EOFError) as error:
                _say(f"{name}: {_reason(error)}", progress)
                status = 2
        finish(ok=True)
    except BaseException:
        finish(ok=False)
        raise
    finally:
        if progress is not None:
            progress.clear()
    return _summarise(tally, status, quiet)


def _parquet(paths: tuple[str, ...], output: Path, settings: RunSettings, quiet: bool) -> int:
    from . import parquet  # pyarrow is an optional extra: imported only for Parquet

    try:
        tally = parquet.clean_files([Path(p) for p in paths], output, settings)
    except CorpusError as error:
        _say(str(error), None)
        return 2
    return _summarise(tally, 0, quiet)


def _summarise(tally: Tally, status: int, quiet: bool) -> int:
    if not quiet:
        top = ", ".join(f"{rule} {count}" for rule, count in tally.lines_removed.most_common(SUMMARY_TOP_RULES))
        _say(
            f"{tally.records} records, {tally.bytes / 1e6:.1f} MB, {tally.changed} changed, {tally.errors} bad"
            + (f"; lines removed: {top}" if top else ""),
            None,
        )
    if tally.errors:
        _say(f"{tally.errors} bad record{'s' if tally.errors != 1 else ''} (passed through with cleaner.error)", None)
        status = 2
    return status


def _target(output: Path | None) -> tuple[IO[bytes], object]:
    """Where the lines go, and how to finish: a file is written beside its final name and renamed
    over it only when the run succeeded, so no half-written corpus is left behind."""
    if output is None:
        stdout = sys.stdout.buffer

        def finish_stdout(ok: bool) -> None:
            stdout.flush()

        return stdout, finish_stdout
    output.parent.mkdir(parents=True, exist_ok=True)
    compression = next((ext for ext in (".gz", ".zst") if output.name.lower().endswith(ext)), "")
    handle = tempfile.NamedTemporaryFile(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp" + compression, delete=False)
    handle.close()
    temporary = Path(handle.name)
    stream = batch.open_output(temporary)

    def finish_file(ok: bool) -> None:
        try:
            stream.close()
        finally:
            if ok:
                os.replace(temporary, output)
            else:
                temporary.unlink(missing_ok=True)

    return stream, finish_file


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _say(text: str, progress: _Progress | None) -> None:
    if progress is not None:
        progress.clear()
    print(f"clean: {text}", file=sys.stderr, flush=True)


def _terminal(quiet: bool) -> bool:
    if quiet:
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """``clean: 12,000 records, 35.2 MB, 160 records/s, ETA 0:04:10`` rewritten in place."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def show(self, tally: Tally, position: int, size: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-6)
        line = f"\rclean: {tally.records:,} records, {tally.bytes / 1e6:.1f} MB, {tally.records / elapsed:,.0f} records/s"
        if size and position:
            remaining = elapsed * (size - position) / position
            line += f", ETA {int(remaining // 3600)}:{int(remaining % 3600 // 60):02d}:{int(remaining % 60):02d}"
        self.stream.write(line + "\033[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False
