"""The managed rows family: INSERT / UPDATE / DELETE of reference rows, by key.

Rows are catalog objects of kind ``row`` (:mod:`schemadiff.rows`): identity
``schema.table[key=value]``, definition the managed columns' values as server text. Each
value is written back as a literal cast to the column's type in the *desired* schema
(``'…'::jsonb``), so the server parses it exactly as it did in the shadow database.

Order: data changes run after every schema change (the tables and columns they write
exist by then, and the comments phase is done): first the deletes, tables that reference
others before the tables they reference; then, referenced tables first, each table's
updates (only the columns that differ) and then its inserts. A delete is DATA_LOSS, so it
needs approval like any destructive step. Rows of a managed table that the desired schema
drops are not deleted one by one: the table's drop takes them (and is DATA_LOSS itself).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from schemadiff.changes import Action, Change
from schemadiff.diff.comments import PHASE as COMMENTS_PHASE
from schemadiff.diff.readers import quote_ident, quote_literal
from schemadiff.rows import ROW_KIND, TableFacts, dependency_order
from schemadiff.snapshot import Snapshot

DELETE_PHASE = COMMENTS_PHASE + 1_000
WRITE_PHASE = DELETE_PHASE + 1

Row = dict[str, "str | None"]


def _rows(snapshot: Snapshot, table: str) -> dict[str, Row]:
    return {
        identity: json.loads(obj.definition)
        for identity, obj in snapshot.catalog.of_kind(ROW_KIND).items()
        if obj.parent == table
    }


def _literal(value: str | None, type_name: str) -> str:
    return f"null::{type_name}" if value is None else f"{quote_literal(value)}::{type_name}"


def _where(facts: TableFacts, row: Row) -> str:
    types = facts.types
    tests = []
    for column in facts.table.key:
        value = row.get(column)
        if value is None:
            tests.append(f"{quote_ident(column)} is null")
        else:
            tests.append(f"{quote_ident(column)} = {_literal(value, types[column])}")
    return " and ".join(tests)


def _target(facts: TableFacts) -> str:
    return f"{quote_ident(facts.table.schema)}.{quote_ident(facts.table.name)}"


def data_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    ordered = dependency_order(desired.data_tables)  # tables the desired schema keeps
    deletes: dict[str, list[Change]] = {}
    writes: list[Change] = []
    for facts in ordered:
        table = facts.table.qualified
        have, want = _rows(current, table), _rows(desired, table)
        types = facts.types
        for identity in sorted(have.keys() - want.keys()):
            sql = f"delete from {_target(facts)} where {_where(facts, have[identity])}"
            deletes.setdefault(table, []).append(Change(ROW_KIND, Action.DROP, identity, sql, DELETE_PHASE))
        for identity in sorted(have.keys() & want.keys()):
            old, new = have[identity], want[identity]
            changed = [c for c, _ in facts.columns if c in new and (c not in old or old[c] != new[c])]
            if changed:
                sets = ", ".join(f"{quote_ident(c)} = {_literal(new[c], types[c])}" for c in changed)
                sql = f"update {_target(facts)} set {sets} where {_where(facts, new)}"
                writes.append(Change(ROW_KIND, Action.ALTER, identity, sql, WRITE_PHASE))
        for identity in sorted(want.keys() - have.keys()):
            row = want[identity]
            columns = [c for c, _ in facts.columns if c in row]
            sql = (
                f"insert into {_target(facts)} ({', '.join(quote_ident(c) for c in columns)}) "
                f"values ({', '.join(_literal(row[c], types[c]) for c in columns)})"
            )
            writes.append(Change(ROW_KIND, Action.CREATE, identity, sql, WRITE_PHASE))
    # deletes: referencing tables first (the reverse of the insert order)
    for facts in reversed(ordered):
        yield from deletes.get(facts.table.qualified, [])
    yield from writes
