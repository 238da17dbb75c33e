"""The NOT NULL names family (PostgreSQL 18+, where NOT NULL constraints have names).

migra renders NOT NULL without a name (``SET NOT NULL``, ``… not null`` in CREATE TABLE and
ADD COLUMN), so the constraint gets PostgreSQL's default name ``<table>_<column>_not_null``;
a partition attached to (or a table inheriting from) a parent keeps the names it had, where
one created as a partition or child takes the parent's. A constraint whose name then differs from the desired one is renamed.
(Our catalog has the names PostgreSQL did not make up: the ``not_null_name`` kind.)
"""

from __future__ import annotations

from collections.abc import Iterator

from schemadiff.catalog import made_up_name
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import inheritance_parents, quote_ident, table_facts, unquote_qualified
from schemadiff.snapshot import Snapshot

# an existing constraint is renamed before the table changes (after a detach: the partitions
# family comes first in FAMILIES), i.e. before INHERIT / ATTACH make it inherited and so
# impossible to rename; a constraint this plan adds (SET NOT NULL) is renamed after that
EXISTING_PHASE = PHASE_RANK[TABLES_PHASE_NAME] - 1
NEW_PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 3


def not_null_names(snapshot: Snapshot) -> dict[tuple[str, str], dict[str, str]]:
    """(table, column) -> its ``render_not_null.sql`` row (PostgreSQL 18: the name; none before)."""
    return {(r["identity"], r["column_name"]): r for r in snapshot.rows.get("not_null", ())}


def _has_parent(snapshot: Snapshot, table: str) -> bool:
    facts = table_facts(snapshot.catalog, table)
    return facts is not None and (facts.parent is not None or facts.inherits is not None)


def _inherits(snapshot: Snapshot, table: str) -> bool:
    facts = table_facts(snapshot.catalog, table)
    return facts is not None and facts.inherits is not None


def _follows_parent(current: Snapshot, desired: Snapshot, table: str, column: str, name: str) -> bool:
    """A partition's or inheritance child's NOT NULL named as its parent's, whose parent's NOT NULL
    this plan adds or renames: ADD COLUMN, SET NOT NULL and RENAME CONSTRAINT on the parent reach
    the child (which cannot rename an inherited one itself)."""
    before, after = table_facts(current.catalog, table), table_facts(desired.catalog, table)
    if before is None or after is None or (before.parent, before.inherits) != (after.parent, after.inherits):
        return False
    if after.parent is not None:
        parents = [unquote_qualified(after.parent)]
    elif after.inherits is not None:
        parents = list(inheritance_parents(desired.catalog, table))
    else:
        return False
    for parent in parents:
        want = not_null_names(desired).get((parent, column))
        have = not_null_names(current).get((parent, column))
        if want is not None and want["name"] == name and (have is None or have["name"] != name):
            return True
    return False


def not_null_name_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have = not_null_names(current)
    # Citus refuses to rename a distributed table's constraints (their names are not compared)
    distributed = current.catalog.of_kind("distribution").keys() | desired.catalog.of_kind("distribution").keys()
    for key, row in sorted(not_null_names(desired).items()):
        table, column = key
        if table in distributed:
            continue
        phase = NEW_PHASE
        name = have[key]["name"] if key in have else made_up_name(row["table_name"], column, "not_null")
        if name == row["name"]:
            continue  # (most: the name the constraint has, or gets, already; the table reads below cost)
        if key in have:
            phase = EXISTING_PHASE
            if _inherits(current, table) and not _inherits(desired, table):
                phase = NEW_PHASE  # inherited until NO INHERIT (tables phase) makes it its own
        elif current.catalog.get("table", table) is None and _has_parent(desired, table):
            continue  # a new partition or inheritance child takes its parent's names
        if _follows_parent(current, desired, table, column, row["name"]):
            continue
        sql = f"alter table {row['quoted_table']} rename constraint {quote_ident(name)} to {quote_ident(row['name'])}"
        yield Change("constraint", Action.ALTER, f"{table}.{row['name']}", sql, phase)
