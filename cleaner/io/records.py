"""Corpus records: clean the text field of one record and report what happened under ``cleaner``.

Everything that turns a record into its cleaned form lives here, so that the command line, the worker
processes, Parquet files, Hugging Face ``datasets.map`` and Dask all give the same records, byte for
byte. A record that cannot be cleaned is never dropped: it comes out unchanged (or, when the line is
not JSON at all, as an error record holding the raw line) with the reason in ``cleaner.error``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..engine import Cleaner
from ..html import HtmlError, looks_like_html
from ..result import Result
from ..sites.naming import FIELDS, is_learned_id, site_of

REPORT_FIELD = "cleaner"


@dataclass(frozen=True)
class CorpusOptions:
    """Which field of a record to clean, where the cleaned text goes, and whether to report."""

    text_field: str = "text"
    output_field: str | None = None  # None: replace the text field
    report: bool = True
    # "html": every text is a web page; "text": none is; "auto": a text that starts as a page does
    # (a doctype, <html>, <head>) is one.
    html: str = "auto"
    fast: bool = False  # pages: resiliparse's extraction instead of trafilatura's
    # The fields naming a record's site (a url or a host; the first it has), for the rules learned for
    # one site (--learn): a record's own site's apply, other sites' do not.
    site_fields: tuple[str, ...] = FIELDS

    def __post_init__(self) -> None:
        if self.html not in ("auto", "html", "text"):
            raise ValueError(f"html must be 'auto', 'html' or 'text', not {self.html!r}")

    def is_html(self, text: str) -> bool:
        return self.html == "html" or (self.html == "auto" and looks_like_html(text))

    @property
    def target_field(self) -> str:
        return self.output_field or self.text_field


SAMPLES = 3
CONTEXT = 2  # lines shown above and below a sampled removal


@dataclass(frozen=True)
class Sample:
    """One removal as a reviewer sees it: the record's id, the lines above, those removed, those below."""

    record: str
    before: tuple[str, ...]
    removed: tuple[str, ...]
    after: tuple[str, ...]


@dataclass
class Tally:
    """What a run did, added up across records (and across worker processes)."""

    records: int = 0
    bytes: int = 0
    changed: int = 0
    errors: int = 0
    lines_removed: Counter[str] = field(default_factory=Counter)
    # For the rules learned from the corpus (ids "site."): the first SAMPLES of their removals, each
    # with the lines around it, in record order (chunks are added in their order), for --learn-report.
    samples: dict[str, list[Sample]] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        self.records += other.records
        self.bytes += other.bytes
        self.changed += other.changed
        self.errors += other.errors
        self.lines_removed.update(other.lines_removed)
        for rule, found in other.samples.items():
            mine = self.samples.setdefault(rule, [])
            mine.extend(found[: SAMPLES - len(mine)])

    def sample(self, rule: str, record: dict[str, Any], text: str, first: int, last: int) -> None:
        """Keep the removal of lines ``first``..``last`` (1-based) of the record's text by ``rule``."""
        mine = self.samples.setdefault(rule, [])
        if len(mine) >= SAMPLES:
            return
        lines = text.split("\n")  # numbered as the cleaner numbers them (document.py): not splitlines
        name = record.get("id")
        mine.append(Sample(
            str(name) if name is not None else "",
            tuple(lines[max(0, first - 1 - CONTEXT): first - 1]),
            tuple(lines[first - 1: last]),
            tuple(lines[last: last + CONTEXT]),
        ))


def report(result: Result, limit: int | None = None) -> dict[str, Any]:
    """The ``cleaner`` object of a cleaned record: title, whether anything changed, the removals (the
    first ``limit`` of them when a limit is given, and then how many more there were)."""
    removals = result.removals if limit is None else result.removals[:limit]
    found: dict[str, Any] = {
        "title": result.title,
        "changed": result.changed,
        "capped": result.capped,
        "removals": [
            {
                "rule": r.rule_id,
                "kind": r.kind,
                "reason": r.reason,
                "first_line": r.first_line,
                "last_line": r.last_line,
            }
            for r in removals
        ],
    }
    if len(removals) < len(result.removals):
        found["removals_left_out"] = len(result.removals) - len(removals)
    if result.metadata is not None:
        found["metadata"] = result.metadata
    return found


def clean_field(text: str, site: str | None, cleaner: Cleaner, options: CorpusOptions) -> Result:
    """One record's text cleaned: as a web page when ``options`` take it for one (HtmlError when it
    cannot be read as one), else as text; the rules learned for ``site`` apply. The one path for every
    corpus front end (the command, Dask, datasets, the pipeline integrations)."""
    if options.is_html(text):
        return cleaner.clean_html(text, fast=options.fast, site=site)
    return cleaner.clean(text, site=site)


def text_problem(record: Mapping[str, Any], field: str) -> str | None:
    """Why ``record`` has no text to clean in ``field`` (its report's error), or None."""
    if field not in record:
        return f"no field {field!r}"
    value = record[field]
    if not isinstance(value, str):
        return f"field {field!r} is {_json_type(value)}, not a string"
    return None


def clean_record(
    record: dict[str, Any], cleaner: Cleaner, options: CorpusOptions, tally: Tally | None = None
) -> dict[str, Any]:
    """The record with its text field cleaned (a new dict; the input is left alone)."""
    out = dict(record)
    text = record.get(options.text_field)
    problem = text_problem(record, options.text_field)
    if problem is not None:
        if tally is not None:
            tally.errors += 1
        out[REPORT_FIELD] = {"error": problem}
        return out
    assert isinstance(text, str)
    try:
        result = clean_field(text, site_of(record, options.site_fields), cleaner, options)
    except HtmlError as error:
        if tally is not None:
            tally.errors += 1
        out[REPORT_FIELD] = {"error": str(error)}
        return out
    out[options.target_field] = result.text
    if tally is not None and result.changed:
        tally.changed += 1
        for removal in result.removals:
            tally.lines_removed[removal.rule_id] += removal.line_count
            # A page's removals are numbered by its extracted text's lines, not the record's: no sample.
            # (A page's result, and only a page's, carries the page's metadata.)
            if result.metadata is None and is_learned_id(removal.rule_id):
                tally.sample(removal.rule_id, record, text, removal.first_line, removal.last_line)
    if options.report:
        out[REPORT_FIELD] = report(result)
    return out


def learnable(record: object, options: CorpusOptions) -> tuple[str, str] | None:
    """(site, text) of a record that site learning counts (``clean --learn``): an object whose text
    field is a string and no web page (a page's lines are its markup's). The others are left to the
    cleaning pass, which reports them."""
    if not isinstance(record, dict):
        return None
    text = record.get(options.text_field)
    if not isinstance(text, str) or options.is_html(text):
        return None
    return site_of(record, options.site_fields), text


def clean_json_line(line: bytes | str, cleaner: Cleaner, options: CorpusOptions, tally: Tally | None = None) -> str:
    """One JSON Lines record in (bytes as read, or text), one out, without the line ending. A blank
    line is no record: it comes out blank, so the output has as many lines as the input."""
    if isinstance(line, bytes):
        data = line
        size = len(data)
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as error:
            if tally is not None:
                tally.records += 1
                tally.bytes += size
            raw = data.decode("utf-8", "replace").rstrip("\r\n")
            return _error_line(raw, f"not valid UTF-8 at byte {error.start}", tally)
    else:
        size = len(line.encode("utf-8"))
    stripped = line.rstrip("\r\n")
    if not stripped.strip():
        return stripped
    if tally is not None:
        tally.records += 1
        tally.bytes += size
    try:
        record = json.loads(stripped)
    except (json.JSONDecodeError, RecursionError) as error:
        return _error_line(stripped, f"not valid JSON: {_json_error(error)}", tally)
    if not isinstance(record, dict):
        return _error_line(stripped, f"{_json_type(record)}, not an object", tally)
    if "\\u" in stripped and _lone_surrogate(stripped, record):
        # Passed through as it came, escapes kept (ensure_ascii): a lone surrogate is no UTF-8.
        if tally is not None:
            tally.errors += 1
        record[REPORT_FIELD] = {"error": "holds a lone surrogate escape (\\ud800-\\udfff): not text, so not cleaned"}
        return json.dumps(record, separators=(", ", ": "))
    cleaned = clean_record(record, cleaner, options, tally)
    try:
        return dump(cleaned)
    except RecursionError:  # parsed just under the recursion limit, one level too deep to write back
        if tally is not None and REPORT_FIELD in cleaned and "error" not in cleaned[REPORT_FIELD]:
            tally.changed -= bool(cleaned[REPORT_FIELD].get("changed"))
        return _error_line(stripped, "nested too deeply to write back", tally)


# Characters that JSON leaves raw in strings but that str.splitlines() and some JSON Lines readers
# take for line breaks: written as escapes, so one record stays one line for every reader.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def dump(record: dict[str, Any]) -> str:
    """A record as one JSON line: UTF-8 as written, key order kept."""
    line = json.dumps(record, ensure_ascii=False, separators=(", ", ": "))
    # Translated only when it holds one: str.translate with a table looks up every character, 0.7 s of
    # `clean --jsonl --workers 1` on newsjunk-dev's 10.5 MB (3.9 s), where three searches take 0.01 s.
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        return line.translate(_LINE_BREAKS)
    return line


def _error_line(raw: str, problem: str, tally: Tally | None) -> str:
    if tally is not None:
        tally.errors += 1
    return dump({REPORT_FIELD: {"error": problem, "raw": raw}})


_SURROGATE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u[dD][89a-fA-F]")


def _lone_surrogate(line: str, record: dict[str, Any]) -> bool:
    """JSON allows "\\ud800" alone in a string; Python reads it as a lone surrogate, which no UTF-8
    writer takes. A proper pair (an emoji written as two escapes) is fine."""
    if _SURROGATE_ESCAPE.search(line) is None:
        return False
    try:
        dump(record).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_error(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        # Some messages end in "at" already ("Unterminated string starting at").
        return f"{error.msg.removesuffix(' at')} at character {error.pos}"
    return "nested too deeply"


def _json_type(value: object) -> str:
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)
