"""The desired schema: ``schema/`` files read in a defined order and loaded into a database.

Order: the prelude files first (platform objects, never diffed), then every ``*.sql``
under the schema directory sorted by relative path, ``_prelude/`` excluded (which files
are read, and how they are decoded: :mod:`schemadiff.sourcefiles`). Each file is
sent to the server whole, as one implicit transaction (never split on ``;``); when the
server rejects it, its error position is mapped back to the file's line and column.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from schemadiff.datafiles import DataFile, read_data
from schemadiff.errors import SchemaSourceError
from schemadiff.quoting import sql_code
from schemadiff.servers import runs_citus
from schemadiff.sourcefiles import list_files, read_text, shown
from schemadiff.sqltext import (
    Span,
    first_code_offset,
    has_statement,
    line_column,
    span_at,
    statement_spans,
    statement_text,
)

PRELUDE_DIR_NAME = "_prelude"


@dataclass(frozen=True)
class SourceFile:
    path: Path
    display: str  # path shown to users, relative to the project root
    text: str


@dataclass(frozen=True)
class SchemaSource:
    prelude: tuple[SourceFile, ...]
    files: tuple[SourceFile, ...]
    data: tuple[DataFile, ...] = ()  # schema/data/*.yaml: managed reference rows
    skipped: tuple[tuple[str, str], ...] = ()  # files under schema/ not read: (path shown, why)

    @property
    def has_statements(self) -> bool:
        """Whether some schema/ file holds a statement (not only blanks and comments)."""
        return any(has_statement(f.text) for f in self.files)

    def digest(self) -> str:
        """sha256 over names and contents of prelude, schema and data files (cache key, plan header)."""
        h = hashlib.sha256()
        files: tuple[SourceFile | DataFile, ...] = (*self.prelude, *self.files, *self.data)
        for f in files:
            h.update(f.display.encode() + b"\0" + f.text.encode() + b"\0")
        return "sha256:" + h.hexdigest()


def schema_listing(schema_dir: Path, root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The ``*.sql`` files of schema_dir in load order (``_prelude/`` excluded), and the files not read."""
    listing = list_files(schema_dir, (".sql",), root=root, exclude=frozenset({PRELUDE_DIR_NAME}))
    return list(listing.files), list(listing.skipped)


def read_source(schema_dir: Path, prelude_files: list[Path], root: Path) -> SchemaSource:
    def read(path: Path) -> SourceFile:
        display = shown(path, root)
        return SourceFile(path, display, read_text(path, display))

    if not schema_dir.is_dir():
        raise SchemaSourceError(
            f"schema directory {schema_dir} does not exist (schema_dir in schemadiff.yaml, or --schema-dir)",
            path=str(schema_dir),
        )
    files, skipped = schema_listing(schema_dir, root)
    data = read_data(schema_dir, root)
    data_shown = {d.display for d in data}
    return SchemaSource(
        prelude=tuple(read(p) for p in prelude_files),
        files=tuple(read(p) for p in files),
        data=data,
        skipped=tuple((shown(p, root), why) for p, why in skipped if shown(p, root) not in data_shown),
    )


def refuse_empty(source: SchemaSource, schema_dir: Path, root: Path) -> None:
    """A schema/ without a statement (no file, or only blanks and comments) would plan dropping
    every managed object: refused (``plan --allow-empty-schema`` allows it), so that a mis-set
    ``schema_dir`` never looks like "drop everything"."""
    if source.has_statements:
        return
    where = shown(schema_dir, root)
    what = (
        f"its {len(source.files)} .sql file(s) hold only comments or blanks" if source.files else "it has no .sql file"
    )
    raise SchemaSourceError(
        f"schema directory {where} declares nothing ({what}): a plan from it would drop every managed object of "
        "the target\n  hint: check schema_dir in schemadiff.yaml (or --schema-dir); to really plan an empty schema, "
        "pass --allow-empty-schema",
        path=where,
    )


def load_files(
    conn: psycopg.Connection,
    files: Sequence[SourceFile],
    *,
    explain: Callable[[psycopg.Error], str | None] | None = None,
) -> None:
    """Run each file whole on an autocommit connection; a failure raises SchemaSourceError.
    ``explain`` may add a hint to the error (e.g. what the sandbox of :mod:`schemadiff.sandbox` refuses).
    On a server running Citus, statement by statement: Citus refuses several DDL statements it
    forwards to its workers in one query string ("cannot execute multiple utility events")."""
    by_statement = runs_citus(conn)
    for source_file in files:
        if not source_file.text.strip():
            continue
        try:
            if by_statement:
                _run_statements(conn, source_file)
            else:
                conn.execute(sql_code(source_file.text))  # whole file, simple protocol
        except _StatementFailed as failed:
            raise _with_hint(
                _locate_error(conn, source_file, failed.error, failed.span), failed.error, explain
            ) from None
        except psycopg.Error as exc:
            raise _with_hint(_locate_error(conn, source_file, exc), exc, explain) from None


class _StatementFailed(Exception):
    def __init__(self, error: psycopg.Error, span: Span) -> None:
        self.error, self.span = error, span


def _run_statements(conn: psycopg.Connection, source_file: SourceFile) -> None:
    text = source_file.text
    for span in statement_spans(text):
        try:
            conn.execute(sql_code(text[span.start : span.end]))
        except psycopg.Error as exc:
            raise _StatementFailed(exc, span) from None


def _with_hint(
    error: SchemaSourceError, exc: psycopg.Error, explain: Callable[[psycopg.Error], str | None] | None
) -> SchemaSourceError:
    hint = explain(exc) if explain is not None else None
    if hint:
        return SchemaSourceError(
            f"{error.message}\n  hint: {hint}",
            path=error.path,
            line=error.line,
            column=error.column,
            statement=error.statement,
        )
    return error


def _locate_error(
    conn: psycopg.Connection, source_file: SourceFile, exc: psycopg.Error, failed: Span | None = None
) -> SchemaSourceError:
    """Where ``exc`` happened in the file; ``failed``: the statement it was raised by, when the
    file ran statement by statement (the server's position is then within that statement)."""
    text = source_file.text
    message = (exc.diag.message_primary or str(exc)).strip()
    spans = statement_spans(text)
    offset: int | None = None
    span = None
    if exc.diag.statement_position:
        offset = int(exc.diag.statement_position) - 1 + (failed.start if failed else 0)
        span = span_at(spans, offset)
    else:
        span = failed or _replay_to_failure(conn, text, spans)
        if span is not None:
            offset = first_code_offset(text, span)
            internal_query, internal_position = exc.diag.internal_query, exc.diag.internal_position
            if internal_query and internal_position:
                body_at = text.find(internal_query, span.start, span.end + 1)
                if body_at >= 0:
                    offset = body_at + int(internal_position) - 1
    parts = [f"{source_file.display}"]
    line = column = None
    if offset is not None:
        line, column = line_column(text, offset)
        parts.append(f":{line}:{column}")
    detail = [f"{''.join(parts)}: {message}"]
    if exc.diag.message_detail:
        detail.append(f"  detail: {exc.diag.message_detail}")
    if exc.diag.message_hint:
        detail.append(f"  hint: {exc.diag.message_hint}")
    statement = statement_text(text, span) if span else None
    if statement:
        shown = statement if len(statement) <= 400 else statement[:400] + " …"
        detail.append("  in statement:\n" + "\n".join("    " + ln for ln in shown.splitlines()))
    return SchemaSourceError("\n".join(detail), path=source_file.display, line=line, column=column, statement=statement)


def _replay_to_failure(conn: psycopg.Connection[Any], text: str, spans: list[Span]) -> Span | None:
    """Find the failing statement when the server gave no position: run statements one by
    one inside a transaction that is always rolled back, so nothing is left behind."""
    try:
        with conn.transaction(force_rollback=True):
            for span in spans:
                try:
                    with conn.transaction():
                        conn.execute(sql_code(text[span.start : span.end]))
                except psycopg.Error:
                    return span
    except psycopg.Error:
        return None
    return None
