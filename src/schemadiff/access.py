"""What a role needs to read a target the way ``drift`` (and every inspection) reads it.

The catalog (``pg_catalog``) is readable by every role. Beyond it, schemadiff reads:

- the managed reference rows (``data.tables``): USAGE on their schemas, SELECT on the columns
  it compares, and every row visible: a table with row level security hides rows from a
  role that neither owns it (unforced) nor has BYPASSRLS, which would look like rows to add;
- the apply history (``schemadiff.history``), which tells a *pending* plan from an
  out-of-band change.

:func:`check_rows_readable` refuses, with the grant that is missing, before a read could
silently see less than there is; :func:`grants_for` writes the whole set as SQL
(``schemadiff grants --role NAME``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg

from schemadiff.config import TOOL_SCHEMA
from schemadiff.errors import AccessError
from schemadiff.quoting import quote_ident

_GRANTS_HINT = "`schemadiff grants --role <role>` prints every grant a read-only role needs"

_TABLE_ACCESS_SQL = """
select has_schema_privilege(n.oid, 'USAGE'),
       c.relrowsecurity,
       c.relforcerowsecurity,
       pg_has_role(c.relowner, 'USAGE'),
       coalesce((select r.rolbypassrls or r.rolsuper from pg_catalog.pg_roles r where r.rolname = current_user), false),
       current_user
from pg_catalog.pg_class c
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where n.nspname = %s and c.relname = %s
"""


def check_rows_readable(cur: psycopg.Cursor[Any], schema: str, table: str, columns: Sequence[str]) -> None:
    """Raise :class:`AccessError` unless the current role can read every row of ``schema.table``
    (its ``columns``): schema USAGE, column SELECT, and no row level security in the way."""
    row = cur.execute(_TABLE_ACCESS_SQL, (schema, table), prepare=False).fetchone()
    if row is None:
        return
    usage, rls, forced, owner, bypass, role = row
    name = f"{quote_ident(schema)}.{quote_ident(table)}"
    if not usage:
        raise AccessError(
            f"role {role} cannot read the managed rows of {schema}.{table}: it lacks USAGE on schema {schema} "
            f"(grant usage on schema {quote_ident(schema)} to {quote_ident(role)}); {_GRANTS_HINT}"
        )
    cur.execute(
        "select c from unnest(%s::text[]) c where not has_column_privilege(%s::regclass, c, 'SELECT')",
        (list(columns), name),
        prepare=False,
    )
    denied = [str(r[0]) for r in cur.fetchall()]
    if denied:
        raise AccessError(
            f"role {role} cannot read the managed rows of {schema}.{table} (no SELECT on {', '.join(denied)}): "
            f"grant select on {name} to {quote_ident(role)}; {_GRANTS_HINT}"
        )
    if rls and not bypass and (forced or not owner):
        raise AccessError(
            f"row level security on {schema}.{table} can hide managed rows from role {role}, so they would look "
            f"missing: give the role BYPASSRLS (alter role {quote_ident(role)} bypassrls; with SELECT on the "
            f"managed tables only, it reads nothing else) or read as the table's owner; {_GRANTS_HINT}"
        )


def history_access_error(role: str) -> AccessError:
    return AccessError(
        f"role {role} cannot read {TOOL_SCHEMA}.history, which tells a pending plan from an out-of-band change: "
        f"grant usage on schema {TOOL_SCHEMA} to {quote_ident(role)}; grant select on {TOOL_SCHEMA}.history to "
        f"{quote_ident(role)}; {_GRANTS_HINT}"
    )


def grants_for(role: str, database: str | None, data_tables: Sequence[tuple[str, str]]) -> str:
    """The SQL that lets ``role`` run ``schemadiff drift`` (read-only) on a target: to be run
    by the target's owner after the first ``apply`` (which creates ``schemadiff.history``)."""
    who = quote_ident(role)
    lines = [
        f"-- what `schemadiff drift` needs to read a target as role {role}; run as the database owner",
        "-- after the first `schemadiff apply` (it creates schemadiff.history). The catalog (pg_catalog)",
        "-- is readable by every role; drift connects read-only (default_transaction_read_only).",
    ]
    if database:
        lines.append(f"grant connect on database {quote_ident(database)} to {who};")
    lines += [
        f"grant usage on schema {quote_ident(TOOL_SCHEMA)} to {who};",
        f"grant select on {quote_ident(TOOL_SCHEMA)}.{quote_ident('history')} to {who};",
    ]
    schemas = sorted({schema for schema, _ in data_tables})
    lines += [f"grant usage on schema {quote_ident(s)} to {who};" for s in schemas]
    lines += [f"grant select on {quote_ident(s)}.{quote_ident(t)} to {who};" for s, t in data_tables]
    if data_tables:
        lines += [
            "-- managed rows must all be visible: row level security would hide some (needs a superuser;",
            "-- the role can still read only the tables granted above)",
            f"alter role {who} bypassrls;",
        ]
    return "\n".join(lines) + "\n"
