"""One run of ``clean`` over text and HTML inputs: each is read, cleaned, reported and written in turn.

A bad input is reported and skipped, the others are still cleaned, and the exit status remembers it.
"""
from __future__ import annotations

import codecs
import dataclasses
import gzip
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from .. import html
from ..engine import Cleaner
from ..io import jsonl
from ..result import Result
from . import report
from .args import EXIT_ERROR, EXIT_JUNK, EXIT_OK, Settings, text_only_flags
from .inputs import Decoded, Input, InputError, collect_inputs, decode, read_input
from .output import OutputError, message, write_atomically, write_stdout
from .terminal import StatusLine, stderr_is_terminal

GZIP_MAGIC = b"\x1f\x8b"
# A line that is an address and nothing else: a page whose whole text is such lines has no article.
_LINK = re.compile(r"\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
PROGRESS_MIN_INPUTS = 20  # fewer inputs finish before a progress line would help


class Session:
    """Cleans the inputs one by one, keeping the exit status and the progress line."""

    def __init__(self, settings: Settings, cleaner: Cleaner) -> None:
        self.settings = settings
        self.cleaner = cleaner
        self.status = EXIT_OK
        self.progress: _Progress | None = None
        self.written: set[Path] = set()
        # The encoding of the last text written to stdout when it did not end its line: the next one
        # starts on a new line (two inputs' texts never share one), the last keeps its bytes as they are.
        self.open_line: str | None = None

    def run(self) -> int:
        items = list(collect_inputs(self.settings))
        if _progress_wanted(len(items), self.settings):
            self.progress = _Progress(len(items), sys.stderr)
        try:
            for item in items:
                if isinstance(item, InputError):
                    self.fail(str(item))
                else:
                    self.process(item)
                if self.progress is not None:
                    self.progress.step()
        finally:
            if self.progress is not None:
                self.progress.clear()
        return self.status

    def fail(self, text: str) -> None:
        self.say(text)
        self.status = EXIT_ERROR

    def say(self, text: str, prefix: bool = True) -> None:
        if self.progress is not None:
            self.progress.clear()
        if prefix:
            message(text)
        else:  # explain lines: 'path:line: ...' as compilers print them, so editors can jump there
            print(text, file=sys.stderr, flush=True)

    def process(self, item: Input) -> None:
        try:
            self.clean_one(item)
        except InputError as error:
            self.fail(f"{item.display}: {error}")
        except (BrokenPipeError, KeyboardInterrupt, OutputError):
            raise  # the whole run ends: main() and _run() in cleaner.cli handle these
        except Exception as error:  # a bug, not the input's fault: report it and go on with the rest
            self.fail(f"{item.display}: internal error: {type(error).__name__}: {error}")

    def clean_one(self, item: Input) -> None:
        if item.in_folder and item.source is not None and jsonl.is_corpus(item.source.name):
            self.clean_corpus(item)
            return
        data = read_input(item)
        if self.progress is not None:
            self.progress.add_bytes(len(data))
        if self.is_html(item, data):
            self.clean_page(item, data)
            return
        decoded = decode(data, self.settings.encoding)
        del data  # the text is all that is needed now: one copy of a 100 MB input less in memory
        if decoded.guessed and self.settings.verbose:
            self.say(f"{item.display}: not UTF-8, decoded as Windows-1252 (cp1252)")
        self.finish(item, decoded, self.cleaner.clean(decoded.text))

    def clean_corpus(self, item: Input) -> None:
        """A corpus file found in a folder: its records cleaned as ``clean CORPUS`` cleans them, to its
        place under -o (or to stdout), with the corpus run's own summary line."""
        settings = self.settings
        shown = text_only_flags(settings)
        if shown:
            raise InputError(f"is a corpus file: {shown[0]} is for texts; clean the corpus on its own")
        from . import corpus  # only a folder holding corpus files needs it

        assert item.source is not None
        run = jsonl.RunSettings(settings.options, settings.folder_corpus, settings.workers)
        if self.progress is not None:
            self.progress.clear()
        if item.target is None:
            self.end_open_line()
        status = corpus.run((str(item.source),), item.target, run, settings.quiet)
        self.status = max(self.status, status)

    def finish(self, item: Input, decoded: Decoded, result: Result) -> None:
        """Say what the cleaning of one input found, and write its output."""
        self.warn(item, result)
        if result.changed and self.settings.check:
            self.status = max(self.status, EXIT_JUNK)
        self.emit(item, decoded, result)
        if self.settings.verbose:
            self.say(f"{item.display}: {_summary(result)}")

    def is_html(self, item: Input, data: bytes) -> bool:
        if self.settings.html != "auto":
            return self.settings.html == "html"
        if item.source is None:
            return html.looks_like_html(data)
        return html.is_html_name(item.source.name)

    def clean_page(self, item: Input, data: bytes) -> None:
        """A web page: its main text extracted, then cleaned; the output is text (UTF-8)."""
        if self.settings.in_place:
            raise InputError("is HTML: -i would replace the page with its text; write the text with -o DIR")
        if data[:2] == GZIP_MAGIC:
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as error:
                raise InputError(f"not a readable gzip file: {jsonl.reason(error)}") from None
        markup = html.decode_html(data, self.settings.encoding)
        del data
        if "\0" in markup:
            raise InputError("binary input, skipped")
        try:
            page = html.extract(markup, fast=self.settings.fast)
        except html.HtmlError as error:
            raise InputError(str(error)) from None
        del markup
        result = self.cleaner.clean_page(page)
        if not self.settings.quiet:
            if not page.text:
                self.say(f"{item.display}: no main text found in the page")
            elif all(_LINK.match(line) for line in page.text.split("\n") if line.strip()):
                self.say(f"{item.display}: no main text found in the page, only a link (written as it is)")
        target = item.target
        if target is not None and not item.named:  # in a folder: page.html is written as page.txt
            target = target.with_name(html.text_name(target.name))
        self.finish(dataclasses.replace(item, target=target), Decoded(page.article()), result)

    def warn(self, item: Input, result: Result) -> None:
        settings = self.settings
        for rule_id in result.timed_out_rules:
            self.say(f"{item.display}: rule {rule_id} timed out and was skipped")
        if result.capped and not settings.quiet:
            cap = f"{settings.options.max_removed_share * 100:g}%"
            self.say(f"{item.display}: would remove more than the cap ({cap}), left unchanged")
        if settings.explain:
            for line in report.explain_lines(item.display, result.removals):
                self.say(line, prefix=False)
            for line in report.explain_lines(item.display, result.capped_removals, "kept: over the cap"):
                self.say(line, prefix=False)

    def emit(self, item: Input, decoded: Decoded, result: Result) -> None:
        settings = self.settings
        if settings.json:
            write_stdout((report.json_line(item.display, result) + "\n").encode("utf-8"))
        elif settings.diff:
            write_stdout(report.unified_diff(item.display, decoded.text, result.text).encode("utf-8"))
        elif settings.check:
            pass
        elif item.target is not None:
            self.write(item, self.encoded(decoded, result.text), result)
        else:
            self.end_open_line()
            write_stdout(self.encoded(decoded, result.text))
            self.open_line = decoded.encoding if result.text and not result.text.endswith("\n") else None

    def end_open_line(self) -> None:
        """End the line the last text on stdout left open, before something else is written there."""
        if self.open_line is not None:
            write_stdout(codecs.getincrementalencoder(self.open_line)().encode("\n"))
            self.open_line = None

    @staticmethod
    def encoded(decoded: Decoded, text: str) -> Iterator[bytes]:
        try:
            yield from decoded.encode(text)
        except UnicodeEncodeError as error:  # only a cleaned subset of the input is written: cannot happen
            raise InputError(f"cannot write back as {decoded.encoding}: {error.reason}") from None

    def write(self, item: Input, data: Iterable[bytes], result: Result) -> None:
        assert item.target is not None
        if self.settings.in_place and not result.changed:
            return  # untouched: same bytes, same mtime
        key = Path(os.path.abspath(item.target))
        if key in self.written:
            raise InputError(f"{item.target} was already written from another input, skipped")
        self.written.add(key)
        try:
            write_atomically(item.target, data, item.source)
        except OSError as error:
            raise InputError(f"cannot write {item.target}: {jsonl.reason(error)}") from None
        if self.settings.verbose:
            self.say(f"{item.display}: {'rewritten' if self.settings.in_place else f'written to {item.target}'}")


def _summary(result: Result) -> str:
    if result.capped:
        return "left unchanged (over the cap)"
    if not result.removals:
        return "nothing to remove"
    lines = sum(r.line_count for r in result.removals)
    return f"removed {lines} line(s) in {len(result.removals)} place(s)"


# --- progress ---------------------------------------------------------------------------------


def _progress_wanted(count: int, settings: Settings) -> bool:
    return count > PROGRESS_MIN_INPUTS and not settings.quiet and stderr_is_terminal()


class _Progress(StatusLine):
    """``clean: 12/40 files, 3.1 MB`` rewritten in place on a terminal's stderr."""

    def __init__(self, total: int, stream: TextIO) -> None:
        super().__init__(stream)
        self.total = total
        self.done = 0
        self.bytes = 0

    def add_bytes(self, count: int) -> None:
        self.bytes += count

    def step(self) -> None:
        self.done += 1
        self.draw(f"clean: {self.done}/{self.total} files, {self.bytes / 1_000_000:.1f} MB")
