"""Benchmark collection and reporting.

- Collects the benchmark modules (bench_*.py), which pytest's default test_*.py pattern would skip.
  Only ``python -m pytest benchmarks/ --benchmark-only`` reaches this folder: the normal test run is
  limited to tests/ by ``testpaths`` in pyproject.toml.
- Prints the throughput lines the benchmarks report (also in ``extra_info`` of --benchmark-json).
"""
from __future__ import annotations

from pathlib import Path

import pytest

_LINES = pytest.StashKey[list[str]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_LINES] = []


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    if file_path.suffix == ".py" and file_path.name.startswith("bench_"):
        return pytest.Module.from_parent(parent, path=file_path)
    return None


@pytest.fixture
def throughput_report(request: pytest.FixtureRequest) -> list[str]:
    """A list a benchmark appends summary lines to; they are printed at the end of the run."""
    return request.config.stash[_LINES]


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    lines = config.stash.get(_LINES, [])
    if lines:
        terminalreporter.section("throughput")
        for line in lines:
            terminalreporter.write_line(line)
