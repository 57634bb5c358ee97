"""The pipeline integrations without their library: importing one says which extra to install, in one
line, whether or not the library is installed here (it is hidden from the child process)."""
from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "library", "message"),
    [
        ("cleaner.integrations.datatrove", "datatrove",
         "cleaner.integrations.datatrove needs datatrove: pip install 'boilercut[datatrove]'"),
        ("cleaner.integrations.nemo_curator", "nemo_curator",
         "cleaner.integrations.nemo_curator needs NeMo Curator 1.x: pip install 'boilercut[nemo]'"),
    ],
)
def test_without_the_library_the_import_says_what_to_install(module: str, library: str, message: str) -> None:
    code = (
        f"import sys; sys.modules[{library!r}] = None\n"
        f"try:\n    import {module}\nexcept ImportError as error:\n    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.startswith(message)
    assert done.stdout.count("\n") == 1


def test_the_package_imports_neither_library() -> None:
    code = "import sys, cleaner, cleaner.integrations; print(sorted({'datatrove', 'nemo_curator'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
