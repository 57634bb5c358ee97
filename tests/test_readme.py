"""Every Python block of README.md runs as written: each is a script run from a copy of the repository's
examples (the paths the blocks name), and must exit 0. A block whose imports are not installed (Hugging
Face datasets is no test dependency) is skipped, saying so."""
from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def missing_module(code: str) -> str | None:
    for node in ast.walk(ast.parse(code)):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        for name in names:
            if importlib.util.find_spec(name.split(".")[0]) is None:
                return name
    return None


def test_the_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
def test_readme_block_runs_as_written(code: str, tmp_path: Path) -> None:
    missing = missing_module(code)
    if missing is not None:
        pytest.skip(f"{missing} is not installed")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    script = tmp_path / "block.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


# --- the command-line examples ----------------------------------------------------------------------

SHELL_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)
# The examples of the `clean` command (the set-up commands and the benchmarks have their own runs).
COMMANDS = [
    line.split("  #")[0].strip()
    for block in SHELL_BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    for line in block.splitlines()
    if line.startswith(("clean ", "zcat "))
]


def example_inputs(folder: Path) -> None:
    """The files the examples name, made from examples/: a corpus with the fields they ask for, the
    same compressed and as Parquet, and a folder of articles."""
    import gzip
    import json

    shutil.copytree(ROOT / "examples", folder / "examples")
    page = (ROOT / "examples" / "page.html").read_text(encoding="utf-8")
    records = []
    for line in (ROOT / "examples" / "crawl.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records.append({**record, "body": record["text"], "html": page})
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    (folder / "crawl.jsonl").write_bytes(data)
    (folder / "crawl.jsonl.gz").write_bytes(gzip.compress(data))
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    pq.write_table(pa.Table.from_pylist(records), folder / "crawl.parquet")
    (folder / "articles").mkdir()
    shutil.copy(ROOT / "examples" / "seed-003.txt", folder / "articles" / "seed-003.txt")


def test_the_readme_has_command_examples() -> None:
    assert len(COMMANDS) >= 7


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs_as_written(command: str, tmp_path: Path) -> None:
    example_inputs(tmp_path)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    allowed = {0, 1} if "--check" in command else {0}  # --check says with 1 that it found junk
    assert done.returncode in allowed, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
