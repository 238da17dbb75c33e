"""Partitioned tables and their partitions, new or dropped, and the indexes, constraints,
triggers and policies of those that stay, planned without migra's inspector: a part of
:mod:`schemadiff.diff.plain_structure` (which says when they are plain).

A new time range or list value gets its partition: the most common change to a partitioned
table. migra writes ``create table <partition> partition of <parent> <bound>`` (no columns: the
parent's) and ``drop table <partition>``; a new partitioned table (not a partition itself) is a
table created with ``partition by <key>`` after its columns, before its partitions (migra
creates tables in name order; the partitions family holds a partition back until its new
parent is created, on this path too). Here the same, when each partition is a plain leaf (a
heap table, logged, no storage parameters, not partitioned itself) or a partition partitioned
itself (created ``partition of`` its parent ``partition by`` its key, as the partitions family
writes it), with its parent's columns (a default or a NOT NULL of its own is set after it by the
partition columns family, ``diff/partition_columns.py``, as on migra's path), and its parent is
partitioned and either the same on both sides and not a partition, or new or dropped with it.

The indexes, constraints and triggers of those tables, and of partitioned tables and their
partitions (leaves, or partitioned themselves) that stay the same (:func:`kept_tree_table`), are
written as any table's, as migra writes them, then corrected as the partitions family corrects
migra's (``partitions.fix_plain_partition_changes``): the copies of a parent's index, constraint or
trigger that PostgreSQL makes with the partition or with the parent's get no statement, a
partitioned table's index is created without ``ONLY`` after its partitions', its keys with their
definition, and what goes with a dropped table or a dropped parent's object is not dropped
again; a partitioned table's index dropped takes its partitions' copies along, and one the
desired side keeps on its own is created again (:func:`staying_copies`); one made ``ON ONLY`` that
becomes valid gets its partitions' indexes attached (:func:`completed_indexes`). A column of such
a partitioned table added, dropped, or given another default or NOT NULL is planned as any
table's; its partitions' follow it, level by level, with no statement of their own
(:func:`tree_columns`), but where a partition has a default or a NOT NULL
of its own, before or after: the partition columns family sets what the parent's statement does
not leave as desired (``PlainStructure.partition_columns``: the columns whose rows it reads).
"""

from __future__ import annotations

import re
from collections.abc import Set

from schemadiff.catalog import INVALID_FLAG, Catalog, CatalogObject
from schemadiff.diff.plain_columns import GENERATION, identity_of, type_and_collation, without_identity
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.diff.readers import partition_of, referenced_table
from schemadiff.quoting import QUALIFIED_NAME, qualified_parts, unquote_qualified

# (queries/table.sql) a plain leaf partition: its parent's quoted name, its bound
_LEAF = re.compile(
    rf"ordinary partition of (?P<parent>{QUALIFIED_NAME}) (?P<bound>.+) using heap replica identity d", re.S
)
# (queries/table.sql) a plain table: heap, logged, no storage parameters, not inheriting
PLAIN_TABLE = "ordinary using heap replica identity d"
# (queries/table.sql) a partitioned table that is not a partition: its partition key
_ROOT = re.compile(r"partitioned partition by (?P<key>(?:(?! partition of ).)+) replica identity d", re.S)
# (queries/table.sql) a partition that is partitioned itself: its key, its parent's quoted name, its bound
_MID = re.compile(
    rf"partitioned partition by (?P<key>(?:(?! partition of ).)+) partition of (?P<parent>{QUALIFIED_NAME}) "
    r"(?P<bound>.+) replica identity d",
    re.S,
)


def plain_partitions(
    added: tuple[CatalogObject, ...], dropped: tuple[CatalogObject, ...], current: Catalog, desired: Catalog
) -> frozenset[str] | None:
    """The identities of the partitioned tables and partitions among the new tables ``added`` and
    the dropped ``dropped``; None when one of them is not plain (see the module's docstring)."""
    parents: dict[str, tuple[str, Catalog]] = {}  # partition -> its parent, and the side it is on
    roots: dict[str, Catalog] = {}
    for side, tables in ((desired, added), (current, dropped)):
        names = {t.identity for t in tables}
        for table in tables:
            if _ROOT.fullmatch(table.definition):
                roots[table.identity] = side
                continue
            if " partition of " in table.definition or table.definition.startswith("partitioned "):
                parent = member_parent(table)
                if parent is None:
                    return None
                if not (parent in names and _is_parent(side, parent) or _kept_root(current, desired, parent)):
                    return None  # (a new one's parent is new with it, or a partitioned table that stays)
                parents[table.identity] = (parent, side)
    if not parents and not roots:
        return frozenset()
    for side in (current, desired):
        mine = {t for t, (_, s) in parents.items() if s is side}
        if not mine:
            continue
        wanted = mine | {parents[t][0] for t in mine}
        columns: dict[str, dict[str, CatalogObject]] = {}
        for column in side.of_kind("column").values():
            if column.parent in wanted:
                columns.setdefault(column.parent, {})[column.identity[len(column.parent) + 1 :]] = column
        for partition in mine:
            own, theirs = columns.get(partition, {}), columns.get(parents[partition][0], {})
            if own.keys() != theirs.keys() or not all(_as_parent_has_it(own[n], theirs[n]) for n in own):
                return None
    return frozenset(parents.keys() | roots.keys())


def _is_root(catalog: Catalog, table: str) -> bool:
    obj = catalog.get("table", table)
    return obj is not None and _ROOT.fullmatch(obj.definition) is not None


def _is_parent(catalog: Catalog, table: str) -> bool:
    """Whether ``table`` is partitioned: not a partition, or a partition partitioned itself."""
    obj = catalog.get("table", table)
    return obj is not None and (_ROOT.fullmatch(obj.definition) or _MID.fullmatch(obj.definition)) is not None


def _kept_root(current: Catalog, desired: Catalog, table: str) -> bool:
    """Whether ``table`` is a partitioned table that is not a partition, the same on both sides."""
    return _is_root(current, table) and current.get("table", table) == desired.get("table", table)


def leaf_parent(table: CatalogObject) -> str | None:
    """The identity of the parent of ``table`` when it is a plain leaf partition (its name without
    a dot), else None."""
    return _parent_in(_LEAF.fullmatch(table.definition))


def member_parent(table: CatalogObject) -> str | None:
    """The identity of the parent of ``table`` when it is a plain leaf partition or a partition
    partitioned itself (its parent's name without a dot), else None."""
    return _parent_in(_LEAF.fullmatch(table.definition) or _MID.fullmatch(table.definition))


def _parent_in(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    parts = qualified_parts(match["parent"])
    if len(parts) != 2 or any("." in part for part in parts):
        return None  # (a dotted name: its parts are unknown)
    return ".".join(parts)


def partition_creation(table: CatalogObject) -> str:
    """migra's ``create table`` of the leaf partition ``table`` (see :func:`leaf_parent`)."""
    match = _LEAF.fullmatch(table.definition)
    assert match is not None
    return (
        f"create table {quoted_relation(*table.identity.split('.', 1))} partition of "
        f"{quoted_relation(*qualified_parts(match['parent']))} {match['bound']}"
    )


def subpartition_creation(table: CatalogObject) -> str | None:
    """The ``create table`` of a partition that is partitioned itself (``partition of`` its parent,
    its bound, ``partition by`` its key), as the partitions family writes it
    (``partitions._subpartition_create``); None for another table."""
    match = _MID.fullmatch(table.definition)
    if match is None:
        return None
    name = quoted_relation(*table.identity.split(".", 1))
    return f"create table {name} partition of {match['parent']} {match['bound']} partition by {match['key']}"


def partition_key(table: CatalogObject) -> str | None:
    """``partition by <key>`` of a partitioned table that is not a partition, else None."""
    match = _ROOT.fullmatch(table.definition)
    return f"partition by {match['key']}" if match else None


def kept_tree_table(current: Catalog, desired: Catalog, table: str, *, depth: int = 0) -> bool:
    """Whether ``table`` is the same on both sides and a partitioned table that is not a
    partition, or a plain leaf partition or a partition partitioned itself of such a table (or of
    such a partition): its indexes, constraints, triggers and policies are planned as any table's,
    then corrected as the partitions family corrects migra's (PostgreSQL makes a parent's copies
    on every level below it, with no statement of their own)."""
    before, after = current.get("table", table), desired.get("table", table)
    if before is None or before != after or table.count(".") != 1 or depth > _DEEPEST:
        return False
    if _ROOT.fullmatch(after.definition):
        return True
    parent = member_parent(after)
    return (
        parent is not None
        and _is_parent(current, parent)
        and kept_tree_table(current, desired, parent, depth=depth + 1)
    )


# levels of partitions under a partitioned table that :func:`kept_tree_table` follows up (a guard
# against a catalog whose parents loop, which PostgreSQL's own never do)
_DEEPEST = 32


def rebuilt_table(before: CatalogObject, after: CatalogObject) -> bool:
    """Whether a table (its name without a dot) becomes partitioned or stops being so: an ordinary
    heap table (logged, no storage parameters, not inheriting) on one side and a partitioned table
    that is not a partition on the other, or a plain leaf partition on one side and a partition
    partitioned itself on the other, of one parent and bound. It is dropped and created again
    (``diff/plain_rebuilt.py``)."""
    if before.identity.count(".") != 1:
        return False  # (a dotted name: its parts are unknown)
    shapes = {_shape(t) for t in (before, after)}
    if shapes == {("plain", ""), ("root", "")}:
        return True
    kinds, places = {s[0] for s in shapes if s}, {s[1] for s in shapes if s}
    return None not in shapes and kinds == {"leaf", "mid"} and len(places) == 1


def _shape(table: CatalogObject) -> tuple[str, str] | None:
    """What ``table`` is, for :func:`rebuilt_table`: plain, root, leaf or mid (a partition
    partitioned itself), with its parent and bound for a partition."""
    if table.definition == PLAIN_TABLE:
        return "plain", ""
    if _ROOT.fullmatch(table.definition):
        return "root", ""
    for kind, pattern in (("leaf", _LEAF), ("mid", _MID)):
        if (match := pattern.fullmatch(table.definition)) is not None:
            return kind, f"{match['parent']} {match['bound']}"
    return None


def repartitioned_table(current: Catalog, desired: Catalog, table: str) -> bool:
    """Whether ``table``, on both sides, is attached, detached, or moved to another bound, and
    nothing else of it changes: on each side a plain table (heap, logged, no storage parameters,
    not inheriting) or a plain leaf partition of a partitioned table that is the same on both
    sides (the partitions family's ``ALTER TABLE … ATTACH/DETACH PARTITION``)."""
    before, after = current.get("table", table), desired.get("table", table)
    if before is None or after is None or before == after or table.count(".") != 1:
        return False  # (a dotted name: its parts are unknown)
    for found in (before, after):
        if found.definition == PLAIN_TABLE:
            continue
        parent = leaf_parent(found)
        if parent is None or not _kept_root(current, desired, parent):
            return False
    return True


# (pg_get_triggerdef) a row trigger: its head (name, timing, events), its table, the rest
_ROW_TRIGGER = re.compile(
    rf"(?P<head>CREATE TRIGGER .+?) ON (?P<table>{QUALIFIED_NAME}) (?P<rest>(?:.* )?FOR EACH ROW .+)", re.S
)


def trigger_clones(current: Catalog, desired: Catalog, repartitioned: Set[str]) -> frozenset[str]:
    """The triggers of the ``repartitioned`` tables that are only on the side where the table is
    a partition, the same as its parent's row trigger of their name there (but for the table):
    that trigger's clone, which ATTACH PARTITION makes and DETACH PARTITION drops, with no
    statement of its own (``partitions._drops``, ``_creations``)."""
    found = set()
    for table in repartitioned:
        for side, other in ((current, desired), (desired, current)):
            found_table = side.get("table", table)
            parent = None if found_table is None else leaf_parent(found_table)
            if parent is None:
                continue
            for identity, trigger in side.of_kind("trigger").items():
                if trigger.parent != table or other.get("trigger", identity) is not None:
                    continue
                parents = side.get("trigger", f"{parent}.{identity[len(table) + 1 :]}")
                cloned = None if parents is None else _row_trigger(parents, parent)
                if cloned is not None and _row_trigger(trigger, table) == cloned:
                    found.add(identity)
    return frozenset(found)


def _row_trigger(trigger: CatalogObject, table: str) -> tuple[str, str] | None:
    """A row trigger's definition without its table (when it names ``table``), else None."""
    match = _ROW_TRIGGER.fullmatch(trigger.definition)
    if match is None or unquote_qualified(match["table"]) != table:
        return None
    return match["head"], match["rest"]


def staying_copies(current: Catalog, desired: Catalog, dropped_indexes: tuple[CatalogObject, ...]) -> frozenset[str]:
    """The indexes, the same on both sides, of the partitions of a partitioned table that the
    desired side keeps, and one of whose indexes is among ``dropped_indexes``: a
    copy of the dropped one among them goes with it (there is no DETACH for an index) and, kept on
    its own by the desired side, is created again (``partitions.indexes_dropped_with_parent``, which reads the
    partitions' rows to know which are copies; these are the indexes whose rows it may need).
    Partitions partitioned themselves are followed down: a copy's copies go with it."""
    roots = {i.parent for i in dropped_indexes if _is_parent(current, i.parent) and desired.get("table", i.parent)}
    if not roots:
        return frozenset()
    partitions = _partitions_of(current, roots)
    below = partitions
    while below:  # (and the partitions of those partitioned themselves, level by level)
        below = _partitions_of(current, below) - partitions
        partitions |= below
    return frozenset(
        identity
        for identity, index in current.of_kind("index").items()
        if index.parent in partitions and desired.get("index", identity) == index
    )


def _partitions_of(catalog: Catalog, parents: Set[str]) -> set[str]:
    """The tables of ``catalog`` that are partitions of one of ``parents`` (any kind of partition)."""
    return {
        t for t in catalog.of_kind("table") if (p := partition_of(catalog, t)) and unquote_qualified(p[0]) in parents
    }


def completed_indexes(
    current: Catalog, desired: Catalog, changed: tuple[CatalogObject, ...], differing_tables: Set[str]
) -> frozenset[str]:
    """Of the indexes ``changed`` (as desired has them), those of a partitioned table that is not a
    partition, kept the same, that only become valid: made ``ON ONLY`` with their partitions'
    indexes not all attached (or not all there) before, all attached after. The partitions family
    attaches them (``partition_indexes.index_attachments``; a new one after its creation), when
    every partition of the table is a plain leaf kept the same on both sides, none of whose indexes
    is dropped or changed (``differing_tables``: the tables of the indexes dropped or changed)."""
    found = set()
    for index in changed:
        before = current.get("index", index.identity)
        if (
            before is None
            or INVALID_FLAG not in before.definition
            or before.definition.replace(INVALID_FLAG, "", 1) != index.definition
            or not _kept_root(current, desired, index.parent)
        ):
            continue
        partitions = [_partitions_of(side, {index.parent}) for side in (current, desired)]
        if partitions[0] == partitions[1] and all(
            t not in differing_tables
            and kept_tree_table(current, desired, t)
            and leaf_parent(current.of_kind("table")[t]) is not None
            for t in partitions[0]
        ):
            found.add(index.identity)
    return frozenset(found)


def tree_columns(
    current: Catalog, desired: Catalog, columns: tuple[CatalogObject, ...]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """Of ``columns`` (added, dropped or changed, as either side has them), the identities of
    those of kept partitioned tables that are not partitions (:func:`kept_tree_table`), planned as
    any table's; of those of their kept partitions (leaves, or partitioned themselves: each
    compared with its own parent's) that change just as their parent's column of that name does
    (PostgreSQL adds, drops and alters them with it: no statement of their own); and of those of such partitions that differ from their parent's, on either side,
    in their default or NOT NULL alone (the partition columns family's,
    ``diff/partition_columns.py``). None when a column of a kept partitioned table or partition
    differs otherwise, or is generated or an identity on either side."""
    roots: set[str] = set()
    followers: set[str] = set()
    own: set[str] = set()
    for column in columns:
        table = column.parent
        if not kept_tree_table(current, desired, table):
            continue
        sides = (current.get("column", column.identity), desired.get("column", column.identity))
        if any(c is not None and (GENERATION in c.definition or identity_of(c)) for c in sides):
            return None
        table_object = desired.get("table", table)
        assert table_object is not None
        parent = member_parent(table_object)  # (a leaf, or a partition partitioned itself: its partitions follow it)
        if parent is None:  # (a partitioned table that is not a partition)
            roots.add(column.identity)
            continue
        of_parent = f"{parent}.{column.identity[len(table) + 1 :]}"
        pairs = [
            (catalog.get("column", column.identity), catalog.get("column", of_parent)) for catalog in (current, desired)
        ]
        if all(_definition(mine) == _definition(theirs) for mine, theirs in pairs):
            followers.add(column.identity)
        elif all(_same_but_default_or_not_null(mine, theirs) for mine, theirs in pairs):
            own.add(column.identity)
        else:
            return None
    return frozenset(roots), frozenset(followers), frozenset(own)


def detached_tables(current: Catalog, desired: Catalog, repartitioned: Set[str]) -> frozenset[str]:
    """Of the ``repartitioned`` tables, those a plain table after the plan (detached): their
    columns' changes are any table's, made after the DETACH."""
    return frozenset(
        table
        for table in repartitioned
        if (after := desired.get("table", table)) is not None and after.definition == PLAIN_TABLE
    )


def attached_columns(
    current: Catalog, desired: Catalog, repartitioned: Set[str], columns: tuple[CatalogObject, ...]
) -> frozenset[str] | None:
    """Of ``columns`` (added, dropped or changed, as either side has them), the identities of those
    of ``repartitioned`` tables that become partitions (a plain table before): the partition
    columns family adds, retypes, drops them and sets their defaults and NOT NULLs before the
    ATTACH (``diff/partition_columns.py``, as on migra's path). None when one that both sides have
    is generated or an identity before, or is generated or retyped after (the family does not plan
    a generation; what reads a retyped column is carried around it on migra's path); an identity
    it only takes from its parent on ATTACH (PostgreSQL 17 and later) is not."""
    joining = {
        table
        for table in repartitioned
        if (before := current.get("table", table)) is not None
        and before.definition == PLAIN_TABLE
        and (after := desired.get("table", table)) is not None
        and leaf_parent(after) is not None
    }
    found = set()
    for column in columns:
        if column.parent not in joining:
            continue
        before_column, after_column = current.get("column", column.identity), desired.get("column", column.identity)
        if before_column is not None and after_column is not None:
            if identity_of(before_column) or GENERATION in before_column.definition:
                return None
            if GENERATION in after_column.definition or type_and_collation(before_column) != type_and_collation(
                after_column
            ):
                return None  # (a retyped one: what reads it is carried around it on migra's path)
        found.add(column.identity)
    return frozenset(found)


def _as_parent_has_it(mine: CatalogObject, theirs: CatalogObject) -> bool:
    """Whether a new partition's column is its parent's: the same, not generated (an identity too:
    PostgreSQL 17 makes the partitions' identity columns share their parent's sequence), the
    parent's identity without the identity (before 17, which leaves it to the parent), or the same
    but in its default or NOT NULL (:func:`_same_but_default_or_not_null`)."""
    if mine.definition == theirs.definition and GENERATION not in mine.definition:
        return True
    if _same_but_default_or_not_null(mine, theirs):
        return True
    return bool(identity_of(theirs)) and not identity_of(mine) and mine.definition == without_identity(theirs)


def _same_but_default_or_not_null(mine: CatalogObject | None, theirs: CatalogObject | None) -> bool:
    """Whether a partition's column and its parent's (on one side) are both absent, or both there,
    neither generated nor an identity, of one type and collation."""
    if mine is None or theirs is None:
        return mine is None and theirs is None
    if any(GENERATION in c.definition or identity_of(c) for c in (mine, theirs)):
        return False
    return type_and_collation(mine) == type_and_collation(theirs)


def _definition(column: CatalogObject | None) -> str | None:
    return column.definition if column is not None else None


def references_partitioned(constraints: tuple[CatalogObject, ...], current: Catalog, desired: Catalog) -> bool:
    """Whether one of ``constraints`` (as one side has it) is a foreign key that references a
    partitioned table: PostgreSQL gives it a copy per partition of that table, on its own table
    (``render_partitions.sql``), made and dropped with it (the partitions family's fixes)."""
    for constraint in constraints:
        table = referenced_table(constraint.definition)
        if table and any(
            (found := side.get("table", table)) is not None and found.definition.startswith("partitioned")
            for side in (current, desired)
        ):
            return True
    return False
