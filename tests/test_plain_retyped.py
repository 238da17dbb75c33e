"""Column type changes, planned without migra's inspector (diff/plain_structure.py, with
diff/column_types.py's corrections): diffs of two real databases that import no schemainspect,
plan what every family plans and, applied, leave nothing to do; and a USING hint of schema/ used
on that path as on migra's. The corpus (tests/casehelp.py, check_light_families) checks the same
for each of its cases on the path."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from schemadiff.catalog import SchemaFilter
from schemadiff.diff import light_structure, unordered_changes
from schemadiff.servers import connect
from schemadiff.snapshot import Snapshot, take_snapshot
from schemadiff.urls import DatabaseUrl
from schemadiff.using_hints import column_hints_in_text
from test_plain_structure import both_ways, light_pair, loaded_pair

CURRENT = """
create table public.orders (
    id integer primary key,
    company_id integer not null default 1,
    quantity integer not null default 0,
    code text default '1',
    name varchar(10)
);
create index orders_name on public.orders (name);
alter table public.orders enable row level security;
create policy orders_tenant on public.orders using (company_id = 1);
insert into public.orders (id, quantity, code, name) values (1, 2, '3', 'four');
"""
DESIRED = """
create table public.orders (
    id bigint primary key,
    company_id integer not null default 1,
    quantity bigint not null default 0,
    code integer default 1,
    name varchar(40)
);
create index orders_name on public.orders (name);
alter table public.orders enable row level security;
create policy orders_tenant on public.orders using (company_id = 1);
"""


def _both(current: DatabaseUrl, desired: DatabaseUrl) -> tuple[Snapshot, Snapshot]:
    schemas = SchemaFilter()
    return take_snapshot(current, schemas, name="current"), take_snapshot(desired, schemas, name="desired")


def test_type_changes_are_planned_without_schemainspect(tmp_path: Path, pg_server, empty_db: DatabaseUrl) -> None:
    """A key and a column widened, a varchar lengthened, text to integer with a new default (the
    default dropped first and set after the type, as on migra's path), on a table whose policy
    uses another column: the light families plan
    what every family plans, both ways; the diff imports no schemainspect; applied, it leaves
    nothing to do and keeps the row's values; the other way round, it narrows them back."""
    with loaded_pair(pg_server, empty_db, "_retyped", CURRENT, DESIRED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        # the default dropped before the type changes and set after them all, which are then one
        # statement (one rewrite: retype_merge.py)
        assert forward == (
            'alter table "public"."orders" alter column "code" drop default;\n\n'
            'alter table "public"."orders"\n'
            '    alter column "code" set data type integer using "code"::integer,\n'
            '    alter column "id" set data type bigint using "id"::bigint,\n'
            '    alter column "name" set data type character varying(40) using "name"::character varying(40),\n'
            '    alter column "quantity" set data type bigint using "quantity"::bigint;\n\n'
            'alter table "public"."orders" alter column "code" set default 1;\n'
        )
        with connect(empty_db) as conn:
            conn.execute(forward.encode())
            assert conn.execute("select id, quantity, code, name from public.orders").fetchall() == [(1, 2, 3, "four")]
            conn.execute(backward.encode())  # (both_ways applies them again, from here)
        both_ways(tmp_path, empty_db, other, forward, backward)


def test_a_using_hint_is_used_on_the_path_without_schemainspect(pg_server, empty_db: DatabaseUrl) -> None:
    """A type no cast converts to, with a USING hint in the desired text: the light families
    write the hint's expression, as every family does."""
    current = "create table public.events (id integer primary key, at bigint not null);\n"
    desired = (
        "create table public.events (\n    id integer primary key,\n"
        "    at timestamptz not null  -- schemadiff:using to_timestamp(at)\n);\n"
    )
    with loaded_pair(pg_server, empty_db, "_hinted", current, desired) as other:
        before, after = _both(empty_db, other)
        after = replace(after, column_hints=column_hints_in_text(desired, "schema/events.sql"))
        assert light_structure(before.catalog, after.catalog) is not None
        light = unordered_changes(before, after)
        assert light == unordered_changes(before, after, every_family=True)
        assert [c.sql for c in light if c.kind == "column"] == [
            'alter table "public"."events" alter column "at" set data type timestamp with time zone using to_timestamp(at)'
        ]
