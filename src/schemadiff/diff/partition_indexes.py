"""The indexes of partitioned tables and their partitions' copies, as the partitions family plans
them (``diff/partitions.py``): a partition's index that is not attached to its parent's (the
parent's made ``ON ONLY``, invalid until every partition's is), or that the plan creates on a
partition that has none, is attached, the parent's not rebuilt; a parent's index dropped takes
its partitions' attached copies along (there is no DETACH for an index), and one the desired
side keeps on its own is created again."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from schemadiff.catalog import INVALID_FLAG
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import parent_of, partition_of, quoted, table_facts
from schemadiff.snapshot import Snapshot

PARENT_INDEX_PHASE = PHASE_RANK["indexes.create"] + 1


def over_its_partitions(change: Change) -> Change:
    """A partitioned table's index created without ``ONLY`` (created ``ON ONLY`` it would stay
    invalid, its partitions' indexes not attached), after its partitions' own indexes."""
    return replace(change, sql=change.sql.replace(" ON ONLY ", " ON ", 1), phase=PARENT_INDEX_PHASE)


def index_attachments(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """A partition's index that is not attached to its parent's (the parent's index made ``ON ONLY``,
    invalid until every partition's is attached), or that the plan creates on a partition that has
    none: attached (after its creation), the parent's not rebuilt (:func:`unattached_indexes`)."""
    for child, parent in unattached_indexes(current, desired):
        sql = f"alter index {quoted(desired.catalog, parent)} attach partition {quoted(desired.catalog, child)}"
        yield Change("index", Action.ALTER, child, sql, PARENT_INDEX_PHASE)


def unattached_indexes(current: Snapshot, desired: Snapshot) -> list[tuple[str, str]]:
    """(child, parent) indexes that the desired schema has attached and the current one does not,
    the parent there before the plan with its desired definition, the child's table a partition
    before the plan (a table being attached or created: ATTACH or CREATE attaches its matching
    index itself), and the child either there before the plan with its desired definition, or new
    (the plan creates it) on a partition none of whose indexes is attached to the parent, invalid
    before the plan (made ``ON ONLY``, a partition never given its index)."""
    have = copies_of(current, "index")
    attached = {(parent_of(current.catalog, "index", child), parent) for child, parent in have.items()}
    found = []
    for child, parent in sorted(copies_of(desired, "index").items()):
        table = parent_of(desired.catalog, "index", child)
        if have.get(child) == parent or not _same_index(current, desired, parent):
            continue
        if partition_of(current.catalog, table) is None:
            continue
        new = (
            current.catalog.get("index", child) is None
            and _invalid(current, parent)
            and (table, parent) not in attached
        )
        if new or _same_index(current, desired, child):
            found.append((child, parent))
    return found


def made_valid_by_attaching(current: Snapshot, desired: Snapshot) -> set[str]:
    """Indexes of partitioned tables, invalid now, that the attachments of this plan complete
    (the indexes family would rebuild them)."""
    return {parent for _, parent in unattached_indexes(current, desired)}


def _invalid(snapshot: Snapshot, identity: str) -> bool:
    found = snapshot.catalog.get("index", identity)
    return found is not None and INVALID_FLAG in found.definition


def _same_index(current: Snapshot, desired: Snapshot, identity: str) -> bool:
    before, after = current.catalog.get("index", identity), desired.catalog.get("index", identity)
    return (
        before is not None
        and after is not None
        and before.definition.replace(INVALID_FLAG, "") == after.definition.replace(INVALID_FLAG, "")
    )


def copies_of(snapshot: Snapshot, kind: str) -> dict[str, str]:
    """identity of a partition's index/constraint/trigger copy -> identity of its parent's."""
    return {r["identity"]: r["parent_identity"] for r in snapshot.rows.get("partitions", ()) if r["kind"] == kind}


def indexes_dropped_with_parent(
    changes: list[Change], current: Snapshot, desired: Snapshot, indexes: Mapping[str, str]
) -> Iterator[Change]:
    """A partition's index attached to its parent's goes with it when that is dropped (there is no
    DETACH for indexes), and so do the copies attached to it, level by level down a partition that
    is partitioned itself: one the desired schema keeps on its own is created again after.
    ``indexes``: the desired side's index definitions (of every index that may be one: on the light
    path those of ``PlainStructure.staying_copies``)."""
    touched = {c.identity for c in changes if c.kind == "index"}
    dropped = {c.identity for c in changes if c.kind == "index" and c.action is Action.DROP}
    dropped_tables = {c.identity for c in changes if c.kind == "table" and c.action is Action.DROP}
    created = {c.identity for c in changes if c.kind == "index" and c.action is Action.CREATE}
    still_attached = copies_of(desired, "index")
    attached = copies_of(current, "index")
    gone = set(dropped)
    while reached := {child for child, parent in attached.items() if parent in gone} - gone:
        gone |= reached  # (a copy's copies go with it)
    for child, parent in sorted(attached.items()):
        if (
            parent not in gone
            or parent in created
            or child in touched
            or child in still_attached
            or child not in indexes
        ):
            continue
        table = parent_of(current.catalog, "index", child)
        if table in dropped_tables:
            continue
        creation = Change("index", Action.CREATE, child, indexes[child], PHASE_RANK["indexes.create"])
        facts = table_facts(desired.catalog, table)
        # (a partition partitioned itself: without ONLY, its own partitions' copies are made with it)
        partitioned = facts is not None and facts.kind == "partitioned" and " ON ONLY " in creation.sql
        yield over_its_partitions(creation) if partitioned else creation
