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
- an index, key, foreign key, CHECK or row trigger of a partitioned table exists on every
  partition as a copy (``queries/render_partitions.sql``): PostgreSQL makes it when the
  parent's is created, or the partition created or attached, so migra's creation of the copy
  ("already exists") and its validation are left out; it goes with the parent's, its table or
  its parent table, so migra's drop of it is left out too ("cannot drop inherited
  constraint"). A detached partition keeps its index and constraint copies as its own (their
  drops wait for the DETACH) and loses its cloned triggers; a table to be attached gets the
  parent's CHECKs first, validated (ATTACH requires them);
- a partition that is itself partitioned is rendered ``partition by FOR VALUES …``: it is
  created from our catalog;
- a table that becomes partitioned, or stops being so, is dropped and created by migra
  (DATA_LOSS: no statement converts it in place), but the indexes, constraints and triggers
  migra finds unchanged were left out: all of them are created again with it;
- a parent's index dropped takes the partitions' attached indexes along (there is no DETACH
  for an index): one the desired schema keeps on its own is created again; a partition's
  index that exists but is not attached (the parent's made ``ON ONLY``, invalid) is attached
  (``ALTER INDEX … ATTACH PARTITION``), not rebuilt;
- before PostgreSQL 18 a foreign key of a partitioned table cannot be added NOT VALID: it
  is added validated.

Column defaults and NOT NULL of partitions: ``partition_columns``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from schemadiff.changes import Action, Change
from schemadiff.diff.partition_columns import partition_column_changes
from schemadiff.diff.partition_detach import detached_before_drop, without_shared_identities
from schemadiff.diff.partition_indexes import (
    copies_of,
    index_attachments,
    indexes_dropped_with_parent,
    over_its_partitions,
)
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import (
    key_index,
    parent_of,
    partition_of,
    quote_ident,
    quoted,
    referenced_table,
    table_facts,
    unquote_qualified,
)
from schemadiff.snapshot import Snapshot

DETACH_PHASE = PHASE_RANK[TABLES_PHASE_NAME] - 1
ATTACH_PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 4


def partition_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    yield from partition_attachments(current, desired)
    yield from partition_column_changes(current, desired)
    yield from index_attachments(current, desired)


def partition_attachments(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The tables detached, attached, or both (another bound), from the catalogs alone (the light
    families plan these, when nothing else of theirs differs: ``plain_structure``)."""
    for identity in sorted(current.catalog.of_kind("table").keys() & desired.catalog.of_kind("table").keys()):
        old, new = partition_of(current.catalog, identity), partition_of(desired.catalog, identity)
        if old == new:
            continue
        child = quoted(desired.catalog, identity)
        if old is not None:
            yield Change(
                "table", Action.ALTER, identity, f"alter table {old[0]} detach partition {child}", DETACH_PHASE
            )
        if new is not None:
            yield Change(
                "table", Action.ALTER, identity, f"alter table {new[0]} attach partition {child} {new[1]}", ATTACH_PHASE
            )


def _foreign_key(snapshot: Snapshot, constraint: str) -> bool:
    found = snapshot.catalog.get("constraint", constraint)
    return found is not None and found.definition.startswith("contype=f ")


def _new_partitions(current: Snapshot, desired: Snapshot) -> set[str]:
    """Tables that are partitions after this plan but were not before (created or attached)."""
    return {
        identity
        for identity in desired.catalog.of_kind("table")
        if partition_of(desired.catalog, identity) is not None and partition_of(current.catalog, identity) is None
    }


def _attached(current: Snapshot, desired: Snapshot) -> set[str]:
    """Tables that exist before this plan and become partitions through ATTACH."""
    return {
        identity for identity in _new_partitions(current, desired) if current.catalog.get("table", identity) is not None
    }


def _detached(current: Snapshot, desired: Snapshot) -> set[str]:
    """Partitions that this plan detaches (and keeps as tables)."""
    return {
        identity
        for identity in current.catalog.of_kind("table")
        if partition_of(current.catalog, identity) is not None
        and desired.catalog.get("table", identity) is not None
        and partition_of(desired.catalog, identity) != partition_of(current.catalog, identity)
    }


def fix_partition_changes(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    changes = _rebuilt(changes, current, desired)
    changes = _drops(changes, current, desired)
    changes = without_shared_identities(changes, current.catalog, _detached(current, desired))
    changes = detached_before_drop(changes, current.catalog, DETACH_PHASE)
    changes = _creations(changes, current, desired)
    changes = _copy_validations(changes, current, desired)
    changes = _partitioned_foreign_keys(changes, desired)
    indexes = {f"{i.schema}.{i.name}": i.create_statement.rstrip(";") for i in desired.inspector.indexes.values()}
    changes = changes + list(indexes_dropped_with_parent(changes, current, desired, indexes))
    parents = {
        f"{t.schema}.{t.name}": unquote_qualified(t.parent_table)
        for t in desired.inspector.tables.values()
        if t.parent_table
    }
    return _parents_first([_subpartition_create(c, desired) for c in changes], parents)


def fix_plain_partition_changes(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """:func:`fix_partition_changes` of the statements the light families write as migra does
    (``diff/plain_statements.py``), from the catalog and the render rows: ``plain_structure``
    leaves to migra's path what the other fixes read migra's inspector for (tables that become
    partitioned or stop being so, but for ``diff/plain_rebuilt.py``'s; columns of partitions
    partitioned themselves: ``plain_partitions.tree_columns``); the parents of new
    partitions are read from the catalog, the partitions' indexes created again after their
    parent's drop from the render rows (``PlainStructure.staying_copies``)."""
    changes = _drops(changes, current, desired)
    changes = without_shared_identities(changes, current.catalog, _detached(current, desired))
    changes = detached_before_drop(changes, current.catalog, DETACH_PHASE)
    changes = _creations(changes, current, desired)
    changes = _copy_validations(changes, current, desired)
    changes = _partitioned_foreign_keys(changes, desired)
    indexes = {r["identity"]: str(r["definition"]) for r in desired.rows.get("indexes", ())}  # (scoped: light_rows)
    changes = changes + list(indexes_dropped_with_parent(changes, current, desired, indexes))
    created = (c.identity for c in changes if c.kind == "table" and c.action is Action.CREATE)
    parents = {t: unquote_qualified(found[0]) for t in created if (found := partition_of(desired.catalog, t))}
    return _parents_first(changes, parents)


def fix_rebuilt_index_changes(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """The indexes family's drops and creations (``diff/indexes.py``, and its place on the light
    path) corrected as migra's are when one is a partitioned table's index: its partitions' copies
    go with its drop, and its creation is written without ``ONLY`` (created ``ON ONLY``, it would
    stay invalid, its partitions' indexes not attached), after the partitions' own."""
    if not any(
        _is_partitioned(side, parent_of(side.catalog, "index", c.identity))
        for c in changes
        for side in (current, desired)
        if side.catalog.get("index", c.identity) is not None
    ):
        return changes
    return _creations(_drops(changes, current, desired), current, desired)


def _parents_first(changes: list[Change], parents: Mapping[str, str]) -> list[Change]:
    """migra creates new tables in name order, so a partition (or inheritance child) whose
    name sorts before its new parent's came first and failed: such a table, and what
    migra plans for it right after (RLS), wait for the parent's creation. ``parents``: table
    -> its parent (migra's inspector says, or the catalog on the light path)."""
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


_COPY_KINDS = ("index", "constraint", "trigger")


def rebuilt_tables(current: Snapshot, desired: Snapshot) -> set[str]:
    """Tables that become partitioned or stop being partitioned: no ALTER does that, migra drops
    and creates them (DATA_LOSS), and with them go their indexes, constraints and triggers."""
    return {
        identity
        for identity, obj in desired.catalog.of_kind("table").items()
        if (old := current.catalog.get("table", identity)) is not None
        and (old.definition.startswith("partitioned")) != (obj.definition.startswith("partitioned"))
    }


def _rebuilt(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """The indexes, constraints and triggers of a rebuilt table are all created again after it
    (migra leaves out those it finds unchanged); their drops go with the table's."""
    rebuilt = rebuilt_tables(current, desired)
    if not rebuilt:
        return changes

    def on_rebuilt(change: Change, snapshot: Snapshot) -> bool:
        return change.kind in _COPY_KINDS and parent_of(snapshot.catalog, change.kind, change.identity) in rebuilt

    kept = [
        c
        for c in changes
        if not (c.action is Action.DROP and on_rebuilt(c, current))
        and not (c.action is not Action.DROP and on_rebuilt(c, desired))
    ]
    for index in sorted(desired.inspector.indexes.values(), key=lambda i: (i.schema, i.name)):
        identity = f"{index.schema}.{index.name}"
        if index.constraint is None and parent_of(desired.catalog, "index", identity) in rebuilt:
            kept.append(
                Change(
                    "index", Action.CREATE, identity, index.create_statement.rstrip(";"), PHASE_RANK["indexes.create"]
                )
            )
    for constraint in sorted(desired.inspector.constraints.values(), key=lambda c: (c.schema, c.table_name, c.name)):
        table = f"{constraint.schema}.{constraint.table_name}"
        if table in rebuilt:
            phase = PHASE_RANK[
                "pk_constraints.create" if constraint.constraint_type == "PRIMARY KEY" else "constraints.create"
            ]
            sql = f"alter table {constraint.quoted_full_table_name} add constraint {constraint.quoted_name} {constraint.definition}"
            kept.append(Change("constraint", Action.CREATE, f"{table}.{constraint.name}", sql, phase))
    for trigger in sorted(desired.inspector.triggers.values(), key=lambda t: (t.schema, t.table_name, t.name)):
        if f"{trigger.schema}.{trigger.table_name}" in rebuilt:
            # (one that fires otherwise than by default: its ALTER TABLE apart, as migra_fixes._trigger_states)
            create, _, alter = trigger.create_statement.strip().rstrip(";").partition(";\nALTER TABLE ")
            identity, phase = f"{trigger.schema}.{trigger.table_name}.{trigger.name}", PHASE_RANK["triggers.create"]
            kept.append(Change("trigger", Action.CREATE, identity, create, phase))
            if alter:
                kept.append(Change("trigger", Action.ALTER, identity, "ALTER TABLE " + alter, phase))
    return kept


def _drops(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """A copy goes with its parent's object, with its table, or with its parent table: its own
    drop fails (it no longer exists, or "cannot drop inherited constraint"). So does a foreign
    key's copy whenever its table stays attached: one per partition of the table it references,
    on the referencing table, goes with that partition or with its parent's. A partition that is
    detached keeps its index and constraint copies as its own (they are dropped after the
    detach, if at all, also where its parent's are dropped: those drops follow theirs) and loses
    its cloned triggers."""
    dropped = {(c.kind, c.identity) for c in changes if c.action is Action.DROP}
    dropped_tables = {identity for kind, identity in dropped if kind == "table"}
    detached = _detached(current, desired)
    copies = {kind: copies_of(current, kind) for kind in _COPY_KINDS}

    def goes_with_parent(change: Change) -> bool:
        if change.action is not Action.DROP:
            return False
        if change.kind == "table":
            partition = partition_of(current.catalog, change.identity)
            return partition is not None and unquote_qualified(partition[0]) in dropped_tables
        parent = copies.get(change.kind, {}).get(change.identity)
        if parent is None:
            return False
        own_table = parent_of(current.catalog, change.kind, change.identity)
        if own_table in detached and change.kind in ("index", "constraint"):
            return False  # (its own once detached, before its parent's go: ordering's partition copy edges)
        if _foreign_key(current, change.identity):
            return True  # (it goes with its parent's, or with the partition it references: a clone on the referencing side)
        return (
            (change.kind, parent) in dropped
            or parent_of(current.catalog, change.kind, parent) in dropped_tables
            or own_table in dropped_tables
            or (change.kind == "trigger" and own_table in detached)
        )

    kept = [c for c in changes if not goes_with_parent(c)]
    # a partition whose parent is dropped goes with it, and so do its own indexes/constraints
    gone = dropped_tables - {c.identity for c in kept if c.kind == "table" and c.action is Action.DROP}
    kept = [
        c
        for c in kept
        if not (
            c.action is Action.DROP and c.kind in _COPY_KINDS and parent_of(current.catalog, c.kind, c.identity) in gone
        )
    ]
    return [
        replace(c, phase=DETACH_PHASE + 1)
        if c.action is Action.DROP
        and c.kind in ("index", "constraint")
        and c.identity in copies[c.kind]
        and parent_of(current.catalog, c.kind, c.identity) in detached
        else c
        for c in kept
    ]


def _creations(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    child_indexes = copies_of(desired, "index")
    copies = {"constraint": copies_of(desired, "constraint"), "trigger": copies_of(desired, "trigger")}
    dropped = {(c.kind, c.identity) for c in changes if c.action is Action.DROP}
    created = {c.identity for c in changes if c.kind == "table" and c.action is Action.CREATE}
    # (and those dropped and created again: a partition that becomes partitioned or stops being so)
    new_partitions = _new_partitions(current, desired) | {t for t in created if partition_of(desired.catalog, t)}
    attached = _attached(current, desired)

    def exists_before(kind: str, identity: str) -> bool:
        return current.catalog.get(kind, identity) is not None and (kind, identity) not in dropped

    def made_with_partition(index: str) -> bool:
        """A new partition's copy of its parent's index that exists, or that PostgreSQL makes so
        itself (a partition of a new partition that is partitioned itself: the chain of copies;
        also below a partitioned table attached, whose partitions stay its own)."""
        parent = child_indexes.get(index)
        if parent is None:
            return False
        if parent_of(desired.catalog, "index", index) not in new_partitions:
            return not exists_before("index", index) and made_with_partition(parent)
        return exists_before("index", parent) or made_with_partition(parent)

    # constraints of partitioned tables that migra adds USING INDEX
    keyed = {
        c.identity
        for c in changes
        if c.kind == "constraint"
        and c.action is Action.CREATE
        and " using index " in c.sql
        and _is_partitioned(desired, parent_of(desired.catalog, "constraint", c.identity))
    }
    keyed_indexes = {key_index(desired.catalog, identity) for identity in keyed}

    fixed = []
    for change in changes:
        if change.action is Action.CREATE and change.kind == "index":
            parent = child_indexes.get(change.identity)
            if change.identity in keyed_indexes or (parent in keyed_indexes):
                continue  # created by ADD CONSTRAINT on the parent
            if made_with_partition(change.identity):
                continue  # PostgreSQL creates it with the partition
            if (
                _is_partitioned(desired, parent_of(desired.catalog, "index", change.identity))
                and " ON ONLY " in change.sql
            ):
                change = over_its_partitions(change)
        elif change.action is Action.CREATE and change.kind in copies:
            table = parent_of(desired.catalog, change.kind, change.identity)
            parent = copies[change.kind].get(change.identity)
            if change.kind == "constraint" and table in attached and " CHECK " in change.sql:
                # ATTACH needs the table to have it, validated
                change = replace(change, sql=change.sql.removesuffix(" not valid"), phase=ATTACH_PHASE - 1)
            elif parent is not None and desired.catalog.get(change.kind, parent) is not None:
                continue  # created by the parent's statement, or by CREATE/ATTACH PARTITION
            elif change.kind == "constraint" and change.identity in keyed:
                change = replace(change, sql=_add_constraint(change, desired))
        fixed.append(change)
    return fixed


def _copy_validations(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra adds a foreign key or CHECK ``not valid`` and then validates it: on a copy whose
    creation was left out (the parent's creates it, validated), the validation is left out too."""
    creates = [c for c in changes if c.kind == "constraint" and c.action is Action.CREATE]
    not_valid = {c.identity for c in creates if c.sql.endswith(" not valid")}
    needless = {c.identity for c in creates if c.identity not in not_valid}  # e.g. a CHECK added before ATTACH
    needless |= {identity for identity in copies_of(desired, "constraint") if identity not in not_valid}
    return [
        c
        for c in changes
        if not (
            c.kind == "constraint"
            and c.action is Action.ALTER
            and " validate constraint " in c.sql
            and c.identity in needless
        )
    ]


def _partitioned_foreign_keys(changes: list[Change], desired: Snapshot) -> list[Change]:
    """Before PostgreSQL 18 a foreign key of a partitioned table cannot be added NOT VALID, and
    one that references a partitioned table, added NOT VALID, stays so in the copies made for the
    referenced table's partitions when it is validated (seen on 15): either is added validated,
    in one statement."""
    if desired.major >= 18:
        return changes
    plain = {
        c.identity
        for c in changes
        if c.kind == "constraint"
        and c.action is Action.CREATE
        and " FOREIGN KEY " in c.sql
        and c.sql.endswith(" not valid")
        and (
            _is_partitioned(desired, parent_of(desired.catalog, "constraint", c.identity))
            or _is_partitioned(desired, _referenced(desired, c.identity) or "")
        )
    }
    return [
        replace(c, sql=c.sql.removesuffix(" not valid")) if c.action is Action.CREATE and c.identity in plain else c
        for c in changes
        if not (
            c.kind == "constraint"
            and c.action is Action.ALTER
            and c.identity in plain
            and " validate constraint " in c.sql
        )
    ]


def _referenced(snapshot: Snapshot, constraint: str) -> str | None:
    found = snapshot.catalog.get("constraint", constraint)
    return referenced_table(found.definition) if found is not None else None


def _is_partitioned(snapshot: Snapshot, table: str) -> bool:
    facts = table_facts(snapshot.catalog, table)
    return facts is not None and facts.kind == "partitioned"


def _add_constraint(change: Change, desired: Snapshot) -> str:
    """A key of a partitioned table added with its definition (``pg_get_constraintdef``, from
    ``render_constraints.sql``), not USING INDEX."""
    table = parent_of(desired.catalog, "constraint", change.identity)
    name = change.identity[len(table) + 1 :]
    row = next(r for r in desired.rows.get("constraints", ()) if r["identity"] == change.identity)
    return f"alter table {quoted(desired.catalog, table)} add constraint {quote_ident(name)} {row['definition']}"


def _subpartition_create(change: Change, desired: Snapshot) -> Change:
    if change.kind != "table" or change.action is not Action.CREATE:
        return change
    facts = table_facts(desired.catalog, change.identity)
    if facts is None or facts.kind != "partitioned" or facts.parent is None:
        return change
    name = quoted(desired.catalog, change.identity)
    return replace(
        change, sql=f"create table {name} partition of {facts.parent} {facts.bound} partition by {facts.partition_key}"
    )
