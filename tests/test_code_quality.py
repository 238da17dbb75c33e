"""The code's own gate: ruff (lint and format, settings in pyproject.toml) and mypy pass.

Run as tests so that the README's one test command (and `.ci/run`) checks them too; each
failure prints the tool's own report.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHECKED = ["src", "tests", "bench"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command", [("ruff", "check", *CHECKED), ("ruff", "format", "--check", *CHECKED)], ids=["ruff check", "ruff format"]
)
def test_ruff(command: tuple[str, ...]) -> None:
    result = _run(*command, "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = _run("mypy", "--no-incremental")  # files and strictness: [tool.mypy] in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
