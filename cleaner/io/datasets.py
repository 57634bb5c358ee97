"""Hugging Face datasets (and any other batch of columns): a picklable function for ``Dataset.map``."""
from __future__ import annotations

import json
from typing import Any

from ..engine import cleaner_for
from ..options import Options
from .records import REPORT_FIELD, CorpusOptions, clean_record


class BatchCleaner:
    """A picklable function for ``datasets.Dataset.map(batched=True)`` and other column batches.

        ds = ds.map(BatchCleaner(), batched=True)                 # cleans "text" in place
        ds = ds.map(BatchCleaner(text_field="body", output_field="clean"), batched=True, num_proc=4)

    It takes a batch as a dict of columns and returns the cleaned column, and with ``report=True`` a
    ``cleaner`` column of JSON strings (one report per row; a JSON string keeps the column's type the
    same whatever the removals are). A value that is not a string is left as it is and reported.
    """

    def __init__(self, text_field: str = "text", output_field: str | None = None, report: bool = False, **options: Any):
        self.corpus_options = CorpusOptions(text_field, output_field, report)
        self.options = Options(**options)

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        cleaner = cleaner_for(self.options)  # the rules compile once a process, not once a batch
        options = self.corpus_options
        texts = batch[options.text_field]
        cleaned: list[Any] = []
        reports: list[str] = []
        for text in texts:
            record = clean_record({options.text_field: text}, cleaner, options)
            cleaned.append(record.get(options.target_field, text))
            reports.append(json.dumps(record.get(REPORT_FIELD), ensure_ascii=False))
        out: dict[str, list[Any]] = {options.target_field: cleaned}
        if options.report:
            out[REPORT_FIELD] = reports
        return out
