"""The ``clean`` command: clean files, folders or stdin and say why every line went.

stdout carries data only (cleaned text, a diff or JSON Lines); every message goes to stderr as one
line starting with ``clean:``. A bad input is reported and skipped, the others are still cleaned, and
the exit code tells that something went wrong. No input, however broken, ends in a traceback.

The parts: ``args`` (options and exit codes), ``inputs`` (finding, reading, decoding), ``output``
(stdout, files, messages), ``session`` (a run over text and HTML), ``corpus`` (corpus mode), and the
helpers ``report`` (output formats), ``terminal`` (the progress line) and ``lint`` (--lint-rules).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from ..engine import HEURISTICS, Cleaner, UnknownRuleError, cleaner_for
from ..io import jsonl
from ..io.jsonl import CorpusError
from ..io.records import Tally
from ..linemodel import ModelError
from ..parallel import WorkerDied, default_workers
from ..rules import RuleError
from . import report
from .args import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_JUNK,
    EXIT_OK,
    EXIT_PIPE,
    STDIN,
    Settings,
    build_parser,
    parse_settings,
)
from .output import OutputError, message, silence_stdout, stdout
from .session import Session
from .signals import sigterm_as_interrupt

if TYPE_CHECKING:
    from .learning import Learning

__all__ = ["build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command and return its exit code (SIGTERM is taken as Ctrl-C: ``signals``)."""
    try:
        with sigterm_as_interrupt():
            return _main(argv)
    except KeyboardInterrupt:  # a SIGTERM after _main's own handling, before the handler is taken back
        return EXIT_INTERRUPTED


def _main(argv: list[str] | None) -> int:
    try:
        try:
            settings = parse_settings(argv)
        except SystemExit as stop:  # argparse exits for usage errors (2), --help and --version (0)
            return _exit_code(stop)
        return _run(settings)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return EXIT_PIPE


def _exit_code(stop: SystemExit) -> int:
    if stop.code is None:
        return EXIT_OK
    return stop.code if isinstance(stop.code, int) else EXIT_ERROR


def _run(settings: Settings) -> int:
    try:
        cleaner = cleaner_for(settings.options)
    except (RuleError, UnknownRuleError, ModelError) as error:
        message(str(error))
        return EXIT_ERROR
    if settings.list_rules:
        _list_rules(cleaner)
        return EXIT_OK
    if settings.lint_rules:
        return _lint_rules(cleaner)
    cores = default_workers()
    if settings.workers > cores and settings.scheduler is None and not settings.quiet:
        # Measured on 2 cores: --workers 64 ran 4.5x slower than --workers 2 (start-up and switching).
        message(f"--workers {settings.workers} is more than the {cores} cores here: the workers share them, slower")
    report: _LearnReport | None = None
    if settings.corpus is not None and settings.learn is not None:
        learned = _learn(settings)
        if learned is None:
            return EXIT_ERROR
        settings, learning = learned
        if settings.learn_report is not None:
            report = _LearnReport(settings.learn_report, learning)
        if settings.learn_only:
            return report.write(None) if report is not None else EXIT_OK
    if settings.corpus is not None:
        from . import corpus  # corpus mode only: a text run does not load it

        run = jsonl.RunSettings(settings.options, settings.corpus, settings.workers)
        if settings.output is not None and settings.output_folder:
            # -o names a folder: each corpus to its own file there, under its own name (and format).
            statuses = [
                corpus.run(
                    (path,), settings.output / Path(path).name, run, settings.quiet, STDIN, settings.scheduler,
                    settings.resume,
                )
                for path in settings.paths
            ]
            return max(statuses)
        status = corpus.run(
            settings.paths, settings.output, run, settings.quiet, STDIN, settings.scheduler, settings.resume,
            report.finished if report is not None else None,
        )
        return max(status, report.status) if report is not None else status
    try:
        return Session(settings, cleaner).run()
    except OutputError as error:
        silence_stdout()
        message(str(error))
        return EXIT_ERROR


def _learn(settings: Settings) -> tuple[Settings, Learning] | None:
    """The learning pass of --learn; the settings that clean with what it wrote, and what it learned
    (None: it failed, said on stderr). The file is loaded by the cleaning pass, as any --rules file."""
    from .learning import learn_corpus

    assert settings.corpus is not None and settings.learn is not None
    try:
        learning = learn_corpus(
            settings.paths, settings.corpus, settings.learn, settings.quiet, settings.workers, settings.learn_shards
        )
    except CorpusError as error:
        message(str(error))
        return None
    except WorkerDied as error:
        message(f"learning: {error}")
        return None
    options = dataclasses.replace(settings.options, rules=(*settings.options.rules, settings.learn))
    return dataclasses.replace(settings, options=options), learning


class _LearnReport:
    """--learn-report: the page written once the cleaning pass has its tally (or at once, --learn-only)."""

    def __init__(self, path: Path, learning: Learning):
        self.path, self.learning = path, learning
        self.status = EXIT_OK

    def finished(self, tally: Tally) -> None:
        self.status = self.write(tally)

    def write(self, tally: Tally | None) -> int:
        from .learn_report import html_report

        page = html_report(self.learning.site_pages, self.learning.rules, tally, self.learning.file)
        try:
            self.path.write_text(page, encoding="utf-8")
        except OSError as error:
            message(f"{self.path}: cannot write the report: {error.strerror or error}")
            return EXIT_ERROR
        return EXIT_OK


def _lint_rules(cleaner: Cleaner) -> int:
    from .lint import lint  # only this option needs the linter: keep it out of every start-up

    findings = lint(cleaner.rules)
    stdout().write("".join(f"{finding}\n" for finding in findings).encode("utf-8"))
    stdout().flush()
    return EXIT_JUNK if findings else EXIT_OK


def _list_rules(cleaner: Cleaner) -> None:
    heuristics = [h for h in HEURISTICS if cleaner.options.enabled(h.id)]
    stdout().write(report.rules_table(cleaner.rules, heuristics).encode("utf-8"))
    stdout().flush()
