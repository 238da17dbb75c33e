"""Partitions: the family for attach/detach/bound changes, and the fixes of migra's
statements for partitioned tables.

migra treats the indexes and constraints of partitions as independent objects and its
partition handling has several holes, each corrected here:

- a table that becomes a partition makes migra crash, and its detach/attach statements
  name the tables the wrong way round; a changed bound is ignored. The family plans
  ``ALTER TABLE parent DETACH/ATTACH PARTITION child`` from our catalog (migra is shown no
  difference, see ``migra_adjust``);
- dropping a partitioned table drops its partitions, with their indexes and constraints:
  migra's drops of those fail (they no longer exist, or cannot be dropped on their own);
- an index of a partitioned table is rendered ``CREATE INDEX … ON ONLY parent`` and stays
  invalid: it is created without ONLY after the partitions' own indexes, which PostgreSQL
  then attaches (keeping their names);
- a primary key or unique constraint of a partitioned table is added ``USING INDEX``, which
  PostgreSQL refuses: it is added with its definition, which creates the partitions'
  constraints and indexes;
- a partition created or attached under an existing index or constraint gets its own copy
  from PostgreSQL: migra's creation of that copy is left out;
- a partition that is itself partitioned is rendered ``partition by FOR VALUES …``: it is
  created from our catalog.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import partition_of, quoted, table_facts, unquote_qualified
from schemadiff.snapshot import Snapshot

DETACH_PHASE = PHASE_RANK[TABLES_PHASE_NAME] - 1
ATTACH_PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 4
PARENT_INDEX_PHASE = PHASE_RANK["indexes.create"] + 1


def partition_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    for identity in sorted(current.catalog.of_kind("table").keys() & desired.catalog.of_kind("table").keys()):
        old, new = partition_of(current.catalog, identity), partition_of(desired.catalog, identity)
        if old == new:
            continue
        child = quoted(desired.catalog, identity)
        if old is not None:
            yield Change("table", Action.ALTER, identity, f"alter table {old[0]} detach partition {child}", DETACH_PHASE)
        if new is not None:
            yield Change("table", Action.ALTER, identity, f"alter table {new[0]} attach partition {child} {new[1]}", ATTACH_PHASE)


def _children(snapshot: Snapshot, kind: str) -> dict[str, str]:
    """identity of a partition's index/constraint -> identity of its parent's."""
    return {r["identity"]: r["parent_identity"] for r in snapshot.rows.get("partitions", ()) if r["kind"] == kind}


def _table_of(snapshot: Snapshot, kind: str, identity: str) -> str:
    if kind == "constraint":
        return identity.rsplit(".", 1)[0]
    index = snapshot.catalog.get("index", identity)
    return index.parent if index is not None else ""


def _new_partitions(current: Snapshot, desired: Snapshot) -> set[str]:
    """Tables that are partitions after this plan but were not before (created or attached)."""
    return {
        identity for identity in desired.catalog.of_kind("table")
        if partition_of(desired.catalog, identity) is not None and partition_of(current.catalog, identity) is None
    }


def fix_partition_changes(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    changes = _drops(changes, current)
    changes = _creations(changes, current, desired)
    return _parents_first([_subpartition_create(c, desired) for c in changes], desired)


def _parents_first(changes: list[Change], desired: Snapshot) -> list[Change]:
    """migra creates new tables in name order, so a partition (or inheritance child) whose
    name sorts before its new parent's came first and failed: such a table, and what
    migra plans for it right after (RLS), wait for the parent's creation."""
    parents = {f"{t.schema}.{t.name}": unquote_qualified(t.parent_table)
               for t in desired.inspector.tables.values() if t.parent_table}
    created = {c.identity for c in changes if c.kind == "table" and c.action is Action.CREATE}
    ordered: list[Change] = []
    done: set[str] = set()
    waiting: dict[str, list[Change]] = {}  # parent identity -> changes held back for it
    held: dict[str, str] = {}  # held table identity -> its parent

    def emit(change: Change) -> None:
        ordered.append(change)
        if change.kind == "table" and change.action is Action.CREATE:
            done.add(change.identity)
            for later in waiting.pop(change.identity, []):
                emit(later)

    for change in changes:
        parent = parents.get(change.identity)
        if change.identity in held and change.identity not in done:
            waiting[held[change.identity]].append(change)
        elif change.kind == "table" and change.action is Action.CREATE and parent in created and parent not in done:
            held[change.identity] = parent
            waiting.setdefault(parent, []).append(change)
        else:
            emit(change)
    return ordered + [c for pending in waiting.values() for c in pending]


def _drops(changes: list[Change], current: Snapshot) -> list[Change]:
    dropped = {(c.kind, c.identity) for c in changes if c.action is Action.DROP}
    dropped_tables = {identity for kind, identity in dropped if kind == "table"}

    def goes_with_parent(change: Change) -> bool:
        if change.action is not Action.DROP:
            return False
        if change.kind == "table":
            parent = partition_of(current.catalog, change.identity)
            return parent is not None and unquote_qualified(parent[0]) in dropped_tables
        if change.kind in ("index", "constraint"):
            parent = _children(current, change.kind).get(change.identity)
            if parent is None:
                return False
            parent_table = _table_of(current, change.kind, parent)
            return (change.kind, parent) in dropped or parent_table in dropped_tables or \
                _table_of(current, change.kind, change.identity) in dropped_tables
        return False

    kept = [c for c in changes if not goes_with_parent(c)]
    # a partition whose parent is dropped goes with it, and so do its own indexes/constraints
    gone = dropped_tables - {c.identity for c in kept if c.kind == "table" and c.action is Action.DROP}
    return [c for c in kept if not (c.action is Action.DROP and c.kind in ("index", "constraint")
                                    and _table_of(current, c.kind, c.identity) in gone)]


def _creations(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    child_indexes, child_constraints = _children(desired, "index"), _children(desired, "constraint")
    dropped = {(c.kind, c.identity) for c in changes if c.action is Action.DROP}
    new_partitions = _new_partitions(current, desired)

    def exists_before(kind: str, identity: str) -> bool:
        return current.catalog.get(kind, identity) is not None and (kind, identity) not in dropped

    # constraints of partitioned tables that migra adds USING INDEX
    keyed = {
        c.identity for c in changes
        if c.kind == "constraint" and c.action is Action.CREATE and " using index " in c.sql
        and _is_partitioned(desired, c.identity.rsplit(".", 1)[0])
    }
    keyed_indexes = {f"{identity.split('.', 1)[0]}.{identity.rsplit('.', 1)[1]}" for identity in keyed}

    fixed = []
    for change in changes:
        if change.action is Action.CREATE and change.kind == "index":
            parent = child_indexes.get(change.identity)
            if change.identity in keyed_indexes or (parent in keyed_indexes):
                continue  # created by ADD CONSTRAINT on the parent
            if parent is not None and exists_before("index", parent) and _table_of(desired, "index", change.identity) in new_partitions:
                continue  # PostgreSQL creates it with the partition
            if _is_partitioned(desired, _table_of(desired, "index", change.identity)) and " ON ONLY " in change.sql:
                change = replace(change, sql=change.sql.replace(" ON ONLY ", " ON ", 1), phase=PARENT_INDEX_PHASE)
        elif change.action is Action.CREATE and change.kind == "constraint":
            parent = child_constraints.get(change.identity)
            if parent in keyed or (parent is not None and exists_before("constraint", parent)
                                   and change.identity.rsplit(".", 1)[0] in new_partitions):
                continue
            if change.identity in keyed:
                change = replace(change, sql=_add_constraint(change, desired))
        fixed.append(change)
    return fixed


def _is_partitioned(snapshot: Snapshot, table: str) -> bool:
    facts = table_facts(snapshot.catalog, table)
    return facts is not None and facts.kind == "partitioned"


def _add_constraint(change: Change, desired: Snapshot) -> str:
    constraint = next(
        c for c in desired.inspector.constraints.values()
        if f"{c.schema}.{c.table_name}.{c.name}" == change.identity
    )
    return f"alter table {constraint.quoted_full_table_name} add constraint {constraint.quoted_name} {constraint.definition}"


def _subpartition_create(change: Change, desired: Snapshot) -> Change:
    if change.kind != "table" or change.action is not Action.CREATE:
        return change
    facts = table_facts(desired.catalog, change.identity)
    if facts is None or facts.kind != "partitioned" or facts.parent is None:
        return change
    name = quoted(desired.catalog, change.identity)
    return replace(change, sql=f"create table {name} partition of {facts.parent} {facts.bound} partition by {facts.partition_key}")
