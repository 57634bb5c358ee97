"""``BatchCleaner``, the function for Hugging Face ``datasets.Dataset.map(batched=True)``.

On a plain dict of columns (what ``map`` passes), through pickle (what ``num_proc`` does), and with the
real ``datasets`` package where it is installed (it is heavy, so the test extra leaves it out).
"""
from __future__ import annotations

import json
import pickle

import pytest

from cleaner import Cleaner
from cleaner.io.datasets import BatchCleaner
from cleaner.io.records import CorpusOptions, clean_record

from samples import PLAIN, STORY  # noqa: E402  (tests/ is on sys.path)

BATCH = {"id": [1, 2, 3], "text": [STORY, PLAIN, None]}


def expected(texts: list[str | None]) -> list[dict[str, object]]:
    cleaner = Cleaner()
    return [clean_record({"text": t}, cleaner, CorpusOptions()) for t in texts]


def test_batch_cleaner_on_a_dict_batch() -> None:
    want = expected(BATCH["text"])
    out = BatchCleaner()(BATCH)
    assert out == {"text": [w["text"] for w in want]}
    assert "Advertisement" not in out["text"][0] and out["text"][1] == PLAIN and out["text"][2] is None
    out = BatchCleaner(output_field="clean", report=True)(BATCH)
    assert out["clean"] == [w["text"] for w in want[:2]] + [None]
    assert [json.loads(r) for r in out["cleaner"]] == [w["cleaner"] for w in want]
    assert BATCH["text"][0] == STORY  # the batch is left alone


def test_batch_cleaner_pickles_before_and_after_use() -> None:
    job = BatchCleaner(output_field="clean", report=True, ignore={"social"})
    fresh = pickle.loads(pickle.dumps(job))
    first = job(BATCH)
    used = pickle.loads(pickle.dumps(job))  # the compiled Cleaner is not sent, only the options
    assert vars(used) == {"corpus_options": job.corpus_options, "options": job.options}
    assert fresh(BATCH) == used(BATCH) == first


def test_datasets_map() -> None:
    datasets = pytest.importorskip("datasets")
    dataset = datasets.Dataset.from_dict({"id": [1, 2, 3, 4], "text": [STORY, PLAIN, STORY, PLAIN]})
    cleaned = dataset.map(BatchCleaner(output_field="clean", report=True), batched=True, batch_size=3)
    assert cleaned.column_names == ["id", "text", "clean", "cleaner"]
    want = expected([STORY, PLAIN, STORY, PLAIN])
    assert cleaned["clean"] == [w["text"] for w in want]
    assert [json.loads(r) for r in cleaned["cleaner"]] == [w["cleaner"] for w in want]
    assert dataset.map(BatchCleaner(), batched=True)["text"] == [w["text"] for w in want]
