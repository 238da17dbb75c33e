"""Generated columns that read a column the plan retypes.

The server refuses ``ALTER COLUMN c TYPE`` while a generated column's expression reads ``c``
("cannot alter type of a column used by a generated column"), and no statement makes a plain
column generated again. So, around the type change of ``c``, each generated column ``g`` of
its table that reads it (``queries/render_column_types.sql``: ``reads``, on the current side):

- PostgreSQL 17 and later: ``g``'s expression is set to a NULL of its type before, which reads
  nothing, and to the desired expression after (``ALTER COLUMN … SET EXPRESSION``; a stored
  column is recomputed each time). ``g`` keeps its place among the columns, its indexes,
  constraints, grants, comments and what reads it. A NOT NULL ``g`` loses its NOT NULL in
  between (PostgreSQL 18: added again under its name).
- Before 17 (no SET EXPRESSION): ``g`` is dropped before and added again after; it then
  comes after the table's other columns, as the desired side declares it (the plan's other
  changes of ``g``, a new expression say, are left out). The indexes that use it (``render_indexes.sql``:
  ``columns``, on the current side), which DROP COLUMN takes along, are created again after it
  as the desired side defines them, and so are the constraints on it (``render_constraints.sql``:
  ``columns``; a key adopting its index), unless the plan creates or drops them itself. Not
  carried: a comment on such an index or constraint, a foreign key of another table on a key
  of ``g`` or a view reading ``g`` (the server then refuses the drop, inside the plan's
  transaction).

The statements before the type change are changes of ``c`` (they keep their place before its
type change: one object's changes keep their order, ``ordering.py`` rule 1); those after are
changes of ``g``, which ``pg_depend`` says needs ``c`` (its default's normal dependency), so
the dependency order puts them after every ALTER of ``c`` and a drop of ``g`` before them.

Left as the server has them: a generated column that is itself retyped, dropped or no longer
generated (its own changes say what happens to it); a CHECK on ``g`` that a NULL fails, or a
domain type that refuses one (the plan then fails inside its transaction).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from schemadiff.catalog import made_up_name
from schemadiff.changes import Action, Change
from schemadiff.diff.columns import SET_EXPRESSION_SINCE
from schemadiff.diff.not_null import not_null_names
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.diff.readers import retyped_columns
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

_Row = Mapping[str, Any]


def around_generated_readers(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """``changes`` with each generated column that reads a column they retype set aside before
    the type change and back after it (see the module's docstring)."""
    retyped = retyped_columns(changes, current.catalog, desired.catalog)
    if not retyped:
        return changes
    before_rows = {row["identity"]: row for row in current.rows.get("column_types", ())}
    after_rows = {row["identity"]: row for row in desired.rows.get("column_types", ())}
    in_place = min(current.server_version_num, desired.server_version_num) >= SET_EXPRESSION_SINCE
    own = {c.identity for c in changes if c.kind == "column" and c.action is Action.DROP} | retyped
    readers: dict[str, list[_Row]] = {}  # a retyped column -> the generated columns that read it
    for reader in before_rows.values():
        after = after_rows.get(reader["identity"])
        if not reader["generated"] or after is None or not after["generated"] or reader["identity"] in own:
            continue
        for name in reader["reads"] or ():
            column = f"{reader['schema_name']}.{reader['table_name']}.{name}"
            if column in retyped:
                readers.setdefault(column, []).append(reader)
    if not readers:
        return changes
    first_change: dict[str, int] = {}
    phases: dict[str, int] = {}  # (the lowest: the first of the column's changes in the order)
    for i, change in enumerate(changes):
        if change.kind == "column" and change.identity in readers:
            first_change.setdefault(change.identity, i)
            phases[change.identity] = min(phases.get(change.identity, change.phase), change.phase)
    set_aside: dict[int, list[Change]] = {}
    set_back: list[Change] = []
    done: set[str] = set()
    for column, rows in sorted(readers.items()):
        at, phase = first_change[column], phases[column]
        for row in sorted(rows, key=lambda r: int(r["position"])):
            if in_place:
                set_aside.setdefault(at, []).extend(_set_aside(column, row, phase))
            elif row["identity"] not in done:
                set_aside.setdefault(at, []).append(_change(Action.DROP, row, f"drop column {_name(row)}", phase))
            if row["identity"] not in done:
                done.add(row["identity"])
                wanted = after_rows[row["identity"]]
                set_back.extend(_set_back(row, wanted, desired, phase) if in_place else _add_back(wanted, phase))
    if not in_place:
        set_back.extend(_carried_back(done, changes, current, desired))
    fixed: list[Change] = []
    for i, change in enumerate(changes):
        fixed.extend(set_aside.get(i, ()))
        if not in_place and change.kind == "column" and change.identity in done:
            continue  # (a change of g itself, its new expression say: g is added again as desired)
        fixed.append(change)
    return fixed + set_back


def _carried_back(dropped: set[str], changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """What DROP COLUMN takes along with the generated columns ``dropped`` (their identities),
    created again as the desired side has it: the indexes and the constraints of the current
    side that use one (a key adopting its index, created first; an exclusion constraint making
    its own), but those the plan creates or drops itself."""
    from schemadiff.diff.plain_constraints import constraint_additions, made_indexes, member_name, schema_of
    from schemadiff.diff.plain_indexes import index_creations

    planned = {(c.kind, c.identity) for c in changes}
    found: dict[str, list[str]] = {}
    for kind, rows in (("index", "indexes"), ("constraint", "constraints")):
        for row in current.rows.get(rows, ()):
            had, wanted = current.catalog.get(kind, row["identity"]), desired.catalog.get(kind, row["identity"])
            if had is None or wanted is None or (kind, row["identity"]) in planned:
                continue
            if any(f"{had.parent}.{name}" in dropped for name in row["columns"] or ()):
                found.setdefault(kind, []).append(row["identity"])
    constraints = tuple(desired.catalog.of_kind("constraint")[i] for i in found.get("constraint", ()))
    # (a key's index names no column in pg_depend, its constraint does: it has the key's name)
    keys = {f"{schema_of(c)}.{member_name(c.identity)}" for c in constraints}
    indexes = (set(found.get("index", ())) | {i for i in keys if desired.catalog.get("index", i)}) - made_indexes(
        constraints
    )
    return [*index_creations(desired, indexes), *constraint_additions(desired, constraints)]


def _set_aside(column: str, row: _Row, phase: int) -> list[Change]:
    """``g`` reading nothing: a NULL of its type (its NOT NULL dropped first), as changes of the
    retyped ``column`` (they precede its type change)."""
    statements = [f"alter column {_name(row)} drop not null"] if row["not_null"] else []
    statements.append(f"alter column {_name(row)} set expression as (null::{row['declared_type']})")
    head = f"alter table {quoted_relation(row['schema_name'], row['table_name'])}"
    return [Change("column", Action.ALTER, column, f"{head} {s}", phase) for s in statements]


def _set_back(before: _Row, after: _Row, desired: Snapshot, phase: int) -> list[Change]:
    """``g``'s desired expression, and its NOT NULL again (under its desired name)."""
    expression = f"alter column {_name(after)} set expression as ({after['default_expression']})"
    changes = [_change(Action.ALTER, after, expression, phase)]
    if before["not_null"] and after["not_null"]:
        changes.append(_change(Action.ALTER, after, _not_null(after, desired), phase))
    return changes


def _not_null(row: _Row, desired: Snapshot) -> str:
    """SET NOT NULL, or ADD CONSTRAINT … NOT NULL under a name not made up (PostgreSQL 18: its
    NOT NULL constraints have names; before, ``render_not_null.sql`` finds none)."""
    found = not_null_names(desired).get((f"{row['schema_name']}.{row['table_name']}", row["column_name"]))
    if found is not None and found["name"] != made_up_name(row["table_name"], row["column_name"], "not_null"):
        return f"add constraint {quote_ident(found['name'])} not null {_name(row)}"
    return f"alter column {_name(row)} set not null"


def _add_back(after: _Row, phase: int) -> list[Change]:
    from schemadiff.diff.plain_columns import declaration  # (plain_columns runs this module)

    return [_change(Action.CREATE, after, f"add column {declaration(after)}", phase)]


def _change(action: Action, row: _Row, clause: str, phase: int) -> Change:
    head = f"alter table {quoted_relation(row['schema_name'], row['table_name'])}"
    return Change("column", action, row["identity"], f"{head} {clause}", phase)


def _name(row: _Row) -> str:
    return quote_ident(row["column_name"])
