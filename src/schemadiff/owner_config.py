"""``owners:`` in schemadiff.yaml: whether object owners are diffed (off by default).

Most teams deploy as one role, so owners are left out of the catalog unless a project asks.
With ``manage: true`` every owned object of the managed schemas has an owner in the catalog
(compared by role name; the role that inspects, i.e. applies plans, reads as
``current_user``) and plans carry ``ALTER … OWNER TO``. ``roles`` names the roles schema/
gives objects to: the sandbox that loads schema/ must be able to ``SET ROLE`` to them
(:mod:`schemadiff.sandbox`), so it is made a member of each that is safe (also without
``manage``: schema/ then loads its owner statements, and plans leave owners alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schemadiff.errors import ConfigError

_KEYS = {"manage", "roles"}
# words that OWNER TO reads as something other than a role name
_NOT_ROLES = ("public", "current_user", "current_role", "session_user", "none")


@dataclass(frozen=True)
class Owners:
    """``owners.manage`` and ``owners.roles`` of the config."""

    manage: bool = False
    roles: tuple[str, ...] = ()


def parse_owners(raw: Any, where: str) -> Owners:
    """``owners: {manage: true, roles: [app_owner]}``; unknown keys and wrong types are errors."""
    if raw is None:
        return Owners()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: owners: expected a mapping with 'manage' (and 'roles')")
    unknown = sorted(str(k) for k in raw if k not in _KEYS)
    if unknown:
        raise ConfigError(f"{where}: owners: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(_KEYS))})")
    manage = raw.get("manage", False)
    if not isinstance(manage, bool):
        raise ConfigError(f"{where}: owners.manage: expected true or false")
    roles = raw.get("roles") or []
    if isinstance(roles, str):
        roles = [roles]
    if not isinstance(roles, list) or not all(isinstance(r, str) and r for r in roles):
        raise ConfigError(f"{where}: owners.roles: expected a list of role names")
    for role in roles:
        if role.lower() in _NOT_ROLES:
            raise ConfigError(
                f"{where}: owners.roles: {role!r} is not a role name (what schema/ does not give "
                "away stays with the role that applies the plans)"
            )
    if len(set(roles)) != len(roles):
        raise ConfigError(f"{where}: owners.roles: a role is listed twice")
    return Owners(manage, tuple(roles))
