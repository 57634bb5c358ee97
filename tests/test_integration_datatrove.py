"""cleaner.integrations.datatrove through datatrove's own executor, readers and writers: the texts
``clean --jsonl`` writes, the report in each document's metadata, datatrove's stats per rule and kind.

datatrove is in the test extra (CI installs it); without it these tests skip, saying so.
"""
from __future__ import annotations

import gzip
import json
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove", reason="datatrove is not installed: pip install 'boilercut[datatrove]'")
pytest.importorskip("orjson", reason="datatrove's JSON Lines reader needs orjson: pip install 'boilercut[datatrove]'")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleaner import Cleaner, Options  # noqa: E402
from cleaner.cli import main  # noqa: E402
from cleaner.html import HtmlError  # noqa: E402
from cleaner.integrations.datatrove import CleanerStep, StepSettings  # noqa: E402

from samples import CORPORA, PLAIN, SITE_FOOTER, STORY, learned_rules, needs_corpora, site_pages  # noqa: E402  (tests/ is on sys.path)

ROOT = Path(__file__).resolve().parent.parent
STEP_NAME = "✂️ - MODIFIER: 🧹 cleaner"
PAGE = (
    "<!doctype html><html><head><title>Harbour Ferry Adds Winter Sailings</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Harbour Ferry Adds Winter Sailings</h1>"
    + "".join(
        f"<p>The harbour ferry will run two extra sailings each weekday from December, paragraph {n} says, "
        "after a year in which passenger numbers rose by a fifth on the north route.</p>"
        for n in range(5)
    )
    + "<p>Advertisement</p></article><footer>Copyright 2026 Harbour Times</footer></body></html>"
)


def write_records(path: Path, records: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def run_pipeline(source: Path, out: Path, logs: Path, step: CleanerStep, **executor: Any) -> list[dict[str, Any]]:
    """``JsonlReader -> step -> JsonlWriter`` on the LocalPipelineExecutor; the records written, in order."""
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(source), glob_pattern="*.jsonl"), step, JsonlWriter(str(out), compression=None)],
        logging_dir=str(logs),
        **{"tasks": 1, "workers": 1, **executor},
    ).run()
    return [json.loads(line) for path in sorted(out.glob("*.jsonl")) for line in path.open(encoding="utf-8")]


def cli_records(path: Path, tmp_path: Path, *args: str) -> list[dict[str, Any]]:
    out = tmp_path / "cli-out.jsonl"
    assert main([str(path), "-o", str(out), "--workers", "1", *args]) == 0
    return [json.loads(line) for line in out.open(encoding="utf-8")]


def step_stats(logs: Path) -> dict[str, Any]:
    merged = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    return next(entry["stats"] for entry in merged if entry["name"] == STEP_NAME)


def total(value: Any) -> int:
    """A stat as datatrove writes it: a bare count, or a summary with its total."""
    return value if isinstance(value, int) else value["total"]


def test_texts_and_reports_equal_the_commands(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": text} for i, text in enumerate([STORY, PLAIN, STORY.replace("Café", "Bakery")])]
    source = write_records(tmp_path / "in" / "part.jsonl", records)
    written = run_pipeline(source.parent, tmp_path / "out", tmp_path / "logs", CleanerStep())
    expected = cli_records(source, tmp_path)
    assert [doc["id"] for doc in written] == [record["id"] for record in expected]
    assert [doc["text"] for doc in written] == [record["text"] for record in expected]
    assert [doc["metadata"]["cleaner"] for doc in written] == [record["cleaner"] for record in expected]
    assert written[1]["text"] == PLAIN  # nothing to remove: byte for byte


def test_stats_count_documents_changes_and_lines_per_rule_and_kind(tmp_path: Path) -> None:
    records = [{"id": str(i), "text": STORY if i % 2 == 0 else PLAIN} for i in range(6)]
    source = write_records(tmp_path / "in" / "part.jsonl", records)
    run_pipeline(source.parent, tmp_path / "out", tmp_path / "logs", CleanerStep())
    stats = step_stats(tmp_path / "logs")
    assert stats["documents"] == 6
    assert stats["changed"] == 3
    assert total(stats["lines_removed"]) == 3
    assert total(stats["lines_removed/rule/inline.ad-marker"]) == 3
    assert total(stats["lines_removed/kind/inline"]) == 3


def test_report_keeps_the_first_removals_and_counts_the_rest(tmp_path: Path) -> None:
    text = "Advertisement\n\n" + STORY + "\nShare on Facebook\n"
    step = CleanerStep(settings=StepSettings(max_removals=1))
    docs = list(step.run(iter([Document(text=text, id="a")])))
    everything = Cleaner().clean(text)
    assert len(everything.removals) >= 2
    report = docs[0].metadata["cleaner"]
    assert [removal["rule"] for removal in report["removals"]] == [everything.removals[0].rule_id]
    assert report["removals_left_out"] == len(everything.removals) - 1
    assert docs[0].text == everything.text


def test_no_report_leaves_the_metadata_alone() -> None:
    step = CleanerStep(settings=StepSettings(report=False))
    doc = Document(text=STORY, id="a", metadata={"url": "https://example.com/a"})
    (out,) = step.run(iter([doc]))
    assert out.metadata == {"url": "https://example.com/a"}
    assert "Advertisement" not in out.text


def test_an_html_field_is_cleaned_into_the_text() -> None:
    step = CleanerStep(settings=StepSettings(html_field="html"))
    doc = Document(text="", id="p", metadata={"html": PAGE})
    (out,) = step.run(iter([doc]))
    expected = Cleaner().clean_html(PAGE)
    assert out.text == expected.text
    assert out.text.startswith("Harbour Ferry Adds Winter Sailings")
    assert "Advertisement" not in out.text and "Copyright" not in out.text
    assert out.metadata["cleaner"]["title"] == "Harbour Ferry Adds Winter Sailings"


def test_an_html_field_that_is_no_string_stays_and_says_why() -> None:
    step = CleanerStep(settings=StepSettings(html_field="html"))
    doc = Document(text=STORY, id="b", metadata={"html": PAGE.encode()})
    (out,) = step.run(iter([doc]))
    assert out.text == STORY
    assert out.metadata["cleaner"] == {"error": "the document's metadata field 'html' is bytes, not a string"}


def test_a_document_without_the_html_field_is_cleaned_from_its_text() -> None:
    (out,) = CleanerStep(settings=StepSettings(html_field="html")).run(iter([Document(text=STORY, id="t")]))
    assert out.text == Cleaner().clean(STORY).text


def test_a_page_in_the_text_is_cleaned_as_the_command_does(tmp_path: Path) -> None:
    source = write_records(tmp_path / "in" / "pages.jsonl", [{"id": "p", "text": PAGE}])
    written = run_pipeline(source.parent, tmp_path / "out", tmp_path / "logs", CleanerStep())
    assert [doc["text"] for doc in written] == [record["text"] for record in cli_records(source, tmp_path)]


def test_a_page_that_cannot_be_read_stays_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(self: Cleaner, html: str, **_: Any) -> None:
        raise HtmlError("cannot extract text from the HTML: ParserError: Document is empty")

    monkeypatch.setattr(Cleaner, "clean_html", unreadable)
    step = CleanerStep(settings=StepSettings(html="html"))
    docs = [Document(text="<html><body></body></html>", id="e"), Document(text=STORY, id="s")]
    page, story = step.run(iter(docs))
    assert page.text == "<html><body></body></html>"
    assert page.metadata["cleaner"] == {"error": "cannot extract text from the HTML: ParserError: Document is empty"}
    assert story.text == STORY  # taken for a page too (html="html"), unreadable, and left as it was
    assert step.stats["errors"].total == 2 and step.stats["documents"].total == 2


def test_a_text_that_is_no_string_stays_and_says_why() -> None:
    step = CleanerStep()
    odd = Document(text="", id="n")
    odd.text = None  # type: ignore[assignment]  # a reader's adapter can hand on anything
    out, story = step.run(iter([odd, Document(text=STORY, id="s")]))
    assert out.text is None and out.metadata["cleaner"] == {"error": "the document's text is NoneType, not a string"}
    assert "Advertisement" not in story.text
    assert step.stats["errors"].total == 1


def test_learned_rules_apply_to_their_own_site_only(tmp_path: Path) -> None:
    pages = site_pages()
    step = CleanerStep(Options(rules=[learned_rules(tmp_path, pages)]))
    docs = [
        Document(text=pages[0]["text"], id="own", metadata={"url": "https://example.com/news/0"}),
        Document(text=pages[0]["text"], id="other", metadata={"url": "https://other.org/news/0"}),
    ]
    own, other = step.run(iter(docs))
    assert SITE_FOOTER not in own.text
    assert SITE_FOOTER in other.text
    assert [removal["rule"] for removal in own.metadata["cleaner"]["removals"]] == ["site.example.com.1"]


def test_two_workers_write_what_one_does(tmp_path: Path) -> None:
    for part in range(2):
        records = [{"id": f"{part}-{i}", "text": [STORY, PLAIN][i % 2]} for i in range(5)]
        write_records(tmp_path / "in" / f"part{part}.jsonl", records)
    one = run_pipeline(tmp_path / "in", tmp_path / "out1", tmp_path / "logs1", CleanerStep())
    two = run_pipeline(tmp_path / "in", tmp_path / "out2", tmp_path / "logs2", CleanerStep(), tasks=2, workers=2)
    assert sorted(json.dumps(doc, sort_keys=True) for doc in one) == sorted(json.dumps(doc, sort_keys=True) for doc in two)
    assert step_stats(tmp_path / "logs2")["documents"] == 10


def test_the_step_pickles_with_its_options() -> None:
    step = CleanerStep(Options(ignore={"social"}), StepSettings(fast=True, max_removals=5))
    copy = pickle.loads(pickle.dumps(step))
    assert copy.options == step.options and copy.settings == step.settings


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match=r"^max_removals must be a whole number >= 0, not -1$"):
        StepSettings(max_removals=-1)
    with pytest.raises(ValueError, match=r"^html must be 'auto', 'html' or 'text', not 'yes'$"):
        StepSettings(html="yes")


def readme_block() -> str:
    blocks = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S | re.M)
    (block,) = [block for block in blocks if "CleanerStep" in block]
    return block


@needs_corpora
def test_the_readmes_pipeline_on_newsjunk_dev_writes_what_clean_writes(tmp_path: Path) -> None:
    """The README's pipeline as written, on newsjunk-dev as JSON Lines (its ``input`` field as ``text``,
    the file in place of the example corpus): every text equals ``clean --jsonl``'s, byte for byte, and
    the stats list the lines removed per rule."""
    with gzip.open(CORPORA / "newsjunk-dev.jsonl.gz", "rt", encoding="utf-8") as source:
        records = [{"id": record["id"], "text": record["input"]} for record in map(json.loads, source)]
    corpus = write_records(tmp_path / "examples" / "crawl.jsonl", records)
    script = tmp_path / "pipeline.py"
    script.write_text(readme_block(), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    written = [json.loads(line) for path in sorted((tmp_path / "cleaned").glob("*.jsonl")) for line in path.open()]
    expected = cli_records(corpus, tmp_path)
    assert len(written) == len(expected) == 876
    assert [doc["text"] for doc in written] == [record["text"] for record in expected]
    stats = step_stats(tmp_path / "logs" / "clean")
    assert stats["documents"] == 876
    per_rule = {key.removeprefix("lines_removed/rule/"): total(value) for key, value in stats.items()
                if key.startswith("lines_removed/rule/")}
    assert per_rule["headline.repeated"] > 100 and sum(per_rule.values()) == total(stats["lines_removed"])
