"""datatrove: the cleaner as a step of a datatrove pipeline (optional extra ``boilercut[datatrove]``).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerStep

    LocalPipelineExecutor(
        pipeline=[JsonlReader("corpus/"), CleanerStep(), JsonlWriter("cleaned/")],
        tasks=1, logging_dir="logs/clean",
    ).run()

A modifier, not a filter: every document comes out, its ``text`` cleaned as ``clean --jsonl`` cleans a
record's text field (``cleaner.io.records.clean_field``, the one path of every corpus front end), so the
texts are the same byte for byte. The report goes in ``doc.metadata["cleaner"]`` (the ``cleaner`` object
of ``clean``'s records: title, changed, capped, removals with rule ids and reasons, the first
``StepSettings.max_removals`` of them), and datatrove's own stats count what was done, so that
``merge_stats`` lists them beside the other steps': documents changed, lines removed per rule id and
per kind. A page that cannot be read as HTML stays as it was, its reason in ``doc.metadata["cleaner"]``.

The step holds only frozen options, so the executors pickle it as they please; the rules are compiled
once per worker process, on the first document (``engine.cleaner_for``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:
    raise ImportError(
        f"cleaner.integrations.datatrove needs datatrove: pip install 'boilercut[datatrove]' ({error})"
    ) from error

from ..engine import Cleaner, cleaner_for
from ..html import HtmlError
from ..io.records import REPORT_FIELD, CorpusOptions, clean_field, report
from ..options import Options
from ..sites.naming import FIELDS, site_of
from .reporting import MAX_REMOVALS, check_max_removals, removal_counts

if TYPE_CHECKING:
    from datatrove.data import Document, DocumentsPipeline

    from ..result import Result

__all__ = ["CleanerStep", "StepSettings"]


@dataclass(frozen=True)
class StepSettings:
    """How the step reads and reports a document, beside the cleaner's own ``Options``.

    ``html``: whether ``doc.text`` is a web page ("auto": when it starts as one, as ``clean --jsonl``
    decides; "html"; "text"), ``fast``: resiliparse's extraction for pages, ``site_fields``: the
    metadata fields that name a document's site for learned rules (``url``, ``site``).
    ``html_field``: a metadata key holding the page's HTML (a WARC reader's); a document that has it
    is cleaned from that page into ``doc.text``, one that has not from its text. ``max_removals``:
    how many removals the report keeps; ``report`` False leaves the metadata alone."""

    html: str = "auto"
    fast: bool = False
    site_fields: tuple[str, ...] = FIELDS
    html_field: str | None = None
    max_removals: int = MAX_REMOVALS
    report: bool = True

    def __post_init__(self) -> None:
        check_max_removals(self.max_removals)
        CorpusOptions(html=self.html)  # the one check of the page setting, and its message

    def corpus(self, pages: bool) -> CorpusOptions:
        """The corpus options of a document's text (``pages``: of an html_field's page)."""
        return CorpusOptions(html="html" if pages else self.html, fast=self.fast, site_fields=self.site_fields)


class CleanerStep(PipelineStep):
    """Clean each document's text in place; count and report what went."""

    name = "🧹 cleaner"
    type = "✂️ - MODIFIER"

    def __init__(self, options: Options | None = None, settings: StepSettings | None = None) -> None:
        super().__init__()
        self.options = options or Options()
        self.settings = settings or StepSettings()

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        cleaner = cleaner_for(self.options)
        texts, pages = self.settings.corpus(pages=False), self.settings.corpus(pages=True)
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                self._clean(doc, cleaner, texts, pages)
            yield doc

    def _clean(self, doc: Document, cleaner: Cleaner, texts: CorpusOptions, pages: CorpusOptions) -> None:
        settings = self.settings
        field = settings.html_field
        has_page = field is not None and field in doc.metadata
        text = doc.metadata[field] if has_page else doc.text
        if not isinstance(text, str):
            where = f"metadata field {field!r}" if has_page else "text"
            self._fail(doc, f"the document's {where} is {type(text).__name__}, not a string")
            return
        corpus = pages if has_page else texts
        try:
            result = clean_field(text, site_of(doc.metadata, corpus.site_fields), cleaner, corpus)
        except HtmlError as error:
            self._fail(doc, str(error))
            return
        doc.text = result.text
        self._count(result)
        if settings.report:
            doc.metadata[REPORT_FIELD] = report(result, settings.max_removals)

    def _fail(self, doc: Document, problem: str) -> None:
        """The document goes on as it came, the problem in its report and the errors counted."""
        self.stat_update("errors")
        if self.settings.report:
            doc.metadata[REPORT_FIELD] = {"error": problem}

    def _count(self, result: Result) -> None:
        for label, value in removal_counts(result).items():
            # Per document: datatrove's summary gives each its total and its spread over the documents.
            self.stat_update(label, value=value, unit="doc")
