"""The ``clean`` command: clean files, folders or stdin and say why every line went.

stdout carries data only (cleaned text, a diff or JSON Lines); every message goes to stderr as one
line starting with ``clean:``. A bad input is reported and skipped, the others are still cleaned, and
the exit code tells that something went wrong. No input, however broken, ends in a traceback.
"""
from __future__ import annotations

import argparse
import codecs
import dataclasses
import gzip
import os
import stat
import sys
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from . import __version__, report
from . import batch, html
from .corpus import CorpusOptions
from .engine import HEURISTICS, Cleaner, UnknownRuleError
from .options import Options
from .result import Result
from .terminal import StatusLine, stderr_is_terminal
from .rules import RuleError

EXIT_OK = 0
EXIT_JUNK = 1  # --check found something to remove
EXIT_ERROR = 2  # usage, input or rule error
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C
EXIT_PIPE = 141  # 128 + SIGPIPE, what a C tool reports when the reader of its output went away

BOM = "\ufeff"
_ENCODE_PIECE = 1 << 20  # characters encoded at a time for output
GZIP_MAGIC = b"\x1f\x8b"
STDIN = "-"
PROGRESS_MIN_INPUTS = 20  # fewer inputs finish before a progress line would help

EPILOG = f"""\
exit codes:
  {EXIT_OK}    success (with --check: nothing to remove)
  {EXIT_JUNK}    --check found something to remove
  {EXIT_ERROR}    usage error, bad rule file or unknown rule id, or an input that could not be
       read (reported on stderr; the other inputs are still processed)
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C)
  {EXIT_PIPE}  stdout was closed early (for example piped into head)
"""


class InputError(Exception):
    """An input that cannot be cleaned; ``str()`` is the message shown after ``clean: PATH:``."""


class OutputError(Exception):
    """Standard output cannot be written (disk full, a closed terminal): the run ends."""


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
class Settings:
    """What the command line asked for, checked for conflicts."""

    paths: tuple[str, ...]
    options: Options
    encoding: str | None = None
    corpus: CorpusOptions | None = None  # corpus mode: JSON Lines or Parquet records
    workers: int = 1
    scheduler: str | None = None  # corpus mode on a Dask cluster: an address, or "local"
    output: Path | None = None
    in_place: bool = False
    explain: bool = False
    diff: bool = False
    check: bool = False
    json: bool = False
    list_rules: bool = False
    lint_rules: bool = False
    verbose: bool = False
    quiet: bool = False
    html: str = "auto"  # "html", "text", or "auto": by file name, and by content for stdin
    fast: bool = False  # HTML through resiliparse instead of trafilatura


@dataclass(frozen=True)
class Input:
    """One text to clean: stdin (``source is None``) or a file, with where its output goes."""

    display: str  # the name used in messages, explain lines, diffs and JSON
    source: Path | None
    target: Path | None = None  # the file to write (-o or -i), None for stdout


# --- the command line -------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clean",
        description="Strip boilerplate and advertising from scraped news text. Cleaned text goes "
        "to stdout (or to files with -o/-i); messages go to stderr.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to clean; '-' or none reads stdin")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="DIR", type=Path, help="write cleaned files under DIR, mirroring the input tree")
    where.add_argument("-i", "--in-place", action="store_true", help="rewrite changed files in place")
    show = parser.add_argument_group("what to show")
    show.add_argument("--explain", action="store_true", help="print 'path:line: rule-id: reason' to stderr for every removal")
    show.add_argument("--diff", action="store_true", help="print a unified diff instead of the cleaned text")
    show.add_argument("--check", action="store_true", help="print no text; exit 1 if anything would be removed")
    show.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or JSON Lines: one object per input")
    show.add_argument("--list-rules", action="store_true", help="list the rules and heuristics in effect and exit")
    show.add_argument("--lint-rules", action="store_true", help="check the rules in effect for patterns that can backtrack catastrophically; exit 1 if any can")
    show.add_argument("-v", "--verbose", action="store_true", help="report every input on stderr")
    show.add_argument("-q", "--quiet", action="store_true", help="do not warn about inputs left unchanged by the cap")
    show.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--encoding", metavar="NAME", type=_encoding, help="decode inputs as NAME (default: UTF-8, or Windows-1252/Latin-1 when the bytes are not UTF-8 but read as it); output is written back in the same encoding")
    pages = parser.add_argument_group("HTML (inputs named *.html, *.htm, also .gz; stdin that starts as a web page)")
    kind = pages.add_mutually_exclusive_group()
    kind.add_argument("--html", action="store_const", const="html", dest="input_kind", help="read every input as HTML: extract the main text, then clean it")
    kind.add_argument("--text", action="store_const", const="text", dest="input_kind", help="read every input as plain text, whatever its name or content")
    pages.add_argument("--fast", action="store_true", help="extract with resiliparse instead of trafilatura: several times faster, less accurate (pip install 'cleaner[fast]')")
    corpus = parser.add_argument_group("corpus mode (inputs named *.jsonl, *.jsonl.gz, *.jsonl.zst, *.parquet, or --jsonl)")
    corpus.add_argument("--jsonl", action="store_true", help="read JSON Lines records (for stdin, or files with other names)")
    corpus.add_argument("--text-field", default="text", metavar="NAME", help="the field holding the text (default %(default)s)")
    corpus.add_argument("--output-field", metavar="NAME", help="write the cleaned text to this field (default: replace the text field)")
    corpus.add_argument("--no-report", action="store_true", help="leave out the 'cleaner' report object of each record")
    corpus.add_argument("--workers", type=_workers, metavar="N", help="worker processes (default: the number of cores)")
    corpus.add_argument("--scheduler", metavar="ADDRESS", help="clean on the Dask cluster at ADDRESS (tcp://host:8786), or 'local' for a local cluster of --workers processes; the files are read and written here (pip install 'cleaner[dask]')")
    rules = parser.add_argument_group("rules")
    rules.add_argument("--rules", action="append", default=[], type=Path, metavar="PATH", help="a rule file or a folder of *.toml rule files, added to the built-in rules (repeatable)")
    rules.add_argument("--no-builtin-rules", action="store_true", help="use only the rules given with --rules (heuristics still run)")
    rules.add_argument("--select", action="append", default=[], metavar="ID,...", help="use only these rules/heuristics; ids or group prefixes such as 'social' (repeatable)")
    rules.add_argument("--ignore", action="append", default=[], metavar="ID,...", help="do not use these rules/heuristics (repeatable)")
    rules.add_argument("--max-removed-share", type=_share, default=Options.max_removed_share, metavar="FLOAT", help="leave a text unchanged when cleaning would remove more than this share of it (default %(default)s; 1 turns the cap off)")
    return parser


def _share(value: str) -> float:
    try:
        share = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 < share <= 1.0:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 1, not {value}")
    return share


def _workers(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {count}")
    return count


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _ids(values: Sequence[str]) -> frozenset[str]:
    return frozenset(part.strip() for value in values for part in value.split(",") if part.strip())


def parse_settings(argv: Sequence[str] | None) -> Settings:
    """Parse and check the arguments; usage errors exit 2 through argparse."""
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = tuple(args.paths) or (STDIN,)
    writes = args.in_place or args.output is not None
    if writes and STDIN in paths and not (args.jsonl and args.output is not None):  # a corpus from stdin may go to -o FILE
        flag = "-i/--in-place" if args.in_place else "-o/--output"
        parser.error(f"{flag} needs files or folders, not stdin")
    if writes and (args.check or args.diff):
        parser.error("--check and --diff only report; they cannot be combined with -i or -o")
    if args.format == "json" and (writes or args.diff):
        parser.error("--format json prints to stdout; it cannot be combined with --diff, -i or -o")
    if args.verbose and args.quiet:
        parser.error("-v/--verbose and -q/--quiet cannot be combined")
    if args.fast and args.input_kind == "text":
        parser.error("--fast is an HTML extractor; it cannot be combined with --text")
    corpus_mode = args.jsonl or any(batch.is_corpus(p) for p in paths if p != STDIN)
    if args.scheduler is not None and not corpus_mode:
        parser.error("--scheduler is for corpus mode (*.jsonl or *.parquet inputs, or --jsonl)")
    if corpus_mode:
        if not args.jsonl and any(p == STDIN or not batch.is_corpus(p) for p in paths):
            parser.error("corpus files (*.jsonl, *.parquet, ...) cannot be mixed with text files; give --jsonl to read every input as JSON Lines")
        for flag, used in (("-i", args.in_place), ("--diff", args.diff), ("--check", args.check), ("--explain", args.explain), ("--format json", args.format == "json"), ("--encoding", args.encoding)):
            if used:
                parser.error(f"{flag} is not for corpus mode: each record carries its own report under 'cleaner'")
        if args.scheduler is not None and args.workers is not None and args.scheduler != "local":
            parser.error("--workers is for --scheduler local; a cluster at an address has its own workers")
        if args.output is not None and len(paths) > 1:
            parser.error("-o FILE takes one corpus; leave it out to write every corpus to stdout")
    options = Options(
        rules=tuple(args.rules),
        builtin_rules=not args.no_builtin_rules,
        select=_ids(args.select),
        ignore=_ids(args.ignore),
        max_removed_share=args.max_removed_share,
    )
    return Settings(
        paths=paths,
        options=options,
        encoding=args.encoding,
        corpus=CorpusOptions(args.text_field, args.output_field, not args.no_report, args.input_kind or "auto", args.fast) if corpus_mode else None,
        workers=args.workers or batch.default_workers(),
        scheduler=args.scheduler if corpus_mode else None,
        output=args.output,
        in_place=args.in_place,
        explain=args.explain,
        diff=args.diff,
        check=args.check,
        json=args.format == "json",
        list_rules=args.list_rules,
        lint_rules=args.lint_rules,
        verbose=args.verbose,
        quiet=args.quiet,
        html=args.input_kind or "auto",
        fast=args.fast,
    )


# --- entry point ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the command and return its exit code."""
    try:
        try:
            settings = parse_settings(argv)
        except SystemExit as stop:  # argparse exits for usage errors (2), --help and --version (0)
            return _exit_code(stop)
        return _run(settings)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE


def _exit_code(stop: SystemExit) -> int:
    if stop.code is None:
        return EXIT_OK
    return stop.code if isinstance(stop.code, int) else EXIT_ERROR


def _silence_stdout() -> None:
    # Python flushes stdout again at exit and would print "Exception ignored ... BrokenPipeError";
    # pointing the descriptor at /dev/null makes that flush succeed quietly.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (embedded use, tests): nothing will flush at exit


def _run(settings: Settings) -> int:
    try:
        cleaner = Cleaner(settings.options)
    except (RuleError, UnknownRuleError) as error:
        _message(str(error))
        return EXIT_ERROR
    if settings.list_rules:
        _list_rules(cleaner)
        return EXIT_OK
    if settings.lint_rules:
        return _lint_rules(cleaner)
    if settings.corpus is not None:
        from . import corpus_cli

        run = batch.RunSettings(settings.options, settings.corpus, settings.workers)
        return corpus_cli.run(settings.paths, settings.output, run, settings.quiet, STDIN, settings.scheduler)
    try:
        return _Session(settings, cleaner).run()
    except OutputError as error:
        _silence_stdout()
        _message(str(error))
        return EXIT_ERROR


def _lint_rules(cleaner: Cleaner) -> int:
    from .lint import lint  # only this option needs the linter: keep it out of every start-up

    findings = lint(cleaner.rules)
    _stdout().write("".join(f"{finding}\n" for finding in findings).encode("utf-8"))
    _stdout().flush()
    return EXIT_JUNK if findings else EXIT_OK


def _list_rules(cleaner: Cleaner) -> None:
    heuristics = [h for h in HEURISTICS if cleaner.options.enabled(h.id)]
    _stdout().write(report.rules_table(cleaner.rules, heuristics).encode("utf-8"))
    _stdout().flush()


def _stdout() -> BinaryIO:
    # Looked up on every use (never at import) so redirection by callers and tests is honoured;
    # bytes avoid newline translation, so CRLF input comes out as CRLF.
    return sys.stdout.buffer


def _message(text: str) -> None:
    print(f"clean: {text}", file=sys.stderr, flush=True)


# --- finding the inputs -----------------------------------------------------------------------


def collect_inputs(settings: Settings) -> Iterator[Input | InputError]:
    """Every input in order; a path that cannot be used comes out as an InputError naming it."""
    for path in settings.paths:
        if path == STDIN:
            yield Input(STDIN, None)
            continue
        source = Path(path)
        if source.is_dir():
            yield from _walk(path, source, settings)
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
        errors.append(InputError(f"{error.filename or display}: {batch.reason(error)}"))

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
                errors.append(InputError(f"{os.path.join(display, *path.relative_to(root).parts)}: not a regular file, skipped"))
        for name in dirs:
            if (here / name).is_symlink():  # os.walk does not follow links to folders (loops)
                errors.append(InputError(f"{os.path.join(display, *(here / name).relative_to(root).parts)}: link to a folder, skipped"))
    yield from errors
    for parts, path in sorted(found):
        target = None
        if settings.output is not None:
            target = settings.output.joinpath(*parts)
        elif settings.in_place:
            target = path
        yield Input(os.path.join(display, *parts), path, target)


# --- reading and writing ----------------------------------------------------------------------


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


def read_input(item: Input) -> bytes:
    if item.source is None:
        if sys.stdin is None:
            raise InputError("standard input is closed")
        try:
            return sys.stdin.buffer.read()
        except OSError as error:
            raise InputError(batch.reason(error)) from None
    try:
        return item.source.read_bytes()
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except OSError as error:
        raise InputError(batch.reason(error)) from None


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


# --- the run ----------------------------------------------------------------------------------


class _Session:
    """Cleans the inputs one by one, keeping the exit status and the progress line."""

    def __init__(self, settings: Settings, cleaner: Cleaner):
        self.settings = settings
        self.cleaner = cleaner
        self.status = EXIT_OK
        self.progress: _Progress | None = None
        self.written: set[Path] = set()

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
            _message(text)
        else:  # explain lines: 'path:line: ...' as compilers print them, so editors can jump there
            print(text, file=sys.stderr, flush=True)

    def process(self, item: Input) -> None:
        try:
            self.clean_one(item)
        except InputError as error:
            self.fail(f"{item.display}: {error}")
        except (BrokenPipeError, KeyboardInterrupt, OutputError):
            raise  # the whole run ends: main() and _run() handle these
        except Exception as error:  # a bug, not the input's fault: report it and go on with the rest
            self.fail(f"{item.display}: internal error: {type(error).__name__}: {error}")

    def clean_one(self, item: Input) -> None:
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
                raise InputError(f"not a readable gzip file: {batch.reason(error)}") from None
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
        if not page.text and not self.settings.quiet:
            self.say(f"{item.display}: no main text found in the page")
        target = item.target.with_name(html.text_name(item.target.name)) if item.target is not None else None
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
            self.out((report.json_line(item.display, result) + "\n").encode("utf-8"))
        elif settings.diff:
            self.out(report.unified_diff(item.display, decoded.text, result.text).encode("utf-8"))
        elif settings.check:
            pass
        elif item.target is not None:
            self.write(item, self.encoded(decoded, result.text), result)
        else:
            self.out(self.encoded(decoded, result.text))

    @staticmethod
    def encoded(decoded: Decoded, text: str) -> Iterator[bytes]:
        try:
            yield from decoded.encode(text)
        except UnicodeEncodeError as error:  # only a cleaned subset of the input is written: cannot happen
            raise InputError(f"cannot write back as {decoded.encoding}: {error.reason}") from None

    def out(self, data: bytes | Iterable[bytes]) -> None:
        stdout = _stdout()
        try:
            for piece in (data,) if isinstance(data, bytes) else data:
                if piece:
                    stdout.write(piece)
            stdout.flush()  # a closed pipe shows up now, not at exit
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"cannot write to standard output: {batch.reason(error)}") from None

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
            raise InputError(f"cannot write {item.target}: {batch.reason(error)}") from None
        if self.settings.verbose:
            self.say(f"{item.display}: {'rewritten' if self.settings.in_place else f'written to {item.target}'}")


def _summary(result: Result) -> str:
    if result.capped:
        return "left unchanged (over the cap)"
    if not result.removals:
        return "nothing to remove"
    lines = sum(r.text.count("\n") + 1 for r in result.removals)
    return f"removed {lines} line(s) in {len(result.removals)} place(s)"


# --- progress ---------------------------------------------------------------------------------


def _progress_wanted(count: int, settings: Settings) -> bool:
    return count > PROGRESS_MIN_INPUTS and not settings.quiet and stderr_is_terminal()


class _Progress(StatusLine):
    """``clean: 12/40 files, 3.1 MB`` rewritten in place on a terminal's stderr."""

    def __init__(self, total: int, stream: TextIO):
        super().__init__(stream)
        self.total = total
        self.done = 0
        self.bytes = 0

    def add_bytes(self, count: int) -> None:
        self.bytes += count

    def step(self) -> None:
        self.done += 1
        self.draw(f"clean: {self.done}/{self.total} files, {self.bytes / 1_000_000:.1f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
