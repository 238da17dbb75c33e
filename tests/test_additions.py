"""Columns and indexes added to existing tables are planned without schemainspect (diff/additions.py).

The corpus proves the statements equal migra's for every case this applies to (its
``check_light_families``); these tests prove the point of it, that no heavy library is loaded,
that the column order warning is still given, and when the path is not taken.
"""

from __future__ import annotations

from pathlib import Path

from clihelp import heavy_imports
from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.additions import Additions, plain_additions
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

CURRENT = """
create table public.accounts (id integer primary key, email text not null);
create table public.notes (id integer primary key, body text);
create view public.note_bodies as select body from public.notes;
"""
DESIRED = """
create table public.accounts (id integer primary key, handle text, email text not null, active boolean default true);
create table public.notes (id integer primary key, body text);
create view public.note_bodies as select body from public.notes;
create index notes_body on public.notes (body);
"""


def _project(root: Path, server: DatabaseUrl, target: DatabaseUrl) -> None:
    (root / "schema").mkdir()
    (root / "schema" / "tables.sql").write_text(DESIRED)
    (root / "schemadiff.yaml").write_text(
        f"dev_url: {server.conninfo()}\nschemas:\n  include: [public]\ntargets:\n  db: {{url: '{target.conninfo()}'}}\n"
    )


def test_an_added_column_is_planned_without_schemainspect(tmp_path, pg_server, empty_db) -> None:
    with connect(empty_db) as conn:
        conn.execute(CURRENT.encode())
    _project(tmp_path, pg_server, empty_db)
    code, _, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")  # cold: the target's details are
    assert code == 2, output  # read beside the shadow load, before the catalogs are compared
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")  # schema/ unchanged: cached
    assert code == 2, output
    assert heavy == [], f"a plan that adds columns imported {heavy}"
    assert 'alter table "public"."accounts" add column "active" boolean default true' in output
    assert 'alter table "public"."accounts" add column "handle" text' in output
    assert "CREATE INDEX CONCURRENTLY notes_body ON public.notes USING btree (body)" in output  # (online)
    # the column order warning comes from our rows now
    assert "public.accounts: schema/ declares handle before existing column email" in output, output

    # a column added to a table a view reads: migra's path (it may recreate the view)
    (tmp_path / "schema" / "tables.sql").write_text(DESIRED.replace("body text);", "body text, extra integer);"))
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")
    assert code == 2 and 'add column "extra" integer' in output, output
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")  # (cached)
    assert code == 2 and "schemainspect" in heavy, output


def _catalog(*objects: tuple[str, str, str, str]) -> Catalog:
    return Catalog(180000, tuple(CatalogObject(*o) for o in objects))


TABLE = ("table", "public.t", "ordinary replica identity d", "")
COLUMN = ("column", "public.t.a", "integer", "public.t")


def test_only_plain_additions_take_the_path() -> None:
    new = ("column", "public.t.b", "text", "public.t")
    added = plain_additions(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, new))
    assert added == Additions((CatalogObject(*new),), ())
    index = ("index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a)", "public.t")
    assert plain_additions(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, index)) == Additions(
        (), (CatalogObject(*index),)
    )
    assert plain_additions(_catalog(TABLE, COLUMN, index), _catalog(TABLE, COLUMN)) is None  # dropped
    invalid = ("index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a) [invalid]", "public.t")
    assert plain_additions(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, invalid)) is None
    view = ("view", "public.v", "SELECT t.a FROM public.t", "")
    assert plain_additions(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN, index, view))  # (a view: fine)
    assert plain_additions(_catalog(TABLE, COLUMN, new), _catalog(TABLE, COLUMN)) is None  # dropped
    changed = ("column", "public.t.a", "bigint", "public.t")
    assert plain_additions(_catalog(TABLE, COLUMN), _catalog(TABLE, changed)) is None
    generated = ("column", "public.t.b", "integer generated always as identity", "public.t")
    assert plain_additions(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, generated)) is None
    child = ("table", "public.t", "ordinary inherits (public.p) replica identity d", "")
    assert plain_additions(_catalog(child, COLUMN), _catalog(child, COLUMN, new)) is None
    view = ("view", "public.v", "SELECT t.a FROM public.t", "")
    assert plain_additions(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN, new, view)) is None
    other_view = ("view", "public.v", "SELECT t2.a FROM public.t2", "")
    assert plain_additions(_catalog(TABLE, COLUMN, other_view), _catalog(TABLE, COLUMN, new, other_view))
    dotted = ("column", "public.t.x.b", "text", "public.t.x")
    dotted_table = ("table", "public.t.x", "ordinary replica identity d", "")
    assert plain_additions(_catalog(dotted_table), _catalog(dotted_table, dotted)) is None
