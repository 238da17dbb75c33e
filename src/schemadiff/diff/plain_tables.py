"""New and dropped tables, planned without migra's inspector: the table part of
:mod:`schemadiff.diff.plain_structure` (which says when they are plain).

migra's ``drop table`` of each dropped table, then its ``create table`` of each new one, in
its tables phase, each group in migra's key order (the quoted schema and name); a new table's
columns in their order, declared as ``diff/plain_columns.py`` says (``create unlogged table``
for an unlogged one), a partitioned table's ``partition by`` after them, a partition
``partition of`` its parent and bound (``diff/plain_partitions.py``; after its new parent:
``partitions.fix_plain_partition_changes``); then
``set logged`` or ``set unlogged`` of each kept table that changes so, in key order, before any
column changes (:func:`logging_changes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from typing import Any

from schemadiff.catalog import REPLICA_IDENTITY_FLAG, Catalog, CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.plain_columns import declaration
from schemadiff.diff.plain_partitions import leaf_parent, partition_creation, partition_key, subpartition_creation
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.diff.readers import table_facts
from schemadiff.snapshot import Snapshot


def table_changes(
    desired: Snapshot,
    dropped: tuple[CatalogObject, ...],
    added: tuple[CatalogObject, ...],
    columns: tuple[CatalogObject, ...],
    partitions: frozenset[str] = frozenset(),
) -> Iterator[Change]:
    """The ``drop table`` of each of ``dropped``, then the ``create table`` of each of ``added``
    with its ``columns`` (of those of every new table) in their order (a table without columns
    too), or ``partition of`` its parent for those of ``partitions`` (``diff/plain_partitions.py``;
    ``partition by`` its key too for one that is partitioned itself)."""
    for table in sorted(dropped, key=quoted_table):  # (a partition's drop, when its parent's goes: partitions.py)
        yield Change(
            "table", Action.DROP, table.identity, f"drop table {quoted_table(table)}", PHASE_RANK[TABLES_PHASE_NAME]
        )
    if not added:
        return
    rows = rows_by_identity(desired, "column_types", {c.identity for c in columns})
    by_table: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows.values():
        by_table.setdefault(f"{row['schema_name']}.{row['table_name']}", []).append(row)
    for table in sorted(added, key=quoted_table):  # (partitions after their new parents: partitions.py)
        key = partition_key(table) if table.identity in partitions else None
        if table.identity in partitions and leaf_parent(table) is not None:  # (not a table created again plain)
            yield Change(
                "table", Action.CREATE, table.identity, partition_creation(table), PHASE_RANK[TABLES_PHASE_NAME]
            )
            continue
        if table.identity in partitions and (made := subpartition_creation(table)) is not None:
            yield Change("table", Action.CREATE, table.identity, made, PHASE_RANK[TABLES_PHASE_NAME])
            continue
        declared = sorted(by_table.get(table.identity, ()), key=lambda row: int(row["position"]))
        body = ",".join(f"\n    {declaration(row)}" for row in declared)
        unlogged = "unlogged " if _unlogged(desired.catalog, table.identity) else ""
        sql = f"create {unlogged}table {quoted_table(table)} ({body}\n)" + (f" {key}" if key else "")
        yield Change("table", Action.CREATE, table.identity, sql, PHASE_RANK[TABLES_PHASE_NAME])


def logging_changes(current: Snapshot, desired: Snapshot, changed: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """``set logged`` or ``set unlogged`` of each of the tables ``changed`` (as desired has
    them) that becomes so, in key order."""
    for table in sorted(changed, key=quoted_table):
        unlogged = _unlogged(desired.catalog, table.identity)
        if _unlogged(current.catalog, table.identity) != unlogged:
            sql = f"alter table {quoted_table(table)} set {'unlogged' if unlogged else 'logged'}"
            yield Change("table", Action.ALTER, table.identity, sql, PHASE_RANK[TABLES_PHASE_NAME])


def _unlogged(catalog: Catalog, table: str) -> bool:
    facts = table_facts(catalog, table)
    return facts is not None and facts.unlogged


def quoted_table(table: CatalogObject) -> str:
    """A table (its name without a dot) as migra keys, orders and writes it."""
    return quoted_relation(*table.identity.split(".", 1))


# queries/table.sql's definition of a plain table, its storage parameters and replica identity aside
_OPTIONED_TABLE = re.compile(r"ordinary(?: unlogged)? using heap(?: with \(.*\))? replica identity [dfni]", re.S)


def options_only(before: CatalogObject, after: CatalogObject) -> bool:
    """Whether a plain table changes only in its storage parameters or replica identity (the
    table options family's)."""
    return before.identity.count(".") == 1 and all(_OPTIONED_TABLE.fullmatch(t.definition) for t in (before, after))


def existing_ordinary_table(current: Catalog, desired: Catalog, table: str) -> bool:
    """Whether ``table`` is an ordinary table on both sides, neither inheriting nor a partition,
    the same or changing only in what :func:`options_only` says."""
    before, after = current.get("table", table), desired.get("table", table)
    if before is None or after is None or table.count(".") != 1:  # (a dotted name: its parts are unknown)
        return False
    if before != after and not options_only(before, after):
        return False
    definition = after.definition
    return definition.startswith("ordinary ") and " inherits (" not in definition and " partition of " not in definition


def reflagged_index(have: Mapping[str, CatalogObject], index: CatalogObject, tables: Set[str]) -> bool:
    """Whether ``index`` changes only in being its table's replica identity, that table among
    ``tables`` (those whose options change: the table options family sets it)."""
    before = have[index.identity].definition.replace(REPLICA_IDENTITY_FLAG, "")
    return index.parent in tables and before == index.definition.replace(REPLICA_IDENTITY_FLAG, "")


def flagged(index: CatalogObject, tables: Set[str]) -> bool:
    """Whether ``index`` is invalid, clustered or a replica identity (``queries/index.sql``'s
    flags), the last but for a table of ``tables`` (whose options change)."""
    return " [" in unflagged(index, tables)


def unflagged(index: CatalogObject, tables: Set[str]) -> str:
    """``index``'s definition, without its replica identity flag when its table is one of
    ``tables`` (whose options change: the table options family sets the replica identity)."""
    return index.definition.replace(REPLICA_IDENTITY_FLAG, "") if index.parent in tables else index.definition
