"""One database read twice gives equal snapshots, whatever plans the server picks for the
reading queries, against a real embedded PostgreSQL 18 with the product schema: after an
ANALYZE (what autovacuum does to a catalog just loaded, between two reads of a test or of a
plan and its cache entry) and under other planner settings. Rows of a query are tuples in the
order the server returns them: a query without an order of its own returned them in another
order after an ANALYZE."""

from __future__ import annotations

from schemadiff.catalog import SchemaFilter
from schemadiff.quoting import quote_ident, sql_code
from schemadiff.servers import connect
from schemadiff.snapshot import Snapshot, take_snapshot, with_details
from schemadiff.urls import DatabaseUrl

ALL = SchemaFilter()


def _read(url: DatabaseUrl) -> Snapshot:
    return with_details(take_snapshot(url, ALL, name="product", details=False), url, ALL, inspector=False)


def _assert_same(one: Snapshot, two: Snapshot) -> None:
    # (rows to put in an order: the kinds whose order an ANALYZE changed, several rows each)
    assert all(len(one.rows[name]) > 1 for name in ("policies", "triggers", "functions", "column_types"))
    assert two.catalog == one.catalog
    differing = [name for name, rows in one.rows.items() if two.rows[name] != rows]
    assert differing == [], "rows read in another order (or other rows)"
    assert two.details == one.details


def test_the_details_read_again_after_an_analyze_are_equal(product_db: DatabaseUrl) -> None:
    one = _read(product_db)
    with connect(product_db) as conn:
        conn.execute("analyze")
    _assert_same(one, _read(product_db))


def test_the_details_read_under_other_plans_are_equal(product_db: DatabaseUrl) -> None:
    """Every join a nested loop, no hashed aggregate, no sequential scan where an index serves
    (settings of the database: the reading connections are new)."""
    one = _read(product_db)
    with connect(product_db) as conn:
        for setting in ("enable_hashjoin", "enable_mergejoin", "enable_hashagg", "enable_seqscan"):
            conn.execute(sql_code(f"alter database {quote_ident(product_db.database)} set {setting} = off"))
    with connect(product_db) as conn:
        assert conn.execute("show enable_hashjoin").fetchone() == ("off",)
    _assert_same(one, _read(product_db))
