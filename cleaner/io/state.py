"""What a corpus run leaves beside its output while it runs, and how the next run reads it.

* ``OUT.partial``: the data written so far (``resume.CorpusFile``).
* ``OUT.progress``: a resumable run's last checkpoint, JSON, replaced atomically through
  ``OUT.progress.tmp``; with the run's ``fingerprint``, which a run must match to go on from there.
* ``.OUT.<pid>.<hex>.tmp`` (also ``.tmp.gz``, ``.tmp.zst``) and ``.OUT.<pid>.<hex>.parts/``: the
  temporary file and staging folder of a Parquet run (and of earlier versions' JSON Lines runs);
  ``clear_stale`` removes those whose process is gone.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import sys
import zlib
from importlib import metadata
from pathlib import Path
from typing import Any

from ..rules import builtin_rule_files, rule_files_in
from . import jsonl
from .jsonl import RunSettings

PARTIAL = ".partial"
PROGRESS = ".progress"
STATE_VERSION = 1
# The libraries whose versions can change the bytes of a cleaned record or of its compression.
LIBRARIES = ("regex", "trafilatura", "resiliparse", "lxml", "zstandard")
PACKAGE = Path(__file__).resolve().parent.parent
_TEMPORARY = re.compile(r"(?P<pid>[0-9]+)\.[0-9a-f]{8}\.(?:tmp(?:\.gz|\.zst)?|parts)")
_COUNTS = ("records", "bytes", "changed", "errors")


def sidecar(output: Path, suffix: str) -> Path:
    return output.with_name(output.name + suffix)


# --- the fingerprint ------------------------------------------------------------------------------


def fingerprint(source: Path, settings: RunSettings) -> dict[str, Any]:
    """What the output of cleaning ``source`` depends on, besides the input's content (which a resumed
    run checks by digest as it reads the finished part again): the input file (path, size, mtime),
    every option of the cleaning and of the records (not the worker count: one worker or many give
    the same bytes), and the cleaner itself (``code_digest``)."""
    info = source.stat()
    found = {
        "input": {"path": str(source.resolve()), "size": info.st_size, "mtime_ns": info.st_mtime_ns},
        "options": {"cleaning": dataclasses.asdict(settings.options), "records": dataclasses.asdict(settings.corpus)},
        "cleaner": code_digest(settings),
    }
    plain: dict[str, Any] = json.loads(json.dumps(found, sort_keys=True, default=_jsonable))
    return plain  # as it reads back from the progress file, so that the two compare equal


def _jsonable(value: object) -> object:
    if isinstance(value, Path):
        return str(value.resolve())
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} in a fingerprint")


def code_digest(settings: RunSettings) -> str:
    """A digest of the package's code and data, the rule files in effect, the chunk sizes (gzip
    members and zstd frames are cut there), and the versions of Python, zlib and the libraries in
    LIBRARIES: a resumed run must make the bytes the interrupted one made."""
    digest = hashlib.sha256()
    code = sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.suffix in (".py", ".json", ".toml") and "__pycache__" not in path.parts
    )
    rules = [*builtin_rule_files(), *(file for path in settings.options.rules for file in rule_files_in(path))]
    for path in [*code, *rules]:
        digest.update(f"{path.name}\0".encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")
        digest.update(b"\0")
    versions = {name: _version(name) for name in LIBRARIES}
    versions.update(python=".".join(map(str, sys.version_info[:3])), zlib=zlib.ZLIB_RUNTIME_VERSION)
    versions.update(chunk=f"{jsonl.CHUNK_BYTES}/{jsonl.CHUNK_LINES}")
    digest.update(json.dumps(versions, sort_keys=True).encode())
    return digest.hexdigest()


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


# --- the progress file ------------------------------------------------------------------------------


def load(path: Path) -> dict[str, Any]:
    """The saved checkpoint, or {} when it cannot be read (``mismatch`` then says so)."""
    try:
        saved = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) and _valid(saved) else {}


def _valid(saved: dict[str, Any]) -> bool:
    if saved.get("version") != STATE_VERSION:
        return False
    kinds = {"records": int, "chunks": int, "bytes": int, "digest": str, "fingerprint": dict, "tally": dict}
    if not all(isinstance(saved.get(key), kind) for key, kind in kinds.items()):
        return False
    tally = saved["tally"]
    removed = tally.get("lines_removed")
    return (
        all(isinstance(tally.get(key), int) for key in _COUNTS)
        and isinstance(removed, dict)
        and all(isinstance(count, int) for count in removed.values())
    )


def mismatch(saved: dict[str, Any], fingerprint: dict[str, Any] | None, size: int) -> str | None:
    """Why the saved checkpoint cannot be resumed by a run with this ``fingerprint`` (None: it can),
    with ``size`` bytes in the partial file."""
    if not saved:
        return f"its {PROGRESS.lstrip('.')} file is unreadable"
    if fingerprint is None:
        return "this run's input is not a file that can be read again"
    old = saved["fingerprint"]
    if old.get("input", {}).get("path") != fingerprint["input"]["path"]:
        return "it read another input"
    for key, what in (("input", "the input changed"), ("options", "the options changed")):
        if old.get(key) != fingerprint[key]:
            return what
    if old != fingerprint:
        return "the cleaner changed"
    if size < saved["bytes"]:
        return "its partial output is shorter than recorded"
    return None


def save(path: Path, record: dict[str, Any]) -> None:
    """Write the checkpoint durably: to ``PATH.tmp``, fsync'd, renamed over ``path``."""
    temporary = sidecar(path, ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(json.dumps({"version": STATE_VERSION, **record}, ensure_ascii=False).encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def remove(path: Path) -> None:
    """The progress file gone (and any half-written one), for sure once this returns."""
    found = False
    for each in (path, sidecar(path, ".tmp")):
        try:
            each.unlink()
            found = True
        except FileNotFoundError:
            pass
    if found:
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make the folder's renames and removals durable (POSIX; elsewhere, and where a file system
    cannot, nothing)."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# --- what dead runs left ------------------------------------------------------------------------------


def clear_stale(output: Path) -> list[Path]:
    """Remove the temporary files and folders of runs writing ``output`` whose process is gone
    (``.OUT.<pid>.<hex>.tmp``, ``.parts``); those of a live process are left (and, as the pid is
    tested here only, a file another machine's run writes on a shared folder may be taken for a dead
    run's). The paths removed."""
    prefix = f".{output.name}."
    cleared = []
    try:
        entries = list(os.scandir(output.parent))
    except OSError:
        return []
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name[len(prefix) :]) if entry.name.startswith(prefix) else None
        if match is None or _alive(int(match["pid"])):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue  # not ours to remove after all, or gone already
        cleared.append(path)
    return cleared


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # Windows: no harmless test, keep the file
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # PermissionError: another user's process
    return True
