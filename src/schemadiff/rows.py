"""Managed reference rows, read from a database: the ``row`` kind of our catalog.

The tables of ``data.tables`` (schemadiff.yaml) hold reference rows declared in
``schema/data/*.yaml`` (:mod:`schemadiff.datafiles`). Their rows are catalog objects like
any other, so the fingerprint, apply's from/to gate and its verification, ``drift``,
``check`` and the test oracles cover them without knowing about data:

- identity ``schema.table[key=value,...]`` (a key value is written bare when it is plain,
  else JSON-quoted; ``null`` is the SQL NULL), parent ``schema.table``;
- definition: a JSON object of every *managed* column (the key columns and every column a
  row of the YAML mentions) → its value as the server's text (``col::text``, NULL as
  null), keys sorted. Both sides are read with the same query under the same output
  settings (UTC, ISO dates, ``extra_float_digits``, hex bytea), so jsonb, arrays,
  timestamps and numerics compare exactly as the server normalises them.

Columns that no YAML row mentions are not managed: never read, never compared. A managed
table or column that does not exist (yet) on a side is read as absent; a missing key
column, or two rows with the same key, is an error (rows must be addressable by key).

One query per managed table (plus one for the tables' facts): managed tables hold
reference data, a few rows each, not the bulk of a database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from schemadiff import session
from schemadiff.access import check_rows_readable
from schemadiff.errors import DataError

ROW_KIND = "row"

_FACTS_SQL = """
with wanted as (
    select t.nsp, t.rel, t.ord
    from unnest(%(schemas)s::text[], %(names)s::text[]) with ordinality as t(nsp, rel, ord)
), found as (
    select w.nsp, w.rel, w.ord, c.oid
    from wanted w
    join pg_catalog.pg_namespace n on n.nspname = w.nsp
    join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = w.rel and c.relkind in ('r', 'p')
)
select f.nsp || '.' || f.rel as identity,
       coalesce((select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod))
                                             order by a.attnum)
                 from pg_catalog.pg_attribute a
                 where a.attrelid = f.oid and a.attnum > 0 and not a.attisdropped), '[]') as columns,
       coalesce((select pg_catalog.array_agg(distinct p.nsp || '.' || p.rel)
                 from pg_catalog.pg_constraint k
                 join found p on p.oid = k.confrelid
                 where k.conrelid = f.oid and k.contype = 'f' and k.confrelid <> f.oid), '{}') as parents
from found f
order by f.ord
"""


@dataclass(frozen=True)
class ManagedTable:
    """A table of ``data.tables`` with the columns whose values are managed (key first)."""

    schema: str
    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]  # managed columns: the key, then every column a YAML row names; () = all

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"


@dataclass(frozen=True)
class TableFacts:
    """A managed table as it exists in one database."""

    table: ManagedTable
    columns: tuple[tuple[str, str], ...]  # (name, type as format_type renders it), in table order
    parents: tuple[str, ...]  # other managed tables it references by foreign key

    @property
    def types(self) -> dict[str, str]:
        return dict(self.columns)


_BARE = re.compile(r"^[A-Za-z0-9_.:@/+-]+$")


def key_text(value: str | None) -> str:
    if value is None:
        return "null"
    if _BARE.match(value) and value != "null":
        return value
    return json.dumps(value, ensure_ascii=False)


def row_identity(table: str, key: Sequence[str], values: Sequence[str | None]) -> str:
    """``schema.table[k1=v1,k2=v2]``."""
    return f"{table}[" + ",".join(f"{k}={key_text(v)}" for k, v in zip(key, values)) + "]"


def row_definition(values: Mapping[str, str | None]) -> str:
    return json.dumps(dict(values), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _facts(cur: psycopg.Cursor[Any], tables: Sequence[ManagedTable]) -> dict[str, TableFacts]:
    by_name = {t.qualified: t for t in tables}
    cur.execute(_FACTS_SQL, {"schemas": [t.schema for t in tables], "names": [t.name for t in tables]}, prepare=False)
    found = {}
    for identity, columns, parents in cur.fetchall():
        found[identity] = TableFacts(by_name[identity], tuple((c, t) for c, t in columns), tuple(sorted(parents)))
    return found


def read_table_facts(conn: psycopg.Connection, tables: Sequence[ManagedTable]) -> tuple[TableFacts, ...]:
    """The managed tables that exist in the database, in ``tables`` order; type names are
    schema-qualified (read with ``search_path = ''``)."""
    if not tables:
        return ()
    with conn.transaction(force_rollback=True), conn.cursor() as cur:
        session.pin(cur, session.catalog_settings())
        return tuple(_facts(cur, tables).values())


def read_rows(cur: psycopg.Cursor[Any], tables: Sequence[ManagedTable]) -> list[tuple[str, str, str]]:
    """(identity, definition, parent) of every row of the managed tables, for the catalog.

    Runs on the caller's cursor, inside its transaction, where :func:`~schemadiff.catalog.inspect_catalog`
    pinned the catalog settings of :mod:`schemadiff.session` (empty ``search_path``, values written
    the same whatever the database's defaults)."""
    if not tables:
        return []
    found = _facts(cur, tables)
    objects: list[tuple[str, str, str]] = []
    for table in tables:
        facts = found.get(table.qualified)
        if facts is None:
            continue  # not created yet on this side: no rows
        present = {name for name, _ in facts.columns}
        missing_key = [k for k in table.key if k not in present]
        if missing_key:
            raise DataError(
                f"managed table {table.qualified} has no column {missing_key[0]} "
                f"(data.tables.{table.qualified}.key in schemadiff.yaml)"
            )
        columns = [c for c in table.columns if c in present] if table.columns else [c for c, _ in facts.columns]
        check_rows_readable(cur, table.schema, table.name, columns)
        query = sql.SQL("select {} from {}").format(
            sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in columns),
            sql.Identifier(table.schema, table.name),
        )
        cur.execute(query, prepare=False)
        seen: set[str] = set()
        for values in cur.fetchall():
            row = dict(zip(columns, values))
            identity = row_identity(table.qualified, table.key, [row[k] for k in table.key])
            if identity in seen:
                raise DataError(
                    f"managed table {table.qualified}: more than one row has the key {identity}; "
                    "the key of data.tables must be unique (declare a primary key or unique constraint)"
                )
            seen.add(identity)
            objects.append((identity, row_definition(row), table.qualified))
    return objects


def dependency_order(facts: Iterable[TableFacts]) -> list[TableFacts]:
    """Referenced tables before the tables referencing them (stable; a cycle keeps the given order)."""
    pending = list(facts)
    names = {f.table.qualified for f in pending}
    done: list[TableFacts] = []
    placed: set[str] = set()
    while pending:
        ready = [f for f in pending if all(p in placed or p not in names for p in f.parents)]
        if not ready:  # a cycle: keep the configured order for the rest
            ready = pending[:1]
        for f in ready:
            done.append(f)
            placed.add(f.table.qualified)
            pending.remove(f)
    return done
