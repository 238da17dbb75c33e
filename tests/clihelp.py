"""Run the CLI in-process and capture what a user would see."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from schemadiff.cli import main


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    captured = capsys.readouterr()
    code = exited.value.code
    return Run(int(code) if code is not None else 0, captured.out, captured.err)


# the libraries a command with nothing to do (or a light difference) must not import
HEAVY = ("migra", "schemainspect", "sqlalchemy", "sqlbag")
# runs the CLI in a fresh interpreter and prints, at exit, every module it imported
_PROBE = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))
from schemadiff.cli import main
main(sys.argv[1:])
"""


def cli_imports(cwd: Path, *args: str) -> tuple[int, list[str], str]:
    """Run the CLI in a fresh interpreter: its exit code, every module it imported, its output."""
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=cwd, capture_output=True, text=True, check=False)
    return done.returncode, json.loads(done.stderr.strip().splitlines()[-1]), done.stdout + done.stderr


def heavy_imports(cwd: Path, *args: str) -> tuple[int, list[str], str]:
    """Run the CLI in a fresh interpreter: its exit code, the HEAVY libraries it imported, its output."""
    code, modules, output = cli_imports(cwd, *args)
    return code, sorted({m.split(".")[0] for m in modules} & set(HEAVY)), output


def fleet_summary(out: str) -> dict[str, str]:
    """member -> status from the table ``apply --group`` prints."""
    rows = {}
    for line in out.splitlines():
        parts = re.split(r"\s{2,}", line.strip())
        if len(parts) == 5 and parts[0] != "member":
            rows[parts[0]] = parts[3]
    return rows
