"""Materialized views planned without migra's inspector (diff/plain_views.py, diff/plain_indexes.py):
new and dropped ones with their indexes, storage parameters, grants and comments, a changed one
dropped and created again with them; a diff of two real databases that imports no schemainspect,
plans what every family plans and, applied, leaves nothing to do, both ways. The rules that keep a
materialized view on migra's path are checked on catalogs. The corpus (tests/casehelp.py,
check_light_families) checks the same for each of its cases on the path
(views/create_materialized_view_with_index_options_and_grants, views/change_materialized_view_query, ...)."""

from __future__ import annotations

from pathlib import Path

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_structure import plain_structure
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_pair, loaded_pair

TABLE = CatalogObject("table", "public.t", "ordinary using heap replica identity d", "")
BEFORE = CatalogObject("materialized_view", "public.m", " SELECT id\n   FROM t;", "")
AFTER = CatalogObject("materialized_view", "public.m", " SELECT id\n   FROM t\n  WHERE id > 0;", "")
OPTIONED = CatalogObject("materialized_view", "public.m", BEFORE.definition + "\nwith (fillfactor=70)", "")
INDEX = CatalogObject("index", "public.m_id", "CREATE UNIQUE INDEX m_id ON public.m USING btree (id)", "public.m")


def catalog(*objects: CatalogObject) -> Catalog:
    return Catalog(180000, (TABLE, *objects))


def test_materialized_views_take_the_path_with_their_indexes() -> None:
    assert plain_structure(catalog(), catalog(BEFORE, INDEX)) == PlainStructure(
        added_views=(BEFORE,), added_indexes=(INDEX,)
    )
    assert plain_structure(catalog(BEFORE, INDEX), catalog()) == PlainStructure(
        dropped_views=(BEFORE,), dropped_indexes=(INDEX,)
    )
    # a new index of a kept one; a changed query (dropped and created again: its index carried)
    assert plain_structure(catalog(BEFORE), catalog(BEFORE, INDEX)) == PlainStructure(added_indexes=(INDEX,))
    assert plain_structure(catalog(BEFORE, INDEX), catalog(AFTER, INDEX)) == PlainStructure(changed_views=(AFTER,))
    # a view replaced by a materialized view of its name (the same query), or the other way:
    # dropped as what it was, created as what it becomes (its grants and comment carried)
    plain_view = CatalogObject("view", "public.m", BEFORE.definition, "")
    assert plain_structure(catalog(plain_view), catalog(BEFORE)) == PlainStructure(changed_views=(BEFORE,))
    assert plain_structure(catalog(BEFORE), catalog(plain_view)) == PlainStructure(changed_views=(plain_view,))
    # an index added to or dropped from one whose query changes, or one that was a view: created
    # after it, dropped before it (diff.carried leaves a planned index alone)
    assert plain_structure(catalog(BEFORE), catalog(AFTER, INDEX)) == PlainStructure(
        changed_views=(AFTER,), added_indexes=(INDEX,)
    )
    assert plain_structure(catalog(BEFORE, INDEX), catalog(AFTER)) == PlainStructure(
        changed_views=(AFTER,), dropped_indexes=(INDEX,)
    )
    assert plain_structure(catalog(plain_view), catalog(BEFORE, INDEX)) == PlainStructure(
        changed_views=(BEFORE,), added_indexes=(INDEX,)
    )
    # storage parameters alone: the table options family's, the query is not changed
    assert plain_structure(catalog(BEFORE), catalog(OPTIONED)) == PlainStructure(optioned_matviews=(OPTIONED,))
    assert plain_structure(catalog(), catalog(OPTIONED)) == PlainStructure(
        added_views=(OPTIONED,), optioned_matviews=(OPTIONED,)
    )


def test_materialized_views_stay_on_migras_path_when_they_may_depend() -> None:
    # a new view names a changed one (one the same on both sides: diff/view_chains.py); a new one names a new view
    on_it = CatalogObject("view", "public.w", " SELECT id\n   FROM m;", "")
    assert plain_structure(catalog(BEFORE), catalog(AFTER, on_it)) is None
    view = CatalogObject("view", "public.v", " SELECT id\n   FROM t;", "")
    naming = CatalogObject("materialized_view", "public.m", " SELECT id\n   FROM v;", "")
    assert plain_structure(catalog(), catalog(view, naming)) is None
    # an index changed in its storage parameters alone (the indexes family's, in the views' phases)
    redefined = CatalogObject("index", INDEX.identity, INDEX.definition + " WITH (fillfactor='50')", "public.m")
    assert plain_structure(catalog(BEFORE, INDEX), catalog(BEFORE, redefined)) is None


CURRENT = """
do $$ begin create role sdtest_matview_reader nologin; exception when duplicate_object then null; end $$;
create table public.orders (id integer primary key, customer text not null, total numeric(12, 2) not null);
create materialized view public.big_orders with (fillfactor = 70) as select id, total from public.orders where total > 1000;
create unique index big_orders_id_idx on public.big_orders (id);
grant select on public.big_orders to sdtest_matview_reader;
comment on materialized view public.big_orders is 'refreshed nightly';
"""
DESIRED = (
    CURRENT.replace("total > 1000", "total > 5000")
    + """
create materialized view public.customer_totals as select customer, sum(total) as spent from public.orders group by customer;
create unique index customer_totals_customer_idx on public.customer_totals (customer);
"""
)


def test_materialized_views_are_planned_without_schemainspect(tmp_path: Path, pg_server, empty_db: DatabaseUrl) -> None:
    """One materialized view created with its index, one whose query changes dropped and
    created again with its index, storage parameters, grant and comment: without schemainspect,
    as every family plans it, both ways; applied, nothing is left to do."""
    with loaded_pair(pg_server, empty_db, "_matviews", CURRENT, DESIRED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert 'drop materialized view if exists "public"."big_orders";' in forward, forward
        assert 'create materialized view "public"."customer_totals" as' in forward, forward
        assert "CREATE UNIQUE INDEX big_orders_id_idx ON public.big_orders" in forward, forward
        assert 'alter materialized view "public"."big_orders" set (fillfactor=70);' in forward, forward
        assert "grant select on table public.big_orders to sdtest_matview_reader;" in forward, forward
        assert "comment on materialized view public.big_orders is 'refreshed nightly';" in forward, forward
        assert 'drop index if exists "public"."customer_totals_customer_idx";' in backward, backward
        assert 'drop materialized view if exists "public"."customer_totals";' in backward, backward
        both_ways(tmp_path, empty_db, other, forward, backward)


VIEW = """
do $$ begin create role sdtest_matview_reader nologin; exception when duplicate_object then null; end $$;
create table public.orders (id integer primary key, total numeric(12, 2) not null);
create view public.order_totals as select id, total from public.orders;
grant select on public.order_totals to sdtest_matview_reader;
comment on view public.order_totals is 'one row per order';
"""
MATERIALIZED = VIEW.replace("create view", "create materialized view").replace("on view", "on materialized view") + (
    "create unique index order_totals_id on public.order_totals (id);\n"
)


def test_a_view_that_becomes_materialized_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A view replaced by a materialized view of its name and query with an index: dropped as a
    view, created as a materialized view, its grant and comment set again, the index created after
    it; the other way round the same, the index dropped first; without schemainspect, as every
    family plans it; applied, nothing is left to do."""
    with loaded_pair(pg_server, empty_db, "_view_materialized", VIEW, MATERIALIZED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert 'drop view if exists "public"."order_totals";' in forward, forward
        assert 'create materialized view "public"."order_totals" as' in forward, forward
        assert "grant select on table public.order_totals to sdtest_matview_reader;" in forward, forward
        assert "comment on materialized view public.order_totals is 'one row per order';" in forward, forward
        assert "CREATE UNIQUE INDEX order_totals_id ON public.order_totals USING btree (id);" in forward, forward
        assert 'drop index if exists "public"."order_totals_id";' in backward, backward
        assert 'drop materialized view if exists "public"."order_totals";' in backward, backward
        assert 'create or replace view "public"."order_totals" as' in backward, backward
        assert "comment on view public.order_totals is 'one row per order';" in backward, backward
        both_ways(tmp_path, empty_db, other, forward, backward)
