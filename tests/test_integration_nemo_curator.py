"""cleaner.integrations.nemo_curator with NeMo Curator 1.x: the modifier in NeMo's own Modify stage, the
stage with its reports and metrics, and a whole pipeline (reader, stage, writer) on Ray.

NeMo Curator is no test dependency (1.9 GB with torch and Ray): .ci/run installs it beside the test
extra, and without it these tests skip, saying so.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("nemo_curator", reason="NeMo Curator is not installed: pip install 'boilercut[nemo]'")
pd = pytest.importorskip("pandas")

from nemo_curator.stages.text.modifiers import Modify  # noqa: E402
from nemo_curator.tasks import DocumentBatch  # noqa: E402

from cleaner import Cleaner, Options  # noqa: E402
from cleaner.cli import main  # noqa: E402
from cleaner.integrations.nemo_curator import CleanerModifier, CleanerStage, StageSettings  # noqa: E402
from cleaner.io.records import CorpusOptions  # noqa: E402

from samples import PLAIN, SITE_FOOTER, STORY, learned_rules, site_pages  # noqa: E402  (tests/ is on sys.path)

TEXTS = [STORY, PLAIN, STORY.replace("Café", "Bakery"), "Advertisement\n\n" + STORY + "\nShare on Facebook\n"]


def batch(records: list[dict[str, Any]]) -> DocumentBatch:
    return DocumentBatch(dataset_name="test", data=pd.DataFrame(records))


def cli_records(records: list[dict[str, Any]], tmp_path: Path) -> list[dict[str, Any]]:
    source, out = tmp_path / "in.jsonl", tmp_path / "cli.jsonl"
    source.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    assert main([str(source), "-o", str(out), "--workers", "1"]) == 0
    return [json.loads(line) for line in out.open(encoding="utf-8")]


def test_the_modifier_in_nemos_modify_stage_cleans_as_clean_does(tmp_path: Path) -> None:
    records = [{"id": str(i), "text": text} for i, text in enumerate(TEXTS)]
    out = Modify(CleanerModifier()).process(batch(records)).to_pandas()
    assert list(out["text"]) == [record["text"] for record in cli_records(records, tmp_path)]
    assert list(out["id"]) == [record["id"] for record in records]  # the other columns stay
    assert out["text"][1] == PLAIN


def test_the_stage_writes_texts_and_reports_as_clean_does(tmp_path: Path) -> None:
    records = [{"id": str(i), "text": text} for i, text in enumerate(TEXTS)]
    out = CleanerStage().process(batch(records)).to_pandas()
    expected = cli_records(records, tmp_path)
    assert list(out["text"]) == [record["text"] for record in expected]
    assert list(out["cleaner"]) == [record["cleaner"] for record in expected]


def test_the_stage_logs_its_counts_as_stage_metrics() -> None:
    stage = CleanerStage()
    stage.process(batch([{"text": text} for text in TEXTS]))
    metrics = stage._consume_custom_metrics()
    assert metrics["documents"] == 4 and metrics["changed"] == 3
    assert metrics["lines_removed/rule/inline.ad-marker"] == 4
    assert metrics["lines_removed/kind/inline"] == 4
    assert metrics["lines_removed"] == sum(v for k, v in metrics.items() if k.startswith("lines_removed/rule/"))


def test_the_stage_cleans_into_another_column_and_caps_the_report() -> None:
    settings = StageSettings(corpus=CorpusOptions("body", output_field="clean"), report_field="why", max_removals=1)
    out = CleanerStage(Options(), settings).process(batch([{"body": TEXTS[3]}])).to_pandas()
    result = Cleaner().clean(TEXTS[3])
    assert out["body"][0] == TEXTS[3] and out["clean"][0] == result.text
    assert out["why"][0]["removals_left_out"] == len(result.removals) - 1
    assert CleanerStage(Options(), settings).outputs() == (["data"], ["clean", "why"])


def test_a_field_that_is_no_text_stays_and_says_why() -> None:
    out = CleanerStage().process(batch([{"text": None}, {"text": STORY}])).to_pandas()
    assert out["cleaner"][0] == {"error": "field 'text' is null, not a string"}  # as clean --jsonl says it
    assert "Advertisement" not in out["text"][1]


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match=r"^max_removals must be a whole number >= 0, not True$"):
        StageSettings(max_removals=True)


def test_no_report_column_when_the_corpus_options_say_no_report() -> None:
    settings = StageSettings(corpus=CorpusOptions(report=False))
    out = CleanerStage(Options(), settings).process(batch([{"text": STORY}])).to_pandas()
    assert list(out.columns) == ["text"] and "Advertisement" not in out["text"][0]
    assert CleanerStage(Options(), settings).outputs() == (["data"], ["text"])


def test_metrics_of_a_call_of_several_tasks_add_up() -> None:
    stage = CleanerStage()
    stage.process_batch([batch([{"text": STORY}] * 3), batch([{"text": PLAIN}])])
    metrics = stage._consume_custom_metrics()
    assert metrics["documents"] == 4 and metrics["changed"] == 3 and metrics["lines_removed"] == 3


def test_the_modifier_applies_learned_rules_to_their_own_site_only(tmp_path: Path) -> None:
    pages = site_pages()
    records = [{"text": pages[0]["text"], "url": url} for url in ("https://example.com/a", "https://other.org/a")]
    modifier = CleanerModifier(Options(rules=[learned_rules(tmp_path, pages)]))
    by_site = Modify(modifier, input_fields=[["text", "url"]], output_fields="text").process(batch(records))
    own, other = by_site.to_pandas()["text"]
    assert SITE_FOOTER not in own and SITE_FOOTER in other
    (alone,) = Modify(modifier).process(batch(records[:1])).to_pandas()["text"]
    assert SITE_FOOTER in alone  # no site: the rules learned for example.com do not apply


PIPELINE = """
import sys
from nemo_curator.backends.ray_data import RayDataExecutor
from nemo_curator.pipeline import Pipeline
from nemo_curator.stages.text.io.reader import JsonlReader
from nemo_curator.stages.text.io.writer import JsonlWriter
from cleaner.integrations.nemo_curator import CleanerStage

if __name__ == "__main__":
    pipeline = Pipeline(name="clean", description="the cleaner on Ray")
    pipeline.add_stage(JsonlReader(file_paths=sys.argv[1], read_kwargs={"engine": "pandas"}))
    pipeline.add_stage(CleanerStage())
    pipeline.add_stage(JsonlWriter(path=sys.argv[2]))
    pipeline.run(executor=RayDataExecutor())
"""


def test_a_ray_pipeline_writes_what_clean_writes(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": TEXTS[i % len(TEXTS)]} for i in range(12)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    script = tmp_path / "pipeline.py"
    script.write_text(PIPELINE, encoding="utf-8")
    env = {**os.environ, "RAY_AUTH_MODE": "disabled"}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "in"), str(tmp_path / "out")],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    written = {r["id"]: r for path in (tmp_path / "out").glob("*.jsonl") for r in map(json.loads, path.open())}
    expected = cli_records(records, tmp_path)
    assert [written[r["id"]]["text"] for r in expected] == [r["text"] for r in expected]
    assert [written[r["id"]]["cleaner"] for r in expected] == [r["cleaner"] for r in expected]
