"""CLI start-up: importing the command line loads no heavy library a command may not use.

migra, schemainspect and SQLAlchemy cost about a second to import; `schemadiff --help`,
`seal`, `approve`, `server` and the error paths need none of them, and the commands that do
import them lazily. Checked in a fresh interpreter (this process has them loaded already).
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("migra", "schemainspect", "sqlalchemy", "sqlbag")


def test_importing_the_cli_loads_no_heavy_library() -> None:
    probe = "import json, sys, schemadiff.cli; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    )
    heavy = sorted(name for name in loaded if name.split(".")[0] in HEAVY)
    assert not heavy, f"importing schemadiff.cli loads {heavy}"


def test_the_cli_and_its_help_load_no_database_driver() -> None:
    """psycopg takes 0.15-0.2 s to import: the commands that read a database import it when they
    run, so `schemadiff --help` takes 0.17 s (0.45 s with it)."""
    probe = "import json, sys, schemadiff.cli; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    )
    assert "psycopg" not in loaded, "importing schemadiff.cli loads psycopg"
    done = subprocess.run([sys.executable, "-m", "schemadiff", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "plan" in done.stdout, done.stdout + done.stderr
