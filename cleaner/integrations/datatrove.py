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

from dataclasses import dataclass, field, replace
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
from ..sites.naming import site_of
from .counts import removal_counts

if TYPE_CHECKING:
    from datatrove.data import Document, DocumentsPipeline

    from ..result import Result

__all__ = ["CleanerStep", "StepSettings"]


@dataclass(frozen=True)
class StepSettings:
    """How the step reads and reports a document, beside the cleaner's own ``Options``.

    ``corpus`` is what ``clean --jsonl`` takes: whether a text is a web page (``html``: "auto",
    "html", "text"), ``fast`` extraction, and which metadata fields name the site for learned rules.
    ``html_field``: a metadata key holding the page's HTML (a WARC reader's); when a document has it,
    the page is cleaned into ``doc.text`` instead of the text. ``max_removals``: how many removals the
    report in the metadata keeps (a page's hundreds of menu lines would bloat every record);
    ``report`` False leaves the metadata alone."""

    corpus: CorpusOptions = field(default_factory=CorpusOptions)
    html_field: str | None = None
    max_removals: int = 100
    report: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.max_removals, int) or isinstance(self.max_removals, bool) or self.max_removals < 0:
            raise ValueError(f"max_removals must be a whole number >= 0, not {self.max_removals!r}")


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
        pages = replace(self.settings.corpus, html="html")  # what an html_field holds is a page
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                self._clean(doc, cleaner, pages)
            yield doc

    def _clean(self, doc: Document, cleaner: Cleaner, pages: CorpusOptions) -> None:
        settings = self.settings
        page = doc.metadata.get(settings.html_field) if settings.html_field else None
        text = page if isinstance(page, str) else doc.text
        corpus = settings.corpus if not isinstance(page, str) else pages
        try:
            result = clean_field(text, site_of(doc.metadata, corpus.site_fields), cleaner, corpus)
        except HtmlError as error:
            self.stat_update("errors")
            if settings.report:
                doc.metadata[REPORT_FIELD] = {"error": str(error)}
            return
        doc.text = result.text
        self._count(result)
        if settings.report:
            doc.metadata[REPORT_FIELD] = report(result, settings.max_removals)

    def _count(self, result: Result) -> None:
        for label, value in removal_counts(result).items():
            # Per document: datatrove's summary gives each its total and its spread over the documents.
            self.stat_update(label, value=value, unit="doc")
