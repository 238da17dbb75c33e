"""Partitioned tables and their partitions, new or dropped, planned without migra's inspector: a
part of :mod:`schemadiff.diff.plain_structure` (which says when they are plain).

A new time range or list value gets its partition: the most common change to a partitioned
table. migra writes ``create table <partition> partition of <parent> <bound>`` (no columns: the
parent's), and ``drop table <partition>``; the partitions family leaves out migra's statements
for the partition's copies of its parent's indexes, constraints and triggers (PostgreSQL makes
them with the partition and drops them with it: ``queries/render_partitions.sql``). Here the
same, when the partition is a plain leaf (a heap table, logged, no storage parameters, not
partitioned itself) and has its parent's columns, as they are (a default or a NOT NULL of its
own is the partition columns family's, on migra's path), and its parent is partitioned and
either the same on both sides, or new or dropped with it.

A new partitioned table (not a partition itself) is created as a plain table with ``partition by
<key>`` after its columns, before its partitions (migra creates tables in name order; the
partitions family holds a partition back until its new parent is created). It and its new
partitions have no index, constraint or trigger then (the partitions family rewrites migra's for
them). A dropped one is dropped with ``drop table``; its partitions go with it, and so do their
indexes, constraints and triggers (no statement of their own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.quoting import QUALIFIED_NAME, qualified_parts
from schemadiff.snapshot import Snapshot

# (queries/table.sql) a plain leaf partition: its parent's quoted name, its bound
_LEAF = re.compile(
    rf"ordinary partition of (?P<parent>{QUALIFIED_NAME}) (?P<bound>.+) using heap replica identity d", re.S
)
# (queries/table.sql) a partitioned table that is not a partition: its partition key
_ROOT = re.compile(r"partitioned partition by (?P<key>(?:(?! partition of ).)+) replica identity d", re.S)
_MEMBER_KINDS = ("index", "constraint", "trigger")


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
                parent = leaf_parent(table)
                if parent is None:
                    return None
                if not (parent in names and _is_root(side, parent) or _kept_partitioned(current, desired, parent)):
                    return None
                parents[table.identity] = (parent, side)
    if not parents and not roots:
        return frozenset()
    for side in (current, desired):
        mine = {t for t, (_, s) in parents.items() if s is side}
        wanted = mine | {parents[t][0] for t in mine}
        columns: dict[str, dict[str, str]] = {}
        for column in side.of_kind("column").values():
            if column.parent in wanted:
                columns.setdefault(column.parent, {})[column.identity[len(column.parent) + 1 :]] = column.definition
        if any(columns.get(t) != columns.get(parents[t][0]) for t in mine):
            return None
    new_trees = {t for t, side in roots.items() if side is desired} | {
        t for t, (parent, side) in parents.items() if side is desired and parent in roots
    }
    if new_trees and any(obj.parent in new_trees for kind in _MEMBER_KINDS for obj in desired.of_kind(kind).values()):
        return None  # (the partitions family rewrites migra's statements for them)
    return frozenset(parents.keys() | roots.keys())


def _is_root(catalog: Catalog, table: str) -> bool:
    obj = catalog.get("table", table)
    return obj is not None and _ROOT.fullmatch(obj.definition) is not None


def _kept_partitioned(current: Catalog, desired: Catalog, table: str) -> bool:
    before, after = current.get("table", table), desired.get("table", table)
    return before is not None and before == after and after.definition.startswith("partitioned ")


def leaf_parent(table: CatalogObject) -> str | None:
    """The identity of the parent of ``table`` when it is a plain leaf partition (its name without
    a dot), else None."""
    match = _LEAF.fullmatch(table.definition)
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


def partition_key(table: CatalogObject) -> str | None:
    """``partition by <key>`` of a partitioned table that is not a partition, else None."""
    match = _ROOT.fullmatch(table.definition)
    return f"partition by {match['key']}" if match else None


def parents_first(tables: list[CatalogObject]) -> Iterator[CatalogObject]:
    """``tables`` (new, in migra's order), each partition whose new parent comes later held back
    until right after it (as the partitions family orders migra's creations)."""
    new = {t.identity for t in tables}
    done: set[str] = set()
    waiting: dict[str, list[CatalogObject]] = {}

    def emit(table: CatalogObject) -> Iterator[CatalogObject]:
        yield table
        done.add(table.identity)
        for later in waiting.pop(table.identity, []):
            yield from emit(later)

    for table in tables:
        parent = leaf_parent(table)
        if parent in new and parent not in done:
            waiting.setdefault(parent, []).append(table)
        else:
            yield from emit(table)


def gone_with_parent(dropped: tuple[CatalogObject, ...]) -> frozenset[str]:
    """The partitions among ``dropped`` whose parent is dropped too (they go with it)."""
    names = {t.identity for t in dropped}
    return frozenset(t.identity for t in dropped if leaf_parent(t) in names)


def copies(snapshot: Snapshot, tables: set[str]) -> frozenset[str]:
    """The identities of the indexes, constraints and triggers of ``tables`` that are copies of
    their parents' (created and dropped with their table: no statement of their own)."""
    if not tables:
        return frozenset()
    found = set()
    for row in snapshot.rows.get("partitions", ()):
        copy = snapshot.catalog.get(str(row["kind"]), str(row["identity"]))
        if copy is not None and copy.parent in tables:
            found.add(copy.identity)
    return frozenset(found)
