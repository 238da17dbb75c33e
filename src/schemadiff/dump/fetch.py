"""Read everything a dump needs from a live database: one query per object kind.

The queries are package data (``schemadiff/queries/dump_<name>.sql``); like the catalog's,
each reads its kind over the whole database (never per object) and filters schemas in SQL
with the include/exclude lists as ``text[]`` parameters. They run in one REPEATABLE READ
READ ONLY transaction with ``search_path = ''`` and the output settings of
:mod:`schemadiff.session` pinned, so every name the server renders (``pg_get_*def``,
``format_type``, ``pg_get_expr``) is schema-qualified, and every constant written, the
same way whatever the database's, the role's or the caller's settings, and the kinds are
consistent with each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import psycopg
from psycopg.rows import dict_row

from schemadiff.catalog import CITUS_INSTALLED, SchemaFilter
from schemadiff.query_files import query
from schemadiff.quoting import sql_code
from schemadiff.session import catalog_settings, pin
from schemadiff.user_mappings import mapping_source, with_source

Row = Mapping[str, Any]

# Every query of the dump; each has queries/dump_<name>.sql.
QUERY_NAMES: tuple[str, ...] = (
    "unsupported",
    "schema",
    "extension",
    "collation",
    "text_search_dictionary",
    "text_search_configuration",
    "type",
    "function",
    "sequence",
    "table",
    "constraint",
    "index",
    "trigger",
    "policy",
    "view",
    "comment",
    "privilege",
    "default_privilege",
    "rule",
    "publication",
    "owner",
    "foreign_data",
    "depend",
    "distribution",  # Citus: only where Citus is installed (no rows elsewhere)
)
CITUS_QUERIES = frozenset({"distribution"})
# queries shared with the diff families, read from their own file instead of dump_<name>.sql
_SHARED_QUERIES = {
    "default_privilege": "render_default_privileges.sql",
    "rule": "render_rules.sql",
    "publication": "render_publications.sql",
    "owner": "render_owners.sql",
    "foreign_data": "render_foreign_data.sql",
    "text_search_dictionary": "render_text_search_dictionaries.sql",
    "text_search_configuration": "render_text_search_configurations.sql",
}


@dataclass(frozen=True)
class DumpRows:
    """The rows of every dump query, by query name, and the server's version number."""

    server_version_num: int
    rows: Mapping[str, tuple[Row, ...]]

    def __getitem__(self, name: str) -> tuple[Row, ...]:
        return self.rows[name]


@cache
def dump_query_text(name: str) -> str:
    """The SQL of one dump query, from ``schemadiff/queries/dump_<name>.sql``."""
    if name not in QUERY_NAMES:
        raise ValueError(f"unknown dump query: {name!r}")
    return query(_SHARED_QUERIES.get(name, f"dump_{name}.sql").removesuffix(".sql"))


def fetch_rows(conn: psycopg.Connection, schemas: SchemaFilter, names: tuple[str, ...] = QUERY_NAMES) -> DumpRows:
    """Run every dump query (or those ``names``) on ``conn``; the transaction is rolled back
    afterwards (it also undoes the pinned settings), so the connection is left as it was found."""
    params = schemas.query_params()
    rows: dict[str, tuple[Row, ...]] = {}
    with conn.transaction(force_rollback=True):
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute("set transaction isolation level repeatable read, read only")
            pin(cur, catalog_settings())
            cur.execute(
                f"select pg_catalog.current_setting('server_version_num')::int as version, {CITUS_INSTALLED} as citus"
            )
            version_row = cur.fetchone()
            assert version_row is not None
            mappings = mapping_source(cur)  # user mappings: the table or the view (schemadiff/user_mappings.py)
            for name in names:
                if name in CITUS_QUERIES and not version_row["citus"]:
                    rows[name] = ()
                    continue
                cur.execute(sql_code(with_source(dump_query_text(name), mappings)), params, prepare=False)
                rows[name] = tuple(cur.fetchall())
    return DumpRows(int(version_row["version"]), rows)
