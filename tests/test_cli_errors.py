"""Bad input and output through the command: encodings, full disks, rule lint. One line, a documented code."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
    assert out[0].startswith(f"{rules}: rule 'mine.runaway': key 'pattern': nested unbounded quantifier")
