"""Corpus files written so that a run killed at any moment (kill -9 too) can be continued.

While a run writes ``OUT``, the data so far is in ``OUT.partial``, locked by the run (an advisory
``flock``: a second run on the same target is refused while the first lives, and the lock goes with
the process however it ends). At the end the partial file is renamed to ``OUT``: no reader ever sees
half a corpus under the final name.

A resumable run (one input file, read again the same way on the next run) also keeps
``OUT.progress``, a small JSON file written at most every ``CHECKPOINT_SECONDS``, at a chunk boundary,
after the data it covers is on disk (fsync), and renamed into place: how many input records and
chunks are done, how many bytes of the partial file hold their output, a digest of the input lines
read, the run's tally, and the fingerprint of what the output depends on (``state.fingerprint``). A
run on the same target with the same fingerprint truncates the partial file to the recorded size,
reads the finished chunks again without cleaning them (checking their digest), and goes on from
there; the bytes it ends with are the bytes of an uninterrupted run, because every chunk's output
depends on that chunk alone.

Compressed output is one gzip member or zstd frame per chunk, so that the compressor starts afresh
at every chunk boundary: a resumed run appends exactly the members an uninterrupted run writes there.
Concatenated members (RFC 1952) and frames (RFC 8878) are one valid file for every reader.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from . import jsonl, state
from .jsonl import CorpusError, reason
from .records import Tally

CHECKPOINT_SECONDS = 1.0  # the work a kill can cost, beyond the chunks in flight; each checkpoint is two fsyncs
_EMPTY_DIGEST = hashlib.sha256().hexdigest()


class OutputError(CorpusError):
    """The output file cannot be made or written; the message names it."""


@dataclass(frozen=True)
class Checkpoint:
    """How far a run got: input records and chunks done, the bytes of the partial file holding their
    output, the digest of the input lines read, and what was done to them."""

    records: int = 0
    chunks: int = 0
    size: int = 0
    digest: str = _EMPTY_DIGEST
    tally: Tally = field(default_factory=Tally)


def chunk_encoder(output: Path) -> Callable[[bytes], bytes]:
    """A chunk's bytes as the output file holds them, by its name: as they are, one gzip member
    (level 9, no name, mtime 0: as ``gzip.GzipFile`` writes them), or one zstd frame (level 3)."""
    name = output.name.lower()
    if name.endswith(".gz"):
        return _gzip_member
    if name.endswith(".zst"):
        return jsonl._zstandard(output).ZstdCompressor().compress
    return _as_is


def _as_is(data: bytes) -> bytes:
    return data


def _gzip_member(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", filename="", mtime=0) as member:
        member.write(data)
    return buffer.getvalue()


class CorpusFile:
    """``output`` being written, through ``OUT.partial``; with a ``fingerprint`` (``state.fingerprint``)
    resumable through ``OUT.progress``. With ``strict`` (``--resume``), an earlier run's state made
    for other inputs or options is an error, left untouched, rather than dropped.

    ``start`` is where this run begins (nothing, or an interrupted run's checkpoint), ``dropped`` says
    why an earlier run's state was not used, ``cleared`` the temporary files of dead runs removed."""

    def __init__(self, output: Path, fingerprint: dict[str, Any] | None = None, strict: bool = False) -> None:
        if output.is_dir():
            raise OutputError(f"{output}: is a folder; -o takes a file name in corpus mode")
        self.output = output
        self.partial = state.sidecar(output, state.PARTIAL)
        self.progress = state.sidecar(output, state.PROGRESS)
        self.fingerprint = fingerprint
        self.encode = chunk_encoder(output)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            self.cleared = state.clear_stale(output)
            descriptor = os.open(self.partial, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
        except OSError as error:
            raise OutputError(f"{output}: {reason(error)}") from None
        try:
            _lock(descriptor, self.partial, output)
            self.start, self.dropped = self._begin(descriptor, strict)
            self.file: IO[bytes] = open(descriptor, "wb", closefd=True)  # no truncation: that was _begin's
        except BaseException as error:
            os.close(descriptor)
            if isinstance(error, OSError):
                raise OutputError(f"{output}: {reason(error)}") from None
            raise
        self.done = self.start
        self.digests: deque[str] = deque()  # the input's digest after each chunk read and not yet written
        self.last = time.monotonic()

    def _begin(self, descriptor: int, strict: bool) -> tuple[Checkpoint, str | None]:
        """Where this run starts, with the partial file cut there; and why an earlier run's state was dropped."""
        size = os.fstat(descriptor).st_size
        saved = state.load(self.progress) if self.progress.exists() else None
        if saved is not None and size > 0:
            why = state.mismatch(saved, self.fingerprint, size)
            if why is None:
                start = _checkpoint(saved)
                os.ftruncate(descriptor, start.size)  # what was written after the checkpoint is written again
                os.lseek(descriptor, start.size, os.SEEK_SET)
                return start, None
            if strict:
                raise OutputError(
                    f"{self.output}: cannot resume the interrupted run ({why}); run without --resume to start over"
                )
        else:
            why = None  # no state, or nothing written yet: nothing to tell
        # The state goes before the data it describes: a crash in between leaves no state to mislead.
        state.remove(self.progress)
        os.ftruncate(descriptor, 0)
        return Checkpoint(), why

    # --- the run ---------------------------------------------------------------------------------

    @property
    def tally(self) -> Tally:
        """What was done to the records written so far, an interrupted run's included."""
        return self.done.tally

    def source(self, chunks: Iterable[list[bytes]]) -> Iterator[list[bytes]]:
        """The input's chunks still to clean: the ones an interrupted run finished are read, checked
        against its digest, and passed over."""
        digest = hashlib.sha256()
        chunks = iter(chunks)
        records = 0
        for _ in range(self.start.chunks):
            chunk = next(chunks, None)
            if chunk is None:
                break
            records += len(chunk)
            for line in chunk:
                digest.update(line)
        if (records, digest.hexdigest()) != (self.start.records, self.start.digest):
            # Same size and time, other content: what the partial file holds is not this input's.
            state.remove(self.progress)
            raise CorpusError("differs from the input of the interrupted run (same size and time); run again")
        tracked = self.fingerprint is not None
        for chunk in chunks:
            if tracked:
                for line in chunk:
                    digest.update(line)
                self.digests.append(digest.hexdigest())
            yield chunk

    def write(self, lines: list[str], done: Tally) -> None:
        """One chunk's cleaned lines, with what was done to them; a checkpoint when one is due."""
        data = self.encode("".join(line + "\n" for line in lines).encode("utf-8"))
        try:
            self.file.write(data)
        except OSError as error:
            raise OutputError(f"{self.output}: cannot write: {reason(error)}") from None
        tally = Tally()
        tally.add(self.done.tally)
        tally.add(done)
        digest = self.digests.popleft() if self.digests else self.done.digest
        # One assignment: an interrupt leaves ``done`` before or after this chunk, never half-way.
        done_before = self.done
        self.done = Checkpoint(
            done_before.records + len(lines), done_before.chunks + 1, done_before.size + len(data), digest, tally
        )
        if time.monotonic() - self.last >= CHECKPOINT_SECONDS:
            self.checkpoint()

    def checkpoint(self) -> None:
        """The data so far on disk, then the progress file saying so (nothing for a run that cannot resume)."""
        if self.fingerprint is None:
            return
        done = self.done
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            state.save(self.progress, _record(self.fingerprint, done))
        except OSError as error:
            raise OutputError(f"{self.output}: cannot write: {reason(error)}") from None
        self.last = time.monotonic()

    # --- the end ---------------------------------------------------------------------------------

    def commit(self) -> None:
        """The run is done: the partial file becomes the output, and the progress file goes."""
        try:
            if self.done.size == 0 and self.encode is not _as_is:
                self.file.write(self.encode(b""))  # an empty corpus is still a valid .gz or .zst file
            self.file.flush()
            os.fsync(self.file.fileno())
            os.replace(self.partial, self.output)  # still locked: no other run can take the file half-way
            state.sync_folder(self.output.parent)
            state.remove(self.progress)
        except OSError as error:
            self.abort()
            raise OutputError(f"{self.output}: cannot write: {reason(error)}") from None
        finally:
            self.file.close()

    def abort(self) -> None:
        """The run failed: nothing of it is kept, and the target is left as it was."""
        try:
            state.remove(self.progress)
            self.partial.unlink(missing_ok=True)
        finally:
            self.file.close()

    def suspend(self) -> bool:
        """The run was interrupted: keep what is done for the next run, if it can resume (True), else
        drop it as ``abort`` does."""
        if self.fingerprint is None or self.done.chunks == 0:
            self.abort()
            return False
        try:
            self.checkpoint()
        except OutputError:
            pass  # the last checkpoint still holds: the next run goes on from there
        finally:
            self.file.close()
        return True


def _lock(descriptor: int, partial: Path, output: Path) -> None:
    """Hold the partial file for this run (until its process ends, however): a second run on the same
    target is refused while the first lives."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; one run a target is the caller's to keep
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputError(f"{output}: another run is writing it ({partial.name} is locked)") from None
    except OSError:
        pass  # a file system without locks: go on unlocked


def _record(fingerprint: dict[str, Any], done: Checkpoint) -> dict[str, Any]:
    tally = done.tally
    return {
        "fingerprint": fingerprint,
        "records": done.records,
        "chunks": done.chunks,
        "bytes": done.size,
        "digest": done.digest,
        "tally": {
            "records": tally.records,
            "bytes": tally.bytes,
            "changed": tally.changed,
            "errors": tally.errors,
            "lines_removed": dict(tally.lines_removed),  # in the order first seen: the summary's ties keep it
        },
    }


def _checkpoint(saved: dict[str, Any]) -> Checkpoint:
    counts = saved["tally"]
    tally = Tally(counts["records"], counts["bytes"], counts["changed"], counts["errors"])
    tally.lines_removed.update(counts["lines_removed"])
    return Checkpoint(saved["records"], saved["chunks"], saved["bytes"], saved["digest"], tally)
