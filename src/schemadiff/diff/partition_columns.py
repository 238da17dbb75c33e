"""Column defaults and NOT NULL of partitions: planned here because migra plans nothing for a
partition beyond creating, attaching or detaching it.

A partition may have a column default or a NOT NULL its parent does not have. PostgreSQL
applies a parent's ``ALTER COLUMN … SET/DROP DEFAULT`` and ``SET/DROP NOT NULL`` to every
partition, and a partition created with ``PARTITION OF`` takes its parent's defaults and NOT
NULLs; what a partition holds after the plan is predicted from that, and where it still differs
from the desired schema the partition gets its own statement, after its parent's (a parent is
always handled before its partitions). A table about to be attached gets its NOT NULLs before
ATTACH, which requires them, and its columns as the parent's: a type (and collation) changed, a
column the parent has added, one it has not dropped (migra's path, which a plan that changes
such a table's columns takes, plans nothing of it but its ATTACH), a generated or identity column
included.

The columns that may need one are found from the catalogs alone (:func:`partition_columns`:
a partition's column that is new or changes, or whose parent's column changes; any other keeps
what it has), their facts from the render rows of the columns (``queries/render_column_types.sql``),
so the light families read only those rows (``plain_structure``) and migra's path plans the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.plain_columns import declaration, retype_clause
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.diff.readers import partition_of, partition_parent, split_identity, unquote_qualified
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

# after migra's own ALTER TABLE statements of the parents (tables phase), before ATTACH
PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 2


def partition_columns(current: Catalog, desired: Catalog) -> dict[str, str]:
    """The columns of the desired side's partitions that may need a statement of their own, each
    with its parent's column of that name: those new or changed, or whose parent's column is new
    or changes (its ALTER reaches the partition). Any other keeps what it has, as desired has it."""
    parents: dict[str, str] = {}  # partition -> its parent
    for identity, table in desired.of_kind("table").items():
        if " partition of " in table.definition and (found := partition_of(desired, identity)) is not None:
            parents[identity] = unquote_qualified(found[0])
    found_columns: dict[str, str] = {}
    if not parents:
        return found_columns
    for identity, column in desired.of_kind("column").items():
        parent = parents.get(column.parent)
        if parent is None:
            continue
        of_parent = f"{parent}.{identity[len(column.parent) + 1 :]}"
        if current.get("column", identity) != column or current.get("column", of_parent) != desired.get(
            "column", of_parent
        ):
            found_columns[identity] = of_parent
    return found_columns


def partition_column_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    yield from _columns_of_attached_tables_dropped(current.catalog, desired.catalog)
    columns = partition_columns(current.catalog, desired.catalog)
    if not columns:
        return
    wanted = columns.keys() | set(columns.values())
    have, want = rows_by_identity(current, "column_types", wanted), rows_by_identity(desired, "column_types", wanted)
    tables = {identity: _table_of(desired.catalog, identity) for identity in columns}
    depths: dict[str, int] = {}
    for identity in sorted(
        columns, key=lambda i: (_depth(desired.catalog, tables[i], depths), tables[i], want[i]["position"])
    ):
        row, parent, table = want[identity], columns[identity], tables[identity]
        stayed = partition_parent(current.catalog, table) == partition_parent(desired.catalog, table)
        if not stayed and current.catalog.get("table", table) is not None:  # (a table attached: as its parent's)
            mine = have.get(identity)
            if mine is None:
                sql = f"{_prefix(row)} add column {declaration(_as_attached(row))}"
                yield Change("column", Action.CREATE, identity, sql, PHASE)
                continue
            if (mine["declared_type"], mine["collation"]) != (row["declared_type"], row["collation"]):
                yield Change("column", Action.ALTER, identity, f"{_prefix(row)} {retype_clause(row)}", PHASE)
        if row["generated"] or row["identity_generation"]:
            continue
        predicted = _predicted(have.get(identity), have.get(parent), want.get(parent), stayed=stayed)
        if predicted is not None:
            yield from _column_statements(identity, row, *predicted)


def _as_attached(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """A column added to a table before its ATTACH: a generated one with its expression (the server
    requires it generated where the parent's is), an identity one without (a partition takes its
    parent's identity on ATTACH, PostgreSQL 17 and later; it cannot have one of its own)."""
    return {**row, "identity_generation": None} if row["identity_generation"] else row


def _columns_of_attached_tables_dropped(current: Catalog, desired: Catalog) -> Iterator[Change]:
    """A table that becomes a partition has its parent's columns only (ATTACH requires it): its
    others dropped before."""
    attached = {
        identity
        for identity in desired.of_kind("table")
        if (parent := partition_parent(desired, identity)) is not None
        and current.get("table", identity) is not None
        and partition_parent(current, identity) != parent
    }
    for identity, column in sorted(current.of_kind("column").items()):
        if column.parent in attached and desired.get("column", identity) is None:
            schema, table = split_identity(current, column.parent)
            name = quote_ident(identity[len(column.parent) + 1 :])
            sql = f"alter table {quoted_relation(schema, table)} drop column {name}"
            yield Change("column", Action.DROP, identity, sql, PHASE)


def _table_of(catalog: Catalog, column: str) -> str:
    found = catalog.get("column", column)
    assert found is not None  # (partition_columns: a column of the catalog)
    return found.parent


def _depth(catalog: Catalog, identity: str, depths: dict[str, int]) -> int:
    if identity not in depths:
        depth, seen, parent = 0, {identity}, partition_parent(catalog, identity)
        while parent is not None and parent not in seen:
            depth += 1
            seen.add(parent)
            parent = partition_parent(catalog, parent)
        depths[identity] = depth
    return depths[identity]


def _predicted(
    mine: Mapping[str, Any] | None,
    theirs_before: Mapping[str, Any] | None,
    theirs_after: Mapping[str, Any] | None,
    *,
    stayed: bool,
) -> tuple[str | None, bool] | None:
    """(default, not null) of a partition's column once the plan's other statements ran (the
    rows of the column before, and of its parent's before and after): its parent's when the
    partition or the column is new, or the parent's column changes while the partition stays
    its partition (the change reaches the partitions), else its own as it was. None when it
    cannot be predicted (left alone)."""
    if mine is None:  # a new partition, or a column added to the parent: the parent's
        return (theirs_after["default_expression"], theirs_after["not_null"]) if theirs_after is not None else None
    default, not_null = mine["default_expression"], mine["not_null"]
    if theirs_after is not None and theirs_before is not None and stayed:
        if theirs_after["default_expression"] != theirs_before["default_expression"]:
            default = theirs_after["default_expression"]
        if theirs_after["not_null"] != theirs_before["not_null"]:
            not_null = theirs_after["not_null"]
    return default, not_null


def _prefix(row: Mapping[str, Any]) -> str:
    return f"alter table {quoted_relation(row['schema_name'], row['table_name'])}"


def _column_statements(identity: str, row: Mapping[str, Any], default: str | None, not_null: bool) -> Iterator[Change]:
    prefix = f"{_prefix(row)} alter column {quote_ident(row['column_name'])}"
    if row["default_expression"] != default:
        sql = (
            f"{prefix} set default {row['default_expression']}"
            if row["default_expression"] is not None
            else f"{prefix} drop default"
        )
        yield Change("column", Action.ALTER, identity, sql, PHASE)
    if row["not_null"] != not_null:
        yield Change(
            "column", Action.ALTER, identity, f"{prefix} {'set' if row['not_null'] else 'drop'} not null", PHASE
        )
