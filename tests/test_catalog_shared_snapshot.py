"""The catalog read on two connections that share one snapshot (catalog.inspect_catalog's
``helper``), against a real embedded PostgreSQL 18: the same catalog as one connection reads,
the helper's kinds from the snapshot of the first connection (not from a later commit), and a
helper that cannot be had or cannot share the snapshot leaves every kind to the first. And the
details' whole dependency graph read on a second connection (``snapshot.with_details``'s
``split``): the same rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from schemadiff import snapshot as snapshot_module
from schemadiff.catalog import HELPER_KINDS, Catalog, SchemaFilter, inspect_catalog
from schemadiff.errors import ConnectError
from schemadiff.servers import connect
from schemadiff.snapshot import RowScope, take_snapshot, with_details
from schemadiff.urls import DatabaseUrl
from test_catalog import DDL, load

ALL = SchemaFilter()


def alone(url: DatabaseUrl) -> Catalog:
    with connect(url) as conn:
        return inspect_catalog(conn, ALL)


def helped(url: DatabaseUrl, helper: object) -> Catalog:
    with connect(url) as conn:
        return inspect_catalog(conn, ALL, helper=helper)  # type: ignore[arg-type]  (test doubles of a Helper)


@pytest.fixture
def base_db(empty_db: DatabaseUrl) -> DatabaseUrl:
    load(empty_db, DDL)
    return empty_db


def test_two_connections_read_the_catalog_of_one(base_db: DatabaseUrl) -> None:
    opened: list[psycopg.Connection] = []

    def helper() -> psycopg.Connection:
        opened.append(connect(base_db))
        return opened[-1]

    catalog = helped(base_db, helper)
    assert len(opened) == 1, "the helper connection was used"
    assert catalog == alone(base_db)
    helped_kinds = {"constraint", "sequence", "policy", "privilege", "comment"}  # (no named NOT NULL in DDL)
    assert {o.kind for o in catalog.objects} & HELPER_KINDS == helped_kinds
    assert opened[0].closed


def test_the_helper_reads_in_the_first_connections_snapshot(base_db: DatabaseUrl) -> None:
    """A table committed after the first connection took its snapshot, before the helper
    connects: neither side sees it (the helper imported the snapshot), as one connection alone
    would not."""
    before = alone(base_db)

    @contextmanager
    def helper_after_a_commit() -> Iterator[psycopg.Connection]:
        with connect(base_db) as other:
            other.execute("create table public.late (id integer primary key, n integer check (n > 0))")
            other.execute("create index late_n on public.late (n)")
        with connect(base_db) as conn:
            yield conn

    catalog = helped(base_db, helper_after_a_commit)
    assert catalog == before
    after = alone(base_db)  # (the commit did land: its constraints are helper kinds)
    assert {o.kind for o in set(after.objects) - set(before.objects)} >= {"table", "index", "constraint"}


def test_a_helper_that_cannot_connect_leaves_every_kind_to_the_first(base_db: DatabaseUrl) -> None:
    def unreachable() -> psycopg.Connection:
        raise ConnectError("cannot connect to the helper (test)")

    assert helped(base_db, unreachable) == alone(base_db)


def test_a_helper_that_cannot_import_the_snapshot_leaves_every_kind_to_the_first(
    base_db: DatabaseUrl, pg_server: DatabaseUrl
) -> None:
    """A snapshot is imported only into the database that exported it: the helper's connection
    to another database (the server's maintenance database, which has none of these indexes or
    constraints) is refused the import, and the first connection reads those kinds itself."""
    catalog = helped(base_db, lambda: connect(pg_server))
    assert catalog == alone(base_db)
    assert {o.kind for o in catalog.objects} >= HELPER_KINDS - {"not_null_name"}  # (DDL names no NOT NULL)


def test_the_whole_graph_read_on_a_second_connection_gives_the_same_details(product_db, monkeypatch) -> None:
    """with_details(split=True): the dependency edges read on a connection of their own while
    the first reads the other render rows; the same details as one connection reads. A read
    that takes no whole graph opens no second connection."""
    reads: list[object] = []
    whole_edges = snapshot_module._whole_edges

    def counted(*args: object) -> object:
        reads.append(args)
        return whole_edges(*args)  # type: ignore[arg-type]  (the function's own arguments)

    monkeypatch.setattr(snapshot_module, "_whole_edges", counted)
    catalog_only = take_snapshot(product_db, ALL, name="product", details=False)
    one = with_details(catalog_only, product_db, ALL, inspector=False)
    assert reads == [] and len(one.rows["depends"]) > 100
    two = with_details(catalog_only, product_db, ALL, inspector=False, split=True)
    assert len(reads) == 1
    assert two.details == one.details
    scoped = RowScope(frozenset({"indexes"}))
    assert with_details(catalog_only, product_db, ALL, inspector=False, scope=scoped, split=True).rows["indexes"]
    assert len(reads) == 1
