"""The shadow database made the desired state: a scratch database with the prelude
(:mod:`schemadiff.sandbox`), schema/ and its managed rows loaded, its expressions made a
fixpoint (:mod:`schemadiff.fixpoint`), and its catalog read (beside the fixpoint:
:mod:`schemadiff.fixpoint_read`)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from psycopg import Connection

from schemadiff.catalog import Catalog, SchemaFilter
from schemadiff.datafiles import load_rows
from schemadiff.errors import ConfigError
from schemadiff.fixpoint import fixpoint_connection
from schemadiff.fixpoint_read import fixpoint_and_catalog, whole_catalog
from schemadiff.quoting import quote_ident, sql_code
from schemadiff.sandbox import Shadow, load_schema, shadow_database
from schemadiff.servers import connect
from schemadiff.source import SchemaSource
from schemadiff.timings import Timings
from schemadiff.urls import DatabaseUrl


def shadow_of(
    server: DatabaseUrl, source: SchemaSource, schemas: SchemaFilter, *, trusted: bool, in_memory: bool = True
) -> AbstractContextManager[Shadow]:
    """A scratch database with the prelude, ready for schema/ (the sandbox of :mod:`schemadiff.sandbox`)."""
    return shadow_database(
        server,
        source.prelude,
        source.files,
        trusted=trusted,
        default_privileges_for=schemas.default_privileges_for,
        owner_roles=schemas.owner_roles,
        in_memory=in_memory,
    )


def fill_shadow(shadow: Shadow, source: SchemaSource, schemas: SchemaFilter, timings: Timings) -> None:
    """schema/ and its managed rows loaded, then its expressions made a fixpoint (as the plan's
    statements will store them), all as the shadow's loading role: the desired state."""
    _load_shadow(shadow, source, schemas, timings)
    with timings.phase("fixpoint"), connect(shadow.url) as conn:
        fixpoint_connection(conn, schemas)


def desired_catalog(
    shadow: Shadow, source: SchemaSource, schemas: SchemaFilter, timings: Timings, shadow_conn: Connection[Any]
) -> Catalog:
    """:func:`fill_shadow`, and the shadow's catalog as the fixpoint leaves it, read beside the
    fixpoint (:mod:`schemadiff.fixpoint_read`; phase "inspect desired", within "fixpoint").
    ``shadow_conn``: a connection to the shadow, idle."""

    def read(apart: frozenset[str]) -> Catalog:
        with timings.phase("inspect desired"):
            return whole_catalog(shadow.url, schemas, apart)

    _load_shadow(shadow, source, schemas, timings)
    with timings.phase("fixpoint"):
        return fixpoint_and_catalog(shadow_conn, shadow.url, schemas, read=read)[1]


def _load_shadow(shadow: Shadow, source: SchemaSource, schemas: SchemaFilter, timings: Timings) -> None:
    with timings.phase("load"):
        load_schema(shadow, source.files)
        with connect(shadow.url) as conn:
            if schemas.presented_as:  # a tenant schema: the template becomes the member (its rows are the database's)
                template_as_member(conn, schemas.presented_as, schemas.include[0])
            else:
                load_rows(conn, source.data, schemas.data)


def template_as_member(conn: Connection[Any], template: str, member: str) -> None:
    """The shadow's template schema renamed to a tenant's name: the server re-prints every
    definition in it (defaults, views, policies, keys) under the member's name."""
    found = conn.execute("select 1 from pg_catalog.pg_namespace where nspname = %s", (template,)).fetchone()
    if not found:
        raise ConfigError(
            f"schema/ creates no schema {template!r}, the template schema of the tenant group: declare its "
            "objects in that schema (create schema ...)"
        )
    conn.execute(sql_code(f"alter schema {quote_ident(template)} rename to {quote_ident(member)}"))
