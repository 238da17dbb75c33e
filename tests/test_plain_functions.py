"""New, dropped and changed functions, planned without migra's inspector
(schemadiff/diff/plain_functions.py): which changes take that path, that the render rows name a
function as the catalog does, and diffs of two real databases that import no schemainspect
and, applied, leave nothing to do. The corpus (tests/casehelp.py, check_light_families)
checks, for each case on the path, that it plans exactly what every family plans."""

from __future__ import annotations

from pathlib import Path

from clihelp import heavy_imports
from schemadiff.catalog import Catalog, CatalogObject, SchemaFilter
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_functions import PlainFunctions, plain_functions
from schemadiff.diff.plain_structure import plain_structure
from schemadiff.servers import connect
from schemadiff.snapshot import take_snapshot
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_diff, light_pair, loaded_pair


def _function(identity: str, header: str, rest: str) -> CatalogObject:
    return CatalogObject("function", identity, f"CREATE OR REPLACE FUNCTION {header}\n LANGUAGE {rest}", "")


BODY_A = _function(
    "public.f(integer)", "public.f(n integer)\n RETURNS integer", "sql\nAS $function$select n$function$\n"
)
BODY_B = _function(
    "public.f(integer)", "public.f(n integer)\n RETURNS integer", "sql\nAS $function$select n + 1$function$\n"
)


def _pair(before: CatalogObject, after: CatalogObject) -> PlainFunctions | None:
    return plain_functions({before.identity: before}, {after.identity: after})


def test_only_plain_functions_take_the_path() -> None:
    assert _pair(BODY_A, BODY_B) == PlainFunctions(changed=(BODY_B,))
    assert _pair(BODY_A, BODY_A) == PlainFunctions()
    # new or dropped
    assert plain_functions({}, {"public.f(integer)": BODY_A}) == PlainFunctions(added=(BODY_A,))
    assert plain_functions({"public.f(integer)": BODY_A}, {}) == PlainFunctions(dropped=(BODY_A,))
    # the header changes: an argument's name, what it returns (CREATE OR REPLACE cannot): dropped and
    # created again (test_plain_structure: when nothing else names it)
    renamed = _function(
        "public.f(integer)", "public.f(m integer)\n RETURNS integer", "sql\nAS $function$select m$function$\n"
    )
    returns = _function(
        "public.f(integer)", "public.f(n integer)\n RETURNS bigint", "sql\nAS $function$select n$function$\n"
    )
    assert _pair(BODY_A, renamed) == PlainFunctions(changed=(renamed,), reheaded=frozenset({"public.f(integer)"}))
    assert _pair(BODY_A, returns) == PlainFunctions(changed=(returns,), reheaded=frozenset({"public.f(integer)"}))
    # a language schemainspect does not read; a window function; a dotted name (its parts are
    # unknown): changed, new or dropped
    c_function = _function("public.f(integer)", "public.f(n integer)\n RETURNS integer", "c\nAS 'lib', 'f'\n")
    window = _function("public.f(integer)", "public.f(n integer)\n RETURNS integer", "sql\n WINDOW\nAS $f$x$f$\n")
    aggregate = CatalogObject("function", "public.f(integer)", "aggregate public.f(integer) returns integer", "")
    dotted = _function("public.a.b(integer)", "x()", "sql\nA")
    for unplain in (c_function, window, dotted):
        assert plain_functions({}, {unplain.identity: unplain}) is None
        assert plain_functions({unplain.identity: unplain}, {}) is None
        if unplain is not dotted:
            assert _pair(BODY_A, unplain) is None and _pair(unplain, BODY_A) is None
    # an aggregate (described, not pg_get_functiondef): the aggregates family's on either path; a
    # function that becomes one of its signature: migra's path
    assert plain_functions({}, {aggregate.identity: aggregate}) == PlainFunctions(
        aggregates=frozenset({aggregate.identity})
    )
    assert plain_functions({aggregate.identity: aggregate}, {}) == PlainFunctions(
        aggregates=frozenset({aggregate.identity})
    )
    assert _pair(BODY_A, aggregate) is None and _pair(aggregate, BODY_A) is None


def test_functions_whose_recorded_parts_name_each_other_or_a_new_relation_do_not_take_the_path() -> None:
    g_a = _function("public.g()", "public.g()\n RETURNS integer", "sql\nAS $function$select 1$function$\n")
    g_b = _function("public.g()", "public.g()\n RETURNS integer", "sql\nAS $function$select 2$function$\n")
    have, want = {f.identity: f for f in (BODY_A, g_a)}, {f.identity: f for f in (BODY_B, g_b)}
    assert plain_functions(have, want) == PlainFunctions(changed=(BODY_B, g_b))
    # a SQL-standard body: the server records what it names (migra's list does not order it)
    calling = _function("public.g()", "public.g()\n RETURNS integer", "sql\nRETURN public.f(2)\n")
    assert plain_functions(have, {**want, "public.g()": calling}) is None
    assert plain_functions({**have, "public.g()": calling}, want) is None  # (the version before, too)
    assert plain_functions({}, {"public.f(integer)": BODY_A, "public.g()": calling}) is None  # (new ones)
    assert plain_functions({"public.f(integer)": BODY_A, "public.g()": calling}, {}) is None  # (dropped ones)
    assert plain_functions({}, {"public.g()": calling}) == PlainFunctions(added=(calling,))
    # so is what a header names: an argument's default here
    defaulted = _function(
        "public.g(integer)",
        "public.g(n integer DEFAULT public.f(2))\n RETURNS integer",
        "sql\nAS $function$select n$function$\n",
    )
    assert plain_functions({}, {"public.f(integer)": BODY_A, "public.g(integer)": defaulted}) is None
    # a body in a string is only text until it runs: what it names is no dependency
    in_string = _function(
        "public.g()", "public.g()\n RETURNS integer", "sql\nAS $function$select public.f(2)$function$\n"
    )
    assert plain_functions({}, {"public.f(integer)": BODY_A, "public.g()": in_string}) == PlainFunctions(
        added=(BODY_A, in_string)
    )
    assert plain_functions(have, {**want, "public.g()": in_string}) == PlainFunctions(changed=(BODY_B, in_string))
    # a new function naming a new table or view where the server records it
    assert plain_functions({}, {"public.g()": calling}, {"public.f"}) is None
    returning = _function("public.g()", "public.g()\n RETURNS SETOF public.f", "sql\nAS $function$select 1$function$\n")
    assert plain_functions({}, {"public.g()": returning}, {"public.f"}) is None
    assert plain_functions({}, {"public.g()": in_string}, {"public.f"}) == PlainFunctions(added=(in_string,))
    assert plain_functions({}, {"public.g()": g_a}, {"public.f"}) == PlainFunctions(added=(g_a,))
    # two of one name: their order in migra's list of functions is unknown (and a dropped
    # function whose name a new one takes stays where migra drops it)
    other = _function("public.f(text)", "public.f(n text)\n RETURNS integer", "sql\nAS $function$select 1$function$\n")
    changed = _function(
        "public.f(text)", "public.f(n text)\n RETURNS integer", "sql\nAS $function$select 2$function$\n"
    )
    assert plain_functions({**have, "public.f(text)": other}, {**want, "public.f(text)": changed}) is None
    assert plain_functions({"public.f(integer)": BODY_A}, {"public.f(text)": other}) == PlainFunctions(
        added=(other,), dropped=(BODY_A,)
    )  # (another overload replaces it)
    assert (
        plain_functions({"public.f(integer)": BODY_A}, {"public.f(integer)": BODY_B, "public.f(text)": other}) is None
    )
    assert (
        plain_functions({"public.f(integer)": BODY_A, "public.f(text)": other}, {"public.f(integer)": BODY_B}) is None
    )


def test_functions_take_the_path_with_views_or_a_dropped_table_only_as_migra_orders_them() -> None:
    table = CatalogObject("table", "public.t", "ordinary using heap replica identity d", "")
    view = CatalogObject("view", "public.v", "SELECT 1", "")
    assert plain_structure(Catalog(180000, (BODY_A,)), Catalog(180000, (BODY_B,))) == PlainStructure(
        functions=PlainFunctions(changed=(BODY_B,))
    )
    for gone in (table, view):  # a changed function: migra re-creates the functions that depend on it
        assert plain_structure(Catalog(180000, (BODY_A, gone)), Catalog(180000, (BODY_B,))) is None
        assert plain_structure(Catalog(180000, (BODY_A, gone)), Catalog(180000, (BODY_A,))) is not None
    # a new or dropped function with a new or dropped view: migra orders them together, in one key
    # order when neither names the other (plain_statements.in_migra_key_order), else by the views'
    # dependencies (diff/view_chains.py: selectable_creations, selectable_drops)
    assert plain_structure(Catalog(180000, ()), Catalog(180000, (BODY_A, view)))
    assert plain_structure(Catalog(180000, (BODY_A, view)), Catalog(180000, ()))
    calling = CatalogObject("view", "public.v", "SELECT f(1) AS f", "")
    for before, after in (((), (BODY_A, calling)), ((BODY_A, calling), ())):
        found = plain_structure(Catalog(180000, before), Catalog(180000, after))
        assert found is not None and found.interleaved_selectables
    assert plain_structure(Catalog(180000, (table,)), Catalog(180000, (BODY_A,))) is not None  # (a table: fine)


TYPED = """
create schema "Odd schema";
create type "Odd schema"."My Type" as enum ('a');
create domain public.email as text;
create function "Odd schema"."F"(a "Odd schema"."My Type"[], b public.email, c varchar(3), d timestamptz,
                                  e int[], f "char", g public.email[], h text[]) returns int
    language sql as 'select 1';
create function public.none() returns int language sql as 'select 1';
create procedure public.proc(inout x int) language sql as 'select 1';
"""


def test_the_render_rows_name_each_function_as_the_catalog_does(pg_server, empty_db) -> None:
    """The catalog reads a function's argument types with an empty search_path
    (``public.email``); the render rows are read with ``public`` on it, where the server prints
    ``email``: render_functions.sql qualifies them itself, and must name every function alike."""
    with connect(empty_db) as conn:
        conn.execute(TYPED.encode())
    snapshot = take_snapshot(empty_db, SchemaFilter(), name="typed", details=True)
    catalog = set(snapshot.catalog.of_kind("function"))
    assert len(catalog) == 3 and "public.none()" in catalog
    assert {row["identity"] for row in snapshot.rows["functions"]} == catalog


CURRENT = """
create domain public.email as text;
create table public.accounts (id integer primary key, email public.email, updated_at timestamptz);
create function public.touch() returns trigger language plpgsql as $$
begin new.updated_at := now(); return new; end $$;
create trigger accounts_touch before update on public.accounts for each row execute function public.touch();
create function public."Greeting"(who public.email) returns text language sql stable as $$ select 'hi ' || who $$;
create function public.company() returns integer language sql as $$ select 1 $$;
create function public.same() returns integer language sql as $$ select 1 $$;
"""
DESIRED = (
    CURRENT.replace("new.updated_at := now();", "new.updated_at := clock_timestamp();")
    .replace("'hi ' || who", "'hello ' || who")
    .replace(
        "language sql as $$ select 1 $$;\ncreate function public.same",
        "language sql set search_path = '' as $$ select 1 $$;\ncreate function public.same",
    )
)


def test_changed_functions_are_planned_without_schemainspect(tmp_path: Path, pg_server, empty_db: DatabaseUrl) -> None:
    """A trigger function's body, a function of a quoted name taking a public domain, and a
    function whose SET option alone changes (migra compares functions without those:
    ``migra_fixes._functions`` replaces it, after the others). The diff imports no
    schemainspect; applied, it leaves nothing to do, and the trigger still calls the new body."""
    assert DESIRED.count("set search_path = ''") == 1
    with loaded_pair(pg_server, empty_db, "_functions", CURRENT, DESIRED) as other:
        code, heavy, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert heavy == [], output
        assert code == 2, output
        plan = output.rstrip("\n").rsplit("\n", 1)[0]  # (the last line: the probe's)
        setting = plan.index("set check_function_bodies = off;")
        greeting = plan.index('CREATE OR REPLACE FUNCTION public."Greeting"(who email)')
        touch = plan.index("CREATE OR REPLACE FUNCTION public.touch()")
        company = plan.index(
            "CREATE OR REPLACE FUNCTION public.company()\n RETURNS integer\n LANGUAGE sql\n SET search_path"
        )
        assert setting < greeting < touch < company, plan
        assert "public.same()" not in plan, plan
        with connect(empty_db) as conn:
            conn.execute(plan.encode())
            conn.execute("insert into public.accounts values (1, 'a@b', null)")
            conn.execute("update public.accounts set email = 'c@d'")
            assert conn.execute("select updated_at is not null from public.accounts").fetchone() == (True,)
        code, _, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert code == 0, output


ADDED_AND_DROPPED = (
    "create table public.notes (id integer primary key, body text);\n"
    "create function public.retired(n integer) returns integer language sql as $$ select n $$;\n",
    "create function public.shout(t text) returns text language sql immutable as $$ select upper(t) $$;\n"
    "create table public.notes (id integer primary key, body text check (public.shout(body) <> ''));\n",
)


def test_new_and_dropped_functions_are_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A new function that a new CHECK calls (created before the tables, as migra_fixes moves
    it, with the setting) and a function dropped (for good: after the tables). The diff imports no
    schemainspect; applied, it leaves nothing to do; the other way round, it drops the new one
    and creates the dropped one again."""
    current, desired = ADDED_AND_DROPPED
    with loaded_pair(pg_server, empty_db, "_new_functions", current, desired) as other:
        (code, forward), (back_code, backward) = (
            light_diff(tmp_path, empty_db, other),
            light_diff(tmp_path, other, empty_db),
        )
        assert code == 2 and back_code == 2, forward + backward
        setting = forward.index("set check_function_bodies = off;")
        shout = forward.index("CREATE OR REPLACE FUNCTION public.shout(t text)")
        check = forward.index('add constraint "notes_body_check" CHECK')
        drop = forward.index('drop function if exists "public"."retired"(n integer);')
        assert setting < shout < check and shout < drop, forward
        assert forward.count("set check_function_bodies") == 1, forward
        assert 'drop function if exists "public"."shout"(t text);' in backward, backward
        assert "CREATE OR REPLACE FUNCTION public.retired(n integer)" in backward, backward
        both_ways(tmp_path, empty_db, other, forward, backward)


OVERLOAD_REPLACED = (
    "create table public.notes (id integer primary key, owner_name text not null default current_user);\n"
    "alter table public.notes enable row level security;\n"
    "create function public.can_read(owner text) returns boolean language sql stable\n"
    "    as $$ select owner = current_user $$;\n"
    "create policy notes_read on public.notes for select using (public.can_read(owner_name));\n",
    "create table public.notes (id integer primary key, owner_name text not null default current_user);\n"
    "alter table public.notes enable row level security;\n"
    "create function public.can_read(owner text, viewer text) returns boolean language sql stable\n"
    "    as $$ select owner = viewer $$;\n"
    "create function public.shout(t text) returns text language sql immutable as $$ select upper(t) $$;\n"
    "create policy notes_read on public.notes for select using (public.can_read(owner_name, current_user));\n",
)


def test_an_overload_replacing_a_dropped_function_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A function dropped while a new overload of its name is created (its arguments change),
    with the policy that called it changed to call the new one, and an unrelated new function:
    as migra_fixes does it, the overload is not moved before the tables (it comes after the drop
    of its name) nor the drop after them; the policy is dropped before the function and created
    after the new one, not altered (the server refuses to drop a function a policy uses). The
    light families plan what every family plans, both ways; applied, nothing is left to do."""
    current, desired = OVERLOAD_REPLACED
    with loaded_pair(pg_server, empty_db, "_overloads", current, desired) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        early = forward.index("set check_function_bodies = off;")
        shout = forward.index("CREATE OR REPLACE FUNCTION public.shout(t text)")
        policy_drop = forward.index('drop policy "notes_read" on "public"."notes";')
        drop = forward.index('drop function if exists "public"."can_read"(owner text);')
        late = forward.index("set check_function_bodies = off;", early + 1)
        created = forward.index("CREATE OR REPLACE FUNCTION public.can_read(owner text, viewer text)")
        policy = forward.index('create policy "notes_read"')
        assert early < shout < policy_drop < drop < late < created < policy, forward
        assert "alter policy" not in forward + backward, forward + backward
        assert backward.index('drop function if exists "public"."can_read"(owner text, viewer text);') < (
            backward.index("CREATE OR REPLACE FUNCTION public.can_read(owner text)\n")
        ), backward
        both_ways(tmp_path, empty_db, other, forward, backward)


def test_a_policy_whose_text_stays_is_created_again_around_the_overload_it_now_calls(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """The policy's text stays (``can_read(owner_name)``) while the function it called is
    dropped and an overload with a defaulted argument takes its calls: the policy is dropped
    before the function and created again after the new one, as every family plans it, both
    ways; applied, nothing is left to do."""
    current = OVERLOAD_REPLACED[0]
    desired = current.replace("can_read(owner text)", "can_read(owner text, n integer default 0)")
    with loaded_pair(pg_server, empty_db, "_overload_calls", current, desired) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        policy_drop = forward.index('drop policy "notes_read" on "public"."notes";')
        drop = forward.index('drop function if exists "public"."can_read"(owner text);')
        created = forward.index("CREATE OR REPLACE FUNCTION public.can_read(owner text, n integer DEFAULT 0)")
        assert policy_drop < drop < created < forward.index('create policy "notes_read"'), forward
        both_ways(tmp_path, empty_db, other, forward, backward)
