"""What a partition's DETACH or drop needs beside it, that the partitions family adds to a plan
(``diff/partitions.py``): a detached partition's identity is its parent's (PostgreSQL 17+), and
a partition of a table that a foreign key references is detached before it is dropped, after
the plan's drops of the rows that may reference it (:func:`detaches_after_referencing_drops`,
read by ``diff.ordered``)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.plain_columns import identity_of
from schemadiff.diff.readers import (
    parent_of,
    partition_of,
    quoted,
    referenced_table,
    referenced_tables,
    unquote_qualified,
)

# (diff/plain_columns.py, migra) a column's identity dropped
_DROPS_IDENTITY = re.compile(r" alter column (?:\"(?:[^\"]|\"\")+\"|\w+) drop identity(?: if exists)?;?$", re.I)


def without_shared_identities(changes: list[Change], current: Catalog, detached: Set[str]) -> list[Change]:
    """From PostgreSQL 17 a partition's column shares its parent's identity (and sequence): the
    DETACH of one of the ``detached`` tables takes it away (``DROP IDENTITY`` is refused before
    it, and finds none after it), so the plan's drops of such identities go."""
    if current.server_version_num < 170000:
        return changes

    def shared(change: Change) -> bool:
        if change.kind != "column" or change.action is not Action.ALTER or not _DROPS_IDENTITY.search(change.sql):
            return False
        table = parent_of(current, "column", change.identity)
        parent = partition_of(current, table) if table in detached else None
        if parent is None:
            return False
        found = current.get("column", f"{unquote_qualified(parent[0])}.{change.identity[len(table) + 1 :]}")
        return found is not None and bool(identity_of(found))

    return [c for c in changes if not shared(c)]


def detached_before_drop(changes: list[Change], current: Catalog, phase: int) -> list[Change]:
    """A partition of a table that a foreign key references cannot be dropped while attached (the
    key's copy for it depends on it): it is detached first (in ``phase``), which drops that copy
    and checks that no row references it (so the drops of the rows that may reference it go
    first: :func:`detaches_after_referencing_drops`)."""
    referenced = referenced_tables(current)
    dropped = {c.identity for c in changes if c.kind == "table" and c.action is Action.DROP}
    fixed = []
    for change in changes:
        if change.kind == "table" and change.action is Action.DROP:
            parent = partition_of(current, change.identity)
            if parent is not None and unquote_qualified(parent[0]) in referenced - dropped:
                sql = f"alter table {parent[0]} detach partition {quoted(current, change.identity)}"
                fixed.append(Change("table", Action.ALTER, change.identity, sql, phase))
        fixed.append(change)
    return fixed


def detaches_after_referencing_drops(changes: Sequence[Change], current: Catalog) -> list[tuple[int, int]]:
    """(first, then): positions in ``changes`` of what must precede what. A DETACH from a table
    that a foreign key references (or from a partition of one) checks that no row references the
    partition: it follows the plan's drops of the tables that hold such a key (their partitions
    too), and of such keys, which take those rows, or the check, away. Not the keys of tables in
    the detached partition's own tree (a table referencing itself: its partitions' DETACHes and
    drops would wait on one another)."""
    found = [
        (i, c)
        for i, c in enumerate(changes)
        if c.kind == "table" and c.action is Action.ALTER and " detach partition " in c.sql.lower()
    ]
    if not found:
        return []
    parent_table = {
        identity: unquote_qualified(parent[0])
        for identity in current.of_kind("table")
        if (parent := partition_of(current, identity)) is not None
    }
    # (a DETACH is an ALTER of the partition: its parent is the catalog's)
    detaches = [(i, parent_table[c.identity]) for i, c in found if c.identity in parent_table]

    def lineage(table: str) -> list[str]:  # the table, then its parents up to the root
        found = [table]
        while (up := parent_table.get(found[-1])) is not None and up not in found:
            found.append(up)
        return found

    keys = [
        (c.identity, c.parent, ref)
        for c in current.of_kind("constraint").values()
        if (ref := referenced_table(c.definition))
    ]
    pairs = []
    for then, detached_from in detaches:
        above = lineage(detached_from)
        holders = {table for _, table, ref in keys if ref in above and lineage(table)[-1] != above[-1]}
        if not holders:
            continue
        key_names = {key for key, _, ref in keys if ref in above}
        pairs += [
            (first, then)
            for first, c in enumerate(changes)
            if c.action is Action.DROP
            and (
                (c.kind == "table" and holders.intersection(lineage(c.identity)))
                or (c.kind == "constraint" and c.identity in key_names)
            )
        ]
    return pairs
