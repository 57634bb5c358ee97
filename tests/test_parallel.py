"""The worker pool: a script that starts workers without a ``__main__`` guard is told so by name."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UNGUARDED = """
import cleaner
texts = ["Harbour Plan Approved\\n\\nThe council approved the harbour plan on Monday after a long debate.\\n"] * 8
for result in cleaner.Cleaner().clean_many(texts, workers=2):
    pass
"""


def test_clean_many_in_a_script_without_a_main_guard_says_what_to_do(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        "cleaner.parallel.WorkerDied: the worker processes died before giving back anything: worker processes start"
        " by importing the main script; put the code that starts them (clean_many(workers=...), a corpus run) under"
        ' `if __name__ == "__main__":`'
    )
    assert "cleaner.parallel.UnguardedMain" in done.stderr  # each worker said why it stopped


def test_the_same_script_with_the_guard_runs(tmp_path: Path) -> None:
    script = tmp_path / "guarded.py"
    body = "\n".join("    " + line for line in UNGUARDED.strip().splitlines())
    script.write_text(f'if __name__ == "__main__":\n{body}\n', encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
