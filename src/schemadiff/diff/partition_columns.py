"""Column defaults, NOT NULL and the RLS switch of partitions: planned here because migra
plans nothing for a partition beyond creating, attaching or detaching it.

A partition may have a column default or a NOT NULL its parent does not have, and row level
security is a switch of each table (enabling it on the parent does not enable it on the
partitions, nor the other way round). PostgreSQL applies a parent's ``ALTER COLUMN … SET/DROP
DEFAULT`` and ``SET/DROP NOT NULL`` to every partition, and a partition created with
``PARTITION OF`` takes its parent's defaults and NOT NULLs; what a partition holds after the
plan is predicted from that, and where it still differs from the desired schema the partition
gets its own statement, after its parent's (a parent is always handled before its partitions).
A table about to be attached gets its NOT NULLs before ATTACH, which requires them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import migra_tables, partition_of, unquote_qualified
from schemadiff.snapshot import Snapshot

# after migra's own ALTER TABLE statements of the parents (tables phase), before ATTACH
PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 2


def partition_column_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = migra_tables(current), migra_tables(desired)
    for identity in sorted(want, key=lambda i: (_depth(desired, i), i)):
        parent = partition_of(desired.catalog, identity)
        if parent is None:
            continue
        table, before = want[identity], have.get(identity)
        parent_identity = unquote_qualified(parent[0])
        for name, column in table.columns.items():
            predicted = _predicted(name, before, have.get(parent_identity), want.get(parent_identity))
            if predicted is None:
                continue
            default, not_null = predicted
            yield from _column_statements(identity, table, column, default, not_null)


def _depth(snapshot: Snapshot, identity: str) -> int:
    depth, seen = 0, {identity}
    parent = partition_of(snapshot.catalog, identity)
    while parent is not None:
        depth += 1
        identity = unquote_qualified(parent[0])
        if identity in seen:
            break
        seen.add(identity)
        parent = partition_of(snapshot.catalog, identity)
    return depth


def _predicted(name: str, before: Any, parent_before: Any, parent_after: Any) -> tuple[str | None, bool] | None:
    """(default, not null) of a partition's column once the plan's other statements ran: its
    parent's when the partition is new or the parent's column changes (the change reaches the
    partitions), else its own as it was. None when it cannot be predicted (left alone)."""
    mine = before.columns.get(name) if before is not None else None
    theirs_after = parent_after.columns.get(name) if parent_after is not None else None
    theirs_before = parent_before.columns.get(name) if parent_before is not None else None
    if mine is None:  # a new partition, or a column added to the parent: the parent's
        return (theirs_after.default, bool(theirs_after.not_null)) if theirs_after is not None else None
    default, not_null = mine.default, bool(mine.not_null)
    if (
        theirs_after is not None
        and theirs_before is not None
        and parent_before is not None
        and _is_partition_of(before, parent_before)
    ):
        if theirs_after.default != theirs_before.default:
            default = theirs_after.default
        if bool(theirs_after.not_null) != bool(theirs_before.not_null):
            not_null = bool(theirs_after.not_null)
    return default, not_null


def _is_partition_of(table: Any, parent: Any) -> bool:
    return bool(table.parent_table) and unquote_qualified(table.parent_table) == f"{parent.schema}.{parent.name}"


def _column_statements(identity: str, table: Any, column: Any, default: str | None, not_null: bool) -> Iterator[Change]:
    if column.is_generated or getattr(column, "is_identity", False):
        return
    prefix = f"alter table {table.quoted_full_name} alter column {column.quoted_name}"
    target = f"{identity}.{column.name}"
    if column.default != default:
        sql = f"{prefix} set default {column.default}" if column.default is not None else f"{prefix} drop default"
        yield Change("column", Action.ALTER, target, sql, PHASE)
    if bool(column.not_null) != not_null:
        yield Change("column", Action.ALTER, target, f"{prefix} {'set' if column.not_null else 'drop'} not null", PHASE)
