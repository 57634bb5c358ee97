"""The command line of ``clean``: its options, its exit codes, and the checked ``Settings`` they make.

Every conflict between options is a usage error here, before any input is read, so a run never
starts only to stop half-way on a flag it could have refused at once.
"""
from __future__ import annotations

import argparse
import codecs
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from .. import __version__
from ..io import jsonl
from ..io.records import CorpusOptions
from ..options import Options
from ..parallel import default_workers
from ..sites.naming import FIELDS

EXIT_OK = 0
EXIT_JUNK = 1  # --check found something to remove
EXIT_ERROR = 2  # usage, input or rule error
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C
EXIT_PIPE = 141  # 128 + SIGPIPE, what a C tool reports when the reader of its output went away

STDIN = "-"

EPILOG = f"""\
exit codes:
  {EXIT_OK}    success (with --check: nothing to remove)
  {EXIT_JUNK}    --check found something to remove
  {EXIT_ERROR}    usage error, bad rule file or unknown rule id, or an input that could not be
       read (reported on stderr; the other inputs are still processed)
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C or SIGTERM; a corpus written with -o resumes from where it stopped)
  {EXIT_PIPE}  stdout was closed early (for example piped into head)
"""


@dataclass(frozen=True)
class Settings:
    """What the command line asked for, checked for conflicts."""

    paths: tuple[str, ...]
    options: Options
    encoding: str | None = None
    corpus: CorpusOptions | None = None  # corpus mode: JSON Lines or Parquet records
    workers: int = 1
    scheduler: str | None = None  # corpus mode on a Dask cluster: an address, or "local"
    resume: bool = False  # --resume: an interrupted run's state that cannot be resumed is an error
    output: Path | None = None
    output_folder: bool = False  # -o names a folder (see output_is_folder), not the one input's file
    in_place: bool = False
    explain: bool = False
    diff: bool = False
    check: bool = False
    json: bool = False
    list_rules: bool = False
    lint_rules: bool = False
    learn: Path | None = None  # --learn: the rule file to learn and clean with
    learn_only: bool = False
    learn_report: Path | None = None
    learn_shards: int = 1
    verbose: bool = False
    quiet: bool = False
    html: str = "auto"  # "html", "text", or "auto": by file name, and by content for stdin
    fast: bool = False  # HTML through resiliparse instead of trafilatura
    # How corpus files found in a folder are read (the folder's texts are cleaned as texts beside them).
    folder_corpus: CorpusOptions = CorpusOptions()


# --- the parser -------------------------------------------------------------------------------
# The options are added in the order --help and the usage line show them: keep it when adding one.


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line: what went wrong, not the whole usage block over it
    (``clean --help`` shows that)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="clean",
        description="Strip boilerplate and advertising from scraped news text. Cleaned text goes "
        "to stdout (or to files with -o/-i); messages go to stderr.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to clean; '-' or none reads stdin")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write the output to PATH: a folder, mirroring the input tree, when PATH ends with '/', is a "
        "folder already, or there are several inputs or a folder among them; else the one input's file",
    )
    where.add_argument("-i", "--in-place", action="store_true", help="rewrite changed files in place")
    _add_show_options(parser)
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        type=_encoding,
        help="decode inputs as NAME (default: UTF-8, or Windows-1252/Latin-1 when the bytes are not UTF-8 but "
        "read as it); output is written back in the same encoding",
    )
    _add_html_options(parser)
    _add_corpus_options(parser)
    _add_rule_options(parser)
    return parser


def _add_show_options(parser: argparse.ArgumentParser) -> None:
    show = parser.add_argument_group("what to show")
    show.add_argument(
        "--explain", action="store_true", help="print 'path:line: rule-id: reason' to stderr for every removal"
    )
    show.add_argument("--diff", action="store_true", help="print a unified diff instead of the cleaned text")
    show.add_argument("--check", action="store_true", help="print no text; exit 1 if anything would be removed")
    show.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or JSON Lines: one object per input",
    )
    show.add_argument("--list-rules", action="store_true", help="list the rules and heuristics in effect and exit")
    show.add_argument(
        "--lint-rules",
        action="store_true",
        help="check the rules in effect for patterns that can backtrack catastrophically; exit 1 if any can",
    )
    show.add_argument("-v", "--verbose", action="store_true", help="report every input on stderr")
    show.add_argument("-q", "--quiet", action="store_true", help="do not warn about inputs left unchanged by the cap")
    show.add_argument("--version", action="version", version=f"%(prog)s {__version__}")


def _add_html_options(parser: argparse.ArgumentParser) -> None:
    pages = parser.add_argument_group("HTML (inputs named *.html, *.htm, also .gz; stdin that starts as a web page)")
    kind = pages.add_mutually_exclusive_group()
    kind.add_argument(
        "--html",
        action="store_const",
        const="html",
        dest="input_kind",
        help="read every input as HTML: extract the main text, then clean it",
    )
    kind.add_argument(
        "--text",
        action="store_const",
        const="text",
        dest="input_kind",
        help="read every input as plain text, whatever its name or content",
    )
    pages.add_argument(
        "--fast",
        action="store_true",
        help="extract with resiliparse instead of trafilatura: several times faster, less accurate",
    )


def _add_corpus_options(parser: argparse.ArgumentParser) -> None:
    corpus = parser.add_argument_group(
        "corpus mode (inputs named *.jsonl, *.jsonl.gz, *.jsonl.zst, *.parquet, or --jsonl)"
    )
    corpus.add_argument(
        "--jsonl", action="store_true", help="read JSON Lines records (for stdin, or files with other names)"
    )
    corpus.add_argument(
        "--text-field", metavar="NAME", help="the field holding the text (default text)"
    )
    corpus.add_argument(
        "--output-field", metavar="NAME", help="write the cleaned text to this field (default: replace the text field)"
    )
    corpus.add_argument(
        "--no-report", action="store_true", help="leave out the 'cleaner' report object of each record"
    )
    corpus.add_argument(
        "--workers", type=_workers, metavar="N", help="worker processes (default: the number of cores)"
    )
    corpus.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="clean on the Dask cluster at ADDRESS (tcp://host:8786), or 'local' for a local cluster of "
        "--workers processes; the files are read and written here (pip install 'boilercut[dask]')",
    )
    corpus.add_argument(
        "--learn",
        metavar="FILE",
        type=Path,
        help="first learn each site's boilerplate from the inputs (lines that recur on many of a site's "
        "pages), write it to FILE as a rule file, then clean with it (two passes over the input)",
    )
    corpus.add_argument(
        "--learn-only", action="store_true", help="with --learn: write the rule file and stop"
    )
    corpus.add_argument(
        "--learn-shards",
        type=_workers,
        metavar="N",
        help="with --learn: read the input N times, learning a share of the sites each time, to hold "
        "only that share's counts in memory (the same rule file; default 1)",
    )
    corpus.add_argument(
        "--learn-report",
        metavar="FILE.html",
        type=Path,
        help="with --learn: write a self-contained HTML page to audit the run (sites, rules, counts, "
        "removals in context)",
    )
    corpus.add_argument(
        "--site-field",
        metavar="NAME",
        help="the field naming each record's site, a url or a host (default: site, else url; without "
        "either the corpus is one site)",
    )
    corpus.add_argument(
        "--resume",
        action="store_true",
        help="go on from where an interrupted run writing the same -o file stopped, and fail rather than "
        "start over when it cannot (a run with the same inputs and options resumes anyway; JSON Lines output)",
    )


def _add_rule_options(parser: argparse.ArgumentParser) -> None:
    rules = parser.add_argument_group("rules")
    rules.add_argument(
        "--rules",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="a rule file or a folder of *.toml rule files, added to the built-in rules (repeatable)",
    )
    rules.add_argument(
        "--no-builtin-rules", action="store_true", help="use only the rules given with --rules (heuristics still run)"
    )
    rules.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="ID,...",
        help="use only these rules/heuristics; ids or group prefixes such as 'social' (repeatable)",
    )
    rules.add_argument(
        "--ignore", action="append", default=[], metavar="ID,...", help="do not use these rules/heuristics (repeatable)"
    )
    rules.add_argument(
        "--junk-model",
        type=Path,
        metavar="DIR",
        help="junk-line model weights (a folder written by benchmarks/train_junk_model.py) instead of the shipped ones",
    )
    rules.add_argument(
        "--max-removed-share",
        type=_share,
        default=Options.max_removed_share,
        metavar="FLOAT",
        help="leave a text unchanged when cleaning would remove more than this share of it "
        "(default %(default)s; 1 turns the cap off)",
    )


# --- value checkers: a bad value is a usage error naming it, not a traceback --------------------


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


# --- the settings -----------------------------------------------------------------------------


def parse_settings(argv: Sequence[str] | None) -> Settings:
    """Parse and check the arguments; usage errors exit 2 through argparse."""
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = tuple(args.paths) or (STDIN,)
    _check_combinations(parser, args, paths)
    corpus_mode = args.jsonl or any(jsonl.is_corpus(p) for p in paths if p != STDIN)
    settings = _settings(args, paths, corpus_mode)
    if corpus_mode:
        _check_corpus_mode(parser, args, settings)
    elif not any(p != STDIN and Path(p).is_dir() for p in paths):
        _check_text_mode(parser, args)
    _check_resume(parser, args, paths, corpus_mode)
    return settings


def text_only_flags(settings: Settings) -> list[str]:
    """The options given that show or rewrite texts, which a corpus does not take (its records carry
    their own report): for corpus mode here, and for a corpus file found in a folder (session)."""
    text_only = (
        ("-i", settings.in_place),
        ("--diff", settings.diff),
        ("--check", settings.check),
        ("--explain", settings.explain),
        ("--format json", settings.json),
        ("--encoding", settings.encoding is not None),
    )
    return [flag for flag, used in text_only if used]


def output_is_folder(output: str, paths: tuple[str, ...]) -> bool:
    """The one rule for -o: PATH is a folder when it ends with a slash, is a folder already, or there
    are several inputs or a folder among them; otherwise it is the file the one input is written to."""
    if output.endswith(("/", os.sep)) or Path(output).is_dir() or len(paths) > 1:
        return True
    return any(p != STDIN and Path(p).is_dir() for p in paths)


def _check_text_mode(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Texts only, and no folder that could hold corpus files: the corpus options would do nothing."""
    corpus_only = (
        ("--scheduler", args.scheduler is not None),
        ("--text-field", args.text_field is not None),
        ("--output-field", args.output_field is not None),
        ("--no-report", args.no_report),
        ("--workers", args.workers is not None),
        ("--learn", args.learn is not None),
        ("--site-field", args.site_field is not None),
    )
    for flag, used in corpus_only:
        if used:
            parser.error(f"{flag} is for corpus mode (*.jsonl or *.parquet inputs, folders holding them, or --jsonl)")


def _check_resume(
    parser: argparse.ArgumentParser, args: argparse.Namespace, paths: tuple[str, ...], corpus_mode: bool
) -> None:
    """--resume continues a corpus file written from corpus files: what cannot be read or written again cannot."""
    if not args.resume:
        return
    if not corpus_mode:
        parser.error("--resume is for corpus mode (*.jsonl inputs, or --jsonl)")
    if args.output is None:
        parser.error("--resume needs -o: what goes to standard output cannot be resumed")
    if STDIN in paths:
        parser.error("--resume needs input files: standard input cannot be read again")
    if any(name.lower().endswith(".parquet") for name in (args.output, *paths)):
        parser.error(
            "--resume is for JSON Lines output (.jsonl, .jsonl.gz, .jsonl.zst): a Parquet file is written "
            "whole, and a run that was killed starts over"
        )


def _check_combinations(parser: argparse.ArgumentParser, args: argparse.Namespace, paths: tuple[str, ...]) -> None:
    """The options that cannot go together in any mode (checked in this order: the first one wins)."""
    writes = args.in_place or args.output is not None
    if args.in_place and STDIN in paths:
        parser.error("-i/--in-place needs files or folders, not stdin")
    if args.output is not None and STDIN in paths and output_is_folder(args.output, paths):
        parser.error("-o names a folder; what is read from stdin needs a file name (-o OUT.txt, -o OUT.jsonl)")
    if writes and (args.check or args.diff):
        parser.error("--check and --diff only report; they cannot be combined with -i or -o")
    if args.format == "json" and (writes or args.diff):
        parser.error("--format json prints to stdout; it cannot be combined with --diff, -i or -o")
    if args.verbose and args.quiet:
        parser.error("-v/--verbose and -q/--quiet cannot be combined")
    if args.learn_only and args.learn is None:
        parser.error("--learn-only needs --learn FILE: the file to write the learned rules to")
    if args.learn_shards is not None and args.learn is None:
        parser.error("--learn-shards needs --learn FILE")
    if args.learn_report is not None and args.learn is None:
        parser.error("--learn-report needs --learn FILE: it reports what a learning run learned")
    if args.fast and args.input_kind == "text":
        parser.error("--fast is an HTML extractor; it cannot be combined with --text")


def _check_corpus_mode(parser: argparse.ArgumentParser, args: argparse.Namespace, settings: Settings) -> None:
    """Corpus mode writes records, each with its own report: the text-mode ways of showing do not apply."""
    paths = settings.paths
    if not args.jsonl and any(p == STDIN or not jsonl.is_corpus(p) for p in paths):
        parser.error(
            "corpus files (*.jsonl, *.parquet, ...) cannot be mixed with text files; "
            "give --jsonl to read every input as JSON Lines"
        )
    shown = text_only_flags(settings)
    if shown:
        parser.error(f"{shown[0]} is not for corpus mode: each record carries its own report under 'cleaner'")
    if args.output is not None and output_is_folder(args.output, paths):
        seen: dict[str, str] = {}
        for path in paths:
            name = Path(path).name
            if name in seen:
                target = Path(args.output) / name
                parser.error(f"-o: {seen[name]} and {path} would both be written to {target}")
            seen[name] = path
    if args.learn is not None and STDIN in paths:
        parser.error("--learn reads the input twice (once to learn, once to clean): give files, not stdin")
    if args.scheduler is not None and args.workers is not None and args.scheduler != "local":
        parser.error("--workers is for --scheduler local; a cluster at an address has its own workers")


def _settings(args: argparse.Namespace, paths: tuple[str, ...], corpus_mode: bool) -> Settings:
    options = Options(
        rules=tuple(args.rules),
        builtin_rules=not args.no_builtin_rules,
        select=_ids(args.select),
        ignore=_ids(args.ignore),
        max_removed_share=args.max_removed_share,
        junk_model=args.junk_model,
    )
    folder_corpus = CorpusOptions(
        args.text_field or "text", args.output_field, not args.no_report, args.input_kind or "auto", args.fast,
        (args.site_field,) if args.site_field else FIELDS,
    )
    corpus = folder_corpus if corpus_mode else None
    return Settings(
        paths=paths,
        options=options,
        encoding=args.encoding,
        corpus=corpus,
        workers=args.workers or default_workers(),
        scheduler=args.scheduler if corpus_mode else None,
        resume=args.resume,
        output=Path(args.output) if args.output is not None else None,
        output_folder=args.output is not None and output_is_folder(args.output, paths),
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
        folder_corpus=folder_corpus,
        learn=args.learn,
        learn_only=args.learn_only,
        learn_report=args.learn_report,
        learn_shards=args.learn_shards or 1,
    )
