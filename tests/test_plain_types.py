"""Enums, domains, range and composite types, planned without migra's inspector
(schemadiff/diff/plain_types.py): which changes take that path, that an enum's labels are read
from the catalog whatever they hold, and a diff of two real databases that imports no
schemainspect, plans what every family plans and, applied, leaves nothing to do. The corpus
(tests/casehelp.py, check_light_families) checks the same for each case on the path."""

from __future__ import annotations

from pathlib import Path

from schemadiff.catalog import Catalog, CatalogObject, SchemaFilter
from schemadiff.diff import light_structure, unordered_changes
from schemadiff.diff.plain_structure import plain_structure
from schemadiff.diff.plain_types import PlainTypes, plain_types
from schemadiff.servers import connect
from schemadiff.snapshot import take_snapshot
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_diff, light_pair, loaded_pair


def _type(identity: str, definition: str) -> CatalogObject:
    return CatalogObject("type", identity, definition, "")


MOOD = _type("public.mood", "enum ('ok', 'bad')")
EMAIL = _type("public.email", "domain text")


def _pair(before: CatalogObject, after: CatalogObject) -> PlainTypes | None:
    return plain_types({before.identity: before}, {after.identity: after})


def test_only_plain_types_take_the_path() -> None:
    assert plain_types({}, {"public.mood": MOOD}) == PlainTypes(added_enums=(MOOD,))
    assert plain_types({"public.mood": MOOD}, {}) == PlainTypes(dropped_enums=(MOOD,))
    for added in ("enum ('ok', 'bad', 'meh')", "enum ('meh', 'ok', 'bad')", "enum ('ok', 'meh', 'bad')"):
        grown = _type("public.mood", added)
        assert _pair(MOOD, grown) == PlainTypes(grown_enums=(grown,))
    # a label removed, renamed or moved: the enum is replaced (diff/enum_replacement.py, when only columns use it)
    for changed in ("enum ('ok')", "enum ('ok', 'sad')", "enum ('bad', 'ok')"):
        replaced = _type("public.mood", changed)
        assert _pair(MOOD, replaced) == PlainTypes(replaced_enums=(replaced,))
    # domains, range and composite types: the types family's, new, dropped or changed
    checked = _type("public.email", "domain text constraint email_at CHECK ((VALUE ~~ '%@%'::text)) validated=true")
    assert _pair(EMAIL, checked) == PlainTypes(others=(checked,), changed_others=frozenset({"public.email"}))
    assert plain_types({}, {"public.email": EMAIL}) == PlainTypes(others=(EMAIL,))
    assert plain_types({"public.email": EMAIL}, {}) == PlainTypes(others=(EMAIL,))
    # a type that becomes another kind of type; a dotted name (its parts are unknown)
    assert _pair(MOOD, _type("public.mood", "domain text")) is None
    dotted = _type("public.a.b", "enum ('x')")
    assert plain_types({}, {dotted.identity: dotted}) is None
    assert plain_types({dotted.identity: dotted}, {}) is None
    # and so the plain structure: a type alone, or with a table
    assert plain_structure(Catalog(180000, (MOOD,)), Catalog(180000, ())) is not None
    fewer = _type("public.mood", "enum ('ok')")
    assert plain_structure(Catalog(180000, (MOOD,)), Catalog(180000, (fewer,))) is not None
    # replaced under the columns of a table both sides have: their rows are read
    table = CatalogObject("table", "public.t", "ordinary replica identity d", "")
    column = CatalogObject("column", "public.t.m", "public.mood not null default 'ok'::public.mood", "public.t")
    found = plain_structure(Catalog(180000, (MOOD, table, column)), Catalog(180000, (fewer, table, column)))
    assert found is not None and found.enum_columns == {"public.t.m"}
    # but not when anything else names it (a view, an array of it, a column that changes): migra's path
    view = CatalogObject("view", "public.v", "SELECT 'ok'::public.mood AS m", "")
    assert plain_structure(Catalog(180000, (MOOD, view)), Catalog(180000, (fewer, view))) is None
    array = CatalogObject("column", "public.t.m", "public.mood[]", "public.t")
    assert plain_structure(Catalog(180000, (MOOD, table, array)), Catalog(180000, (fewer, table, array))) is None
    other = CatalogObject("column", "public.t.m", "public.mood", "public.t")
    assert plain_structure(Catalog(180000, (MOOD, table, column)), Catalog(180000, (fewer, table, other))) is None
    # nor when something may use such a column (the recast would be refused): a view over its table, a
    # trigger of it that names the column; a trigger that does not is no use of it
    reader = CatalogObject("view", "public.v", "SELECT t.m FROM public.t", "")
    touch = "CREATE TRIGGER touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch()"
    when = touch.replace("FOR EACH ROW", "FOR EACH ROW WHEN ((new.m <> old.m))")
    for uses in (reader, CatalogObject("trigger", "public.t.touch", when, "public.t")):
        both = (table, column, uses)
        assert plain_structure(Catalog(180000, (MOOD, *both)), Catalog(180000, (fewer, *both))) is None
    plain = (table, column, CatalogObject("trigger", "public.t.touch", touch, "public.t"))
    found = plain_structure(Catalog(180000, (MOOD, *plain)), Catalog(180000, (fewer, *plain)))
    assert found is not None and found.enum_columns == {"public.t.m"}


def test_labels_are_read_whatever_they_hold() -> None:
    """A label is printed by quote_literal: quotes doubled, and E'…' with backslashes doubled when
    it holds one; a label may hold ``', '`` too."""
    odd = "enum ('it''s', 'a'', ''b', E'c\\\\d')"
    grown = _type("public.odd", odd.replace(")", ", 'new')"))
    assert _pair(_type("public.odd", odd), grown) == PlainTypes(grown_enums=(grown,))
    moved = _type("public.odd", "enum ('a'', ''b', 'it''s', E'c\\\\d')")
    assert _pair(_type("public.odd", odd), moved) == PlainTypes(replaced_enums=(moved,))
    assert _pair(_type("public.odd", odd), _type("public.odd", "enum (not a list)")) is None


CURRENT = """
create schema "Odd schema";
create type "Odd schema"."Mood" as enum ('ok', 'it''s', 'a, b');
create type public.retired as enum ('x');
create domain public.email as text;
create table public.accounts (id integer primary key, email public.email);
"""
NEW_AND_DROPPED = CURRENT.replace("create type public.retired as enum ('x');\n", "") + (
    "create type public.status as enum ('open', 'closed');\n"
    "create type public.span as range (subtype = integer);\n"
    "create table public.tickets (id integer primary key, status public.status default 'open', during public.span);\n"
)
CHANGED = CURRENT.replace("('ok', 'it''s', 'a, b')", "('fine', 'ok', 'it''s', 'a, b', E'c\\\\d')").replace(
    "email as text;", "email as text constraint email_at check (value like '%@%');"
)


def _same_as_every_family(current: DatabaseUrl, desired: DatabaseUrl) -> None:
    """The light families plan exactly what every family plans, both ways when both are light."""
    schemas = SchemaFilter()
    before = take_snapshot(current, schemas, name="current")
    after = take_snapshot(desired, schemas, name="desired")
    for one, other in ((before, after), (after, before)):
        if light_structure(one.catalog, other.catalog) is not None:
            assert unordered_changes(one, other) == unordered_changes(one, other, every_family=True)


def test_new_and_dropped_types_are_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A new enum, a new range type and a new table that uses them, an enum dropped: the light
    families plan what every family plans; the diff imports no schemainspect; applied, it leaves
    nothing to do; the other way round, it undoes it."""
    with loaded_pair(pg_server, empty_db, "_new_types", CURRENT, NEW_AND_DROPPED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert "create type \"public\".\"status\" as enum ('open', 'closed');" in forward, forward
        assert 'drop type "public"."retired";' in forward, forward
        assert 'create type "public"."retired" as enum (\'x\');' in backward, backward
        both_ways(tmp_path, empty_db, other, forward, backward)


def test_labels_added_and_a_changed_domain_are_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """An enum of a quoted schema that gains labels (before the first, at the end, one with a
    backslash; its old ones hold a quote and a comma) and a domain that gains a check: planned
    as every family plans them, without schemainspect; applied, nothing is left to do. The other
    way round, labels go: the enum is replaced (diff/enum_replacement.py: no column uses it), as
    every family plans it, without schemainspect; applied, it gives the first state back."""
    with loaded_pair(pg_server, empty_db, "_changed_types", CURRENT, CHANGED) as other:
        _same_as_every_family(empty_db, other)
        schemas = SchemaFilter()
        before = take_snapshot(empty_db, schemas, name="current", details=False)
        after = take_snapshot(other, schemas, name="desired", details=False)
        assert light_structure(after.catalog, before.catalog) is not None
        code, forward = light_diff(tmp_path, empty_db, other)
        assert code == 2, forward
        code, backward = light_diff(tmp_path, other, empty_db)
        assert code == 2, backward
        assert 'alter type "Odd schema"."Mood" rename to "Mood__old_version_to_be_dropped";' in backward, backward
        assert "create type \"Odd schema\".\"Mood\" as enum ('ok', 'it''s', 'a, b');" in backward, backward
        assert "alter type \"Odd schema\".\"Mood\" add value 'fine' before 'ok';" in forward, forward
        assert 'alter type "Odd schema"."Mood" add value \'c\\d\';' in forward, forward
        assert 'alter domain public.email add constraint "email_at" CHECK' in forward, forward
        with connect(empty_db) as conn:
            conn.execute(forward.encode())
            labels = conn.execute("""select enum_range(null::"Odd schema"."Mood")::text""").fetchone()
        assert labels == ('{fine,ok,it\'s,"a, b","c\\\\d"}',)
        assert light_diff(tmp_path, empty_db, other)[0] == 0
        with connect(empty_db) as conn:
            conn.execute(backward.encode())
        assert light_diff(tmp_path, empty_db, other) == (2, forward)
