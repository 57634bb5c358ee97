"""NVIDIA NeMo Curator: the cleaner as a document modifier and as a processing stage (optional extra
``boilercut[nemo]``; NeMo Curator 1.x, whose pipelines run on Ray).

    from nemo_curator.pipeline import Pipeline
    from nemo_curator.stages.text.io.reader import JsonlReader
    from nemo_curator.stages.text.io.writer import JsonlWriter
    from nemo_curator.stages.text.modifiers import Modify
    from cleaner.integrations.nemo_curator import CleanerModifier, CleanerStage

    pipeline = Pipeline(name="clean")
    pipeline.add_stage(JsonlReader("corpus/"))
    pipeline.add_stage(CleanerStage())              # text cleaned, a "cleaner" column with each report
    # or: pipeline.add_stage(Modify(CleanerModifier()))   # the text only, in NeMo's own Modify stage
    pipeline.add_stage(JsonlWriter("cleaned/"))
    pipeline.run()

Both clean a text as ``clean --jsonl`` cleans a record's text field (``cleaner.io.records.clean_field``),
so the texts are the same. ``CleanerStage`` also writes each record's report (the ``cleaner`` object of
``clean``'s records, its removals capped as the datatrove step's are) and logs the stage's counts as
NeMo Curator's custom stage metrics: documents, changed, errors, lines removed, per rule id and per kind.
Both hold only frozen options and compile the rules once per worker process.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

try:
    from nemo_curator.stages.base import ProcessingStage
    from nemo_curator.stages.text.modifiers import DocumentModifier
    from nemo_curator.tasks import DocumentBatch
except ImportError as error:
    raise ImportError(
        f"cleaner.integrations.nemo_curator needs NeMo Curator 1.x: pip install 'boilercut[nemo]' ({error})"
    ) from error

from ..engine import cleaner_for
from ..html import HtmlError
from ..io.records import REPORT_FIELD, CorpusOptions, clean_field, report
from ..options import Options
from ..sites.naming import site_of
from .counts import removal_counts

if TYPE_CHECKING:
    from ..engine import Cleaner

__all__ = ["CleanerModifier", "CleanerStage", "StageSettings"]


class CleanerModifier(DocumentModifier):
    """A text in, the text cleaned out: for ``Modify(CleanerModifier(), input_fields="text")``. A page
    that cannot be read as HTML comes back as it was (``CleanerStage`` says why in its report)."""

    def __init__(self, options: Options | None = None, corpus: CorpusOptions | None = None) -> None:
        super().__init__()
        self.options = options or Options()
        self.corpus = corpus or CorpusOptions()

    def modify_document(self, text: str) -> str:
        if not isinstance(text, str):
            return text
        try:
            return clean_field(text, None, cleaner_for(self.options), self.corpus).text
        except HtmlError:
            return text


@dataclass(frozen=True)
class StageSettings:
    """Which column to clean and where the report goes, beside the cleaner's own ``Options``.

    ``corpus`` is what ``clean --jsonl`` takes: the text field (``text_field``, cleaned in place or
    into ``output_field``), whether a text is a web page, ``fast`` extraction, and the fields that name
    a record's site for learned rules. ``report_field``: the column of reports (None: no report);
    ``max_removals``: how many removals a report keeps."""

    corpus: CorpusOptions = field(default_factory=CorpusOptions)
    report_field: str | None = REPORT_FIELD
    max_removals: int = 100

    def __post_init__(self) -> None:
        if not isinstance(self.max_removals, int) or isinstance(self.max_removals, bool) or self.max_removals < 0:
            raise ValueError(f"max_removals must be a whole number >= 0, not {self.max_removals!r}")


class CleanerStage(ProcessingStage[DocumentBatch, DocumentBatch]):
    """Clean a batch's text column, write each record's report, log the counts as stage metrics."""

    name = "cleaner"

    def __init__(self, options: Options | None = None, settings: StageSettings | None = None) -> None:
        self.options = options or Options()
        self.settings = settings or StageSettings()

    def inputs(self) -> tuple[list[str], list[str]]:
        return ["data"], [self.settings.corpus.text_field]

    def outputs(self) -> tuple[list[str], list[str]]:
        report_field = self.settings.report_field
        return ["data"], [self.settings.corpus.target_field, *([report_field] if report_field else [])]

    def process(self, task: DocumentBatch) -> DocumentBatch:
        frame = task.to_pandas().copy()
        settings, corpus = self.settings, self.settings.corpus
        cleaner = cleaner_for(self.options)
        counts: Counter[str] = Counter()
        texts, reports = [], []
        for record in frame.to_dict("records"):
            text, found = self._clean(record, cleaner, counts)
            texts.append(text)
            reports.append(found)
        frame[corpus.target_field] = texts
        if settings.report_field:
            frame[settings.report_field] = reports
        self._log_metrics(dict(counts))
        # Made as NeMo Curator's own Modify stage makes its output batch: the batch's metadata and its
        # stage timings go on with it.
        return DocumentBatch(
            dataset_name=task.dataset_name, data=frame, _metadata=task._metadata, _stage_perf=task._stage_perf
        )

    def _clean(self, record: dict[str, Any], cleaner: Cleaner, counts: Counter[str]) -> tuple[Any, dict[str, Any]]:
        corpus = self.settings.corpus
        counts["documents"] += 1
        text = record.get(corpus.text_field)
        if not isinstance(text, str):
            counts["errors"] += 1
            return text, {"error": f"field {corpus.text_field!r} is not a string"}
        try:
            result = clean_field(text, site_of(record, corpus.site_fields), cleaner, corpus)
        except HtmlError as error:
            counts["errors"] += 1
            return text, {"error": str(error)}
        counts.update(removal_counts(result))
        return result.text, report(result, self.settings.max_removals)
