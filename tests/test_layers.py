"""The package's layers import one way: a module imports from its own layer or lower ones, never from
a higher one; and every module imports on its own (no circle hides behind an import order)."""
from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner"

# Lowest first; a module takes the first layer with a prefix of its name, so the command's helpers
# (formats, progress line, rule lint, stdout) sit below the rest of cleaner.cli and cannot reach back
# into it. A module not named here is above them all: the facade and ``python -m cleaner``.
LAYERS = (
    ("text", ("cleaner.text", "cleaner.document", "cleaner.result", "cleaner.parallel")),
    ("page scorer and junk-line model", ("cleaner.page", "cleaner.linemodel")),
    ("rules and steps", ("cleaner.rules", "cleaner.options", "cleaner.steps", "cleaner.html", "cleaner.sites")),
    ("engine", ("cleaner.engine", "cleaner.assemble")),
    ("corpus I/O", ("cleaner.io",)),
    ("pipeline integrations", ("cleaner.integrations",)),
    ("command helpers", ("cleaner.cli.report", "cleaner.cli.terminal", "cleaner.cli.lint", "cleaner.cli.output")),
    ("command", ("cleaner.cli",)),
)
TOP = len(LAYERS)


def module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def layer(name: str) -> int:
    for rank, (_, prefixes) in enumerate(LAYERS):
        if any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes):
            return rank
    return TOP


def imported(name: str) -> set[str]:
    """The package's modules that ``name`` imports, at any depth of its code."""
    path = PACKAGE.parent / (name.replace(".", "/") + ".py")
    if not path.exists():
        path = PACKAGE.parent / name.replace(".", "/") / "__init__.py"
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("cleaner"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in MODULES)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("cleaner"))
    return {target for target in found if target in MODULES}


MODULES = set(module_names())


def test_every_layer_names_modules_that_exist() -> None:
    # A module renamed or moved (cli.py into cleaner/cli/) without this table would drop to the top
    # layer unnoticed, and the check below would no longer hold it to its own.
    missing = sorted(prefix for _, prefixes in LAYERS for prefix in prefixes if prefix not in MODULES)
    assert not missing, f"LAYERS names modules that do not exist: {missing}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_import_from_a_higher_layer(name: str) -> None:
    if name == "cleaner":
        return  # the facade: the public API over every layer
    higher = sorted(target for target in imported(name) if layer(target) > layer(name) and target != "cleaner")
    assert not higher, f"{name} (layer {layer(name)}) imports {higher} from a higher layer"


# Modules of the optional extras whose library may be absent (NeMo Curator is no test dependency).
NEEDS = {"cleaner.integrations.datatrove": "datatrove", "cleaner.integrations.nemo_curator": "nemo_curator"}


def test_every_module_imports_alone() -> None:
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    for name in sorted(MODULES):
        if name == "cleaner.__main__":
            continue  # runs the CLI when imported
        if name in NEEDS and importlib.util.find_spec(NEEDS[name]) is None:
            continue  # its own test checks the message that names the extra to install
        done = subprocess.run([sys.executable, "-c", code, name], capture_output=True, text=True)
        assert done.returncode == 0, f"import {name} alone: {done.stderr.strip().splitlines()[-1:]}"
