"""The owners family: ``ALTER … OWNER TO`` for schemas, tables, views, materialized views,
sequences, types, domains, functions, procedures and aggregates (only when ``owners.manage``
is on: otherwise neither side has owner rows and this family plans nothing).

Owners are compared by role name; the role that inspects a side reads as ``current_user``
(queries/owner.sql): on the target that is the role applying the plan, in the shadow the
sandbox that loaded schema/, so an object schema/ does not give away belongs to whoever
applies the plans, and ``OWNER TO current_user`` is what gives it back.

It runs after every other family, because it reads their changes: an object the plan
creates, or drops and creates again (a view whose columns change, a function whose signature
changes, an enum that loses a label), belongs to the role applying the plan once created,
whatever its owner was, so its desired owner is planned again even when both sides agree.
The statements come last among the schema changes (after grants, which the old owner gives
while it still owns the object; ownership carries them over to the new owner).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from schemadiff.change_nodes import object_name
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.quoting import quote_ident, quote_role
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK["triggers.create"] + 5
INSPECTING_ROLE = "current_user"  # queries/owner.sql: the owner is the role that inspected
# the change kinds whose drop or creation re-creates an object of each owner kind
_CHANGE_KINDS: dict[str, frozenset[str]] = {
    "schema": frozenset({"schema"}),
    "table": frozenset({"table", "foreign_table"}),
    "view": frozenset({"view"}),
    "materialized_view": frozenset({"view", "materialized_view"}),
    "sequence": frozenset({"sequence"}),
    "type": frozenset({"type"}),
    "function": frozenset({"function", "aggregate"}),
}


def _rows(snapshot: Snapshot) -> dict[str, Mapping[str, Any]]:
    return {row["identity"]: row for row in snapshot.rows.get("owners", ())}


def owner_statement(row: Mapping[str, Any]) -> str:
    """``alter <type> <name> owner to <role>`` for one row of queries/render_owners.sql."""
    if row["object_type"] == "schema":
        target = quote_ident(row["name"])
    else:
        target = f"{quote_ident(row['schema_name'])}.{quote_ident(row['name'])}"
        if row["args"] is not None:
            target += f"({row['args']})"
    owner = "current_user" if row["owner"] == INSPECTING_ROLE else quote_role(row["owner"])
    return f"alter {row['object_type']} {target} owner to {owner}"


def _recreated(identity: str, row: Mapping[str, Any], changes: Sequence[Change]) -> bool:
    """Whether the plan drops this object, or creates it anew (``create or replace`` keeps
    the owner; a create without it means the old object was dropped or renamed away)."""
    kind, name = identity.split(" ", 1)
    kinds = _CHANGE_KINDS[kind]
    bare = name.split("(", 1)[0] if kind == "function" else name
    for change in changes:
        if change.kind not in kinds or object_name(change) != bare:
            continue
        if kind == "function" and row["args"] is not None and f"({row['args']})" not in change.sql:
            continue  # another overload of the same name
        if change.action is Action.DROP:
            return True
        if change.action is Action.CREATE and not change.sql.lower().lstrip().startswith("create or replace"):
            return True
    return False


def owner_changes(changes: Sequence[Change], current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The owner changes the plan made of ``changes`` needs to leave ``desired``'s owners."""
    have, want = _rows(current), _rows(desired)
    # schemas first: a new owner needs CREATE on the object's schema, which owning it gives
    for identity in sorted(want, key=lambda i: (not i.startswith("schema "), i)):
        row = want[identity]
        before = have.get(identity)
        owner_after = INSPECTING_ROLE if before is None or _recreated(identity, row, changes) else before["owner"]
        if owner_after != row["owner"]:
            yield Change("owner", Action.ALTER, identity, owner_statement(row), PHASE)


def dump_statements(rows: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """``schemadiff dump``'s owner statements (queries/render_owners.sql rows): schemas first,
    then by identity; nothing for what the loading role keeps, nor for ``public`` owned by
    ``pg_database_owner`` (as every database has it since PostgreSQL 15)."""
    kept = [
        r
        for r in rows
        if r["owner"] != INSPECTING_ROLE
        and not (r["identity"] == "schema public" and r["owner"] == "pg_database_owner")
    ]
    ordered = sorted(kept, key=lambda r: (r["object_type"] != "schema", r["identity"]))
    return tuple(owner_statement(r) + ";" for r in ordered)
