"""The sandbox's memberships in the roles of ``owners.roles`` (owners managed).

``ALTER … OWNER TO app_owner`` (and ``CREATE SCHEMA … AUTHORIZATION app_owner``) needs the
role running it to be able to ``SET ROLE app_owner`` (PostgreSQL 16+: a membership WITH SET;
before 16 every membership allows it). A role the sandbox can become is a role whose own
cluster-wide settings and password schema/ could change (``ALTER ROLE CURRENT_USER …``) and
through which it reaches every role that one can become, so a role is refused when anything
in its chain of memberships can log in, is a superuser, has CREATEROLE, CREATEDB or
REPLICATION, or is a predefined ``pg_*`` role. Owner roles are usually NOLOGIN group roles.

Run by the privileged connection before schema/ is loaded (:func:`schemadiff.sandbox.shadow_database`).
"""

from __future__ import annotations

from collections.abc import Sequence

import psycopg
from psycopg import sql

from schemadiff.servers import server_version_num

# the role and every role it can become (SET ROLE chains follow memberships upwards)
_CHAIN = """
with recursive up(oid) as (
    select r.oid from pg_catalog.pg_roles r where r.rolname = %(role)s
    union
    select m.roleid from pg_catalog.pg_auth_members m join up on up.oid = m.member
)
select r.rolname::text, r.rolcanlogin, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolname ~ '^pg_'
from up join pg_catalog.pg_roles r on r.oid = up.oid
order by 1
"""
_FLAGS = ("can log in", "is a superuser", "has CREATEROLE", "has CREATEDB", "has REPLICATION", "is a predefined role")


def why_unsafe(conn: psycopg.Connection, role: str) -> str | None:
    """Why the sandbox must not be able to become ``role`` (None: it may)."""
    rows = conn.execute(_CHAIN, {"role": role}).fetchall()
    if not rows:
        return "it does not exist (roles come from the prelude)"
    for name, *flags in rows:
        for what, flag in zip(_FLAGS, flags):
            if flag:
                return f"{name} {what}"
    return None


def grant_owner_memberships(conn: psycopg.Connection, roles: Sequence[str], sandbox: str) -> dict[str, str]:
    """Membership WITH SET in each safe role of ``roles``; the others, with why."""
    refused: dict[str, str] = {}
    with_clause = sql.SQL(" with inherit true, set true") if server_version_num(conn) >= 160000 else sql.SQL("")
    for role in roles:
        why = why_unsafe(conn, role)
        if why is not None:
            refused[role] = why
            continue
        conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(role), sql.Identifier(sandbox)) + with_clause)
    return refused


def owner_hint(message: str, refused: dict[str, str]) -> str | None:
    """A hint for a load error about giving an object to a role (None: not such an error)."""
    if "SET ROLE" not in message and "must be member of role" not in message:
        return None
    hint = (
        "schema/ is loaded by a sandbox role: it can give objects only to the roles of owners.roles in "
        "schemadiff.yaml (NOLOGIN roles without superuser, CREATEROLE, CREATEDB or REPLICATION, directly or not)"
    )
    if refused:
        hint += "; refused: " + "; ".join(f"{r}: {w}" for r, w in sorted(refused.items()))
    return hint
