"""The default privileges family: ``ALTER DEFAULT PRIVILEGES … GRANT/REVOKE`` (migra ignores
``pg_default_acl``).

Whose defaults are compared. ``ALTER DEFAULT PRIVILEGES`` without ``FOR ROLE`` changes the
defaults of the role that runs it. The desired schema is loaded into the shadow database (and
inspected there) by the sandbox role of :mod:`schemadiff.sandbox` (or, with ``shadow.trusted``,
the role running schemadiff), and a plan runs on the target as the role that applies
it, so the defaults of "the inspecting role" are compared with each other whatever its name
on each side, and are rendered without ``FOR ROLE``. The roles named in ``schemadiff.yaml``
(``privileges.default_privileges_for``) are compared by name and rendered ``FOR ROLE``.
Entries of other roles are out of scope (``queries/render_default_privileges.sql``).

Global entries (no schema) replace the built-in defaults, ``acldefault()`` (EXECUTE to
PUBLIC on functions, USAGE to PUBLIC on types): where there is no entry the built-in
defaults are what is compared, so revoking EXECUTE from PUBLIC round-trips. ``IN SCHEMA``
entries (managed schemas only) add to the global ones.

The statements run early, right after new schemas are created: the objects the plan
creates then get the desired defaults (``privileges.py`` counts them as the starting
grants of a new object).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK["schemas.create"] + 1

# pg_default_acl.defaclobjtype -> the word ALTER DEFAULT PRIVILEGES uses
OBJECT_TYPES: dict[str, str] = {
    "r": "tables",
    "S": "sequences",
    "f": "functions",
    "T": "types",
    "n": "schemas",
    "L": "large objects",  # PostgreSQL 18+
}

_TYPE_ORDER = tuple(OBJECT_TYPES)
_GRANT_OPTION = " WITH GRANT OPTION"

# (who: '' for the inspecting role, else the role's name; schema or None; objtype; grantee)
Key = tuple[str, "str | None", str, str]


@dataclass(frozen=True)
class Entry:
    """The default privileges of one grantee in one (role, schema, object type) scope."""

    role: str  # quoted name of the role the defaults belong to
    quoted_schema: str | None
    objtype: str
    grantee: str  # quoted, or PUBLIC
    identity: str  # as the catalog kind `default_privilege` names it
    privileges: dict[str, bool]  # privilege -> grantable
    baseline: dict[str, bool]  # the same without an entry: acldefault() / nothing


def _privileges(values: list[str]) -> dict[str, bool]:
    return {v.removesuffix(_GRANT_OPTION): v.endswith(_GRANT_OPTION) for v in values}


def entries(snapshot: Snapshot) -> dict[Key, Entry]:
    return entries_of(snapshot.rows.get("default_privileges", ()))


def entries_of(rows: Iterable[Mapping[str, Any]]) -> dict[Key, Entry]:
    found = {}
    for row in rows:
        key = (row["who"], row["schema"], row["objtype"], row["grantee"])
        found[key] = Entry(
            row["role"],
            row["quoted_schema"],
            row["objtype"],
            row["grantee"],
            _identity(row),
            _privileges(row["privileges"]),
            _privileges(row["baseline"]),
        )
    return found


def default_privilege_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = entries(current), entries(desired)
    for key in sorted(have.keys() | want.keys(), key=_order):
        old, new = have.get(key), want.get(key)
        shape = new or old
        assert shape is not None
        before = old.privileges if old else shape.baseline
        after = new.privileges if new else shape.baseline
        role = f"for role {shape.role} " if key[0] else ""  # a named role: the same name on both sides
        yield from _statements(role, shape, before, after)


def _order(key: Key) -> tuple[str, str, int, str]:
    return (key[0], key[1] or "", _TYPE_ORDER.index(key[2]), key[3])


def _statements(role: str, entry: Entry, before: dict[str, bool], after: dict[str, bool]) -> Iterator[Change]:
    scope = f"alter default privileges {role}" + (f"in schema {entry.quoted_schema} " if entry.quoted_schema else "")
    on = f"on {OBJECT_TYPES[entry.objtype]}"
    grantee, identity = entry.grantee, entry.identity
    revoked = sorted(p for p in before if p not in after)
    option_revoked = sorted(p for p in before if p in after and before[p] and not after[p])
    granted = sorted(p for p in after if p not in before and not after[p])
    option_granted = sorted(p for p in after if after[p] and not before.get(p, False))
    if revoked:
        yield Change(
            "default_privilege", Action.DROP, identity, f"{scope}revoke {_list(revoked)} {on} from {grantee}", PHASE
        )
    if option_revoked:
        yield Change(
            "default_privilege",
            Action.DROP,
            identity,
            f"{scope}revoke grant option for {_list(option_revoked)} {on} from {grantee}",
            PHASE,
        )
    if granted:
        yield Change(
            "default_privilege", Action.CREATE, identity, f"{scope}grant {_list(granted)} {on} to {grantee}", PHASE
        )
    if option_granted:
        yield Change(
            "default_privilege",
            Action.CREATE,
            identity,
            f"{scope}grant {_list(option_granted)} {on} to {grantee} with grant option",
            PHASE,
        )


def _list(privileges: list[str]) -> str:
    return ", ".join(p.lower() for p in privileges)


def _identity(row: Mapping[str, Any]) -> str:
    """The catalog's identity: 'for current_user in schema app on tables to reader'."""
    schema = f" in schema {row['schema']}" if row["schema"] else ""
    return f"for {row['who'] or 'current_user'}{schema} on {OBJECT_TYPES[row['objtype']]} to {row['grantee_name']}"


def dump_statements(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """The statements that set these default privileges (rows of the render query) from the
    built-in defaults, for ``schemadiff dump``."""
    statements: list[str] = []
    for key, entry in sorted(entries_of(rows).items(), key=lambda item: _order(item[0])):
        role = f"for role {entry.role} " if key[0] else ""
        statements.extend(c.sql for c in _statements(role, entry, entry.baseline, entry.privileges))
    return statements


# privileges.py object kinds -> pg_default_acl object types
_KIND_OBJTYPE = {"table": "r", "view": "r", "sequence": "S", "function": "f", "schema": "n", "type": "T"}


def new_object_grants(desired: Snapshot, kind: str, schema: str | None) -> set[tuple[str, str, bool]]:
    """(grantee, privilege, grantable) that an object of ``kind`` created in ``schema`` by the
    plan starts with: the desired defaults of the inspecting role (the role that applies the
    plan), global ones plus those of the schema. The plan sets these defaults first."""
    objtype = _KIND_OBJTYPE.get(kind)
    if objtype is None:
        return set()
    grants: set[tuple[str, str, bool]] = set()
    for (who, entry_schema, entry_objtype, grantee), entry in entries(desired).items():
        if who == "" and entry_objtype == objtype and entry_schema in (None, schema):
            grants |= {(grantee, privilege, grantable) for privilege, grantable in entry.privileges.items()}
    return grants
