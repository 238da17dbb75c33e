"""The privileges family: grants on tables, views, sequences, functions, procedures,
schemas and columns. It replaces migra's, which sees table grants only and misses
PostgreSQL 17's MAINTAIN privilege (so ``grant all`` never converged).

An object that is created by the plan starts with the default privileges of the role that
applies the plan, as they are once the plan has set them (``default_privileges.py``; without
any, the kind's built-in default ACL: for functions EXECUTE to PUBLIC), so a desired
``revoke … from public`` on a new function is planned, and so is the revoke of a default
grant that the desired object does not have.
Grants run after every object exists; revokes run early, with the other privilege drops.
"""

from __future__ import annotations

from collections.abc import Iterator

from schemadiff.changes import Action, Change
from schemadiff.diff.default_privileges import new_object_grants
from schemadiff.diff.migra_engine import PHASE_RANK
from schemadiff.diff.readers import quote_ident
from schemadiff.snapshot import PrivilegeKey, Snapshot

GRANT_PHASE = PHASE_RANK["privileges.create"] + 1
REVOKE_PHASE = PHASE_RANK["privileges.drop"] + 1


def _statement(key: PrivilegeKey, grant: bool) -> str:
    kind, target, column, grantee, privilege, grantable = key
    what = _what(key)
    if grant:
        option = " with grant option" if grantable else ""
        return f"grant {what} on {target} to {grantee}{option}"
    return f"revoke {what} on {target} from {grantee}"


def _baseline(desired: Snapshot, kind: str, target: str) -> set[PrivilegeKey]:
    """The grants an object created by the plan has right after CREATE, before any GRANT/REVOKE."""
    return {
        (kind, target, None, grantee, privilege, grantable)
        for grantee, privilege, grantable in new_object_grants(desired, kind, _schema_of(target))
    }


def _schema_of(target: str) -> str:
    """The schema of a target such as 'function public.f(integer)' or 'table "My Schema".t'
    (names as format('%I') renders them)."""
    name = target.split(" ", 1)[1]
    if not name.startswith('"'):
        return name.split(".", 1)[0]
    end = 1
    while True:
        end = name.index('"', end)
        if name[end + 1 : end + 2] != '"':
            return name[1:end].replace('""', '"')
        end += 2


def privilege_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    want = desired.privileges
    have = set(current.privileges)
    for kind, target in sorted(desired.privileged_objects - current.privileged_objects):
        have |= _baseline(desired, kind, target)
    # objects that only the current side has are dropped with their grants (a column grant
    # belongs to its table, which has a row of its own whether or not columns have grants)
    targets = {target for _, target in desired.privileged_objects}
    have = {
        key
        for key in have
        if (key[0], key[1]) in desired.privileged_objects or key[0] == "column" and key[1] in targets
    }
    for key in sorted(have - want, key=str):
        yield Change(
            "privilege",
            Action.DROP,
            f"{_what(key)} on {key[1]} from {key[3]}",
            _statement(key, False),
            REVOKE_PHASE if (key[0], key[1]) in current.privileged_objects else GRANT_PHASE,
        )
    for key in sorted(want - have, key=str):
        yield Change(
            "privilege", Action.CREATE, f"{_what(key)} on {key[1]} to {key[3]}", _statement(key, True), GRANT_PHASE
        )


def _what(key: PrivilegeKey) -> str:
    """The privilege, with its column for a column grant ('select ("email")')."""
    return f"{key[4].lower()} ({quote_ident(key[2])})" if key[2] else key[4].lower()


def recreated_object_grants(
    desired: Snapshot, kind: str, target: str, had: frozenset[PrivilegeKey]
) -> Iterator[Change]:
    """The privileges of an object that another family drops and creates again (a changed
    aggregate): it comes back with what a new object starts with, while
    :func:`privilege_changes` only plans what differs between the two sides. So the
    privileges it keeps (in ``had``, the current side's, and desired) are granted again and
    what a new object has but the desired one does not is revoked, after the creation."""
    baseline = _baseline(desired, kind, target)
    want = {key for key in desired.privileges if key[0] == kind and key[1] == target}
    kept = {key for key in had if key[0] == kind and key[1] == target} & want
    for key in sorted(baseline - want, key=str):
        yield Change(
            "privilege", Action.DROP, f"{_what(key)} on {key[1]} from {key[3]}", _statement(key, False), GRANT_PHASE
        )
    for key in sorted(kept - baseline, key=str):
        yield Change(
            "privilege", Action.CREATE, f"{_what(key)} on {key[1]} to {key[3]}", _statement(key, True), GRANT_PHASE
        )
