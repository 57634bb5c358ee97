"""The ``clean`` command, driven through ``cleaner.cli.main`` and, end to end, ``python -m cleaner.cli``."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner.cli.inputs
import cleaner.engine
from cleaner import RuleError, rules
from cleaner.cli import main

DATA = Path(__file__).parent / "data"
STORY = (
    "Title of the story\n"
    "\n"
    "First paragraph of the article is long enough to be prose, with many words in it.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "Second paragraph of the article also has many words and ends with a period.\n"
)
CLEAN_STORY = STORY.replace("Advertisement\n\n", "")
PLAIN = "Just a plain paragraph of text with enough words to be prose, and nothing to remove.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def chdir_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def run_module(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cleaner.cli", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120
    )


# --- text to stdout ---------------------------------------------------------------------------


def test_file_to_stdout(story: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main([str(story)]) == 0
    out, err = capsysbinary.readouterr()
    assert out == CLEAN_STORY.encode()
    assert err == b""


def test_files_are_printed_one_after_another(tmp_path: Path, story: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    assert main([str(story), str(plain)]) == 0
    assert capsysbinary.readouterr().out == (CLEAN_STORY + PLAIN).encode()


def test_seed_file_matches_expected(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main([str(DATA / "seed-003.txt")]) == 0
    assert capsysbinary.readouterr().out == (DATA / "seed-003.expected.txt").read_bytes()


@pytest.mark.parametrize("argv", [["-"], []], ids=["dash", "no-args"])
def test_stdin_to_stdout(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    feed_stdin(monkeypatch, STORY.encode())
    assert main(argv) == 0
    assert capsysbinary.readouterr().out == CLEAN_STORY.encode()


def test_end_to_end_file_and_stdin(story: Path) -> None:
    done = run_module(str(story), "--explain")
    assert done.returncode == 0
    assert done.stdout == CLEAN_STORY.encode()
    assert done.stderr.decode() == f"{story}:5: inline.ad-marker: advertisement slot marker\n"
    done = run_module(stdin=STORY.encode())
    assert (done.returncode, done.stdout, done.stderr) == (0, CLEAN_STORY.encode(), b"")


def test_python_dash_m_cleaner_runs_the_command() -> None:
    done = subprocess.run([sys.executable, "-m", "cleaner", "--version"], capture_output=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.decode().startswith("clean ")


def test_empty_file_gives_empty_output(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main([str(empty)]) == 0
    assert capsysbinary.readouterr() == (b"", b"")


def test_crlf_text_without_junk_passes_byte_identical(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    data = b"Plain headline here\r\n\r\nA paragraph of text with enough words to be prose, nothing to remove.\r\n\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr().out == data


def test_crlf_text_keeps_crlf_when_cleaned(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(STORY.replace("\n", "\r\n").encode())
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr().out == CLEAN_STORY.replace("\n", "\r\n").encode()


def test_utf8_bom_is_kept_and_does_not_hide_the_first_line(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "bom.txt"
    # Four paragraphs under the headline: over fewer, no first line is taken for one.
    article = STORY + "\nThird paragraph of the article is long enough to be prose, with many words.\n" + (
        "\nFourth paragraph of the article also has many words and ends with a period.\n")
    path.write_bytes(b"\xef\xbb\xbf" + article.replace("\n\n", "\n\nBy Jane Smith\n\n", 1).encode())
    assert main([str(path), "--format", "json"]) == 0
    record = json.loads(capsysbinary.readouterr().out)
    assert record["title"] == "Title of the story"  # the BOM is not part of the headline
    assert [r["rule"] for r in record["removals"]][:1] == ["byline.by-name"]
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr().out == b"\xef\xbb\xbf" + CLEAN_STORY.encode()
    path.write_bytes(b"\xef\xbb\xbf" + PLAIN.encode())
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr().out == path.read_bytes()


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")])
def test_output_written_a_piece_at_a_time_is_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes], encoding: str, bom: bytes
) -> None:
    # Pieces of 7 characters: every line and the BOM cross a piece's edge, to stdout and to -o.
    # Patched where Decoded.encode reads it: the assert below fails if the patch stops taking effect.
    monkeypatch.setattr(cleaner.cli.inputs, "_ENCODE_PIECE", 7)
    story = STORY.replace("Monday", "Monday – “opening day”").replace("First", "Fïrst – “quoted”")
    assert len(list(cleaner.cli.inputs.Decoded(story, encoding).encode(story))) > len(story) // 7
    path = tmp_path / "story.txt"
    path.write_bytes(bom + story.encode(encoding))
    expected = bom + story.replace("Advertisement\n\n", "").encode(encoding)
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr().out == expected
    assert main([str(path), "-o", f"{tmp_path / 'out'}/"]) == 0
    assert (tmp_path / "out" / "story.txt").read_bytes() == expected


# --- folders, -o and -i -----------------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "a" / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "top.txt").write_text(STORY, encoding="utf-8")
    (root / "a" / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (root / "a" / "b" / "deep.txt").write_text(STORY, encoding="utf-8")
    (root / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (root / ".git" / "config").write_text(STORY, encoding="utf-8")


def test_folder_to_stdout_is_sorted_and_skips_hidden(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    make_tree(tmp_path / "in")
    assert main([str(tmp_path / "in"), "--explain"]) == 0
    out, err = capsysbinary.readouterr()
    assert out == (CLEAN_STORY + PLAIN + CLEAN_STORY).encode()  # a/b/deep.txt, a/plain.txt, top.txt
    root = tmp_path / "in"
    assert err.decode().splitlines() == [
        f"{root / 'a' / 'b' / 'deep.txt'}:5: inline.ad-marker: advertisement slot marker",
        f"{root / 'top.txt'}:5: inline.ad-marker: advertisement slot marker",
    ]


def test_output_dir_mirrors_nested_tree(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    make_tree(tmp_path / "in")
    out_dir = tmp_path / "out"
    assert main([str(tmp_path / "in"), "-o", str(out_dir)]) == 0
    assert capsysbinary.readouterr() == (b"", b"")
    files = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert files == ["a/b/deep.txt", "a/plain.txt", "top.txt"]  # no hidden files, no temp files
    assert (out_dir / "top.txt").read_text(encoding="utf-8") == CLEAN_STORY
    assert (out_dir / "a" / "b" / "deep.txt").read_text(encoding="utf-8") == CLEAN_STORY
    assert (out_dir / "a" / "plain.txt").read_text(encoding="utf-8") == PLAIN
    assert (tmp_path / "in" / "top.txt").read_text(encoding="utf-8") == STORY  # inputs untouched


# The one rule for -o: a folder when PATH ends with a slash, is a folder, or there are several inputs or
# a folder among them; otherwise the file the one input is written to.


def test_output_with_a_trailing_slash_is_a_folder(story: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    assert main(["--output", f"{out_dir}/", str(story)]) == 0
    assert [p.name for p in out_dir.iterdir()] == ["story.txt"]
    assert (out_dir / "story.txt").read_text(encoding="utf-8") == CLEAN_STORY


def test_output_naming_a_folder_that_exists_writes_into_it(story: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert main(["-o", str(out_dir), str(story)]) == 0
    assert (out_dir / "story.txt").read_text(encoding="utf-8") == CLEAN_STORY


def test_output_for_one_input_is_that_file(story: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    assert main(["-o", str(target), str(story)]) == 0
    assert target.is_file() and target.read_text(encoding="utf-8") == CLEAN_STORY


def test_output_for_several_inputs_is_a_folder(story: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(STORY, encoding="utf-8")
    assert main(["-o", str(tmp_path / "out"), str(story), str(other)]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["other.txt", "story.txt"]


def test_stdin_to_an_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    assert main(["-o", str(tmp_path / "out.txt"), "-"]) == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == CLEAN_STORY


def test_stdin_to_an_output_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-o", "out/", "-"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "clean: error: -o names a folder; what is read from stdin needs a file name (-o OUT.txt, -o OUT.jsonl)"
    )


def test_texts_to_stdout_never_share_a_line(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"First text, with no line end at its end")
    second.write_bytes(b"Second text\n")
    assert main([str(first), str(second)]) == 0
    assert capsysbinary.readouterr().out == b"First text, with no line end at its end\nSecond text\n"
    assert main([str(first)]) == 0  # one text alone keeps its bytes
    assert capsysbinary.readouterr().out == b"First text, with no line end at its end"


@pytest.mark.parametrize("flag", [["--no-report"], ["--text-field", "body"], ["--output-field", "clean"], ["--workers", "2"]])
def test_corpus_flags_on_texts_are_usage_errors(flag: list[str], story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*flag, str(story)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"clean: error: {flag[0]} is for corpus mode (*.jsonl or *.parquet inputs, folders holding them, or --jsonl)"
    )


def test_corpus_flags_on_stdin_text_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-report"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "clean: error: --no-report is for corpus mode (*.jsonl or *.parquet inputs, folders holding them, or --jsonl)"
    )


def test_output_dir_inside_the_input_folder_is_not_cleaned_again(tmp_path: Path) -> None:
    make_tree(tmp_path / "in")
    out_dir = tmp_path / "in" / "cleaned"
    assert main([str(tmp_path / "in"), "-o", str(out_dir)]) == 0
    assert main([str(tmp_path / "in"), "-o", str(out_dir)]) == 0
    assert not (out_dir / "cleaned").exists()


def test_unwritable_output_is_an_input_error(story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")
    assert main([str(story), "-o", f"{blocker}/"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"clean: {story}: cannot write {blocker / 'story.txt'}: ")
    assert len(err.splitlines()) == 1


def test_in_place_rewrites_only_changed_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_tree(tmp_path / "in")
    top = tmp_path / "in" / "top.txt"
    plain = tmp_path / "in" / "a" / "plain.txt"
    hidden = tmp_path / "in" / ".hidden.txt"
    top.chmod(0o640)
    old = 1_000_000_000
    for path in (top, plain):
        os.utime(path, (old, old))
    plain_bytes = plain.read_bytes()
    assert main(["-i", str(tmp_path / "in")]) == 0
    assert capsys.readouterr() == ("", "")
    assert top.read_text(encoding="utf-8") == CLEAN_STORY
    assert top.stat().st_mtime != old
    assert top.stat().st_mode & 0o777 == 0o640  # the rewrite keeps the file's permissions
    assert plain.read_bytes() == plain_bytes
    assert plain.stat().st_mtime == old  # unchanged: not touched at all
    assert hidden.read_text(encoding="utf-8") == STORY
    leftovers = [p.name for p in (tmp_path / "in").rglob("*.tmp")]
    assert leftovers == []


def test_in_place_single_file(story: Path) -> None:
    assert main(["--in-place", str(story)]) == 0
    assert story.read_text(encoding="utf-8") == CLEAN_STORY


@pytest.mark.parametrize(
    "argv",
    [
        ["-i"],
        ["-i", "-"],
        ["-o", "out/", "-"],
        ["-i", "-o", "out", "x.txt"],
        ["-i", "--check", "x.txt"],
        ["--diff", "-o", "out", "x.txt"],
        ["--format", "json", "--diff", "x.txt"],
        ["--format", "yaml", "x.txt"],
        ["-v", "-q", "x.txt"],
        ["--max-removed-share", "0", "x.txt"],
        ["--max-removed-share", "lots", "x.txt"],
        ["--no-such-flag"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "clean: error: " in err


# --- explain, diff, check, json ---------------------------------------------------------------


def test_explain_line_format(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(story)]) == 0
    out, err = capsys.readouterr()
    assert out == CLEAN_STORY
    assert err == f"{story}:5: inline.ad-marker: advertisement slot marker\n"


def test_explain_stdin_is_named_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feed_stdin(monkeypatch, STORY.encode())
    assert main(["--explain"]) == 0
    assert capsys.readouterr().err == "-:5: inline.ad-marker: advertisement slot marker\n"


def test_explain_multi_line_removal_gives_the_span(chdir_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("seed.txt").write_bytes((DATA / "seed-003.txt").read_bytes())
    assert main(["--explain", "--check", "seed.txt"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert "seed.txt:3: headline.repeated: the headline repeated under the title" in lines
    spans = [line for line in lines if line.startswith("seed.txt:") and line.endswith(")") and " (lines " in line]
    assert spans, lines
    first, span = spans[0].split(":")[1], spans[0].rsplit(" (lines ", 1)[1].rstrip(")")
    assert span.split("-")[0] == first


def test_diff(chdir_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("story.txt").write_text(STORY, encoding="utf-8")
    assert main(["--diff", "story.txt"]) == 0
    assert capsys.readouterr().out == (
        "--- story.txt\n"
        "+++ story.txt (cleaned)\n"
        "@@ -2,6 +2,4 @@\n"
        " \n"
        " First paragraph of the article is long enough to be prose, with many words in it.\n"
        " \n"
        "-Advertisement\n"
        "-\n"
        " Second paragraph of the article also has many words and ends with a period.\n"
    )


def test_diff_prints_nothing_when_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    assert main(["--diff", str(plain)]) == 0
    assert capsys.readouterr() == ("", "")


def test_diff_marks_missing_final_newline(chdir_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("story.txt").write_text(STORY.rstrip("\n") + "\n\nAdvertisement", encoding="utf-8")
    assert main(["--diff", "story.txt"]) == 0
    assert "-Advertisement\n\\ No newline at end of file\n" in capsys.readouterr().out


def test_check_exits_1_when_something_would_be_removed(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", str(story)]) == 1
    assert capsys.readouterr() == ("", "")
    assert story.read_text(encoding="utf-8") == STORY


def test_check_exits_0_when_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    assert main(["--check", str(plain), str(DATA / "seed-000.txt")]) == 0
    assert capsys.readouterr() == ("", "")


def test_check_with_explain_still_explains(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "--explain", str(story)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"{story}:5: inline.ad-marker: advertisement slot marker\n"


def test_json_lines(story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    accents = tmp_path / "accents.txt"
    accents.write_text("Café society in Zürich: a plain paragraph of prose that stays as it is.\n", encoding="utf-8")
    assert main(["--format", "json", str(story), str(accents)]) == 0
    out = capsys.readouterr().out
    assert "Zürich" in out  # ensure_ascii=False
    lines = out.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert set(first) == {"path", "title", "body", "text", "removals", "capped"}
    assert first["path"] == str(story)
    assert first["title"] is None  # nothing under the first line shows it is a headline
    assert first["text"] == first["body"] == CLEAN_STORY
    assert first["capped"] is False
    assert first["removals"] == [
        {
            "rule": "inline.ad-marker",
            "kind": "inline",
            "reason": "advertisement slot marker",
            "first_line": 5,
            "last_line": 5,
            "text": "Advertisement",
        }
    ]
    assert second["removals"] == []
    assert second["path"] == str(accents)


def test_json_with_check_prints_and_sets_the_exit_code(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", "--check", str(story)]) == 1
    assert json.loads(capsys.readouterr().out)["path"] == str(story)


# --- rules: listing, selecting, bad files -----------------------------------------------------


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-rules"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    rows = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert rows["inline.ad-marker"][:4] == ["inline.ad-marker", "inline", "line", "line"]
    assert "advertisement slot marker" in out
    assert rows["promo.tail"][1] == "promo"
    assert "headline.repeated" in rows
    assert out.splitlines()[0].split() == ["ID", "KIND", "WHERE", "REMOVES", "REASON"]


def test_list_rules_follows_select(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-rules", "--select", "inline"]) == 0
    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert "inline.ad-marker" in ids
    assert all(i.startswith("inline.") for i in ids)


def test_ignore_group_keeps_the_advertisement_line(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--ignore", "inline", str(story)]) == 0
    assert capsys.readouterr().out == STORY


def test_ignore_takes_comma_separated_ids(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--ignore", "social, inline.ad-marker", "--ignore", "promo", str(story)]) == 0
    assert capsys.readouterr().out == STORY


def test_select_limits_the_rules(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--select", "social", str(story)]) == 0
    assert capsys.readouterr().out == STORY
    assert main(["--select", "inline.ad-marker,social", str(story)]) == 0
    assert capsys.readouterr().out == CLEAN_STORY


def test_unknown_rule_id_exits_2(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--select", "no.such-rule", str(story)]) == 2
    assert capsys.readouterr() == ("", "clean: unknown rule id 'no.such-rule' (see --list-rules)\n")
    assert main(["--ignore", "bogus", str(story)]) == 2
    assert capsys.readouterr() == ("", "clean: unknown rule id 'bogus' (see --list-rules)\n")


BAD_RULE = """\
[[rule]]
id = "x.y"
kind = "other"
reason = "a rule with a typo"
patern = '^x$'

[rule.examples]
match = ["x"]
no_match = ["y"]
"""

GOOD_RULE = """\
[[rule]]
id = "local.stamp"
kind = "other"
reason = "our scraper's stamp line"
pattern = '^scraped by robot \\d+$'

[rule.examples]
match = ["Scraped by robot 7"]
no_match = ["The robot scraped the floor."]
"""


def test_bad_rule_file_exits_2_naming_file_rule_and_key(tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_RULE, encoding="utf-8")
    assert main(["--rules", str(bad), str(story)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    known = ", ".join(sorted(rules._RULE_KEYS))
    expected = str(RuleError(str(bad), f"unknown key (known: {known})", "x.y", "patern"))
    assert err == f"clean: {expected}\n"
    assert err.startswith(f"clean: {bad}: rule 'x.y': key 'patern': unknown key (known: ")


def test_rules_folder_adds_to_builtin_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "myrules"
    folder.mkdir()
    (folder / "local.toml").write_text(GOOD_RULE, encoding="utf-8")
    (folder / "notes.md").write_text("not a rule file", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text(STORY + "\nScraped by robot 42\n", encoding="utf-8")
    assert main(["--rules", str(folder), "--explain", str(text)]) == 0
    out, err = capsys.readouterr()
    assert out == CLEAN_STORY
    assert f"{text}:9: local.stamp: our scraper's stamp line\n" in err
    assert main(["--rules", str(folder / "local.toml"), "--no-builtin-rules", str(text)]) == 0
    assert capsys.readouterr().out == STORY  # only the local rule: the Advertisement line stays
    assert main(["--rules", str(folder), "--no-builtin-rules", "--list-rules"]) == 0
    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert ids == ["local.stamp", "headline.repeated", "promo.tail", "related.tail-headlines", "model.junk-line", "page.menu", "page.outside-article", "page.repeated", "page.boilerplate", "page.metadata", "page.symbols", "page.title-bar", "page.comments", "page.related"]


def test_missing_rule_file_exits_2(tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.toml"
    assert main(["--rules", str(missing), str(story)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"clean: {missing}: cannot read: ")
    assert len(err.splitlines()) == 1


# --- bad inputs -------------------------------------------------------------------------------


def test_missing_file_is_reported_and_others_are_processed(chdir_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("story.txt").write_text(STORY, encoding="utf-8")
    assert main(["missing.txt", "story.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == CLEAN_STORY
    assert err == "clean: missing.txt: No such file or directory\n"


def test_binary_input_is_skipped(chdir_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("image.bin").write_bytes(b"GIF89a\x00\x01\x02")
    Path("story.txt").write_text(STORY, encoding="utf-8")
    assert main(["image.bin", "story.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == CLEAN_STORY
    assert err == "clean: image.bin: binary input, skipped\n"


def test_invalid_utf8_names_the_byte_offset(chdir_tmp: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    # 0x81 is neither UTF-8 here nor defined in Windows-1252: nothing to fall back on.
    Path("unknown.txt").write_bytes(b"Caf\x81 society")
    assert main(["unknown.txt"]) == 2
    assert capsysbinary.readouterr() == (b"", b"clean: unknown.txt: not valid UTF-8 at byte 3 (name the encoding with --encoding)\n")


def test_invalid_utf8_on_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feed_stdin(monkeypatch, b"ok \x81")
    assert main([]) == 2
    assert capsys.readouterr() == ("", "clean: -: not valid UTF-8 at byte 3 (name the encoding with --encoding)\n")


def test_errors_in_a_folder_do_not_stop_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_tree(tmp_path / "in")
    (tmp_path / "in" / "a" / "blob.dat").write_bytes(b"\x00\x01")
    out_dir = tmp_path / "out"
    assert main([str(tmp_path / "in"), "-o", str(out_dir)]) == 2
    assert capsys.readouterr().err == f"clean: {tmp_path / 'in' / 'a' / 'blob.dat'}: binary input, skipped\n"
    assert (out_dir / "top.txt").read_text(encoding="utf-8") == CLEAN_STORY
    assert not (out_dir / "a" / "blob.dat").exists()


def test_unexpected_exception_is_one_line_and_others_go_on(
    chdir_tmp: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_clean = cleaner.engine.Cleaner.clean

    def flaky(self: cleaner.engine.Cleaner, text: str) -> cleaner.Result:
        if text.startswith("BOOM"):
            raise RuntimeError("engine bug")
        return real_clean(self, text)

    monkeypatch.setattr(cleaner.engine.Cleaner, "clean", flaky)
    Path("boom.txt").write_text("BOOM\n", encoding="utf-8")
    Path("story.txt").write_text(STORY, encoding="utf-8")
    assert main(["boom.txt", "story.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == CLEAN_STORY
    assert err == "clean: boom.txt: internal error: RuntimeError: engine bug\n"


def test_keyboard_interrupt_exits_130_quietly(story: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(self: cleaner.engine.Cleaner, text: str) -> cleaner.Result:
        raise KeyboardInterrupt

    monkeypatch.setattr(cleaner.engine.Cleaner, "clean", interrupted)
    assert main([str(story)]) == 130
    assert capsys.readouterr() == ("", "")


def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    # Like `clean *.txt | head -1`: the reader goes away while clean still has output to write.
    paragraph = "A paragraph of prose with enough words in it to count as article text, ending well.\n\n"
    big = tmp_path / "big.txt"
    big.write_text("A plain headline\n\n" + paragraph * 400, encoding="utf-8")  # about 35 kB
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner.cli", *[str(big)] * 8],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"A plain headline\n"
    process.stdout.close()  # 8 x 35 kB cannot all fit in the pipe: a later write meets the closed end
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 141
    assert b"Traceback" not in err
    assert err == b""


# --- warnings, verbose, progress --------------------------------------------------------------


def test_capped_result_warns_and_leaves_text(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--max-removed-share", "0.01", "--check", str(story)]) == 0
    assert capsys.readouterr() == ("", f"clean: {story}: would remove more than the cap (1%), left unchanged\n")
    assert main(["--max-removed-share", "0.01", str(story)]) == 0
    assert capsys.readouterr() == (STORY, f"clean: {story}: would remove more than the cap (1%), left unchanged\n")


def test_quiet_suppresses_the_cap_warning(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-q", "--max-removed-share", "0.01", str(story)]) == 0
    assert capsys.readouterr() == (STORY, "")


def test_explain_shows_removals_held_back_by_the_cap(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-q", "--explain", "--max-removed-share", "0.01", str(story)]) == 0
    assert capsys.readouterr().err == f"{story}:5: inline.ad-marker: advertisement slot marker (kept: over the cap)\n"


def test_timed_out_rule_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "runaway.toml"
    rules.write_text(
        "[[rule]]\n"
        'id = "user.runaway"\n'
        'kind = "other"\n'
        'reason = "backtracks without end on runs of a"\n'
        "pattern = '^(a|aa)+$'\n"
        "[rule.examples]\n"
        'match = ["aaaa"]\n'
        'no_match = ["b"]\n',
        encoding="utf-8",
    )
    text = STORY + "a" * 3000 + "b\n"
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    assert main(["-q", "--rules", str(rules), str(story)]) == 0
    out, err = capsys.readouterr()
    assert out == text.replace("Advertisement\n\n", "")  # the other rules went on
    assert err == f"clean: {story}: rule user.runaway timed out and was skipped\n"


def test_verbose_reports_every_input(story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    assert main(["-v", str(story), str(plain)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [f"clean: {story}: removed 1 line(s) in 1 place(s)", f"clean: {plain}: nothing to remove"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_with_many_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(25):
        (folder / f"{n:02}.txt").write_text(PLAIN, encoding="utf-8")
    assert main(["--check", str(folder)]) == 0
    assert capsys.readouterr().err == ""  # not a terminal
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--check", str(folder)]) == 0
    assert "clean: 25/25 files" in terminal.getvalue()
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--check", *[str(p) for p in sorted(folder.iterdir())[:5]]]) == 0
    assert terminal.getvalue() == ""  # too few inputs to bother


def test_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out
    for code in ("0", "1", "2", "130"):
        assert f"\n  {code} " in out
