"""An ordered map over worker processes, the one pool every parallel path of the package uses.

Generic: it knows nothing of cleaning. Higher layers pass a module-level function (picklable) and
build what it needs once per process (``engine.cleaner_for``)."""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

IN_FLIGHT_PER_WORKER = 3
PARENT_POLL_SECONDS = 0.5  # how long a worker outlives a parent that died (where the kernel does not tell it)
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


class WorkerDied(Exception):
    """A worker process died (the OOM killer, a segfault, kill -9): what it had is lost."""


class UnguardedMain(RuntimeError):
    """Workers were asked for while a worker process was importing the main script."""


# Said in the worker that finds itself importing a script which starts workers again, and by the parent
# whose workers all died before giving back a result (what that worker's death looks like from there).
GUARD_ADVICE = (
    "worker processes start by importing the main script; put the code that starts them "
    "(clean_many(workers=...), a corpus run) under `if __name__ == \"__main__\":`"
)


def ordered_map(
    function: Callable[[Any], Any],
    items: Iterable[Any],
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[Any]:
    """``function`` over ``items`` in ``workers`` processes, results in the items' order, with at most
    IN_FLIGHT_PER_WORKER items per worker read ahead (Pool.imap would read the whole input ahead)."""
    # spawn, not fork: a fork copies whatever the parent holds (a large pipeline's memory, its
    # threads' locks); each worker imports the package and compiles the rules once.
    # A ProcessPoolExecutor, not a multiprocessing.Pool: when a worker dies (the OOM killer, a
    # segfault, kill -9) its futures raise BrokenProcessPool, where Pool's results wait forever.
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        # multiprocessing sets this while a spawned worker imports the main script: a script with no
        # __main__ guard would start workers from each of its workers (multiprocessing says only
        # "An attempt has been made to start a new process before ... bootstrapping phase").
        raise UnguardedMain(GUARD_ADVICE)
    context = multiprocessing.get_context("spawn")
    # Here, where the first results are asked for: the pool starts its workers from this thread.
    start = (os.getpid(), threading.current_thread() is threading.main_thread(), initializer, *initargs)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_quietly, initargs=start) as pool:
        given = 0
        try:
            for result in in_order(lambda item: pool.submit(function, item), items, workers * IN_FLIGHT_PER_WORKER):
                given += 1
                yield result
        except BrokenProcessPool:
            if given == 0:
                raise WorkerDied(f"the worker processes died before giving back anything: {GUARD_ADVICE}") from None
            raise WorkerDied("a worker process died (out of memory?); the output is incomplete") from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class _Future(Protocol):
    def result(self) -> Any: ...


def in_order(submit: Callable[[Any], _Future], items: Iterable[Any], limit: int) -> Iterator[Any]:
    """Each item submitted (a process pool's or a Dask client's ``submit``), its result given back in
    the items' order, with at most ``limit`` submitted and not yet given back: the input is read only
    that far ahead, whatever its size."""
    pending: deque[_Future] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _start_quietly(parent: int, main_thread: bool, initializer: Callable[..., None] | None, *initargs: Any) -> None:
    """Worker initializer: ignore Ctrl-C, and end with the parent. The terminal sends SIGINT to every
    process of the group; the main process gets KeyboardInterrupt and stops the pool, without a
    traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent(parent, main_thread)
    if initializer is not None:
        initializer(*initargs)


def exit_with_parent(parent: int, deathsig: bool) -> None:
    """End this worker process when ``parent`` does, however it ends (kill -9 included): a worker
    left waiting for work that never comes would hold its memory, and the multiprocessing resource
    tracker with it, for ever.

    On Linux the kernel sends SIGKILL at once (prctl PR_SET_PDEATHSIG), when ``deathsig``: the parent
    started its workers from its main thread (the signal comes when the thread that started the process
    ends, not the process). Everywhere, a thread checks every PARENT_POLL_SECONDS that ``parent`` is still
    the parent: an orphan is adopted by another process (init, a subreaper)."""
    if deathsig and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no libc to ask: the thread below still watches
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="exit-with-parent", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
