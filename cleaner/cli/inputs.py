"""The inputs of ``clean``: which files a run cleans, their bytes, and their text.

A path that cannot be used becomes an ``InputError`` in its turn, so one bad input is reported and the
others are still cleaned.
"""
from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..io import jsonl
from .args import STDIN, Settings

BOM = "\ufeff"
# Characters encoded at a time for output. Read from this module at each call (tests shrink it to
# write in many pieces), so code elsewhere must not copy it.
_ENCODE_PIECE = 1 << 20


class InputError(Exception):
    """An input that cannot be cleaned; ``str()`` is the message shown after ``clean: PATH:``."""


@dataclass(frozen=True)
class Decoded:
    """An input's text and how to write it back byte for byte: its encoding and its UTF-8 BOM."""

    text: str
    encoding: str = "utf-8"
    bom: bool = False
    guessed: bool = False  # the encoding was detected, not UTF-8 and not given with --encoding

    def encode(self, text: str) -> Iterator[bytes]:
        """The text as written back, a piece at a time: a 100 MB output's bytes are not held beside
        its text, the input's and the result's at once (the peak of `clean` on a 100 MB file was there)."""
        encoder = codecs.getincrementalencoder(self.encoding)()
        if self.bom:
            yield encoder.encode(BOM)
        for start in range(0, len(text), _ENCODE_PIECE):
            yield encoder.encode(text[start : start + _ENCODE_PIECE])
        yield encoder.encode("", final=True)


@dataclass(frozen=True)
class Input:
    """One text to clean: stdin (``source is None``) or a file, with where its output goes."""

    display: str  # the name used in messages, explain lines, diffs and JSON
    source: Path | None
    target: Path | None = None  # the file to write (-o or -i), None for stdout
    named: bool = False  # the target is -o's own file name, not one made for the input in a folder
    in_folder: bool = False  # found by walking a folder (where corpus files are cleaned as corpora)


# --- finding the inputs -----------------------------------------------------------------------


def collect_inputs(settings: Settings) -> Iterator[Input | InputError]:
    """Every input in order; a path that cannot be used comes out as an InputError naming it."""
    for path in settings.paths:
        if path == STDIN:
            yield Input(STDIN, None, settings.output, named=settings.output is not None)
            continue
        source = Path(path)
        if source.is_dir():
            yield from _walk(path, source, settings)
        elif settings.output is not None and not settings.output_folder:
            yield Input(path, source, settings.output, named=True)
        else:  # a missing or unreadable file is reported when it is read, in its turn
            target = None
            if settings.output is not None:
                target = settings.output / source.name
            elif settings.in_place:
                target = source
            yield Input(path, source, target)


def _walk(display: str, root: Path, settings: Settings) -> Iterator[Input | InputError]:
    """The regular files under a folder, sorted by path, skipping hidden files and folders (and the
    output folder, so cleaning a tree into a folder inside it does not clean its own output next time)."""
    skip = settings.output.resolve() if settings.output is not None else None
    found: list[tuple[tuple[str, ...], Path]] = []
    errors: list[InputError] = []

    def failed(error: OSError) -> None:
        errors.append(InputError(f"{error.filename or display}: {jsonl.reason(error)}"))

    def named(path: Path) -> str:  # as the folder was given, for messages
        return os.path.join(display, *path.relative_to(root).parts)

    for folder, dirs, files in os.walk(root, onerror=failed):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".") and (skip is None or (here / d).resolve() != skip)]
        for name in files:
            path = here / name
            if name.startswith("."):
                continue
            if path.is_file():
                found.append((path.relative_to(root).parts, path))
            else:  # a FIFO, a socket, a broken link: said, not silently passed over
                errors.append(InputError(f"{named(path)}: not a regular file, skipped"))
        for name in dirs:
            if (here / name).is_symlink():  # os.walk does not follow links to folders (loops)
                errors.append(InputError(f"{named(here / name)}: link to a folder, skipped"))
    yield from errors
    for parts, path in sorted(found):
        target = None
        if settings.output is not None:
            target = settings.output.joinpath(*parts)
        elif settings.in_place:
            target = path
        yield Input(os.path.join(display, *parts), path, target, in_folder=True)


# --- reading ----------------------------------------------------------------------------------


def read_input(item: Input) -> bytes:
    if item.source is None:
        if sys.stdin is None:
            raise InputError("standard input is closed")
        try:
            return sys.stdin.buffer.read()
        except OSError as error:
            raise InputError(jsonl.reason(error)) from None
    try:
        return item.source.read_bytes()
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except OSError as error:
        raise InputError(jsonl.reason(error)) from None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of the input bytes, and how to write it back.

    A UTF-8 BOM is taken off, so the first line is seen as written, and put back on output. Bytes
    that are not UTF-8 are read as Windows-1252 (a superset of Latin-1 for text) when every byte is
    defined there and the result has no control characters: that is what a file that is not UTF-8
    almost always is. Anything else is an error naming the first byte that does not decode.
    """
    if encoding is not None and encoding not in ("utf-8", "utf-8-sig"):
        # UTF-16 and UTF-32 text is full of NUL bytes: binary is judged on the decoded text here.
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise InputError(f"cannot decode as {encoding} at byte {error.start}") from None
        if "\0" in text:
            raise InputError("binary input, skipped")
        return Decoded(text, encoding)
    if b"\0" in data:
        raise InputError("binary input, skipped")
    if encoding is not None:  # UTF-8, with or without a BOM: written back as it came
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"cannot decode as {encoding} at byte {error.start}") from None
        return Decoded(text[len(BOM) :], bom=True) if text.startswith(BOM) else Decoded(text)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        guess = _windows_1252(data)
        if guess is None:
            raise InputError(f"not valid UTF-8 at byte {error.start} (name the encoding with --encoding)") from None
        return Decoded(guess, "cp1252", guessed=True)
    if text.startswith(BOM):
        return Decoded(text[len(BOM) :], bom=True)
    return Decoded(text)


def _windows_1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\n\r\f\v" for c in text):
        return None
    return text
