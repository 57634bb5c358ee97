"""Site-learned boilerplate (cleaner.sites, ``clean --learn``): templates, counts that add up in any
order, what is learned and what is not (an article's paragraph quoted on a second page, an article
published on several pages), the rule file it writes, and the command driven through its entry point."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import regex

from cleaner import Cleaner, Options, RuleError
from cleaner.cli import main
from cleaner.rules import load_rules
from cleaner.sites.counts import SiteCounts
from cleaner.sites.learn import LearnOptions, learn
from cleaner.sites.naming import FIELDS, site_of
from cleaner.sites.rulefile import rule_id, rule_text
from cleaner.sites.templates import pattern_of, template_of

FOOTER = [
    "Follow the Harbour Herald on Facebook | X",
    "© 2024 The Harbour Herald. All rights reserved.",
    "Got a tip? Write to desk@harbourherald.example",
]
QUOTED = "The council's report, published in March, found that two of the five bridges needed new decks within a decade."


TOWNS = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Ivy", "Juniper", "Larch", "Maple"]
THINGS = ["library", "bridge", "market", "school", "harbour wall", "clinic", "park", "station", "museum",
          "pool", "theatre", "depot"]


def article(n: int) -> list[str]:
    """A page's own paragraphs, in words of its own."""
    town, thing = TOWNS[n % len(TOWNS)], THINGS[n % len(THINGS)]
    return [
        f"The mayor of {town} opened the new {thing} on Saturday, before a crowd that filled the square.",
        f"Residents of {town} said the {thing} had been promised for years and was worth the long wait.",
        f"Volunteers from {town} will look after the {thing} on weekdays until the council hires its staff.",
    ]


def page(n: int, quoted: bool = False) -> str:
    dateline = f"Posted on March {n + 1}, 2024 | {100 + 37 * n} views"
    body = article(n)
    if quoted:
        body.insert(1, QUOTED)
    return "\n".join([f"Headline of story {n}", dateline, *body, *FOOTER])


def corpus(pages: int = 8) -> list[dict[str, str]]:
    return [
        {"id": str(n), "url": f"https://www.harbourherald.example/2024/{n}/", "text": page(n, quoted=n in (2, 5))}
        for n in range(pages)
    ]


def counted(records: list[dict[str, str]]) -> SiteCounts:
    counts = SiteCounts()
    for record in records:
        counts.add_text(site_of(record, FIELDS), record["text"])
    return counts


def test_template_masks_numbers_dates_and_separators() -> None:
    assert template_of("Posted on April 1, 2022 | 1,204 views") == template_of("posted on June 30, 2025 · 87 views")
    assert template_of("© 2023 Example") == template_of("© 2024  Example ")
    assert template_of("Home > News > Health") != template_of("Home > News > Sport")


def test_pattern_matches_the_lines_of_its_template_only() -> None:
    pattern = regex.compile(pattern_of(template_of("Posted on April 1, 2022"), ("Posted on April 1, 2022",)), regex.I)
    assert pattern.search("Posted on May 30, 2024")
    assert not pattern.search("Posted on May 30, 2024 by the editors")
    assert not pattern.search("Posted on Monday")


def test_site_of_reads_site_then_url() -> None:
    assert site_of({"url": "https://www.Harbour.example:443/a/"}, FIELDS) == "harbour.example"
    assert site_of({"site": "a.example", "url": "https://b.example/"}, FIELDS) == "a.example"
    assert site_of({"text": "x"}, FIELDS) == ""


def test_footer_and_dateline_are_learned_the_quoted_paragraph_is_not() -> None:
    learned = {item.template for item in learn(counted(corpus()))}
    assert {template_of(line) for line in FOOTER} <= learned
    assert template_of("Posted on March 3, 2024 | 211 views") in learned
    assert template_of(QUOTED) not in learned  # an article's paragraph on two pages
    assert not any(template_of(line) in learned for n in range(8) for line in article(n))


def test_an_article_published_on_several_pages_is_not_learned() -> None:
    copies = [{"id": f"copy{n}", "text": "\n".join([f"Other headline {n}", *article(99), *article(98)])} for n in range(3)]
    others = [{"id": f"other{n}", "text": "\n".join([f"Headline {n}", *article(n)])} for n in range(4)]
    learned = {item.template for item in learn(counted(copies + others))}  # no site field: one site
    assert not any(template_of(line) in learned for line in article(99) + article(98))


def test_counts_add_up_in_any_order_and_any_split() -> None:
    records = corpus(12)
    whole = learn(counted(records))
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    parts = counted(shuffled[:5]).merge(counted(shuffled[5:]))
    assert learn(parts) == whole


def test_learn_options_are_checked() -> None:
    with pytest.raises(ValueError, match="min_pages must be a whole number of 2 or more"):
        LearnOptions(min_pages=1)


def test_rule_file_loads_and_names_site_and_pages(tmp_path: Path) -> None:
    path = tmp_path / "learned.toml"
    path.write_text(rule_text(learn(counted(corpus())), lambda text: "other"), encoding="utf-8")
    rules = load_rules([path])
    assert all(rule.template is not None and rule.patterns == () for rule in rules)  # looked up, not compiled
    assert rules[0].id == "site.harbourherald.example.1"
    assert rules[0].sites == frozenset({"harbourherald.example"})
    assert regex.fullmatch(r"on \d of 8 pages of harbourherald\.example.*", rules[0].reason)
    assert rule_id("", 3) == "site.corpus.3"


def test_learned_rules_apply_to_their_site_only(tmp_path: Path) -> None:
    path = tmp_path / "learned.toml"
    path.write_text(rule_text(learn(counted(corpus())), lambda text: "other"), encoding="utf-8")
    cleaner = Cleaner(Options(rules=[path]))
    text = page(20)
    mine = cleaner.clean(text, site="harbourherald.example")
    assert all(line not in mine.text for line in FOOTER)
    assert all(r.rule_id.startswith("site.harbourherald.example.") for r in mine.removals if r.text in FOOTER)
    assert all(paragraph in mine.text for paragraph in article(20))
    assert FOOTER[0] in cleaner.clean(text, site="other.example").text
    assert Cleaner().clean(text).text == cleaner.clean(text, site="other.example").text


def test_an_edited_learned_rule_is_compiled_and_searched(tmp_path: Path) -> None:
    path = tmp_path / "learned.toml"
    text = rule_text(learn(counted(corpus())), lambda line: "other")
    path.write_text(text.replace("^follow", "^(?:please\\s+)?follow", 1), encoding="utf-8")
    edited = [rule for rule in load_rules([path]) if rule.template is None]
    assert len(edited) == 1 and edited[0].patterns
    cleaner = Cleaner(Options(rules=[path]))
    result = cleaner.clean(page(30).replace(FOOTER[0], "Please " + FOOTER[0]), site="harbourherald.example")
    assert [r.rule_id for r in result.removals if r.text.startswith("Please")] == [edited[0].id]


def _rule_file(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(
        '[[rule]]\nid = "site.example.1"\nkind = "other"\nreason = "r"\npattern = "^x$"\n' + extra
        + '[rule.examples]\nmatch = ["x"]\nno_match = ["y"]\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("extra", "key", "problem"),
    [
        ('sites = ["Example.com"]\n', "sites", "'Example.com' is not a site (a lower-case host name such as 'example.com')"),
        ('where = "tail"\n', "where", "a rule of the 'site' group (learned boilerplate) takes lines anywhere: "
         "use where = 'line', removes = 'line'"),
    ],
)
def test_loader_rejects_bad_sites_and_zones(tmp_path: Path, extra: str, key: str, problem: str) -> None:
    path = _rule_file(tmp_path, extra)
    with pytest.raises(RuleError) as error:
        load_rules([path])
    assert str(error.value) == f"{path}: rule 'site.example.1': key '{key}': {problem}"


def _write_corpus(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_command_learns_then_cleans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_corpus(tmp_path / "pages.jsonl", corpus())
    learned, out = tmp_path / "learned.toml", tmp_path / "out.jsonl"
    assert main([str(source), "--learn", str(learned), "-o", str(out), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "learned " in err and "rules from 8 pages of 1 sites" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 8
    for record in records:
        assert all(line not in record["text"] for line in FOOTER)
        assert any(r["rule"].startswith("site.") for r in record["cleaner"]["removals"])
    assert QUOTED in records[2]["text"]


def test_command_gives_the_same_file_and_output_shuffled_and_with_two_workers(tmp_path: Path) -> None:
    records = corpus(10)
    shuffled = records[:]
    random.Random(3).shuffle(shuffled)
    outputs = []
    for name, given, workers in (("a", records, "1"), ("b", shuffled, "2")):
        source = _write_corpus(tmp_path / f"{name}.jsonl", given)
        out = tmp_path / f"{name}-out.jsonl"
        assert main([str(source), "--learn", str(tmp_path / f"{name}.toml"), "-o", str(out), "-q", "--workers", workers]) == 0
        outputs.append({json.loads(line)["id"]: line for line in out.read_text(encoding="utf-8").splitlines()})
    assert (tmp_path / "a.toml").read_bytes() == (tmp_path / "b.toml").read_bytes()
    assert outputs[0] == outputs[1]


def test_shards_give_the_same_file(tmp_path: Path) -> None:
    records = corpus(8) + [{**r, "url": "https://other.example/" + r["id"]} for r in corpus(6)]
    source = _write_corpus(tmp_path / "pages.jsonl", records)
    for shards in ("1", "3"):
        argv = [str(source), "--learn", str(tmp_path / f"{shards}.toml"), "--learn-only", "-q", "--workers", "1"]
        assert main([*argv, "--learn-shards", shards]) == 0
    assert (tmp_path / "1.toml").read_bytes() == (tmp_path / "3.toml").read_bytes()
    assert "site.other.example.1" in (tmp_path / "1.toml").read_text(encoding="utf-8")


def test_learn_only_writes_the_file_and_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_corpus(tmp_path / "pages.jsonl", corpus())
    learned = tmp_path / "learned.toml"
    assert main([str(source), "--learn", str(learned), "--learn-only", "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert load_rules([learned])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["-", "--jsonl", "--learn", "x.toml"], "--learn reads the input twice (once to learn, once to clean): give files, not stdin"),
        (["a.jsonl", "--learn-only"], "--learn-only needs --learn FILE: the file to write the learned rules to"),
        (["a.txt", "--learn", "x.toml"], "--learn is for corpus mode"),
        (["a.jsonl", "--learn-report", "r.html"], "--learn-report needs --learn FILE: it reports what a learning run learned"),
    ],
)
def test_learn_usage_errors(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert expected in capsys.readouterr().err


def test_unreadable_corpus_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.jsonl"
    assert main([str(missing), "--learn", str(tmp_path / "l.toml"), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"clean: {missing}: ") and err.count("\n") == 1


def test_learn_report_is_one_self_contained_page(tmp_path: Path) -> None:
    source = _write_corpus(tmp_path / "pages.jsonl", corpus())
    report = tmp_path / "report.html"
    argv = [str(source), "--learn", str(tmp_path / "l.toml"), "--learn-report", str(report), "-q", "--workers", "1"]
    assert main([*argv, "-o", str(tmp_path / "out.jsonl")]) == 0
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "src=" not in page and "http" not in page.replace("harbourherald", "")
    assert "site.harbourherald.example.1" in page and "8 pages of 1 sites" in page
    assert "<del>" + FOOTER[0] + "</del>" in page.replace("&#x27;", "'")  # a removal beside its context
    assert main([*argv, "--learn-only"]) == 0
    assert "no cleaning pass" in report.read_text(encoding="utf-8")


def test_dask_counts_are_the_sum_of_partitions_and_the_cli_output_the_same(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    import dask.bag as db

    from cleaner.io import dask as cd

    records = corpus(10)
    counts = cd.learn_bag(db.from_sequence(records, npartitions=4))
    assert learn(counts) == learn(counted(records))
    source = _write_corpus(tmp_path / "pages.jsonl", records)
    outputs = []
    for name, extra in (("cli", ["--workers", "1"]), ("dask", ["--scheduler", "local", "--workers", "2"])):
        out = tmp_path / f"{name}.jsonl"
        assert main([str(source), "--learn", str(tmp_path / f"{name}.toml"), "-q", "-o", str(out), *extra]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_learns_from_parquet_as_from_json_lines(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = corpus()
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "pages.parquet")
    source = _write_corpus(tmp_path / "pages.jsonl", records)
    for name in ("pages.parquet", "pages.jsonl"):
        argv = [str(tmp_path / name), "--learn", str(tmp_path / f"{name}.toml"), "--learn-only", "-q", "--workers", "1"]
        assert main(argv) == 0
    assert (tmp_path / "pages.parquet.toml").read_bytes() == (tmp_path / f"{source.name}.toml").read_bytes()
