"""Bad input and output through the command: encodings, full disks, rule lint. One line, a documented code."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner.cli
import cleaner.parallel
from cleaner.cli import main

STORY = (
    "Café Opens Downtown\n\n"
    "The café opened on Monday with a queue around the block and a menu written on the wall by hand.\n\n"
    "Advertisement\n\n"
    "The owners said they would open every day except Sunday for the first month of trading.\n"
)
CLEANED = STORY.replace("Advertisement\n\n", "")


def test_windows_1252_is_detected_and_written_back_in_kind(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(STORY.replace("Monday", "Monday – “opening day”").encode("cp1252"))
    assert main(["-v", str(path)]) == 0
    out, err = capsysbinary.readouterr()
    assert out == CLEANED.replace("Monday", "Monday – “opening day”").encode("cp1252")
    assert err.decode().splitlines()[0] == f"clean: {path}: not UTF-8, decoded as Windows-1252 (cp1252)"


def test_detection_is_silent_without_verbose(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(STORY.encode("latin-1"))
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (CLEANED.encode("latin-1"), b"")


def test_encoding_option_decodes_and_encodes_as_asked(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "koi8.txt"
    text = STORY.replace("Café", "Кафе").replace("café", "кафе")
    path.write_bytes(text.encode("koi8-r"))
    assert main(["--encoding", "koi8-r", str(path)]) == 0
    assert capsysbinary.readouterr().out == text.replace("Advertisement\n\n", "").encode("koi8-r")


def test_encoding_option_names_the_byte_that_does_not_decode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ascii.txt"
    path.write_bytes(b"plain text \xe9 here")
    assert main(["--encoding", "ascii", str(path)]) == 2
    assert capsys.readouterr().err == f"clean: {path}: cannot decode as ascii at byte 11\n"


def test_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--encoding", "no-such-codec", "-"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "clean: error: argument --encoding: unknown encoding: 'no-such-codec'"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_line_and_exit_2(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        run = subprocess.run([sys.executable, "-m", "cleaner", str(story), str(story)], stdout=full, stderr=subprocess.PIPE, check=False)
    assert run.returncode == 2
    assert run.stderr.decode() == "clean: cannot write to standard output: No space left on device\n"


def test_lint_passes_the_builtin_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lint-rules"]) == 0
    assert capsys.readouterr() == ("", "")


def test_lint_flags_a_catastrophic_pattern(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(
        """
[[rule]]
id = "mine.runaway"
kind = "other"
reason = "a pattern that backtracks without end on a run of letters"
pattern = '''(a+)+$'''
[rule.examples]
match = ["aaa"]
no_match = ["b"]

[[rule]]
id = "mine.fine"
kind = "other"
reason = "a sound pattern"
pattern = '''^fine$'''
[rule.examples]
match = ["fine"]
no_match = ["finer"]
""",
        encoding="utf-8",
    )
    assert main(["--lint-rules", "--no-builtin-rules", "--rules", str(rules)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0] == (
        f"{rules}: rule 'mine.runaway': key 'pattern': nested unbounded quantifier (a group repeated without bound"
        " whose body is itself an unbounded repeat, as in (a+)+): can backtrack catastrophically; make the inner or"
        " outer repeat possessive or atomic, or require a separator"
    )


@pytest.mark.parametrize(
    ("examples", "message"),
    [
        ('match = ["finest"]\nno_match = ["finer"]', "key 'examples.match': the pattern does not match its own example 'finest'"),
        ('match = ["fine"]\nno_match = ["FINE"]', "key 'examples.no_match': the pattern matches its own example 'FINE'"),
    ],
)
def test_a_user_rule_its_own_examples_contradict_is_refused(
    examples: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(
        f"[[rule]]\nid = \"mine.fine\"\nkind = \"other\"\nreason = \"a line saying fine\"\npattern = '''^fine$'''\n"
        f"[rule.examples]\n{examples}\n",
        encoding="utf-8",
    )
    for flags in ([], ["--lint-rules"]):
        story = tmp_path / "story.txt"
        story.write_text(STORY, encoding="utf-8")
        assert main([*flags, "--rules", str(rules), str(story)]) == 2
        assert capsys.readouterr().err == f"clean: {rules}: rule 'mine.fine': {message}\n"


def test_utf16_named_with_encoding_is_cleaned_not_called_binary(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(STORY.encode("utf-16"))
    assert main(["--encoding", "utf-16", str(path)]) == 0
    assert capsysbinary.readouterr().out == CLEANED.encode("utf-16")


def test_utf8_sig_adds_no_byte_order_mark(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "plain.txt"
    path.write_bytes(CLEANED.encode("utf-8"))
    assert main(["--encoding", "utf-8-sig", str(path)]) == 0
    assert capsysbinary.readouterr().out == CLEANED.encode("utf-8")


def test_closed_stdin_is_one_line(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "cleaner", "-"], stdin=subprocess.DEVNULL, capture_output=True, check=False)
    assert run.returncode == 0  # an empty stdin is fine
    closed = subprocess.run(
        [sys.executable, "-c", "import os, sys; os.close(0); sys.stdin = None; from cleaner.cli import main; raise SystemExit(main(['-']))"],
        capture_output=True,
        check=False,
    )
    assert closed.returncode == 2
    assert closed.stderr.decode() == "clean: -: standard input is closed\n"


def test_special_files_in_a_folder_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "missing")
    assert main([str(folder)]) == 2
    out, err = capsys.readouterr()
    assert out == CLEANED
    assert sorted(err.splitlines()) == [
        f"clean: {folder}/gone.txt: not a regular file, skipped",
        f"clean: {folder}/pipe.txt: not a regular file, skipped",
    ]


def test_a_non_utf8_file_name_does_not_break_json_or_diff(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / os.fsdecode(b"\xfe.txt")).write_text(STORY, encoding="utf-8")
    assert main(["--format", "json", str(folder)]) == 0
    assert b'\xef\xbf\xbd.txt", "title": null' in capsysbinary.readouterr().out
    assert main(["--diff", str(folder)]) == 0
    assert b"-Advertisement" in capsysbinary.readouterr().out


def test_a_pattern_nested_too_deeply_is_a_rule_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "deep.toml"
    pattern = "(" * 5000 + "a" + ")" * 5000
    rules.write_text(
        f"""
[[rule]]
id = "deep.one"
kind = "other"
reason = "a pattern nested five thousand deep"
pattern = '''{pattern}'''
[rule.examples]
match = ["a"]
no_match = ["b"]
""",
        encoding="utf-8",
    )
    assert main(["--rules", str(rules), "-"]) == 2
    assert capsys.readouterr().err == f"clean: {rules}: rule 'deep.one': key 'pattern': does not compile: nested or repeated too deeply\n"


# --- issue 18's smaller items, through the entry point ------------------------------------------------


def test_a_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-flag"]) == 2
    assert capsys.readouterr() == ("", "clean: error: unrecognized arguments: --no-such-flag\n")


def test_more_workers_than_cores_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "A line of text."}\n', encoding="utf-8")
    cores = cleaner.parallel.default_workers()
    assert main(["--workers", str(cores + 1), str(corpus), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        f"clean: --workers {cores + 1} is more than the {cores} cores here: the workers share them, slower"
    )


def test_the_distribution_is_named_for_the_package_index() -> None:
    import importlib.metadata

    assert importlib.metadata.distribution("boilercut").entry_points.select(name="clean")
    help_text = cleaner.cli.build_parser().format_help()
    assert "pip install 'boilercut[dask]'" in help_text and "cleaner[" not in help_text


def test_fast_needs_no_extra_in_the_help() -> None:
    help_text = " ".join(cleaner.cli.build_parser().format_help().split())
    assert "--fast extract with resiliparse instead of trafilatura: several times faster, less accurate" in help_text
    assert "boilercut[fast]" not in help_text


def test_a_link_to_a_folder_is_said_on_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "self").symlink_to(folder)
    (folder / "c.jsonl").write_text('{"text": "A line of text."}\n', encoding="utf-8")
    assert main([str(folder), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"clean: {folder / 'self'}: link to a folder, skipped"
    assert err[1].startswith("clean: 1 record, 0.0 MB, ")


def test_a_junk_model_folder_that_cannot_be_read_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text("A headline\n\nA line of text.\n", encoding="utf-8")
    missing = tmp_path / "no-model"
    assert main(["--junk-model", str(missing), str(story)]) == 2
    assert capsys.readouterr() == ("", f"clean: {missing}: cannot read the junk-line model (No such file or directory)\n")
