"""The policies family: ``ALTER POLICY`` for a policy whose roles or expressions change.

migra replaces every changed policy by DROP POLICY + CREATE POLICY. When only the roles,
the USING expression and/or the WITH CHECK expression change, one ``ALTER POLICY`` says
the same thing: the statement shows only what changes, and the policy is never absent.

ALTER POLICY cannot change the command (FOR …) or PERMISSIVE/RESTRICTIVE, and cannot
remove a USING or WITH CHECK clause: such changes stay migra's drop + create. So do the
changes of a policy whose expressions refer to something the plan drops or retypes
(a column, a relation, a function dropped or given another return type): the ALTER runs
with the other policy creations, after the tables phase, and PostgreSQL refuses to drop or
retype what a policy still uses; migra drops the policy first.

The policies altered here are shown unchanged to migra (``migra_adjust``), so it plans
nothing for them.

Conversely, migra leaves alone a policy that does not change even when the plan retypes a
column it uses or replaces a function it calls (another return type or argument types),
and PostgreSQL refuses that change while the policy exists: such a policy is dropped with
the other policy drops and created again with the other policy creations. Nor does it
create again the unchanged policies of a table converted to or from a partitioned table
(dropped and created again): they are created after it here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import quote_ident, quote_role
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK["policies.create"]
DROP_PHASE = PHASE_RANK["policies.drop"]


@dataclass(frozen=True)
class PolicyAlteration:
    """One policy altered in place; None for a clause that does not change."""

    key: str  # migra's key: "schema"."table"."name", quoted
    identity: str  # schema.table.name
    name: str  # quoted
    table: str  # quoted, schema-qualified
    roles: tuple[str, ...] | None
    using: str | None
    with_check: str | None

    @property
    def sql(self) -> str:
        clauses = []
        if self.roles is not None:
            clauses.append(f"to {', '.join(self.roles)}")
        if self.using is not None:
            clauses.append(f"using ({self.using})")
        if self.with_check is not None:
            clauses.append(f"with check ({self.with_check})")
        return f"alter policy {self.name} on {self.table}\n" + "\n".join(clauses)


def policy_alterations(current: Snapshot, desired: Snapshot) -> dict[str, PolicyAlteration]:
    """The changed policies that ``ALTER POLICY`` can bring to their desired state, by key."""
    have, want = current.inspector.rlspolicies, desired.inspector.rlspolicies
    blocked = _refers_to_changed_objects(current, desired)
    found = {}
    for key, new in want.items():
        old = have.get(key)
        if old is None or old == new or not _alterable(old, new) or _identity(old) in blocked:
            continue
        if not _same_table_kind(current, desired, old):
            continue  # migra recreates the table (and so its policies)
        found[key] = PolicyAlteration(
            key=key,
            identity=_identity(new),
            name=new.quoted_name,
            table=new.quoted_full_table_name,
            roles=tuple(quote_role(r) for r in new.roles) if list(old.roles) != list(new.roles) else None,
            using=new.qual if old.qual != new.qual else None,
            with_check=new.withcheck if old.withcheck != new.withcheck else None,
        )
    return found


def _alterable(old: Any, new: Any) -> bool:
    """Same command and permissiveness, and no clause removed."""
    if (old.commandtype, old.permissive) != (new.commandtype, new.permissive):
        return False
    return not (old.qual and not new.qual) and not (old.withcheck and not new.withcheck)


def _identity(policy: Any) -> str:
    return f"{policy.schema}.{policy.table_name}.{policy.name}"


def _same_table_kind(current: Snapshot, desired: Snapshot, policy: Any) -> bool:
    key = policy.quoted_full_table_name
    old, new = current.inspector.tables.get(key), desired.inspector.tables.get(key)
    return old is not None and new is not None and old.relationtype == new.relationtype


def _refers_to_changed_objects(current: Snapshot, desired: Snapshot) -> set[str]:
    """Identities of the current policies whose expressions use an object that the plan
    drops, or retypes (columns) or replaces with another return type (functions)."""
    have, want = current.inspector, desired.inspector
    blocked = set()
    for row in current.rows.get("policy_depends", ()):
        kind, schema, name = row["ref_kind"], row["ref_schema"], row["ref_name"]
        relation = f"{quote_ident(schema)}.{quote_ident(name)}" if schema and name else ""
        if kind == "column":
            old_table, new_table = have.relations.get(relation), want.relations.get(relation)
            old_col = old_table.columns.get(row["ref_column"]) if old_table is not None else None
            new_col = new_table.columns.get(row["ref_column"]) if new_table is not None else None
            changed = old_col is None or new_col is None or old_col.dbtypestr != new_col.dbtypestr
        elif kind == "relation":
            changed = relation not in want.relations
        elif kind == "function":
            changed = any(
                k not in want.functions or want.functions[k].result_string != f.result_string
                for k, f in have.functions.items()
                if (f.schema, f.name) == (schema, name)
            )
        else:
            changed = False  # types: their changes are planned around their users by their family
        if changed:
            blocked.add(f"{row['schema']}.{row['table_name']}.{row['name']}")
    return blocked


def _recreated_unchanged(current: Snapshot, desired: Snapshot) -> list[tuple[Any, Any]]:
    """(current, desired) policies that do not change but use what the plan retypes."""
    have, want = current.inspector.rlspolicies, desired.inspector.rlspolicies
    blocked = _refers_to_changed_objects(current, desired)
    return [
        (have[key], new)
        for key, new in sorted(want.items())
        if key in have and have[key] == new and _identity(new) in blocked and _same_table_kind(current, desired, new)
    ]


def _statement(text: str) -> str:
    return text.strip().rstrip(";").strip()


def policy_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    for alteration in sorted(policy_alterations(current, desired).values(), key=lambda a: a.identity):
        yield Change("policy", Action.ALTER, alteration.identity, alteration.sql, PHASE)
    for old, new in _recreated_unchanged(current, desired):
        yield Change("policy", Action.DROP, _identity(old), _statement(old.drop_statement), DROP_PHASE)
        yield Change("policy", Action.CREATE, _identity(new), _statement(new.create_statement), PHASE)
    for new in _on_recreated_tables(current, desired):
        yield Change("policy", Action.CREATE, _identity(new), _statement(new.create_statement), PHASE)


def _on_recreated_tables(current: Snapshot, desired: Snapshot) -> list[Any]:
    """Unchanged policies of a table that becomes partitioned, or stops being so: the table is
    dropped and created again (its policies with it), so they are created again after it."""
    have, want = current.inspector.rlspolicies, desired.inspector.rlspolicies
    return [
        new
        for key, new in sorted(want.items())
        if key in have
        and have[key] == new
        and new.quoted_full_table_name in current.inspector.tables
        and not _same_table_kind(current, desired, new)
    ]
