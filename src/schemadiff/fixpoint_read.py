"""The shadow's catalog, read beside its fixpoint.

Once schema/ is loaded into the shadow, two things read it whole: :mod:`schemadiff.fixpoint`
(its probes, then the text of every object it may re-create) and the catalog
(:func:`schemadiff.catalog.inspect_catalog`). One after the other they took 0.5 s and 0.45 s at
3,000 tables, much of it each new connection filling its caches of the same tables (a
connection's first catalog query at 3,000 tables: 0.25 s cold, 0.1 s warm). Both only read
until the fixpoint re-creates its first object; so the catalog is read by two connections:
most kinds on one of its own while the fixpoint reads (:data:`BESIDE`), and the others
(:data:`ON_FIXPOINT`: policies, comments, grants, sequences, NOT NULL names) on the
fixpoint's connection, its caches warm, once the fixpoint has read everything and before it
changes anything (``before_changes``); the two connections end at about the same time. The
fixpoint changes nothing until both parts are read: no read meets its locks, no definition is
printed from a catalog it is changing. (Nothing else writes to a shadow: the parts read at
different moments are of one state.)

Then the catalog is made what the fixpoint left: the kinds whose rows a re-created object can
change (:data:`KINDS_OF_RECREATED`) are read again on the fixpoint's connection and replace
theirs; none when nothing was re-created. The test suite checks the result against a whole
read after the fixpoint (``tests/test_fixpoint_read.py``, and every corpus case's desired side).

Where Citus runs (its hooks forward DDL to workers; the fixpoint sends statements one by one
there), the fixpoint runs first and the catalog is read after it, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import psycopg

from schemadiff.catalog import (
    CITUS_KINDS,
    HELPER_KINDS,
    KINDS,
    Catalog,
    CatalogObject,
    SchemaFilter,
    inspect_catalog,
    kind_objects,
    with_kinds_read_again,
)
from schemadiff.fixpoint import FixpointResult, fixpoint_connection
from schemadiff.servers import connect, runs_citus
from schemadiff.urls import DatabaseUrl

# fixpoint key kind (queries/fixpoint.sql) -> the catalog kinds whose rows re-creating such an
# object can change: its own; comments where it is dropped and created again (they are written
# again: read to be sure they are the same); an exclusion constraint's index (recreated_kinds)
KINDS_OF_RECREATED: dict[str, frozenset[str]] = {
    "constraint": frozenset({"constraint", "comment"}),
    "domain_constraint": frozenset({"type", "comment"}),
    "domain_default": frozenset({"type"}),
    "column": frozenset({"column"}),  # a default (SET DEFAULT) or a generation expression (SET EXPRESSION)
    "index": frozenset({"index", "comment"}),
    "policy": frozenset({"policy"}),
    "view": frozenset({"view"}),  # CREATE OR REPLACE: grants, owner, comments and columns kept
    "trigger": frozenset({"trigger", "comment"}),
    "rule": frozenset({"rule"}),
    "function": frozenset({"function"}),  # CREATE OR REPLACE: grants, owner and comment kept
}

# the kinds read on the fixpoint's connection once it has read (its caches of the tables filled
# by its probes), and the kinds read on a connection of their own beside it. Measured at 3,000
# tables (median of 4 cold plans each): the fixpoint and the catalog 0.73 s this way, 0.81 s with
# the constraints on the fixpoint's connection too, 0.77 s with a third connection (the catalog
# on two, the fixpoint on none: every connection fills its caches of every table)
ON_FIXPOINT = HELPER_KINDS - {"constraint"}
BESIDE = frozenset(KINDS) - ON_FIXPOINT - CITUS_KINDS

Reader = Callable[[frozenset[str]], Catalog]  # the catalog without the kinds given


def fixpoint_and_catalog(
    conn: psycopg.Connection, url: DatabaseUrl, schemas: SchemaFilter, *, read: Reader | None = None
) -> tuple[FixpointResult, Catalog]:
    """Make the database behind ``conn`` (idle; ``url`` its address) a fixpoint and return its
    catalog as the fixpoint left it; see the module docstring. ``read``: how the kinds of
    :data:`BESIDE` are read beside the fixpoint (called with the kinds to leave out; default: on a
    new connection to ``url``)."""
    reader = read or (lambda apart: whole_catalog(url, schemas, apart))
    if runs_citus(conn):
        result = fixpoint_connection(conn, schemas)
        return result, reader(frozenset())
    helped: list[CatalogObject] = []
    with ThreadPoolExecutor(max_workers=1) as beside:
        catalog_read = beside.submit(reader, ON_FIXPOINT)

        def before_changes(fixpoint_conn: psycopg.Connection) -> None:
            helped.extend(kind_objects(fixpoint_conn, schemas, ON_FIXPOINT))
            catalog_read.result()

        try:
            result = fixpoint_connection(conn, schemas, before_changes=before_changes)
        finally:
            catalog_read.cancel()  # (a fixpoint that failed before asking for it: not waited for twice)
        part = catalog_read.result()
    catalog = Catalog(part.server_version_num, (*part.objects, *helped), part.column_positions)
    return result, with_kinds_read_again(conn, schemas, catalog, recreated_kinds(result.recreated, catalog))


def recreated_kinds(keys: tuple[str, ...], catalog: Catalog) -> frozenset[str]:
    """The catalog kinds to read again after the fixpoint re-created the objects of ``keys``
    (``catalog``: as read before, to tell an exclusion constraint from a CHECK)."""
    kinds: set[str] = set()
    for key in keys:
        kind, _, identity = key.partition(":")
        kinds |= KINDS_OF_RECREATED[kind]
        if kind == "constraint":
            found = catalog.get("constraint", identity)
            if found is None or not found.definition.startswith("contype=c "):  # (its index goes and comes)
                kinds.add("index")
    return frozenset(kinds)


def whole_catalog(url: DatabaseUrl, schemas: SchemaFilter, apart: frozenset[str] = frozenset()) -> Catalog:
    """The catalog of ``url`` but the kinds of ``apart``, read on a connection of its own."""
    with connect(url) as conn:
        return inspect_catalog(conn, schemas, apart=apart)
