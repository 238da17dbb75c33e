"""Changed views planned without migra's inspector (diff/plain_views.py): replaced in place when
their columns begin with the ones they had, else dropped and created again with their grants and
comments; a diff of two real databases that imports no schemainspect, plans what every family
plans and, applied, leaves nothing to do, both ways. The rules that keep a changed view on migra's
path are checked on catalogs. The corpus (tests/casehelp.py, check_light_families) checks the same
for each of its cases on the path (views/change_view_query, views/add_view_column, ...)."""

from __future__ import annotations

from pathlib import Path

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_functions import PlainFunctions
from schemadiff.diff.plain_structure import plain_structure
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_pair, loaded_pair

TABLE = CatalogObject("table", "public.t", "ordinary using heap replica identity d", "")
BEFORE = CatalogObject("view", "public.v", " SELECT id\n   FROM t;", "")
AFTER = CatalogObject("view", "public.v", " SELECT id\n   FROM t\n  WHERE id > 0;", "")


def test_a_changed_view_takes_the_path_unless_something_may_depend_on_it() -> None:
    assert plain_structure(Catalog(180000, (TABLE, BEFORE)), Catalog(180000, (TABLE, AFTER))) == PlainStructure(
        changed_views=(AFTER,)
    )
    # a view that reads it, the same on both sides: migra drops it and creates it again with it
    # when it cannot replace it in place (diff/view_chains.py), unless something else names one
    on_it = CatalogObject("view", "public.w", " SELECT id\n   FROM v;", "")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE, on_it)), Catalog(180000, (TABLE, AFTER, on_it))) == (
        PlainStructure(changed_views=(AFTER,), chained_views=(on_it,))
    )
    on_on_it = CatalogObject("view", "public.x", " SELECT id\n   FROM w;", "")
    assert plain_structure(
        Catalog(180000, (TABLE, BEFORE, on_it, on_on_it)), Catalog(180000, (TABLE, AFTER, on_it, on_on_it))
    ) == PlainStructure(changed_views=(AFTER,), chained_views=(on_it, on_on_it))
    changed_on_it = CatalogObject("view", "public.w", " SELECT id + 1 AS id\n   FROM v;", "")
    assert plain_structure(
        Catalog(180000, (TABLE, BEFORE, on_it)), Catalog(180000, (TABLE, AFTER, changed_on_it))
    ) == PlainStructure(changed_views=(AFTER, changed_on_it))
    for before, after in (((TABLE, BEFORE), (TABLE, AFTER, on_it)), ((TABLE, BEFORE, on_it), (TABLE, AFTER))):
        assert plain_structure(Catalog(180000, before), Catalog(180000, after)) is None  # (a new or dropped reader)
    reads_w = CatalogObject(
        "function",
        "public.f()",
        "CREATE OR REPLACE FUNCTION public.f()\n RETURNS bigint\n LANGUAGE sql\n"
        "BEGIN ATOMIC\n SELECT count(*) AS count\n    FROM w;\nEND\n",
        "",
    )
    w_trigger = CatalogObject("trigger", "public.w.tr", "CREATE TRIGGER tr INSTEAD OF INSERT ON public.w …", "public.w")
    w_rule = CatalogObject(
        "rule", "public.w.r", "CREATE RULE r AS ON DELETE TO public.w DO INSTEAD NOTHING;", "public.w"
    )
    for beside in (reads_w, w_trigger, w_rule):  # (what needs a view of the chain: migra's path)
        before, after = (TABLE, BEFORE, on_it, beside), (TABLE, AFTER, on_it, beside)
        assert plain_structure(Catalog(180000, before), Catalog(180000, after)) is None, beside
    # a new function beside: created first (migra's one pass of its key order), unless it names a
    # view of the chain (changeable_views: by name anywhere)
    shout = CatalogObject(
        "function",
        "public.shout(t text)",
        "CREATE OR REPLACE FUNCTION public.shout(t text)\n RETURNS text\n LANGUAGE sql\n IMMUTABLE\nRETURN upper(t)\n",
        "",
    )
    calling = CatalogObject("view", "public.v", " SELECT shout((id)::text) AS id\n   FROM t;", "")
    assert plain_structure(
        Catalog(180000, (TABLE, BEFORE, on_it)), Catalog(180000, (TABLE, calling, on_it, shout))
    ) == PlainStructure(changed_views=(calling,), chained_views=(on_it,), functions=PlainFunctions(added=(shout,)))
    assert (
        plain_structure(Catalog(180000, (TABLE, BEFORE, on_it)), Catalog(180000, (TABLE, AFTER, on_it, reads_w)))
        is None
    )
    # dropped once no view calls it: after the views that needed it, which migra creates again
    # (diff/view_chains.py), when nothing else names it; a changed one beside: migra's path
    assert plain_structure(Catalog(180000, (TABLE, calling, shout)), Catalog(180000, (TABLE, BEFORE))) == (
        PlainStructure(changed_views=(BEFORE,), functions=PlainFunctions(dropped=(shout,)))
    )
    default = CatalogObject("column", "public.t.label", "text default shout('x'::text)", "public.t")
    assert (
        plain_structure(Catalog(180000, (TABLE, calling, shout, default)), Catalog(180000, (TABLE, BEFORE, default)))
        is None
    )
    changed_shout = CatalogObject("function", shout.identity, shout.definition.replace("upper", "lower"), "")
    assert (
        plain_structure(Catalog(180000, (TABLE, calling, shout)), Catalog(180000, (TABLE, AFTER, changed_shout)))
        is None
    )
    # a materialized view of the chain whose indexes change at the same time: untried, migra's path
    matview = CatalogObject("materialized_view", "public.w", " SELECT id\n   FROM v;", "")
    index = CatalogObject("index", "public.w_id", "CREATE INDEX w_id ON public.w USING btree (id)", "public.w")
    assert plain_structure(
        Catalog(180000, (TABLE, BEFORE, matview, index)), Catalog(180000, (TABLE, AFTER, matview, index))
    ) == PlainStructure(changed_views=(AFTER,), chained_views=(matview,))
    assert (
        plain_structure(Catalog(180000, (TABLE, BEFORE, matview)), Catalog(180000, (TABLE, AFTER, matview, index)))
        is None
    )
    policy = CatalogObject("policy", "public.t.p", "permissive for all to public using (id in (select id from v))", "")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE, policy)), Catalog(180000, (TABLE, AFTER, policy))) is None
    trigger = CatalogObject("trigger", "public.v.tr", "CREATE TRIGGER tr INSTEAD OF INSERT ON public.v …", "public.v")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE, trigger)), Catalog(180000, (TABLE, AFTER, trigger))) is None
    # a rule on the changed view itself comes back with it (diff.rules.carried_rules); one on
    # another view that names it, or a rule on it that names another changed view, does not
    rule = CatalogObject("rule", "public.v.r", "CREATE RULE r AS ON DELETE TO public.v DO INSTEAD NOTHING;", "public.v")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE, rule)), Catalog(180000, (TABLE, AFTER, rule))) == (
        PlainStructure(changed_views=(AFTER,))
    )
    other = CatalogObject("view", "public.x", " SELECT 1 AS one;", "")
    on_other = CatalogObject(
        "rule", "public.x.r", "CREATE RULE r AS ON DELETE TO public.x DO ALSO DELETE FROM v;", "public.x"
    )
    assert (
        plain_structure(
            Catalog(180000, (TABLE, BEFORE, other, on_other)), Catalog(180000, (TABLE, AFTER, other, on_other))
        )
        is None
    )
    other_after = CatalogObject("view", "public.x", " SELECT 2 AS one;", "")
    naming = CatalogObject(
        "rule", "public.v.r", "CREATE RULE r AS ON DELETE TO public.v DO ALSO DELETE FROM x;", "public.v"
    )
    before, after = (TABLE, BEFORE, other, naming), (TABLE, AFTER, other_after, naming)
    assert plain_structure(Catalog(180000, before), Catalog(180000, after)) is None
    # its options changed too (written into its create or replace), or alone (alter view … set)
    optioned = CatalogObject("view", "public.v", AFTER.definition + "\nwith (security_barrier=true)", "")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE)), Catalog(180000, (TABLE, optioned))) == PlainStructure(
        changed_views=(optioned,)
    )
    options_alone = CatalogObject("view", "public.v", BEFORE.definition + "\nwith (security_invoker=true)", "")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE)), Catalog(180000, (TABLE, options_alone))) == PlainStructure(
        realtered_views=(options_alone,)
    )
    # a new view it names, a dropped table it named
    naming_new = CatalogObject("view", "public.v", " SELECT id\n   FROM w;", "")
    new = CatalogObject("view", "public.w", " SELECT id\n   FROM t;", "")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE)), Catalog(180000, (TABLE, naming_new, new))) is None
    gone = CatalogObject("table", "public.old", TABLE.definition, "")
    naming_gone = CatalogObject("view", "public.v", " SELECT id\n   FROM old;", "")
    assert plain_structure(Catalog(180000, (TABLE, gone, naming_gone)), Catalog(180000, (TABLE, AFTER))) is None
    # a function that reads it, the same on both sides, named by nothing else: carried by
    # diff.carried when it needs the view; one that changes, is overloaded or is named: migra's path
    reader = CatalogObject(
        "function",
        "public.count_v()",
        "CREATE OR REPLACE FUNCTION public.count_v()\n RETURNS bigint\n LANGUAGE sql\n"
        "BEGIN ATOMIC\n SELECT count(*) AS count\n    FROM v;\nEND\n",
        "",
    )
    found = plain_structure(Catalog(180000, (TABLE, BEFORE, reader)), Catalog(180000, (TABLE, AFTER, reader)))
    assert found == PlainStructure(changed_views=(AFTER,), view_readers=frozenset({"public.count_v()"}))
    changed = CatalogObject("function", reader.identity, reader.definition.replace("count(*)", "count(id)"), "")
    assert plain_structure(Catalog(180000, (TABLE, BEFORE, reader)), Catalog(180000, (TABLE, AFTER, changed))) is None
    overload = CatalogObject(
        "function",
        "public.count_v(integer)",
        "CREATE OR REPLACE FUNCTION public.count_v(n integer)\n RETURNS bigint\n LANGUAGE sql\nRETURN n\n",
        "",
    )
    both = (TABLE, reader, overload)
    assert plain_structure(Catalog(180000, (*both, BEFORE)), Catalog(180000, (*both, AFTER))) is None
    calling = CatalogObject("view", "public.w", " SELECT count_v() AS n;", "")
    both = (TABLE, reader, calling)
    assert plain_structure(Catalog(180000, (*both, BEFORE)), Catalog(180000, (*both, AFTER))) is None


CURRENT = """
do $$ begin create role sdtest_view_reader nologin; exception when duplicate_object then null; end $$;
create table public.employees (id integer primary key, name text not null, salary numeric(10, 2), department text);
create view public.well_paid as select id, name from public.employees where salary > 100000;
create view public.staff as select id, name, department from public.employees;
grant select on public.staff to sdtest_view_reader;
comment on view public.staff is 'who works here';
comment on column public.staff.name is 'as on the badge';
"""
DESIRED = CURRENT.replace("salary > 100000", "salary > 150000").replace(
    "select id, name, department from", "select id, name from"
)


def test_changed_views_are_planned_without_schemainspect(tmp_path: Path, pg_server, empty_db: DatabaseUrl) -> None:
    """One view replaced in place (its query alone changes), one dropped and created again (it
    loses a column), keeping its grant and comments: without schemainspect, as every family
    plans it, both ways; applied, nothing is left to do."""
    with loaded_pair(pg_server, empty_db, "_changed_views", CURRENT, DESIRED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert 'drop view if exists "public"."staff";' in forward, forward
        assert 'drop view if exists "public"."well_paid"' not in forward, forward
        assert 'create or replace view "public"."well_paid" as' in forward, forward
        assert "grant select on table public.staff to sdtest_view_reader;" in forward, forward
        assert "comment on column public.staff.name is 'as on the badge';" in forward, forward
        assert "drop view" not in backward, backward  # (a column comes back at the end: replaced in place)
        both_ways(tmp_path, empty_db, other, forward, backward)


READ_BY_A_PROCEDURE = """
do $$ begin create role sdtest_view_reader nologin; exception when duplicate_object then null; end $$;
create table public.sales (id integer primary key, region text not null, amount numeric not null);
create table public.snapshots (region text primary key, total numeric not null);
create materialized view public.totals as select region, sum(amount) as total from public.sales group by region;
create procedure public.take_snapshot() language sql
    begin atomic insert into public.snapshots select region, total from public.totals; end;
grant execute on procedure public.take_snapshot() to sdtest_view_reader;
create function public.totals_text() returns text language sql as $$ select string_agg(region, ',') from public.totals $$;
"""


def test_a_changed_view_read_by_a_function_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A materialized view whose query changes is dropped and created again; the procedure with a
    SQL-standard body that reads it (the server records that it needs it) is dropped before it
    and created again after it, with its grant (diff.carried); a function whose body is a string
    names it only as text and is left alone. The light families plan what every family plans,
    both ways; applied, nothing is left to do."""
    desired = READ_BY_A_PROCEDURE.replace("from public.sales group", "from public.sales where amount > 0 group")
    with loaded_pair(pg_server, empty_db, "_view_readers", READ_BY_A_PROCEDURE, desired) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        for plan in (forward, backward):
            dropped = plan.index('drop procedure if exists "public"."take_snapshot"();')
            view_dropped = plan.index('drop materialized view if exists "public"."totals";')
            created = plan.index('create materialized view "public"."totals"')
            again = plan.index("CREATE OR REPLACE PROCEDURE public.take_snapshot()")
            grant = plan.index("grant execute on procedure public.take_snapshot() to sdtest_view_reader;")
            assert dropped < view_dropped < created < again < grant, plan
            assert "totals_text" not in plan, plan
        both_ways(tmp_path, empty_db, other, forward, backward)
