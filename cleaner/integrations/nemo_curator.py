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

import logging
import math
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
from ..io.records import REPORT_FIELD, CorpusOptions, clean_field, report, text_problem
from ..options import Options
from ..sites.naming import site_of
from .reporting import MAX_REMOVALS, check_max_removals, removal_counts

if TYPE_CHECKING:
    from ..engine import Cleaner

__all__ = ["CleanerModifier", "CleanerStage", "StageSettings"]

_LOG = logging.getLogger(__name__)


class CleanerModifier(DocumentModifier):
    """A text in, the text cleaned out, for NeMo Curator's ``Modify`` stage: ``Modify(CleanerModifier())``
    on the ``text`` column, or with the columns that name a record's site too, for learned rules
    (``Modify(CleanerModifier(), input_fields=[["text", "url"]], output_fields="text")``: ``corpus``'s
    ``text_field`` and ``site_fields`` name them). With the text alone, a record has no site, and the
    learned rules of no site apply, as for a record without one in ``clean --jsonl``. A page that cannot
    be read as HTML comes back as it was, with a warning on the log (``CleanerStage`` reports why)."""

    def __init__(self, options: Options | None = None, corpus: CorpusOptions | None = None) -> None:
        super().__init__()
        self.options = options or Options()
        self.corpus = corpus or CorpusOptions()

    def modify_document(self, *value: object, **fields: object) -> object:
        text = value[0] if value else fields.get(self.corpus.text_field)
        if not isinstance(text, str):
            return text
        site = site_of(fields, self.corpus.site_fields)
        try:
            return clean_field(text, site, cleaner_for(self.options), self.corpus).text
        except HtmlError as error:
            _LOG.warning("cleaner: a page left as it was: %s", error)
            return text


@dataclass(frozen=True)
class StageSettings:
    """Which column to clean and where the report goes, beside the cleaner's own ``Options``.

    ``corpus`` is what ``clean --jsonl`` takes: the text field (``text_field``, cleaned in place or
    into ``output_field``), whether a text is a web page, ``fast`` extraction, the fields that name
    a record's site for learned rules, and ``report`` (False: no report column). ``report_field``: the
    column of reports; ``max_removals``: how many removals a report keeps."""

    corpus: CorpusOptions = field(default_factory=CorpusOptions)
    report_field: str = REPORT_FIELD
    max_removals: int = MAX_REMOVALS

    def __post_init__(self) -> None:
        check_max_removals(self.max_removals)

    @property
    def report_column(self) -> str | None:
        return self.report_field if self.corpus.report else None


class CleanerStage(ProcessingStage[DocumentBatch, DocumentBatch]):
    """Clean a batch's text column, write each record's report, log the counts as stage metrics.

    NeMo Curator gives the metrics (and the timings) of one call of a stage to each task of the call:
    with the default batch size of one task a call, each task's own; with more, the call's sums."""

    name = "cleaner"

    def __init__(self, options: Options | None = None, settings: StageSettings | None = None) -> None:
        self.options = options or Options()
        self.settings = settings or StageSettings()

    def inputs(self) -> tuple[list[str], list[str]]:
        return ["data"], [self.settings.corpus.text_field]

    def outputs(self) -> tuple[list[str], list[str]]:
        report_column = self.settings.report_column
        return ["data"], [self.settings.corpus.target_field, *([report_column] if report_column else [])]

    def process(self, task: DocumentBatch) -> DocumentBatch:
        frame = task.to_pandas().copy()
        settings = self.settings
        cleaner = cleaner_for(self.options)
        counts: Counter[str] = Counter()
        texts, reports = [], []
        for record in frame.to_dict("records"):
            text, found = self._clean(record, cleaner, counts)
            texts.append(text)
            reports.append(found)
        frame[settings.corpus.target_field] = texts
        if settings.report_column:
            frame[settings.report_column] = reports
        self._add_metrics(counts)
        # Made as NeMo Curator's own Modify stage makes its output batch: the batch's metadata and its
        # stage timings go on with it.
        return DocumentBatch(
            dataset_name=task.dataset_name, data=frame, _metadata=task._metadata, _stage_perf=task._stage_perf
        )

    def _add_metrics(self, counts: Counter[str]) -> None:
        """Add this task's counts to those of the call so far (_log_metrics keeps the last value)."""
        so_far = getattr(self, "_custom_metrics", None) or {}
        self._log_metrics({label: so_far.get(label, 0.0) + value for label, value in counts.items()})

    def _clean(self, record: dict[str, Any], cleaner: Cleaner, counts: Counter[str]) -> tuple[Any, dict[str, Any]]:
        corpus = self.settings.corpus
        counts["documents"] += 1
        if _missing(record.get(corpus.text_field)):
            record = {**record, corpus.text_field: None}  # a frame's missing value is JSON's null
        problem = text_problem(record, corpus.text_field)
        text = record.get(corpus.text_field)
        if problem is not None or not isinstance(text, str):
            counts["errors"] += 1
            return text, {"error": problem}
        try:
            result = clean_field(text, site_of(record, corpus.site_fields), cleaner, corpus)
        except HtmlError as error:
            counts["errors"] += 1
            return text, {"error": str(error)}
        counts.update(removal_counts(result))
        return result.text, report(result, self.settings.max_removals)


def _missing(value: object) -> bool:
    """A frame's missing value: pandas reads a JSON null in a column of strings as NaN."""
    return isinstance(value, float) and math.isnan(value)
