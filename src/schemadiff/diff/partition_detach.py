"""What a partition's DETACH or drop needs beside it, that the partitions family adds to a plan
(``diff/partitions.py``): a detached partition's identity is its parent's (PostgreSQL 17+), and
a partition of a table that a foreign key references is detached before it is dropped."""

from __future__ import annotations

import re
from collections.abc import Set

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.plain_columns import identity_of
from schemadiff.diff.readers import parent_of, partition_of, quoted, referenced_tables, unquote_qualified

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
    and checks that no row references it. (So a partition of the referencing table that the plan
    drops too must go first where it holds such rows: not ordered so yet.)"""
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
