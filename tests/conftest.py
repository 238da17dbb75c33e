"""Test fixtures: one real embedded PostgreSQL 18 (+ pgvector) per test session.

No mocks: every test that needs a database gets a fresh one on this server. Databases
that need the platform prelude (roles, the ``auth`` schema) are cloned from a template
database into which the prelude was loaded once.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from psycopg import sql

from schemadiff.config import Settings, load_settings
from schemadiff.datafiles import load_rows, read_data
from schemadiff.planner import schema_filter
from schemadiff.servers import EmbeddedCluster, connect, scratch_database, scratch_name
from schemadiff.urls import DatabaseUrl

REPO = Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO / "schema"
PRELUDE_DIR = SCHEMA_DIR / "_prelude"
PRELUDE_TEMPLATE = "schemadiff_test_prelude"
# the `data:` section of the repository's schemadiff.yaml (the product's managed reference
# rows, schema/data/), for test projects that use schema/
PRODUCT_DATA_CONFIG = yaml.safe_dump({"data": yaml.safe_load((REPO / "schemadiff.yaml").read_text())["data"]})


def sql_files(directory: Path) -> list[Path]:
    """The .sql files under directory in load order: sorted relative paths, _prelude excluded."""
    return sorted(
        (p for p in directory.rglob("*.sql") if "_prelude" not in p.relative_to(directory).parts),
        key=lambda p: p.relative_to(directory).as_posix(),
    )


def run_sql_files(url: DatabaseUrl, files: list[Path]) -> None:
    with connect(url) as conn:
        for path in files:
            conn.execute(path.read_text())  # type: ignore[arg-type]


def product_settings() -> Settings:
    """The repository's own schemadiff.yaml (targets' env: URLs are never resolved here)."""
    return load_settings(REPO / "schemadiff.yaml", cwd=REPO, environ={})


def load_product_rows(url: DatabaseUrl) -> None:
    """Insert the managed reference rows of schema/data/ (as the shadow database gets them)."""
    settings = product_settings()
    with connect(url) as conn:
        load_rows(conn, read_data(settings.schema_dir, REPO), schema_filter(settings).data)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[DatabaseUrl]:
    """URL of the ``postgres`` database of a throwaway embedded cluster."""
    state = Path(tempfile.mkdtemp(prefix="sdtest"))
    cluster = EmbeddedCluster(state)
    url = cluster.ensure_running()
    with connect(url) as conn:
        conn.execute(f"create database {PRELUDE_TEMPLATE} template template0")
    run_sql_files(url.with_database(PRELUDE_TEMPLATE), sorted(PRELUDE_DIR.glob("*.sql")))
    try:
        yield url
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)


@pytest.fixture
def empty_db(pg_server: DatabaseUrl) -> Iterator[DatabaseUrl]:
    """A fresh, empty database (from template0)."""
    with scratch_database(pg_server, label="test") as url:
        yield url


@pytest.fixture
def prelude_db(pg_server: DatabaseUrl) -> Iterator[DatabaseUrl]:
    """A fresh database with the platform prelude (roles, auth schema) already loaded."""
    with scratch_database(pg_server, label="test", template=PRELUDE_TEMPLATE) as url:
        yield url


@pytest.fixture
def product_db(prelude_db: DatabaseUrl) -> DatabaseUrl:
    """A fresh database with the prelude, the product schema of schema/ and its managed rows loaded."""
    run_sql_files(prelude_db, sql_files(SCHEMA_DIR))
    load_product_rows(prelude_db)
    return prelude_db


PG15_BIN = Path("/usr/lib/postgresql/15/bin")


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run Debian's binaries as the `postgres` OS user then."""
    import os

    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def pg15_server() -> Iterator[DatabaseUrl]:
    """Debian's PostgreSQL 15 (no pgvector), for tests about version differences.

    Skipped, with the reason shown, on a machine without Debian's postgresql-15 package."""
    import os
    import subprocess

    if not (PG15_BIN / "postgres").exists():
        pytest.skip("Debian's PostgreSQL 15 is not installed (apt-get install postgresql-15)")
    root = Path(tempfile.mkdtemp(prefix="sdpg15"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    subprocess.run(
        _as_server_user(
            [
                str(PG15_BIN / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    subprocess.run(
        _as_server_user(
            [
                str(PG15_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-w",
                "-l",
                str(root / "log"),
                "-o",
                f"-k {root} -h ''",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    url = DatabaseUrl(f"postgresql://postgres@/postgres?host={root}", origin="PostgreSQL 15 test server")
    in_ram = _scratch_tablespace_of_your_own(url)
    try:
        yield url
    finally:
        subprocess.run(
            _as_server_user([str(PG15_BIN / "pg_ctl"), "-D", str(data), "-w", "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)
        if in_ram is not None:
            shutil.rmtree(in_ram, ignore_errors=True)


def _scratch_tablespace_of_your_own(server: DatabaseUrl) -> Path | None:
    """What README's "Shadows load in memory" tells a dev server of one's own to do: a tablespace
    named schemadiff_scratch on a RAM disk (here for Debian's 15, when /dev/shm has room)."""
    import os

    from schemadiff.scratch_space import RAM_DISK, SCRATCH_TABLESPACE, has_room

    if not has_room(RAM_DISK):
        return None
    location = RAM_DISK / scratch_name("pg15")
    location.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(location, "postgres", "postgres")
    with connect(server) as conn:
        conn.execute(
            sql.SQL("create tablespace {} location {}").format(
                sql.Identifier(SCRATCH_TABLESPACE), sql.Literal(str(location))
            )
        )
    return location
