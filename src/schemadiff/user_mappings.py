"""Where the queries read user mappings from, per connection.

``pg_catalog.pg_user_mapping`` is readable by superusers only; the ``pg_user_mappings`` view
shows every mapping but hides its options from a role that is neither a superuser, nor the
mapped role, nor (for a ``public`` mapping) the server's owner. The queries
(``user_mapping.sql``, ``render_foreign_data.sql``) are written over the view with a
``hidden`` column saying when the options were hidden; a connection that may read the table
(a superuser, the sandbox of the shadow: :mod:`schemadiff.sandbox` grants it in its scratch
database) reads the table instead, through the same columns. Choosing in Python is needed:
a query naming the table fails for a role without the privilege, whatever its CASE says.
"""

from __future__ import annotations

from typing import Any

# exactly as written in the query files (tests/test_foreign_data.py checks it is there)
VIEW_SOURCE = """(select v.umid, v.srvid, v.umuser, v.usename::text as usename, v.umoptions,
        v.umoptions is null and not (
            coalesce((select r.rolsuper from pg_catalog.pg_roles r where r.rolname = current_user), false)
            or (v.umuser = 0 and pg_catalog.pg_has_role(vs.srvowner, 'USAGE'))
            or (v.umuser = (select r.oid from pg_catalog.pg_roles r where r.rolname = current_user)
                and (pg_catalog.pg_has_role(vs.srvowner, 'USAGE') or pg_catalog.has_server_privilege(vs.oid, 'USAGE')))
        ) as hidden
     from pg_catalog.pg_user_mappings v join pg_catalog.pg_foreign_server vs on vs.oid = v.srvid) m"""

TABLE_SOURCE = """(select u.oid as umid, u.umserver as srvid, u.umuser, coalesce(r.rolname::text, 'public') as usename,
            u.umoptions, false as hidden
     from pg_catalog.pg_user_mapping u left join pg_catalog.pg_roles r on r.oid = u.umuser) m"""


def mapping_source(cur: Any) -> str:
    """The source a connection reads user mappings from: the table when it may, else the view."""
    cur.execute("select pg_catalog.has_table_privilege('pg_catalog.pg_user_mapping', 'select')")
    row = cur.fetchone()
    readable = bool(row[0] if isinstance(row, tuple) else next(iter(row.values())))
    return TABLE_SOURCE if readable else VIEW_SOURCE


def with_source(query: str, source: str) -> str:
    """``query`` reading user mappings from ``source`` (unchanged when it reads none)."""
    return query.replace(VIEW_SOURCE, source)
