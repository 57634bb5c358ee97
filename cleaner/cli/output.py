"""Where ``clean`` puts what it makes: data on stdout or in files, messages on stderr.

stdout carries data only, as bytes; every message is one stderr line starting with ``clean:``.
"""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..io import jsonl


class OutputError(Exception):
    """Standard output cannot be written (disk full, a closed terminal): the run ends."""


def stdout() -> BinaryIO:
    # Looked up on every use (never at import) so redirection by callers and tests is honoured;
    # bytes avoid newline translation, so CRLF input comes out as CRLF.
    return sys.stdout.buffer


def message(text: str) -> None:
    print(f"clean: {text}", file=sys.stderr, flush=True)


def write_stdout(data: bytes | Iterable[bytes]) -> None:
    """Write the bytes (or pieces of bytes) to stdout; a failure other than a closed pipe is an OutputError."""
    out = stdout()
    try:
        for piece in (data,) if isinstance(data, bytes) else data:
            if piece:
                out.write(piece)
        out.flush()  # a closed pipe shows up now, not at exit
    except BrokenPipeError:
        raise  # the reader went away: not an error, the command ends quietly (see main)
    except OSError as error:
        raise OutputError(f"cannot write to standard output: {jsonl.reason(error)}") from None


def silence_stdout() -> None:
    # Python flushes stdout again at exit and would print "Exception ignored ... BrokenPipeError";
    # pointing the descriptor at /dev/null makes that flush succeed quietly.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (embedded use, tests): nothing will flush at exit


def write_atomically(target: Path, data: Iterable[bytes], like: Path | None) -> None:
    """Write through a temporary file in the target's folder and rename it over the target, so a
    reader (or a crash) never sees half a file. The file gets the permissions of ``like``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_symlink():
        target = Path(os.path.realpath(target))  # -i rewrites the file the link points at, keeping the link
    handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.writelines(data)
        if like is not None:
            os.chmod(handle.name, stat.S_IMODE(os.stat(like).st_mode))
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
