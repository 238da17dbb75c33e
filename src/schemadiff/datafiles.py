"""Managed reference rows, as declared: ``schema/data/*.yaml`` read, checked and loaded.

A data file names one table of ``data.tables`` (schemadiff.yaml) and lists its rows::

    table: storage.buckets
    rows:
      - {id: recordings, name: recordings, public: false}

The rows are the *whole* content of the table: a row of the database whose key is in no
file is deleted by the plan. The managed columns of a table are its key and every column
any of its rows names; the others are never compared. A row that omits a managed column
wants that column's default.

Values are not interpreted here: each row goes to the server as JSON and becomes a row of
the table by ``jsonb_populate_record`` (the server's own input functions: booleans,
numbers, arrays from lists, jsonb from mappings, enums, timestamps from strings read in
UTC when they carry no offset). YAML dates and times stay strings, so the server parses
them; quote decimals whose scale matters (``"1.10"``), since YAML reads unquoted ones as
floats.

Errors name the file, the line of the row, its key and the column when one is at fault.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import yaml
from psycopg import sql

from schemadiff.config import DataTable
from schemadiff.errors import SchemaSourceError
from schemadiff.rows import ManagedTable, dependency_order, read_table_facts, row_identity
from schemadiff.sourcefiles import list_files, read_text, shown
from schemadiff.yamlsafe import NoAliasLoader

DATA_DIR_NAME = "data"
_FILE_KEYS = {"table", "rows"}


class _Loader(NoAliasLoader):
    """SafeLoader without aliases and without the implicit timestamp type: dates and times stay strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class DataRow:
    values: dict[str, Any]  # column -> YAML value
    line: int  # of the row in its file

    def key_text(self, key: Sequence[str]) -> tuple[str | None, ...]:
        return tuple(_text(self.values.get(k)) for k in key)


@dataclass(frozen=True)
class DataFile:
    display: str  # path shown to users, relative to the project root
    text: str
    table: str  # schema.table
    rows: tuple[DataRow, ...]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    return str(value)


def data_paths(schema_dir: Path, root: Path) -> list[Path]:
    """The data files, read by the rules of :mod:`schemadiff.sourcefiles` (``.yaml``/``.yml``)."""
    directory = schema_dir / DATA_DIR_NAME
    if not directory.is_dir():
        return []
    return list(list_files(directory, (".yaml", ".yml"), root=root).files)


def read_data(schema_dir: Path, root: Path) -> tuple[DataFile, ...]:
    """Every data file of ``schema_dir/data/``, parsed and checked for shape."""
    files = []
    for path in data_paths(schema_dir, root):
        display = shown(path, root)
        files.append(parse_data_file(read_text(path, display), display))
    return tuple(files)


def parse_data_file(text: str, display: str) -> DataFile:
    def fail(message: str, line: int | None = None) -> SchemaSourceError:
        where = f"{display}:{line}" if line else display
        return SchemaSourceError(f"{where}: {message}", path=display, line=line)

    try:
        document = yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise fail(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", mark.line + 1 if mark else None) from None
    if not isinstance(document, dict):
        raise fail("expected a mapping with 'table' and 'rows'")
    unknown = sorted(set(map(str, document)) - _FILE_KEYS)
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} (known keys: rows, table)")
    table = document.get("table")
    if not isinstance(table, str) or "." not in table:
        raise fail("'table' must name a table of data.tables, qualified: schema.table")
    raw_rows = document.get("rows") or []
    if not isinstance(raw_rows, list):
        raise fail("'rows' must be a list of mappings (column: value)")
    row_nodes = _rows_node(node)
    rows = []
    for i, raw in enumerate(raw_rows):
        line = row_nodes[i].start_mark.line + 1 if i < len(row_nodes) else None
        if not isinstance(raw, dict) or not raw:
            raise fail(f"row {i + 1}: expected a mapping of column: value", line)
        for column, value in raw.items():
            if not isinstance(column, str):
                raise fail(f"row {i + 1}: column names are strings, not {column!r}", line)
            try:
                json.dumps(value, allow_nan=False)
            except (TypeError, ValueError):
                raise fail(f"row {i + 1}, column {column}: {value!r} is not a value a table can hold", line) from None
        rows.append(DataRow(dict(raw), line or 0))
    return DataFile(display, text, table, tuple(rows))


def _rows_node(node: yaml.Node | None) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "rows" and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    return []


def managed_tables(configured: Sequence[DataTable], files: Sequence[DataFile]) -> tuple[ManagedTable, ...]:
    """The tables of ``data.tables`` with their managed columns; checks every file against
    the config: its table is listed, every row has the key, no key is declared twice."""
    by_name = {t.qualified: t for t in configured}
    mentioned: dict[str, dict[str, None]] = {t.qualified: {} for t in configured}
    seen: dict[tuple[str, tuple[str | None, ...]], str] = {}
    for f in files:
        table = by_name.get(f.table)
        if table is None:
            listed = ", ".join(sorted(by_name)) or "none"
            raise SchemaSourceError(
                f"{f.display}: table {f.table} is not listed in data.tables of schemadiff.yaml (listed: {listed})",
                path=f.display,
            )
        for row in f.rows:
            missing = [k for k in table.key if row.values.get(k) is None]
            if missing:
                raise SchemaSourceError(
                    f"{f.display}:{row.line}: row has no value for the key column {missing[0]} of {f.table}",
                    path=f.display,
                    line=row.line,
                )
            key = row.key_text(table.key)
            identity = row_identity(f.table, table.key, key)
            if (f.table, key) in seen:
                raise SchemaSourceError(
                    f"{f.display}:{row.line}: duplicate key: {identity} is already declared at {seen[(f.table, key)]}",
                    path=f.display,
                    line=row.line,
                )
            seen[(f.table, key)] = f"{f.display}:{row.line}"
            mentioned[f.table].update(dict.fromkeys(row.values))
    return tuple(
        ManagedTable(t.schema, t.name, t.key, (*t.key, *(c for c in mentioned[t.qualified] if c not in t.key)))
        for t in configured
    )


def load_rows(conn: psycopg.Connection, files: Sequence[DataFile], tables: Sequence[ManagedTable]) -> None:
    """Insert the declared rows into a database just loaded from schema/ (the shadow), on an
    autocommit connection: referenced tables first, each row by the server's input functions."""
    if not files:
        return
    facts = {f.table.qualified: f for f in read_table_facts(conn, tables)}
    for f in files:
        if f.table not in facts:
            raise SchemaSourceError(
                f"{f.display}: table {f.table} does not exist in schema/ (or the prelude)", path=f.display
            )
    order = [t.table.qualified for t in dependency_order(facts.values())]
    for table in order:
        for f in (f for f in files if f.table == table):
            _insert_file(conn, f, facts[table].table, {name for name, _ in facts[table].columns})


def _insert_file(conn: psycopg.Connection, f: DataFile, table: ManagedTable, present: set[str]) -> None:
    target = sql.Identifier(table.schema, table.name)
    with conn.cursor() as cur:
        cur.execute("select pg_catalog.set_config('TimeZone', 'UTC', false)")
        for row in f.rows:
            where = f"{f.display}:{row.line}: row {row_identity(f.table, table.key, row.key_text(table.key))}"
            unknown = [c for c in row.values if c not in present]
            if unknown:
                raise SchemaSourceError(
                    f"{where}: table {f.table} has no column {unknown[0]}", path=f.display, line=row.line
                )
            columns = sql.SQL(", ").join(sql.Identifier(c) for c in row.values)
            statement = sql.SQL(
                "insert into {t} ({c}) select {c} from pg_catalog.jsonb_populate_record(null::{t}, %s::jsonb)"
            )
            try:
                cur.execute(statement.format(t=target, c=columns), (json.dumps(row.values),))
            except psycopg.Error as exc:
                column = _failing_column(conn, target, row)
                at = f", column {column}" if column else ""
                raise SchemaSourceError(f"{where}{at}: {_message(exc)}", path=f.display, line=row.line) from None


def _failing_column(conn: psycopg.Connection, target: sql.Composable, row: DataRow) -> str | None:
    """The column whose value the server rejects on its own (None: the row as a whole fails,
    e.g. a constraint)."""
    for column, value in row.values.items():
        probe = sql.SQL("select (pg_catalog.jsonb_populate_record(null::{t}, %s::jsonb)).{c}::text").format(
            t=target, c=sql.Identifier(column)
        )
        try:
            conn.execute(probe, (json.dumps({column: value}),))
        except psycopg.Error:
            return column
    return None


def _message(exc: psycopg.Error) -> str:
    text = (exc.diag.message_primary or str(exc)).strip()
    if exc.diag.message_detail:
        text += f" ({exc.diag.message_detail})"
    return text
