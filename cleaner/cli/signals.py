"""SIGTERM taken as Ctrl-C while the command runs.

``kill PID``, ``timeout``, ``docker stop``, systemd and batch schedulers end a run with SIGTERM,
whose default action ends the process on the spot: a temporary file would be left, and a resumable
run would lose the work since its last checkpoint. Raised as KeyboardInterrupt, it goes the way
Ctrl-C goes: the pool is stopped, temporary files are removed, a resumable run's state is saved, and
the exit code is 130 (``args.EXIT_INTERRUPTED``).
"""
from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM raises KeyboardInterrupt; then the previous handler is back. Only
    in the main thread (the only one Python delivers signals to) and only over the default action:
    a program that calls ``main`` and handles SIGTERM itself keeps its own handler."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
