"""Row level security policies of existing tables, planned without migra's inspector: the
policy part of :mod:`schemadiff.diff.plain_structure`.

A policy added, dropped or changed on an existing table is written from the render rows of
``queries/render_policies.sql`` exactly as the migra family and ``diff/policies.py`` write it
from the inspector: a changed policy that ``ALTER POLICY`` can bring to its desired state (same
command and permissiveness, no clause removed) is altered (:func:`policy_alterations`, in the
policies family's place: ``plain_statements.plain_policy_changes``); any other is dropped in migra's policies.drop phase and created in its
policies.create phase (the dropped ones, then the changed ones; the added ones, then the changed
ones; each group in migra's key order).

A policy that uses a column whose type changes or that is dropped (``pg_depend``:
``plain_columns.blocked_policies``) is never altered, as ``diff/policies.py`` plans it: the
server refuses to retype or drop a column a policy uses. Changed, it is dropped and created as
any other that ALTER POLICY cannot change; unchanged (a retyped column's), it is dropped and
created again in the policies family's place (``recreated_policies``), in migra's key order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.policies import PolicyAlteration
from schemadiff.quoting import quote_ident, quote_role
from schemadiff.snapshot import Snapshot

_COMMANDS = {"*": "all", "r": "select", "a": "insert", "w": "update", "d": "delete"}


def quoted_relation(schema: Any, name: Any) -> str:
    """A relation as migra keys (and so orders) it: both names quoted."""
    return f"{quote_ident(str(schema))}.{quote_ident(str(name))}"


def rows_by_identity(snapshot: Snapshot, render: str, wanted: set[str]) -> dict[str, Mapping[str, Any]]:
    """The rows of queries/render_<render>.sql of the objects ``wanted``, by identity."""
    if not wanted:
        return {}
    return {row["identity"]: row for row in snapshot.rows.get(render, ()) if row["identity"] in wanted}


def member_keys(member: CatalogObject) -> tuple[str, str, str]:
    """(migra's key, the quoted table, the quoted name) of a policy or a trigger
    (``schema.table.name``, its table's name without a dot)."""
    schema, table, name = member.identity.split(".", 2)
    quoted_table = quoted_relation(schema, table)
    return f"{quoted_table}.{quote_ident(name)}", quoted_table, quote_ident(name)


def alterable(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    """Same command and permissiveness, and no clause removed (as ``diff/policies.py``)."""
    if (before["command"], before["permissive"]) != (after["command"], after["permissive"]):
        return False
    return not (before["using_expression"] and not after["using_expression"]) and not (
        before["check_expression"] and not after["check_expression"]
    )


def policy_rows(snapshot: Snapshot, policies: tuple[CatalogObject, ...]) -> dict[str, Mapping[str, Any]]:
    return rows_by_identity(snapshot, "policies", {p.identity for p in policies})


def policy_drops(
    current: Snapshot,
    desired: Snapshot,
    dropped: tuple[CatalogObject, ...],
    changed: tuple[CatalogObject, ...],
    blocked: frozenset[str] = frozenset(),
) -> Iterator[Change]:
    """migra's drops: the dropped policies, then the changed ones ALTER POLICY cannot change."""
    for group in (dropped, _replaced(current, desired, changed, blocked)):
        for policy in in_key_order(group):
            yield _drop(policy)


def policy_creations(
    current: Snapshot,
    desired: Snapshot,
    added: tuple[CatalogObject, ...],
    changed: tuple[CatalogObject, ...],
    blocked: frozenset[str] = frozenset(),
) -> Iterator[Change]:
    """migra's creations: the added policies, then the changed ones ALTER POLICY cannot change."""
    rows = policy_rows(desired, (*added, *changed))
    for group in (added, _replaced(current, desired, changed, blocked)):
        for policy in in_key_order(group):
            yield Change(
                "policy",
                Action.CREATE,
                policy.identity,
                _create(policy, rows[policy.identity]),
                PHASE_RANK["policies.create"],
            )


def policy_alterations(
    current: Snapshot, desired: Snapshot, changed: tuple[CatalogObject, ...], blocked: frozenset[str] = frozenset()
) -> Iterator[Change]:
    """``ALTER POLICY`` for the changed policies it can bring to their desired state, but the
    ``blocked`` ones (``plain_columns.blocked_policies``)."""
    before, after = policy_rows(current, changed), policy_rows(desired, changed)
    for policy in sorted(changed, key=lambda p: p.identity):
        old, new = before[policy.identity], after[policy.identity]
        if not alterable(old, new) or policy.identity in blocked:
            continue
        _, table, name = member_keys(policy)
        alteration = PolicyAlteration(
            key=member_keys(policy)[0],
            identity=policy.identity,
            name=name,
            table=table,
            roles=_roles(new) if list(old["roles"]) != list(new["roles"]) else None,
            using=new["using_expression"] if old["using_expression"] != new["using_expression"] else None,
            with_check=new["check_expression"] if old["check_expression"] != new["check_expression"] else None,
        )
        yield Change("policy", Action.ALTER, policy.identity, alteration.sql, PHASE_RANK["policies.create"])


def recreated_policies(current: Snapshot, desired: Snapshot, blocked: frozenset[str]) -> Iterator[Change]:
    """The unchanged policies of ``blocked`` dropped and created again around the column type
    changes, each drop then its creation, in migra's key order (as ``diff/policies.py``; an
    unchanged policy cannot use a column the plan drops)."""
    kept = tuple(
        p
        for i in blocked
        if (p := desired.catalog.get("policy", i)) is not None and current.catalog.get("policy", i) == p
    )
    rows = policy_rows(desired, kept)
    for policy in in_key_order(kept):
        yield _drop(policy)
        yield Change(
            "policy",
            Action.CREATE,
            policy.identity,
            _create(policy, rows[policy.identity]),
            PHASE_RANK["policies.create"],
        )


def _drop(policy: CatalogObject) -> Change:
    """migra's DROP POLICY."""
    _, table, name = member_keys(policy)
    return Change("policy", Action.DROP, policy.identity, f"drop policy {name} on {table}", PHASE_RANK["policies.drop"])


def _replaced(
    current: Snapshot, desired: Snapshot, changed: tuple[CatalogObject, ...], blocked: frozenset[str] = frozenset()
) -> tuple[CatalogObject, ...]:
    """The changed policies ALTER POLICY cannot change, or that are ``blocked``: dropped and created again."""
    if not changed:
        return ()
    before, after = policy_rows(current, changed), policy_rows(desired, changed)
    return tuple(p for p in changed if not alterable(before[p.identity], after[p.identity]) or p.identity in blocked)


def in_key_order(members: tuple[CatalogObject, ...]) -> list[CatalogObject]:
    """Policies or triggers in migra's key order (:func:`member_keys`)."""
    return sorted(members, key=lambda m: member_keys(m)[0])


def _roles(row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(quote_role(role) for role in row["roles"] or ())


def _create(policy: CatalogObject, row: Mapping[str, Any]) -> str:
    """migra's CREATE POLICY (as ``inspect_quoting``'s policy writes it)."""
    _, table, name = member_keys(policy)
    using = f"\nusing ({row['using_expression']})" if row["using_expression"] else ""
    check = f"\nwith check ({row['check_expression']})" if row["check_expression"] else ""
    permissiveness = "permissive" if row["permissive"] else "restrictive"
    return (
        f"create policy {name}\non {table}\nas {permissiveness}\n"
        f"for {_COMMANDS[row['command']]}\nto {', '.join(_roles(row))}{using}{check}"
    )
