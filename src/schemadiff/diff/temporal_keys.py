"""PostgreSQL 18 temporal keys: ``PRIMARY KEY`` / ``UNIQUE (…, p WITHOUT OVERLAPS)``.

migra adds every primary key and unique constraint in two statements: its index first
(``CREATE UNIQUE INDEX … USING gist (…)``), then ``ADD CONSTRAINT … USING INDEX``. A
temporal key's index is a GiST index, which PostgreSQL refuses to build as a unique index on
its own (and ``USING INDEX`` accepts only B-tree indexes), so such a plan always failed. The
key is added by its own definition instead (``ADD CONSTRAINT … PRIMARY KEY (…, p WITHOUT
OVERLAPS)``), which builds its index. Temporal foreign keys (``PERIOD``) need nothing:
migra writes them from their definition already.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.snapshot import Snapshot

WITHOUT_OVERLAPS = " WITHOUT OVERLAPS)"


def is_temporal_key(constraint: Any) -> bool:
    """A PRIMARY KEY or UNIQUE constraint (migra's inspector) with a WITHOUT OVERLAPS column."""
    return constraint.constraint_type in ("PRIMARY KEY", "UNIQUE") and WITHOUT_OVERLAPS in constraint.definition


def temporal_keys(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra's index + ``USING INDEX`` pair of a new temporal key → one ``ADD CONSTRAINT``
    with the key's definition (its index comes with it); and no ``DROP INDEX`` after a
    dropped temporal key (migra takes its GiST index for one of its own: the constraint's
    drop has removed it already)."""
    keys = _temporal_keys(desired)
    built = {f"{c.schema}.{c.index.name}" for c in keys.values() if c.index is not None}
    dropped_keys = {c.identity for c in changes if c.kind == "constraint" and c.action is Action.DROP}
    # a dropped key that is or becomes temporal: its index is gone with it
    gone = {
        f"{c.schema}.{c.index.name}"
        for identity, c in _keys(current).items()
        if c.index is not None and identity in dropped_keys and (is_temporal_key(c) or identity in keys)
    }
    fixed = []
    for change in changes:
        if change.kind == "index" and (
            change.action is Action.CREATE
            and change.identity in built
            or change.action is Action.DROP
            and change.identity in gone
        ):
            continue
        key = keys.get(change.identity) if change.kind == "constraint" and change.action is Action.CREATE else None
        if key is not None:
            sql = f"alter table {key.quoted_full_table_name} add constraint {key.quoted_name} {key.definition}"
            change = replace(change, sql=sql)
        fixed.append(change)
    return fixed


def _keys(snapshot: Snapshot) -> dict[str, Any]:
    """The constraints of migra's inspector by identity (schema.table.name)."""
    return {f"{c.schema}.{c.table_name}.{c.name}": c for c in snapshot.inspector.constraints.values()}


def _temporal_keys(snapshot: Snapshot) -> dict[str, Any]:
    return {identity: c for identity, c in _keys(snapshot).items() if is_temporal_key(c)}
