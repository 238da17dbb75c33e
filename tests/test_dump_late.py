"""`schemadiff dump` of rules and publications: written after every table and view, loaded
back into the same catalog (rules and publications are kinds of it), dumped again the same."""

from __future__ import annotations

from pathlib import Path

from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.dump import dump_database
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl
from test_dump import assert_same_schema, build, loaded

EVERYTHING = SchemaFilter(exclude=("schemadiff",))  # no include list: FOR ALL TABLES is managed too

SCHEMA = """
create schema sales;
create table sales.orders (id int primary key, status text, total numeric, note text);
create table public.zz_log (order_id int, status text);
create function public.norm(text) returns text language sql immutable return lower($1);
create view public.open_orders as select id, status from sales.orders where status <> 'closed';
-- the rule's action writes to a table whose name sorts after the rule's table
create rule orders_log as on update to sales.orders where new.status is distinct from old.status
    do also insert into public.zz_log values (new.id, public.norm(new.status));
create rule "Close, don't delete" as on delete to public.open_orders
    do instead update sales.orders set status = 'closed' where id = old.id;
create rule orders_no_negative as on insert to sales.orders where new.total < 0 do instead nothing;
alter table sales.orders disable rule orders_no_negative;
create publication orders_feed for table sales.orders (id, status, total) where (status <> 'draft'), table public.zz_log
    with (publish = 'insert, update', publish_via_partition_root = true);
create publication "Sales schema" for tables in schema sales;
create publication everything for all tables with (publish = 'insert');
create publication not_yet;
"""


def test_rules_and_publications_round_trip(pg_server: DatabaseUrl, empty_db: DatabaseUrl, tmp_path: Path) -> None:
    build(empty_db, SCHEMA)
    with connect(empty_db) as conn:
        catalog = inspect_catalog(conn, EVERYTHING)
    assert set(catalog.of_kind("rule")) == {
        "sales.orders.orders_log",
        "public.open_orders.Close, don't delete",
        "sales.orders.orders_no_negative",
    }
    assert set(catalog.of_kind("publication")) == {
        "orders_feed",
        "orders_feed table sales.orders",
        "orders_feed table public.zz_log",
        "Sales schema",
        "Sales schema tables in schema sales",
        "everything",
        "not_yet",
    }
    files = dump_database(empty_db, EVERYTHING)
    rules, publications = files["60_rules.sql"], files["70_publications.sql"]
    assert "CREATE RULE orders_log AS" in rules and "INSERT INTO public.zz_log" in rules
    assert "alter table sales.orders disable rule orders_no_negative;" in rules
    assert 'CREATE RULE "Close, don\'t delete" AS' in rules
    assert (
        "create publication orders_feed for table public.zz_log, table sales.orders (id, status, total) "
        "where ((status <> 'draft'::text)) with (publish = 'insert, update', publish_via_partition_root = true);"
    ) in publications
    assert 'create publication "Sales schema" for tables in schema sales;' in publications
    assert "create publication everything for all tables with (publish = 'insert');" in publications
    assert "create publication not_yet;" in publications
    with loaded(pg_server, files, tmp_path / "dump", prelude=[]) as copy:
        assert_same_schema(empty_db, copy, EVERYTHING)
        assert dump_database(copy, EVERYTHING) == files


def test_a_publication_is_managed_with_what_it_publishes(empty_db: DatabaseUrl) -> None:
    """With an include list, a publication is managed only when all it publishes is managed;
    one publishing nothing (or everything) belongs to no managed schema."""
    build(empty_db, SCHEMA)
    with connect(empty_db) as conn:
        sales_only = inspect_catalog(conn, SchemaFilter(include=("sales",)))
        both = inspect_catalog(conn, SchemaFilter(include=("sales", "public")))
    assert {k for k, o in sales_only.of_kind("publication").items() if not o.parent} == {"Sales schema"}
    assert {k for k, o in both.of_kind("publication").items() if not o.parent} == {"orders_feed", "Sales schema"}
    assert set(sales_only.of_kind("rule")) == {"sales.orders.orders_log", "sales.orders.orders_no_negative"}
