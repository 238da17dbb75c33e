"""schemadiff installs outside this repository: the wheel and sdist build, pass `twine check`,
and the wheel alone (with its dependencies) gives the `schemadiff` command and its SQL files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _tracked_copy(destination: Path) -> Path:
    """The files git tracks (what a clone or `pip install git+…` sees), without build droppings."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, check=True, capture_output=True).stdout
    for name in files.decode().split("\0"):
        if not name or not (REPO / name).is_file():
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((REPO / name).read_bytes())
    return destination


def test_wheel_and_sdist_build_check_and_run(tmp_path: Path) -> None:
    source = _tracked_copy(tmp_path / "src")
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(source)], capture_output=True, text=True, timeout=600
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = list(dist.glob("pg_schemadiff-*.whl"))
    sdists = list(dist.glob("pg_schemadiff-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, list(dist.iterdir())
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dist.iterdir())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

    with zipfile.ZipFile(wheels[0]) as wheel:
        names = wheel.namelist()
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = wheel.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "Name: pg-schemadiff" in metadata and "License-Expression: Apache-2.0" in metadata
    assert "schemadiff = schemadiff.cli:main" in entry_points
    assert "schemadiff/queries/catalog.sql" in names or any(n.startswith("schemadiff/queries/") for n in names)
    assert not any(n.startswith("tests/") for n in names)

    installed = tmp_path / "site"
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(installed), str(wheels[0])],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    version = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); "
            "import schemadiff, schemadiff.cli; print(schemadiff.__file__); schemadiff.cli.main(['--version'])",
            str(installed),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert version.returncode == 0, version.stdout + version.stderr
    assert version.stdout.startswith(str(installed)) and "schemadiff, version 0.1.0" in version.stdout
    queries = sorted(p.name for p in (installed / "schemadiff" / "queries").glob("*.sql"))
    assert queries == sorted(p.name for p in (REPO / "src" / "schemadiff" / "queries").glob("*.sql"))
