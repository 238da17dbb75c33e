"""Inspect one database: everything the diff needs, read once, then the connection is done.

A :class:`Snapshot` holds migra's inspector (schemainspect, filtered to the managed
schemas), our own :class:`~schemadiff.catalog.Catalog`, and the rows our own diff families
render from. Data flows one way: nothing downstream goes back to the database.

Both connections (psycopg for our catalog and render queries, SQLAlchemy for migra) pin
the session settings of :mod:`schemadiff.session` for their reads, so a database's or a
role's own ``search_path``, ``DateStyle``, ``quote_all_identifiers``, ... change nothing.
"""

from __future__ import annotations

import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from psycopg.rows import dict_row

from schemadiff.catalog import Catalog, SchemaFilter, inspect_catalog
from schemadiff.errors import ConnectError
from schemadiff.quoting import sql_code
from schemadiff.rows import TableFacts, read_table_facts
from schemadiff.servers import connect, server_version_num
from schemadiff.session import pin, pin_sqlalchemy, render_settings
from schemadiff.urls import DatabaseUrl
from schemadiff.user_mappings import mapping_source, with_source

# imported here, once, not lazily: snapshots are taken on several threads at once, and two
# threads importing SQLAlchemy for the first time can see its half-initialised modules
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from schemainspect.pg.obj import PROPS
    from sqlalchemy.pool import NullPool
    from sqlbag import S

    from schemadiff.inspect_quoting import inspector as quoting_inspector

# (kind, GRANT target e.g. "function public.f(integer)", column or None, grantee, privilege, grantable)
PrivilegeKey = tuple[str, str, "str | None", str, str, bool]


@dataclass(frozen=True)
class Snapshot:
    name: str  # what this side is, for messages: "target local", "desired (schema/)"
    server_version_num: int
    inspector: Any  # schemainspect.pg.PostgreSQL, filtered to the managed schemas
    catalog: Catalog
    rls: dict[str, dict[str, Any]]  # identity -> render_rls row
    comments: dict[tuple[str, str], str | None]  # (object_type, quoted identity) -> comment
    privileges: frozenset[PrivilegeKey]  # grants on the kinds migra does not cover
    privileged_objects: frozenset[tuple[str, str]]  # (kind, target) of every such object
    # rows of the other queries/render_<name>.sql (see RENDER_ROWS), for the diff families
    rows: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)
    # the managed reference tables (data.tables) that exist here: columns, types, FK parents
    data_tables: tuple[TableFacts, ...] = ()
    # what schema/ says about its columns beyond the catalog (USING hints, where each is declared):
    # a using_hints.ColumnHints on the desired side of `plan`, else None
    column_hints: Any = None

    @property
    def major(self) -> int:
        return self.server_version_num // 10000


# queries/render_<name>.sql whose rows land in Snapshot.rows[<name>]
RENDER_ROWS: tuple[str, ...] = (
    "types",
    "partitions",
    "not_null",
    "event_triggers",
    "aggregates",
    "text_search_dictionaries",
    "text_search_configurations",
    "table_options",
    "policy_depends",
    "default_privileges",
    "comment_baselines",
    "depends",
    "rules",
    "publications",
    "owners",
    "foreign_data",
    "column_types",
    "casts",
)


def read_query(name: str) -> str:
    return resources.files("schemadiff.queries").joinpath(f"{name}.sql").read_text()


def take_snapshot(url: DatabaseUrl, schemas: SchemaFilter, *, name: str) -> Snapshot:
    """Read one database; migra's inspector on a second connection at the same time (the
    server answers both while Python parses the other's rows)."""
    with ThreadPoolExecutor(max_workers=1) as migra_reader:
        inspector = migra_reader.submit(_migra_inspector, url, schemas)
        return _our_snapshot(url, schemas, name, inspector)


def _our_snapshot(url: DatabaseUrl, schemas: SchemaFilter, name: str, inspector: Future[Any]) -> Snapshot:
    params = schemas.query_params()
    with connect(url) as conn:
        version = server_version_num(conn)
        catalog = inspect_catalog(conn, schemas)
        data_tables = read_table_facts(conn, schemas.data)
        with conn.transaction(force_rollback=True), conn.cursor(row_factory=dict_row) as cur:
            pin(cur, render_settings())  # the SQL rendered here ends up in the plan
            rls = {row["identity"]: row for row in cur.execute(sql_code(read_query("render_rls")), params)}
            comments = {
                (row["object_type"], row["quoted_identity"]): row["description"]
                for row in cur.execute(sql_code(read_query("render_comments")), params)
            }
            grants = cur.execute(sql_code(read_query("render_privileges")), params).fetchall()
            mappings = mapping_source(cur)  # user mappings: the table or the view (schemadiff/user_mappings.py)
            rows = {
                name: tuple(
                    cur.execute(sql_code(with_source(read_query(f"render_{name}"), mappings)), params).fetchall()
                )
                for name in RENDER_ROWS
            }
    privileges = frozenset(
        (r["kind"], r["target"], r["column_name"], r["grantee"], r["privilege"], r["grantable"])
        for r in grants
        if r["privilege"]
    )
    objects = frozenset((r["kind"], r["target"]) for r in grants)
    return Snapshot(name, version, inspector.result(), catalog, rls, comments, privileges, objects, rows, data_tables)


def _migra_inspector(url: DatabaseUrl, schemas: SchemaFilter) -> Any:
    try:
        # no pool: sqlbag keeps an engine per URL for the life of the process, and a pooled
        # connection would keep the settings it started with (ALTER DATABASE/ROLE … SET)
        with S(url.sqlalchemy_url(), poolclass=NullPool) as session:
            pin_sqlalchemy(session, render_settings())  # same transaction as the inspection
            inspector = quoting_inspector(session)  # schemainspect's, names and labels quoted
    except Exception as exc:  # SQLAlchemy wraps driver errors in its own classes
        raise ConnectError(
            f"cannot inspect {url.origin} ({url.redacted()}): {url.scrub(str(exc)).splitlines()[0]}"
        ) from None
    for prop in PROPS.split():
        objects = getattr(inspector, prop)
        setattr(inspector, prop, type(objects)((k, v) for k, v in objects.items() if schemas.allows(v.schema)))
    # the session is closed: the inspector is data now (and can be pickled: desired_cache.py);
    # "postgresql" is what schemainspect itself keeps when it has no engine
    inspector.c, inspector.engine, inspector.dialect = None, None, "postgresql"
    return inspector
