"""Every Python block of README.md runs as written: each is a script run from a copy of the repository's
examples (the paths the blocks name), and must exit 0. A block whose imports are not installed (Hugging
Face datasets is no test dependency) is skipped, saying so."""
from __future__ import annotations

import ast
import importlib.util
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
