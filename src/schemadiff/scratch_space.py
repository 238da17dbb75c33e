"""Where the databases that load schema/ live: a tablespace on a RAM disk, when there is one.

Loading schema/ creates several files per table (its heap, TOAST table and index, each index).
On a disk filesystem, creating files is most of the time a load takes: measured on the
1,000-table bench schema, 13,479 ``openat`` calls of the loading backend took 2.5 s of a 4.5 s
load on ext4, and the same load into a database on tmpfs took 1.3 s (bench/RESULTS.md).

So the embedded cluster keeps a tablespace, :data:`SCRATCH_TABLESPACE`, in a directory of
its own under ``/dev/shm`` when that is a RAM disk (tmpfs) with at least :data:`MIN_FREE_BYTES`
free, and :func:`schemadiff.servers.scratch_database` creates the databases that only load
schema/ or a schema copy (the shadow, the dry run's copy) in it when asked to (``in_memory``):
never a target. A database's default tablespace leaves no trace in the catalog of what it holds
(``pg_class.reltablespace`` is 0 either way), so the shadow's catalog is the same. A dev server
of one's own gets the same by having a tablespace of that name the connecting role may create
databases in. A schema that names a tablespace itself is loaded on disk (:func:`names_tablespaces`):
``tablespace pg_default`` is then not the database's default, and the sandbox may not use it.

A RAM disk is empty after a reboot, and the tablespace's directory with it. The server starts
anyway, and what is lost are scratch databases only; but crash recovery must be able to replay
into the directory. So, each time the embedded cluster is started: before, the missing
directories of its RAM tablespaces are made again (:func:`before_start`); after, the scratch
databases left in the tablespace are dropped, and a tablespace whose directory lost its contents
is dropped and made again (:func:`after_start`). Stopping the cluster removes the directory
(:func:`after_stop`), so a removed project leaves at most an empty folder. A command that finds
the cluster running only looks for its folder (:func:`missing`): a cluster started by a
schemadiff before this module gets its tablespace then, without a restart.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg

from schemadiff.quoting import quote_ident, quote_literal, sql_code

if TYPE_CHECKING:
    from schemadiff.source import SourceFile

SCRATCH_PREFIX = "schemadiff_tmp_"  # the names of scratch databases (schemadiff.servers.scratch_name)
SCRATCH_TABLESPACE = "schemadiff_scratch"
RAM_DISK = Path("/dev/shm")
MIN_FREE_BYTES = 1 << 30  # a 3,000-table bench shadow takes 167 MB
_LOCATION_PREFIX = "schemadiff-"
_log = logging.getLogger(__name__)


def names_tablespaces(files: Sequence[SourceFile]) -> bool:
    """Whether any of ``files`` says "tablespace" (a clause, a SET default_tablespace, a comment):
    such a schema is loaded on disk (see the module docstring)."""
    return any("tablespace" in f.text.lower() for f in files)


def ram_location(data_dir: Path) -> Path:
    """The directory of the scratch tablespace of the embedded cluster in ``data_dir``."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return RAM_DISK / f"{_LOCATION_PREFIX}{digest}"


def has_room(path: Path) -> bool:
    """Whether ``path`` is on a RAM disk (tmpfs) with at least :data:`MIN_FREE_BYTES` free."""
    try:
        free = shutil.disk_usage(path).free
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = str(path.resolve())
    best = ("", "")
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(point) > len(best[0]):
            best = (point, fields[2])
    return best[1] == "tmpfs" and free >= MIN_FREE_BYTES


def usable_tablespace(conn: psycopg.Connection) -> str | None:
    """:data:`SCRATCH_TABLESPACE` when ``conn``'s server has it, its role may create databases in
    it, and, when its directory is on this machine, that is a RAM disk with room; else None."""
    row = conn.execute(
        "select pg_catalog.pg_tablespace_location(oid), pg_catalog.has_tablespace_privilege(oid, 'CREATE') "
        "from pg_catalog.pg_tablespace where spcname = %s",
        (SCRATCH_TABLESPACE,),
    ).fetchone()
    if row is None or not row[1]:
        return None
    location = Path(row[0]) if row[0] else None
    if location is not None and location.exists() and not has_room(location):
        return None
    return SCRATCH_TABLESPACE


def before_start(data_dir: Path, owner: str | None) -> None:
    """Make again the RAM directories of ``data_dir``'s tablespaces that are gone (a reboot emptied
    the RAM disk), empty, so that the server's crash recovery can replay into them."""
    links = data_dir / "pg_tblspc"
    if not links.is_dir():
        return
    for link in links.iterdir():
        if not link.is_symlink():
            continue
        target = Path(os.readlink(link))
        if target.parent == RAM_DISK and target.name.startswith(_LOCATION_PREFIX) and not target.exists():
            _make_directory(target, owner)


def missing(data_dir: Path) -> bool:
    """Whether the running cluster of ``data_dir`` has no RAM folder though the RAM disk has room:
    it was started by a schemadiff without this module (its folder is made on its next start
    otherwise), or the folder was removed while it ran."""
    return not ram_location(data_dir).exists() and has_room(RAM_DISK)


def after_start(conn: psycopg.Connection, data_dir: Path, owner: str | None, *, just_started: bool = True) -> None:
    """Give the cluster of ``data_dir`` (``conn``: a superuser's, autocommit) its scratch
    tablespace on the RAM disk, or make it again when its directory lost its contents.
    ``just_started``: no command can be using a scratch database yet, so those left in the
    tablespace are dropped. Never raises: scratch databases then stay on disk, with a warning."""
    location = ram_location(data_dir)
    try:
        row = conn.execute(
            "select pg_catalog.pg_tablespace_location(oid) from pg_catalog.pg_tablespace where spcname = %s",
            (SCRATCH_TABLESPACE,),
        ).fetchone()
        if row is not None:
            if just_started:
                _drop_leftovers(conn)
            if Path(row[0]) == location and _in_use(location):
                return
            if not _dropped(conn):
                return
        if not has_room(RAM_DISK):
            _log.debug("no RAM disk with room at %s: scratch databases are made on disk", RAM_DISK)
            return
        shutil.rmtree(location, ignore_errors=True)
        _make_directory(location, owner)
        conn.execute(
            sql_code(f"create tablespace {quote_ident(SCRATCH_TABLESPACE)} location {quote_literal(str(location))}")
        )
    except (OSError, psycopg.Error) as exc:
        _log.warning(
            "warning: scratch databases stay on disk: could not make their tablespace in %s: %s", location, exc
        )


def after_stop(data_dir: Path) -> None:
    """Remove the RAM directory of the stopped cluster of ``data_dir``."""
    shutil.rmtree(ram_location(data_dir), ignore_errors=True)


def _in_use(location: Path) -> bool:
    """Whether ``location`` holds the version directory ``create tablespace`` made in it."""
    try:
        return any(entry.name.startswith("PG_") for entry in location.iterdir())
    except OSError:
        return False


def _drop_leftovers(conn: psycopg.Connection) -> None:
    """Drop the scratch databases in the scratch tablespace of a server that was just started: no
    command was running while it was down, so they are those of commands that died with it; after
    a reboot, their files are gone, or only what crash recovery replayed is there."""
    left = conn.execute(
        "select d.datname::text from pg_catalog.pg_database d join pg_catalog.pg_tablespace t on t.oid = d.dattablespace "
        "where t.spcname = %s and starts_with(d.datname, %s)",
        (SCRATCH_TABLESPACE, SCRATCH_PREFIX),
    ).fetchall()
    for (name,) in left:
        conn.execute(sql_code(f"drop database if exists {quote_ident(name)} with (force)"))


def _dropped(conn: psycopg.Connection) -> bool:
    """Drop the scratch tablespace (emptied by :func:`_drop_leftovers`); False when it cannot be."""
    try:
        conn.execute(sql_code(f"drop tablespace {quote_ident(SCRATCH_TABLESPACE)}"))
    except psycopg.Error as exc:  # e.g. a database of someone's own in it
        _log.warning(
            "warning: scratch databases stay on disk: cannot drop the tablespace %s: %s", SCRATCH_TABLESPACE, exc
        )
        return False
    return True


def _make_directory(path: Path, owner: str | None) -> None:
    path.mkdir(mode=0o700, exist_ok=True)
    if owner is not None:
        shutil.chown(path, user=owner)
