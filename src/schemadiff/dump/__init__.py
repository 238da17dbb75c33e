"""``schemadiff dump``: the managed part of a live database as canonical SQL files.

The output has the layout of ``schema/`` (see :mod:`schemadiff.dump.layout`), so it can
become the desired schema of a project that adopts schemadiff for an existing database.
It is made to round-trip: loading the files (after the prelude) into an empty database
gives a database whose catalog (:func:`schemadiff.catalog.inspect_catalog`) and
fingerprint equal the original's. It is deterministic: no timestamps, no OIDs, every
order decided by names, so the same schema always gives byte-identical files.

What is dumped is what the catalog covers, limited by the same :class:`SchemaFilter`:
schemas, extensions, types, functions, sequences, tables and everything attached to them,
views, materialized views, rules, publications, collations, text search dictionaries and
configurations, comments and privileges. Objects owned by an
extension are left to the extension. A database holding something the dump cannot write
(operators, text search parsers and templates, ...) is refused with a :class:`DumpError` naming it.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from schemadiff.catalog import SchemaFilter
from schemadiff.dump.errors import DumpError, DumpOutputError
from schemadiff.dump.fetch import fetch_rows
from schemadiff.dump.layout import build_files
from schemadiff.servers import connect
from schemadiff.source import PRELUDE_DIR_NAME
from schemadiff.urls import DatabaseUrl

__all__ = ["DumpError", "DumpOutputError", "dump_database", "write_dump"]


def dump_database(url: DatabaseUrl, schemas: SchemaFilter) -> dict[str, str]:
    """Relative posix path -> text of every file of the dump of the database at ``url``
    (the database is only read, in one read-only snapshot)."""
    with connect(url) as conn:
        rows = fetch_rows(conn, schemas)
    return build_files(rows)


def write_dump(files: dict[str, str], out_dir: Path, *, overwrite: bool = False) -> list[Path]:
    """Write ``files`` under ``out_dir`` and return their paths, sorted.

    ``out_dir`` must not exist (it is created, with its parents) or be empty. With
    ``overwrite`` it may hold files: every ``*.sql`` under it is deleted first, except under
    ``_prelude/`` (the platform's, never dumped), and so are the directories that deletion
    leaves empty; other files stay.
    """
    for name in files:
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts or relative.suffix != ".sql":
            raise DumpOutputError(f"refusing to write {name!r}: not a relative .sql path")
    if out_dir.exists() and not out_dir.is_dir():
        raise DumpOutputError(f"{out_dir} exists and is not a directory")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        if not overwrite:
            raise DumpOutputError(
                f"{out_dir} is not empty; choose an empty directory, or overwrite (its *.sql files, "
                f"except under {PRELUDE_DIR_NAME}/, are deleted first)"
            )
        _remove_sql_files(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DumpOutputError(f"cannot create {out_dir}: {exc.strerror or exc}") from None
    written = []
    for name, text in sorted(files.items()):
        path = out_dir.joinpath(*PurePosixPath(name).parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        written.append(path)
    return written


def _remove_sql_files(out_dir: Path) -> None:
    emptied: set[Path] = set()
    for path in sorted(p for p in out_dir.rglob("*") if p.name.lower().endswith(".sql")):  # x.SQL is read too
        if path.is_file() and PRELUDE_DIR_NAME not in path.relative_to(out_dir).parts:
            path.unlink()
            emptied.update(p for p in path.parents if p != out_dir and out_dir in p.parents)
    for directory in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
