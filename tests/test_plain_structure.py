"""Plain columns and indexes of existing tables are planned without schemainspect (diff/plain_structure.py).

The corpus proves the statements equal migra's for every case this applies to (its
``check_light_families``); these tests prove the point of it, that no heavy library is loaded,
that the column order warning is still given, and when the path is not taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from casehelp import scoped
from clihelp import heavy_imports
from schemadiff.catalog import Catalog, CatalogObject, SchemaFilter
from schemadiff.diff import Light, light_families, light_rows, light_structure, unordered_changes
from schemadiff.diff.aggregates import aggregate_changes
from schemadiff.diff.plain_constraints import ChangedConstraints
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_structure import plain_structure
from schemadiff.diff.views_over_tables import AroundTables
from schemadiff.quoting import quote_ident, sql_code
from schemadiff.servers import connect
from schemadiff.snapshot import DetailsNotRead, read_edges, take_snapshot, with_details
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
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")  # cold: the shadow loaded
    assert code == 2, output
    assert heavy == [], f"a cold plan that adds columns imported {heavy}"  # (the target's details read without them)
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")  # schema/ unchanged: cached
    assert code == 2, output
    assert heavy == [], f"a plan that adds columns imported {heavy}"
    assert 'alter table "public"."accounts" add column "active" boolean default true' in output
    assert 'alter table "public"."accounts" add column "handle" text' in output
    assert "CREATE INDEX CONCURRENTLY notes_body ON public.notes USING btree (body)" in output  # (online)
    # the column order warning comes from our rows now
    assert "public.accounts: schema/ declares handle before existing column email" in output, output

    # a column appended to a table a view reads: migra's inspector replaces the table and
    # re-creates nothing (the catalogs' column positions say so): the light path
    (tmp_path / "schema" / "tables.sql").write_text(DESIRED.replace("body text);", "body text, extra integer);"))
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")
    assert code == 2 and 'add column "extra" integer' in output and heavy == [], (heavy, output)
    # declared before an existing one: the view is dropped and created again around it, as migra
    # does, on the light path too (diff/views_over_tables.py)
    (tmp_path / "schema" / "tables.sql").write_text(DESIRED.replace("body text);", "extra integer, body text);"))
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")
    assert code == 2 and 'add column "extra" integer' in output and heavy == [], (heavy, output)
    assert output.index('drop view if exists "public"."note_bodies"') < output.index('add column "extra"')
    assert output.index('add column "extra"') < output.index('create or replace view "public"."note_bodies"')
    # a new function that reads the table as well: migra's path (it orders new functions with the views)
    function = "create function public.note_count() returns bigint language sql begin atomic select count(*) from public.notes; end;\n"
    (tmp_path / "schema" / "tables.sql").write_text(
        DESIRED.replace("body text);", "extra integer, body text);") + function
    )
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")
    assert code == 2 and 'add column "extra" integer' in output, output
    code, heavy, output = heavy_imports(tmp_path, "plan", "--target", "db", "--out", "-")  # (cached)
    assert code == 2 and "schemainspect" in heavy, output


CURRENT_MORE = """
create table public.accounts (id integer primary key, email text not null, legacy text, tier text);
create table public.notes (id integer primary key, account_id integer, body text, constraint notes_body_check check (body <> ''));
create index notes_legacy on public.notes (body);
"""
DESIRED_MORE = """
create table public.accounts (id integer primary key, email text not null, tier text not null default 'free');
create table public.notes (
    id integer primary key,
    account_id integer constraint notes_account_id_fkey references public.accounts (id),
    body text
);
"""


def test_drops_and_new_defaults_and_constraints_are_planned_without_schemainspect(
    tmp_path, pg_server, empty_db
) -> None:
    output = _planned_without_schemainspect(tmp_path, pg_server, empty_db, CURRENT_MORE, DESIRED_MORE)
    for statement in (
        'alter table "public"."accounts" drop column "legacy"',
        'alter table "public"."accounts" alter column "tier" set default \'free\'::text',
        'alter table "public"."accounts" alter column "tier" set not null',  # (online: after a validated check)
        'drop index concurrently if exists "public"."notes_legacy"',  # (online)
        'alter table "public"."notes" drop constraint "notes_body_check"',
        'alter table "public"."notes" add constraint "notes_account_id_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id) not valid',
        'alter table "public"."notes" validate constraint "notes_account_id_fkey"',
    ):
        assert statement in output, output


POLICIES_CURRENT = """
create table public.notes (id integer primary key, company_id integer not null, body text);
alter table public.notes enable row level security;
create policy notes_tenant on public.notes using (company_id = 1);
create policy notes_insert on public.notes for insert with check (company_id = 1);
"""
POLICIES_DESIRED = """
create table public.notes (id integer primary key, company_id integer not null, body text);
alter table public.notes enable row level security;
create policy notes_tenant on public.notes using (company_id = 2);
create policy notes_insert on public.notes for update using (company_id = 1);
create policy notes_readers on public.notes as restrictive for select to public using (body is not null);
"""


def test_policies_are_planned_without_schemainspect(tmp_path, pg_server, empty_db) -> None:
    output = _planned_without_schemainspect(tmp_path, pg_server, empty_db, POLICIES_CURRENT, POLICIES_DESIRED)
    for statement in (
        'alter policy "notes_tenant" on "public"."notes"\nusing ((company_id = 2))',
        'drop policy "notes_insert" on "public"."notes"',  # (another command: dropped and created again)
        'create policy "notes_insert"\non "public"."notes"\nas permissive\nfor update\nto public\nusing ((company_id = 1))',
        'create policy "notes_readers"\non "public"."notes"\nas restrictive\nfor select\nto public\nusing ((body IS NOT NULL))',
    ):
        assert statement in output, output


NEW_TABLES_CURRENT = """
create table public.accounts (id integer primary key, email text not null);
create table public.legacy (id integer primary key, account_id integer references public.accounts (id), note text);
create view public.emails as select email from public.accounts;
create function public.touch() returns trigger language plpgsql as $$begin return new; end$$;
create trigger accounts_touch before update on public.accounts for each row execute function public.touch();
create trigger accounts_old after insert on public.accounts for each row execute function public.touch();
"""
NEW_TABLES_DESIRED = (
    NEW_TABLES_CURRENT.replace(
        "create table public.legacy (id integer primary key, account_id integer references public.accounts (id), note text);\n",
        "",
    )
    .replace("create trigger accounts_touch before update", "create trigger accounts_touch before update of email")
    .replace(
        "create trigger accounts_old after insert on public.accounts for each row execute function public.touch();\n",
        "",
    )
    + """
create table public."Audit Log" (
    id uuid primary key default gen_random_uuid(),
    account_id integer not null references public.accounts (id),
    body text collate "C" check (body <> ''),
    at timestamptz not null default now()
);
create index audit_log_account on public."Audit Log" (account_id);
alter table public."Audit Log" enable row level security;
create policy audit_own on public."Audit Log" using (account_id = 1);
create table public.empty ();
create trigger audit_touch before insert or update on public."Audit Log"
    for each row when (new.body is not null) execute function public.touch();
"""
)


def test_new_tables_are_planned_without_schemainspect(tmp_path, pg_server, empty_db) -> None:
    output = _planned_without_schemainspect(tmp_path, pg_server, empty_db, NEW_TABLES_CURRENT, NEW_TABLES_DESIRED)
    for statement in (
        'create table "public"."Audit Log" (\n'
        '    "id" uuid not null default gen_random_uuid(),\n'
        '    "account_id" integer not null,\n'
        '    "body" text collate pg_catalog."C",\n'
        '    "at" timestamp with time zone not null default now()\n'
        ")",
        'create table "public"."empty" (\n)',
        'CREATE UNIQUE INDEX "Audit Log_pkey" ON public."Audit Log" USING btree (id)',
        'alter table "public"."Audit Log" add constraint "Audit Log_pkey" PRIMARY KEY using index "Audit Log_pkey"',
        'CREATE INDEX audit_log_account ON public."Audit Log" USING btree (account_id)',  # (a new table: not online)
        'alter table "public"."Audit Log" add constraint "Audit Log_account_id_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id) not valid',
        'alter table public."Audit Log" enable row level security',
        'create policy "audit_own"\non "public"."Audit Log"',
        'drop trigger if exists "accounts_old" on "public"."accounts"',
        'alter table "public"."legacy" drop constraint "legacy_account_id_fkey"',
        'drop table "public"."legacy"',
        'drop trigger if exists "accounts_touch" on "public"."accounts"',  # (changed: dropped and created again)
        "CREATE TRIGGER accounts_touch BEFORE UPDATE OF email ON public.accounts FOR EACH ROW EXECUTE FUNCTION touch()",
        'CREATE TRIGGER audit_touch BEFORE INSERT OR UPDATE ON public."Audit Log" FOR EACH ROW WHEN ((new.body IS NOT'
        " NULL)) EXECUTE FUNCTION touch()",
    ):
        assert statement in output, output


SEQUENCES_CURRENT = """
create table public.accounts (id integer generated always as identity primary key, email text, legacy_no bigint generated by default as identity);
create sequence public.retired;
create sequence public.numbers;
"""
SEQUENCES_DESIRED = """
create table public.accounts (id integer generated always as identity primary key, email text, number bigserial);
create sequence public.numbers as integer cache 10 owned by public.accounts.email;
create sequence public.invoices start with 1000;
create table public.tickets (
    id bigint generated by default as identity (sequence name public.ticket_ids start with 100 increment by 5) primary key,
    serial_no integer generated always as identity,
    title text
);
"""


def test_sequences_and_identity_columns_are_planned_without_schemainspect(tmp_path, pg_server, empty_db) -> None:
    output = _planned_without_schemainspect(tmp_path, pg_server, empty_db, SEQUENCES_CURRENT, SEQUENCES_DESIRED)
    for statement in (
        'create table "public"."tickets" (\n'
        '    "id" bigint generated by default as identity (sequence name "public"."ticket_ids") not null,\n'
        '    "serial_no" integer generated always as identity not null,\n'
        '    "title" text\n'
        ")",
        'alter sequence "public"."ticket_ids" increment by 5 start with 100 restart',
        'create sequence "public"."accounts_number_seq"',
        'create sequence "public"."invoices" start with 1000',
        'alter table "public"."accounts" add column "number" bigint not null default nextval(',
        'alter sequence "public"."accounts_number_seq" owned by "public"."accounts"."number"',
        'alter sequence "public"."numbers" as integer minvalue 1 maxvalue 2147483647 cache 10',
        'alter sequence "public"."numbers" owned by "public"."accounts"."email"',
        'alter table "public"."accounts" drop column "legacy_no"',
        'drop sequence if exists "public"."retired"',
    ):
        assert statement in output, output
    _applied_leaves_nothing_to_do(tmp_path)


VIEWS_CURRENT = """
create table public.accounts (id integer primary key, email text, active boolean);
create view public.old_emails as select email from public.accounts where not active;
create view public.everyone as select id from public.accounts;
"""
VIEWS_DESIRED = """
create table public.accounts (id integer primary key, email text, active boolean);
create view public.everyone as select id from public.accounts;
create view public."Active Accounts" with (security_invoker = true) as
    select id, email from public.accounts where active and email in ('a', 'b');
create table public.notes (id integer primary key, account_id integer, body text);
create view public.note_counts as select account_id, count(*) as notes from public.notes group by account_id;
"""


def test_views_are_planned_without_schemainspect(tmp_path, pg_server, empty_db) -> None:
    output = _planned_without_schemainspect(tmp_path, pg_server, empty_db, VIEWS_CURRENT, VIEWS_DESIRED)
    for statement in (
        'drop view if exists "public"."old_emails"',
        'create or replace view "public"."Active Accounts" with (security_invoker=true) as  SELECT id,\n    email\n'
        "   FROM accounts\n  WHERE (active AND (email = ANY (ARRAY['a'::text, 'b'::text])))",
        'create or replace view "public"."note_counts" as  SELECT account_id,\n    count(*) AS notes\n'
        "   FROM notes\n  GROUP BY account_id",
    ):
        assert statement in output, output
    _applied_leaves_nothing_to_do(tmp_path)


def _applied_leaves_nothing_to_do(root: Path) -> None:
    """The plan (destructive steps approved), applied to the target, leaves nothing to do."""
    code, _, output = heavy_imports(root, "plan", "--target", "db", "--allow-destructive")
    assert code == 2, output
    code, _, output = heavy_imports(root, "apply", "--target", "db")
    assert code == 0, output
    code, _, output = heavy_imports(root, "plan", "--target", "db")
    assert code == 0 and "No changes" in output, output


def _planned_without_schemainspect(
    root: Path, server: DatabaseUrl, target: DatabaseUrl, current: str, desired: str
) -> str:
    """The plan of ``desired`` against a target holding ``current``, made twice: cold, then
    with schema/ unchanged (the cached desired state: only the light path reads no
    schemainspect); the second must import none of the heavy libraries."""
    with connect(target) as conn:
        conn.execute(current.encode())
    _project(root, server, target)
    (root / "schema" / "tables.sql").write_text(desired)
    code, _, output = heavy_imports(root, "plan", "--target", "db", "--out", "-")
    assert code == 2, output
    code, heavy, output = heavy_imports(root, "plan", "--target", "db", "--out", "-")
    assert code == 2, output
    assert heavy == [], f"the plan imported {heavy}"
    return output


def _catalog(*objects: tuple[str, str, str, str]) -> Catalog:
    return Catalog(180000, tuple(CatalogObject(*o) for o in objects))


TABLE = ("table", "public.t", "ordinary replica identity d", "")
COLUMN = ("column", "public.t.a", "integer", "public.t")


ROOT = ("table", "public.p", "partitioned partition by RANGE (a) replica identity d", "")
ROOT_COLUMN = ("column", "public.p.a", "integer not null", "public.p")


def _leaf(
    name: str, parent: str = '"public"."p"', column: str = "integer not null"
) -> tuple[tuple[str, str, str, str], ...]:
    bound = "FOR VALUES FROM (1) TO (2)"
    return (
        ("table", f"public.{name}", f"ordinary partition of {parent} {bound} using heap replica identity d", ""),
        ("column", f"public.{name}.a", column, f"public.{name}"),
    )


FOREIGN = ("table", "public.f", "foreign server billing options (table_name=invoices) replica identity d", "")
FOREIGN_COLUMN = ("column", "public.f.a", "integer", "public.f")


def test_foreign_tables_are_left_to_their_family_when_plain() -> None:
    """diff/plain_foreign.py: migra's inspector reads no foreign table, so one that is created,
    dropped, moved to another server or whose columns change takes the light path, planned by the
    foreign data family alone (the corpus's foreign_data cases check its statements)."""
    with_column = ("column", "public.f.b", "text not null", "public.f")
    moved = ("table", "public.f", FOREIGN[2].replace("billing", "replica"), "")
    for before, after in (
        ((), (FOREIGN, FOREIGN_COLUMN)),  # created (and dropped, the other way)
        ((FOREIGN, FOREIGN_COLUMN), (FOREIGN, FOREIGN_COLUMN, with_column)),  # a column added
        ((FOREIGN, FOREIGN_COLUMN), (moved, FOREIGN_COLUMN)),  # another server
    ):
        for one, two in ((before, after), (after, before)):
            found = plain_structure(_catalog(TABLE, COLUMN, *one), _catalog(TABLE, COLUMN, *two))
            assert found == PlainStructure(foreign_tables=frozenset({"public.f"})), (one, two)
            light = light_structure(_catalog(TABLE, COLUMN, *one), _catalog(TABLE, COLUMN, *two))
            assert light is not None and "foreign_data" in light_rows(light).names
    # beside a column added to an ordinary table: both planned, each by its own family
    added = ("column", "public.t.b", "text", "public.t")
    found = plain_structure(_catalog(TABLE, COLUMN, FOREIGN, FOREIGN_COLUMN), _catalog(TABLE, COLUMN, added, FOREIGN))
    assert (
        found is not None and found.foreign_tables == {"public.f"} and found.added_columns == (CatalogObject(*added),)
    )
    # an ordinary table that becomes a foreign one, a foreign partition, a foreign inheritance child:
    # migra's path
    as_ordinary = ("table", "public.f", "ordinary replica identity d", "")
    assert plain_structure(_catalog(as_ordinary, FOREIGN_COLUMN), _catalog(FOREIGN, FOREIGN_COLUMN)) is None
    partition = (
        "table",
        "public.f",
        'foreign partition of "public"."p" FOR VALUES IN (1) server s replica identity d',
        "",
    )
    assert plain_structure(_catalog(ROOT, ROOT_COLUMN), _catalog(ROOT, ROOT_COLUMN, partition, FOREIGN_COLUMN)) is None
    child = ("table", "public.f", 'foreign inherits ("public"."t") server s replica identity d', "")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, child, FOREIGN_COLUMN)) is None
    # a kept foreign table that changes under a view that names it (what needs it is not planned
    # around it on either path); a new one under a new view is planned (the view after it)
    view = ("view", "public.v", " SELECT a\n   FROM public.f;", "")
    before, after = _catalog(FOREIGN, FOREIGN_COLUMN, view), _catalog(moved, FOREIGN_COLUMN, view)
    assert plain_structure(before, after) is None
    found = plain_structure(_catalog(), _catalog(FOREIGN, FOREIGN_COLUMN, view))
    assert found is not None and found.foreign_tables == {"public.f"} and found.added_views == (CatalogObject(*view),)
    # its CHECK constraint: not the family's (migra's path)
    check = ("constraint", "public.f.f_a_check", "contype=c CHECK ((a > 0)) validated=true", "public.f")
    assert plain_structure(_catalog(FOREIGN, FOREIGN_COLUMN), _catalog(FOREIGN, FOREIGN_COLUMN, check)) is None


def test_a_table_attached_detached_or_rebound_alone_takes_the_path() -> None:
    kept = (ROOT, ROOT_COLUMN)
    leaf = _leaf("p1")
    alone = (("table", "public.p1", "ordinary using heap replica identity d", ""), leaf[1])
    for before, after in ((alone, leaf), (leaf, alone)):  # attached, detached
        found = plain_structure(_catalog(*kept, *before), _catalog(*kept, *after))
        assert found == PlainStructure(repartitioned_tables=frozenset({"public.p1"}))
    rebound = (("table", "public.p1", leaf[0][2].replace("(1) TO (2)", "(2) TO (3)"), ""), leaf[1])
    found = plain_structure(_catalog(*kept, *leaf), _catalog(*kept, *rebound))
    assert found == PlainStructure(repartitioned_tables=frozenset({"public.p1"}))
    # with its own index or constraint added or dropped (planned around the ATTACH or the DETACH by
    # the partitions family's fixes: tests/test_plain_repartitioned.py), but with anything else that
    # differs (its trigger, say): migra's path
    trigger = (
        "trigger",
        "public.p1.t",
        "CREATE TRIGGER t BEFORE INSERT ON public.p1 FOR EACH ROW EXECUTE FUNCTION f()",
        "public.p1",
    )
    assert plain_structure(_catalog(*kept, *alone, trigger), _catalog(*kept, *leaf)) is None
    index = ("index", "public.p1_a", "CREATE INDEX p1_a ON public.p1 USING btree (a)", "public.p1")
    found = plain_structure(_catalog(*kept, *alone, index), _catalog(*kept, *leaf))
    assert found == PlainStructure(
        dropped_indexes=(CatalogObject(*index),), partitioned=True, repartitioned_tables=frozenset({"public.p1"})
    )
    # but the clone of its parent's row trigger that ATTACH makes and DETACH drops: no statement
    parents = ("trigger", "public.p.t", trigger[2].replace("public.p1", "public.p"), "public.p")
    clone = ("trigger", "public.p1.t", trigger[2], "public.p1")
    for before, after in (((*alone,), (*leaf, clone)), ((*leaf, clone), (*alone,))):
        found = plain_structure(_catalog(*kept, parents, *before), _catalog(*kept, parents, *after))
        assert found == PlainStructure(repartitioned_tables=frozenset({"public.p1"})), (before, after)
    statement = ("trigger", "public.p.t", parents[2].replace("FOR EACH ROW", "FOR EACH STATEMENT"), "public.p")
    disabled = ("trigger", "public.p1.t", trigger[2] + " [enabled=D]", "public.p1")
    for parent_trigger, partition_trigger in ((statement, clone), (parents, disabled)):  # (not its clone)
        assert (
            plain_structure(
                _catalog(*kept, parent_trigger, *alone), _catalog(*kept, parent_trigger, *leaf, partition_trigger)
            )
            is None
        )
    # a parent that changes too, or is no partitioned table, or a table that is not plain
    changed_root = ("table", "public.p", "partitioned partition by LIST (a) replica identity d", "")
    assert plain_structure(_catalog(*kept, *alone), _catalog(changed_root, ROOT_COLUMN, *leaf)) is None
    assert (
        plain_structure(_catalog(TABLE, COLUMN, *alone), _catalog(TABLE, COLUMN, *_leaf("p1", '"public"."t"'))) is None
    )
    unlogged = (("table", "public.p1", "ordinary unlogged using heap replica identity d", ""), leaf[1])
    assert plain_structure(_catalog(*kept, *unlogged), _catalog(*kept, *leaf)) is None


def test_partitions_take_the_path_when_plain() -> None:
    kept = (ROOT, ROOT_COLUMN)
    found = plain_structure(_catalog(*kept), _catalog(*kept, *_leaf("p1")))
    assert found is not None and found.partitions == {"public.p1"}  # a partition added to a kept table
    found = plain_structure(_catalog(*kept, *_leaf("p1")), _catalog(*kept))
    assert found is not None and found.partitions == {"public.p1"}  # dropped
    found = plain_structure(_catalog(), _catalog(*kept, *_leaf("p1")))
    assert found is not None and found.partitions == {"public.p", "public.p1"}  # a new tree
    found = plain_structure(_catalog(*kept, *_leaf("p1")), _catalog())
    assert found is not None and found.partitions == {"public.p", "public.p1"}  # a dropped tree
    found = plain_structure(_catalog(*kept), _catalog(*kept, *_leaf("p1", column="integer not null default 1")))
    assert found is not None and found.partitions == {"public.p1"}  # (with a default of its own: set after)
    assert found.partition_columns == {"public.p.a", "public.p1.a"}
    assert plain_structure(_catalog(*kept), _catalog(*kept, *_leaf("p1", column="bigint not null"))) is None
    assert plain_structure(_catalog(*kept), _catalog(*kept, *_leaf("p1", parent="public.t"))) is None  # not partitioned
    changed = ("table", "public.p", "partitioned partition by LIST (a) replica identity d", "")
    assert plain_structure(_catalog(*kept), _catalog(changed, ROOT_COLUMN, *_leaf("p1"))) is None
    index = ("index", "public.p_a", "CREATE INDEX p_a ON ONLY public.p USING btree (a)", "public.p")
    found = plain_structure(_catalog(), _catalog(*kept, index))  # a new tree with its members
    assert found is not None and found.partitioned
    assert plain_structure(_catalog(*kept, index), _catalog()) is not None
    leaf = _leaf("p1")
    found = plain_structure(_catalog(*kept, *leaf), _catalog(*kept, *leaf, index))  # a kept tree's new index
    assert found is not None and found.partitioned and found.added_indexes == (CatalogObject(*index),)
    own = ("index", "public.p1_a", "CREATE INDEX p1_a ON public.p1 USING btree (a)", "public.p1")
    # its index dropped while a partition keeps an index (maybe its copy, attached to it: the partitions' rows
    # say, partition_indexes.indexes_dropped_with_parent): the partitions' indexes the same on both sides are read
    found = plain_structure(_catalog(*kept, *leaf, index, own), _catalog(*kept, *leaf, own))
    assert found is not None and found.staying_copies == {"public.p1_a"} and found.partitioned
    other = ("index", "public.p1_a", "CREATE INDEX p1_a ON public.p1 USING hash (a)", "public.p1")
    found = plain_structure(_catalog(*kept, *leaf, index, other), _catalog(*kept, *leaf))  # (it goes: not read)
    assert found is not None and found.staying_copies == frozenset()
    # (a partition partitioned itself: its index, kept, is read too, and created again without ONLY: its own
    # partitions' copies made with it; and the indexes of the partitions below it)
    mid = (
        "table",
        "public.p1",
        'partitioned partition by RANGE (a) partition of "public"."p" FOR VALUES FROM (1) TO (2) replica identity d',
        "",
    )
    below_mid = _leaf("p11", parent='"public"."p1"')
    below_own = ("index", "public.p11_a", "CREATE INDEX p11_a ON public.p11 USING btree (a)", "public.p11")
    found = plain_structure(
        _catalog(*kept, mid, leaf[1], *below_mid, index, own, below_own),
        _catalog(*kept, mid, leaf[1], *below_mid, own, below_own),
    )
    assert found is not None and found.staying_copies == {"public.p1_a", "public.p11_a"} and found.partitioned
    # (a column added to a tree with one: the partitions' follow their parent's, level by level)
    columns = (("column", "public.p.b", "text", "public.p"), ("column", "public.p1.b", "text", "public.p1"))
    columns += (("column", "public.p11.b", "text", "public.p11"),)
    tree = (*kept, mid, leaf[1], *below_mid)
    found = plain_structure(_catalog(*tree), _catalog(*tree, *columns))
    assert found is not None and found.added_columns == (CatalogObject(*columns[0]),) and found.partitioned
    # (but not when the one partitioned itself has the column as another type: migra's path)
    other_type = ("column", "public.p1.b", "varchar", "public.p1")
    assert plain_structure(_catalog(*tree), _catalog(*tree, columns[0], other_type, columns[2])) is None
    # the index made ON ONLY becomes valid: its partitions' indexes attached (partition_indexes.index_attachments)
    invalid = (*index[:2], index[2] + " [invalid]", index[3])
    found = plain_structure(_catalog(*kept, *leaf, invalid, own), _catalog(*kept, *leaf, index, own))
    assert found is not None and found.completed_indexes == {"public.p_a"} and found.partitioned
    assert found.added_indexes == found.dropped_indexes == ()
    # (and when a partition never had its index: created, then attached)
    found = plain_structure(_catalog(*kept, *leaf, invalid), _catalog(*kept, *leaf, index, own))
    assert (
        found is not None
        and found.completed_indexes == {"public.p_a"}
        and found.added_indexes == (CatalogObject(*own),)
    )
    # (not when a partition's index changes too: the parent's is built again)
    found = plain_structure(_catalog(*kept, *leaf, invalid, other), _catalog(*kept, *leaf, index, own))
    assert found is None or found.completed_indexes == frozenset()
    column, copy = ("column", "public.p.b", "text", "public.p"), ("column", "public.p1.b", "text", "public.p1")
    found = plain_structure(_catalog(*kept, *leaf), _catalog(*kept, *leaf, column, copy))  # a column added
    assert found is not None and found.partitioned
    assert found.added_columns == (CatalogObject(*column),)  # (the partition's follows its parent's)
    own = ("column", "public.p1.b", "text default 'x'", "public.p1")
    found = plain_structure(_catalog(*kept, *leaf), _catalog(*kept, *leaf, column, own))  # (with its own default)
    assert found is not None and found.added_columns == (CatalogObject(*column),)
    assert found.partition_columns == {"public.p.b", "public.p1.b"}  # (diff/partition_columns.py: their rows)
    # a partition's own default or NOT NULL, alone, or kept while its parent's changes: the partition columns family
    found = plain_structure(_catalog(*kept, *leaf), _catalog(*kept, *_leaf("p1", column="integer not null default 2")))
    assert found is not None and found.changed_columns == () and found.partitioned
    assert found.partition_columns == {"public.p.a", "public.p1.a"}
    not_null = ("column", "public.p1.b", "text not null", "public.p1")
    found = plain_structure(_catalog(*kept, *leaf, column, copy), _catalog(*kept, *leaf, column, not_null))
    assert found is not None and found.changed_columns == ()
    assert found.partition_columns == {"public.p.b", "public.p1.b"}
    own_leaf = _leaf("p1", column="integer not null default 2")
    defaulted = ("column", "public.p.a", "integer not null default 1", "public.p")
    found = plain_structure(_catalog(*kept, *own_leaf), _catalog(ROOT, defaulted, *own_leaf))
    assert found is not None and found.changed_columns == (CatalogObject(*defaulted),)
    assert found.partition_columns == {"public.p.a", "public.p1.a"}  # (the parent's default reaches it)
    # but a partition's column of another type or collation than its parent's, or generated: migra's path
    for mine in ("bigint not null", "integer not null generated always as (1) stored"):
        assert plain_structure(_catalog(*kept, *leaf), _catalog(*kept, *_leaf("p1", column=mine))) is None
    assert plain_structure(_catalog(*kept, *leaf), _catalog(*kept, *leaf, copy)) is None  # (the partition's alone)
    retyped = ("column", "public.p.a", "bigint not null", "public.p")
    retyped_copy = ("column", "public.p1.a", "bigint not null", "public.p1")
    assert plain_structure(_catalog(*kept, *leaf), _catalog(ROOT, retyped, *leaf[:1], retyped_copy)) is None
    middle = (
        "table",
        "public.p1",
        'partitioned partition by RANGE (a) partition of "public"."p" FOR VALUES FROM (1) TO (2) replica identity d',
        "",
    )
    # a new partition partitioned itself (diff/plain_partitions.py), with a partition of its own
    middle_column = ("column", "public.p1.a", "integer not null", "public.p1")
    found = plain_structure(_catalog(*kept), _catalog(*kept, middle, middle_column))
    assert found is not None and found.partitions == {"public.p1"} and found.partitioned
    below = _leaf("p11", parent='"public"."p1"')
    found = plain_structure(_catalog(*kept), _catalog(*kept, middle, middle_column, *below))
    assert found is not None and found.partitions == {"public.p1", "public.p11"}
    # but not a new partition of a partition partitioned itself that stays (migra's path)
    assert (
        plain_structure(_catalog(*kept, middle, middle_column), _catalog(*kept, middle, middle_column, *below)) is None
    )
    quoted = ("table", "public.P q", "partitioned partition by RANGE (a) replica identity d", "")
    found = plain_structure(
        _catalog(quoted, ("column", "public.P q.a", "integer not null", "public.P q")),
        _catalog(
            quoted, ("column", "public.P q.a", "integer not null", "public.P q"), *_leaf("p1", parent='"public"."P q"')
        ),
    )
    assert found is not None and found.partitions == {"public.p1"}


def test_only_plain_structure_takes_the_path() -> None:
    new = ("column", "public.t.b", "text", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, new)) == PlainStructure(
        added_columns=(CatalogObject(*new),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN, new), _catalog(TABLE, COLUMN)) == PlainStructure(
        dropped_columns=(CatalogObject(*new),)
    )
    index = ("index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a)", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, index)) == PlainStructure(
        added_indexes=(CatalogObject(*index),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN, index), _catalog(TABLE, COLUMN)) == PlainStructure(
        dropped_indexes=(CatalogObject(*index),)
    )
    other_index = ("index", "public.t_a", "CREATE INDEX t_a ON public.t USING hash (a)", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, index), _catalog(TABLE, COLUMN, other_index)) is None  # changed
    # a b-tree index changed in what migra sees (columns, order, uniqueness, predicate): dropped, created again
    unique = (
        "index",
        "public.t_a",
        "CREATE UNIQUE INDEX t_a ON public.t USING btree (a DESC) WHERE (a > 0)",
        "public.t",
    )
    assert plain_structure(_catalog(TABLE, COLUMN, index), _catalog(TABLE, COLUMN, unique)) == PlainStructure(
        added_indexes=(CatalogObject(*unique),),
        dropped_indexes=(CatalogObject(*index),),
        recreated_indexes=frozenset({"public.t_a"}),
    )
    # ... but not in what it does not see (an operator class, WITH): the light families plan that
    # as the indexes family does (tests/test_plain_index_parameters.py)
    opclass = ("index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a int4_minmax_ops)", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, index), _catalog(TABLE, COLUMN, opclass)) == PlainStructure(
        redefined_indexes=(CatalogObject(*opclass),)
    )
    filled = ("index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a) WITH (fillfactor='70')", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, index), _catalog(TABLE, COLUMN, filled)) == PlainStructure(
        redefined_indexes=(CatalogObject(*filled),)
    )
    invalid = ("index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a) [invalid]", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, invalid)) is None
    assert plain_structure(_catalog(TABLE, COLUMN, invalid), _catalog(TABLE, COLUMN)) is None
    view = ("view", "public.v", "SELECT t.a FROM public.t", "")
    assert plain_structure(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN, index, view))  # (a view: fine)
    defaulted = ("column", "public.t.a", "integer not null default 1", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, defaulted)) == PlainStructure(
        changed_columns=(CatalogObject(*defaulted),)
    )
    retyped = ("column", "public.t.a", "bigint", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, retyped)) == PlainStructure(
        changed_columns=(CatalogObject(*retyped),), retyped_columns=(CatalogObject(*retyped),)
    )
    # but to or from a type of either side (migra recasts an enum through text), on a table with
    # a policy (the policies family re-creates those using the column), or under a view
    enum = ("type", "public.mood", "enum ('ok')", "")
    to_enum = ("column", "public.t.a", "public.mood", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, enum), _catalog(TABLE, to_enum, enum)) is None
    assert plain_structure(_catalog(TABLE, to_enum, enum), _catalog(TABLE, COLUMN, enum)) is None
    # the policies that name a retyped column, of any table: their rows read, those that use it
    # (pg_depend, plain_columns.blocked_policies) dropped and created around it
    policy = ("policy", "public.t.p", "as permissive for all to public using ((a > 0))", "public.t")
    found = plain_structure(_catalog(TABLE, COLUMN, policy), _catalog(TABLE, retyped, policy))
    assert found is not None and found.column_policies == {"public.t.p"}
    elsewhere = (
        "policy",
        "public.u.q",
        "as permissive for all to public using ((EXISTS ( SELECT t.a FROM t)))",
        "public.u",
    )
    found = plain_structure(_catalog(TABLE, COLUMN, elsewhere), _catalog(TABLE, retyped, elsewhere))
    assert found is not None and found.column_policies == {"public.u.q"}
    assert "policy_depends" in light_rows(Light(found, frozenset({"column"}))).names
    other = ("policy", "public.t.p", "as permissive for all to public using ((b > 0))", "public.t")  # (another column)
    found = plain_structure(_catalog(TABLE, COLUMN, other), _catalog(TABLE, retyped, other))
    assert found is not None and not found.column_policies
    assert "policy_depends" not in light_rows(Light(found, frozenset({"column"}))).names
    # views over the table, directly or through another view (not one that only names one in a
    # string is told apart here: the edges do, diff/views_over_tables.py), dropped and created again
    over = ("view", "public.v", "SELECT t.a FROM public.t", "")
    chained = ("view", "public.w", "SELECT v.a FROM public.v", "")
    unrelated = ("view", "public.x", "SELECT 1 AS one", "")
    found = plain_structure(
        _catalog(TABLE, COLUMN, over, chained, unrelated), _catalog(TABLE, retyped, over, chained, unrelated)
    )
    assert found == PlainStructure(
        changed_columns=(CatalogObject(*retyped),),
        retyped_columns=(CatalogObject(*retyped),),
        around_moved=AroundTables(frozenset({"public.t"}), (CatalogObject(*over), CatalogObject(*chained))),
    )
    scope = light_rows(Light(found, frozenset({"column"}), key_refs=frozenset({"public.t", "public.v", "public.w"})))
    assert scope.identities["views"] == {"public.v", "public.w"} and scope.identities["depends"] >= {
        "public.v",
        "public.t",
    }
    assert {"privileges", "comments"} <= scope.names  # (diff.recreated grants and comments them again)
    # not when migra orders them with something else, or re-creates more than the views
    # a function that reads the table or such a view, and what calls it: diff.carried may carry
    # them (a SQL-standard body), from the whole graph
    function = ("function", "public.f()", "select 1 from public.w", "")
    caller = ("function", "public.g()", "select public.f()", "")
    calling = ("column", "public.u.c", "integer default public.g()", "public.u")
    both = (over, chained, function, caller, calling)
    light = light_structure(_catalog(TABLE, COLUMN, *both), _catalog(TABLE, retyped, *both))
    assert light is not None and light.found.around_moved.functions == {"public.f()", "public.g()"}
    assert light.whole_graph and light.found.around_moved.columns == {"public.u.c"}
    scope = light_rows(light)
    assert (
        scope.identities["functions"] == {"public.f()", "public.g()"}
        and "public.u.c" in scope.identities["column_types"]
    )
    changed = ("function", "public.g()", "select public.f() + 1", "")  # (migra orders it with the views)
    assert (
        plain_structure(
            _catalog(TABLE, COLUMN, *both), _catalog(TABLE, retyped, over, chained, function, changed, calling)
        )
        is None
    )
    not_plain = {
        "an aggregate naming the table": (("function", "public.agg(integer)", "aggregate sfunc=public.t", ""),),
        "a rule naming a view": (
            ("rule", "public.x.r", "ON INSERT TO public.x DO INSTEAD SELECT a FROM public.v", "public.x"),
        ),
        "a trigger on a view": (("trigger", "public.v.tg", "INSTEAD OF INSERT ON public.v", "public.v"),),
    }
    for what, more in not_plain.items():
        both = (over, chained, *more)
        assert plain_structure(_catalog(TABLE, COLUMN, *both), _catalog(TABLE, retyped, *both)) is None, what
    matview = (
        "materialized_view",
        "public.m",
        "SELECT v.a FROM public.v",
        "",
    )  # (with the views: its index comes back)
    both = (over, chained, matview)
    found = plain_structure(_catalog(TABLE, COLUMN, *both), _catalog(TABLE, retyped, *both))
    assert found is not None and found.around_moved.views == tuple(CatalogObject(*v) for v in (matview, over, chained))
    assert "public.m" in light_rows(Light(found, frozenset({"column"}))).identities["table_options"]
    # a policy that reads one of those views: diff.carried drops and creates it again around it
    reading = (
        "policy",
        "public.u.p",
        "as permissive for all to public using ((EXISTS ( SELECT w.a FROM w)))",
        "public.u",
    )
    found = plain_structure(
        _catalog(TABLE, COLUMN, over, chained, reading), _catalog(TABLE, retyped, over, chained, reading)
    )
    assert found is not None and found.around_moved.policies == {"public.u.p"}
    said = ("comment", "policy public.u.p", "who reads w", "")
    both = (over, chained, reading, said)
    light = light_structure(_catalog(TABLE, COLUMN, *both), _catalog(TABLE, retyped, *both))
    assert light is not None and {"public.t", "public.v", "public.w"} <= light.key_refs
    scope = light_rows(light)
    assert "public.u.p" in scope.identities["policies"] and "policy public.u.p" in scope.identities["comments"]
    became = ("materialized_view", "public.w", "SELECT v.a FROM public.v", "")  # (a view that becomes one)
    assert plain_structure(_catalog(TABLE, COLUMN, over, chained), _catalog(TABLE, retyped, over, became)) is None
    assert plain_structure(_catalog(TABLE, COLUMN, over), _catalog(TABLE, retyped, over, matview)) is None  # (new)
    # a new or a dropped view over the table: created or dropped apart, before those, unless
    # migra orders it with them (a new one that needs one it re-creates, a dropped one one needs)
    dropped = ("view", "public.d", "SELECT t.a FROM public.t", "")
    found = plain_structure(_catalog(TABLE, COLUMN, over, dropped), _catalog(TABLE, retyped, over))
    assert found is not None and found.dropped_views == (CatalogObject(*dropped),)
    assert found.around_moved.views == (CatalogObject(*over),)
    new_view = ("view", "public.n", "SELECT t.a FROM public.t", "")
    found = plain_structure(_catalog(TABLE, COLUMN, over), _catalog(TABLE, retyped, over, new_view))
    assert found is not None and found.around_moved.views == (CatalogObject(*over),)
    on_over = ("view", "public.n", "SELECT v.a FROM public.v", "")
    assert plain_structure(_catalog(TABLE, COLUMN, over), _catalog(TABLE, retyped, over, on_over)) is None
    over_dropped = ("view", "public.v", "SELECT d.a FROM public.d", "")
    assert (
        plain_structure(_catalog(TABLE, COLUMN, dropped, over_dropped, chained), _catalog(TABLE, retyped, chained))
        is None
    )
    changed_too = ("view", "public.w", "SELECT v.a, 1 AS b FROM public.v", "")
    assert plain_structure(_catalog(TABLE, COLUMN, over, chained), _catalog(TABLE, retyped, over, changed_too)) is None
    collated = ("column", "public.t.a", 'text collate pg_catalog."C"', "public.t")  # (set data type … collate …)
    text = ("column", "public.t.a", "text", "public.t")
    assert plain_structure(_catalog(TABLE, text), _catalog(TABLE, collated)) == PlainStructure(
        changed_columns=(CatalogObject(*collated),), retyped_columns=(CatalogObject(*collated),)
    )
    generated = ("column", "public.t.b", "integer generated always as ((a * 2)) stored", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, generated)) == PlainStructure(
        added_columns=(CatalogObject(*generated),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN, generated), _catalog(TABLE, COLUMN)) == PlainStructure(
        dropped_columns=(CatalogObject(*generated),)
    )
    # a generated column whose expression alone changes: the generated-columns family's SET EXPRESSION
    # (PostgreSQL 17+; before, migra's statement); its type changed too, or virtual: migra's path
    regenerated = ("column", "public.t.b", "integer generated always as ((a * 3)) stored", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, generated), _catalog(TABLE, COLUMN, regenerated)) == PlainStructure(
        regenerated_columns=(CatalogObject(*regenerated),)
    )
    on_16 = Catalog(160000, _catalog(TABLE, COLUMN, generated).objects)
    assert plain_structure(on_16, Catalog(160000, _catalog(TABLE, COLUMN, regenerated).objects)) is None
    retyped_too = ("column", "public.t.b", "bigint generated always as ((a * 3)) stored", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, generated), _catalog(TABLE, COLUMN, retyped_too)) is None
    virtual = ("column", "public.t.b", "integer generated always as ((a * 3)) virtual", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, generated), _catalog(TABLE, COLUMN, virtual)) is None
    plain = ("column", "public.t.b", "integer", "public.t")  # (no longer generated: drop expression)
    assert plain_structure(_catalog(TABLE, COLUMN, generated), _catalog(TABLE, COLUMN, plain)) == PlainStructure(
        changed_columns=(CatalogObject(*plain),)
    )
    for other in ("bigint", "integer not null", "integer default 1"):  # (and more changes with it: migra's path)
        changed = ("column", "public.t.b", other, "public.t")
        assert plain_structure(_catalog(TABLE, COLUMN, generated), _catalog(TABLE, COLUMN, changed)) is None
    virtual_before = ("column", "public.t.b", "integer generated always as ((a * 2)) virtual", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, virtual_before), _catalog(TABLE, COLUMN, plain)) is None
    identity = ("column", "public.t.b", "integer not null generated always as identity", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, identity))  # (added with its sequence)
    identity_dropped = ("column", "public.t.b", "integer not null", "public.t")  # (its sequence goes with it)
    assert plain_structure(_catalog(TABLE, COLUMN, identity), _catalog(TABLE, COLUMN, identity_dropped)) == (
        PlainStructure(changed_columns=(CatalogObject(*identity_dropped),))
    )
    retyped_identity = ("column", "public.t.b", "bigint not null", "public.t")  # (and retyped: migra's path)
    assert plain_structure(_catalog(TABLE, COLUMN, identity), _catalog(TABLE, COLUMN, retyped_identity)) is None
    child = ("table", "public.t", "ordinary inherits (public.p) replica identity d", "")
    assert plain_structure(_catalog(child, COLUMN), _catalog(child, COLUMN, new)) is None
    # (positions unknown: the view over the table dropped and created again around it, as migra does)
    around = {"around_moved": AroundTables(frozenset({"public.t"}), (CatalogObject(*view),))}
    assert plain_structure(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN, new, view)) == PlainStructure(
        added_columns=(CatalogObject(*new),), **around
    )
    assert plain_structure(_catalog(TABLE, COLUMN, new, view), _catalog(TABLE, COLUMN, view)) == PlainStructure(
        dropped_columns=(CatalogObject(*new),), **around
    )
    other_view = ("view", "public.v", "SELECT t2.a FROM public.t2", "")
    assert plain_structure(_catalog(TABLE, COLUMN, other_view), _catalog(TABLE, COLUMN, new, other_view))
    tuned = ("table", "public.t", "ordinary using heap with (fillfactor=70) replica identity f", "")
    plain = ("table", "public.t", "ordinary using heap replica identity d", "")
    assert plain_structure(_catalog(plain, COLUMN), _catalog(tuned, COLUMN)) == PlainStructure(
        changed_tables=(CatalogObject(*tuned),)
    )
    # and a column: migra plans the column as on an unchanged table, the table options family the rest
    assert plain_structure(_catalog(plain, COLUMN), _catalog(tuned, COLUMN, new)) == PlainStructure(
        changed_tables=(CatalogObject(*tuned),), added_columns=(CatalogObject(*new),)
    )
    unlogged = ("table", "public.t", "ordinary unlogged using heap replica identity d", "")  # (set unlogged)
    assert plain_structure(_catalog(plain, COLUMN), _catalog(unlogged, COLUMN)) == PlainStructure(
        changed_tables=(CatalogObject(*unlogged),)
    )
    # a replica identity using an index: the index's flag then no change of it (the table options
    # family sets it); the flag of an index of a table that does not change: migra's path
    by_index = ("table", "public.t", "ordinary using heap replica identity i", "")
    index = ("index", "public.t_a_key", "CREATE UNIQUE INDEX t_a_key ON public.t USING btree (a)", "public.t")
    flagged = (*index[:2], index[2] + " [replica identity]", "public.t")
    assert plain_structure(_catalog(plain, COLUMN, index), _catalog(by_index, COLUMN, flagged)) == PlainStructure(
        changed_tables=(CatalogObject(*by_index),)
    )
    assert plain_structure(_catalog(by_index, COLUMN, index), _catalog(by_index, COLUMN, flagged)) is None
    # an index built again on other columns that becomes (or stops being) the replica identity: both ways
    wider = (*index[:2], "CREATE UNIQUE INDEX t_a_key ON public.t USING btree (a, b) [replica identity]", "public.t")
    b = ("column", "public.t.b", "integer", "public.t")
    for before, after in (((plain, index), (by_index, wider)), ((by_index, wider), (plain, index))):
        found = plain_structure(_catalog(*before, COLUMN, b), _catalog(*after, COLUMN, b))
        assert found is not None and found.recreated_indexes == {"public.t_a_key"}
    dotted = ("column", "public.t.x.b", "text", "public.t.x")
    dotted_table = ("table", "public.t.x", "ordinary replica identity d", "")
    assert plain_structure(_catalog(dotted_table), _catalog(dotted_table, dotted)) is None
    assert plain_structure(_catalog(dotted_table, dotted), _catalog(dotted_table)) is None


def test_only_new_plain_tables_take_the_path() -> None:
    new_table = ("table", "public.n", "ordinary using heap replica identity d", "")
    column = ("column", "public.n.a", "integer not null default 1", "public.n")
    key = (
        "constraint",
        "public.n.n_pkey",
        "contype=p PRIMARY KEY (a) deferrable=false deferred=false validated=true",
        "public.n",
    )
    key_index = ("index", "public.n_pkey", "CREATE UNIQUE INDEX n_pkey ON public.n USING btree (a)", "public.n")
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, new_table, column, key, key_index)) == PlainStructure(
        added_tables=(CatalogObject(*new_table),),
        new_table_columns=(CatalogObject(*column),),
        added_indexes=(CatalogObject(*key_index),),
        added_constraints=(CatalogObject(*key),),
    )
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, new_table)) == PlainStructure(
        added_tables=(CatalogObject(*new_table),)
    )
    assert plain_structure(_catalog(TABLE, new_table, column, key, key_index), _catalog(TABLE)) == PlainStructure(
        dropped_tables=(CatalogObject(*new_table),),  # (its columns go with it)
        dropped_indexes=(CatalogObject(*key_index),),
        dropped_constraints=(CatalogObject(*key),),
    )
    unlogged_table = ("table", "public.n", "ordinary unlogged using heap replica identity d", "")
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, unlogged_table, column))  # (create unlogged table)
    for definition in (
        "ordinary partition of public.p FOR VALUES FROM (1) TO (2) using heap replica identity d",  # (no public.p)
        "ordinary inherits (public.t) using heap replica identity d",
        "ordinary using heap with (fillfactor=70) replica identity d",
        "ordinary using heap replica identity f",
    ):
        unplain = ("table", "public.n", definition, "")
        assert plain_structure(_catalog(TABLE), _catalog(TABLE, unplain, column)) is None, definition
        assert plain_structure(_catalog(TABLE, unplain, column), _catalog(TABLE)) is None, definition
    changed = ("table", "public.t", "ordinary unlogged replica identity d", "")
    assert plain_structure(_catalog(TABLE), _catalog(changed, new_table)) is None
    generated = ("column", "public.n.b", "integer generated always as ((a * 2)) stored", "public.n")
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, new_table, column, generated))  # (created with it)
    assert plain_structure(_catalog(TABLE, new_table, column, generated), _catalog(TABLE))  # (dropped with it)
    dotted = ("table", "public.n.x", "ordinary using heap replica identity d", "")
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, dotted)) is None
    trigger = (
        "trigger",
        "public.t.touch",
        "CREATE TRIGGER touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()",
        "public.t",
    )
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, trigger)) == PlainStructure(
        added_triggers=(CatalogObject(*trigger),)
    )
    assert plain_structure(_catalog(TABLE, trigger), _catalog(TABLE)) == PlainStructure(
        dropped_triggers=(CatalogObject(*trigger),)
    )
    disabled = (*trigger[:2], trigger[2] + " [enabled=D]", trigger[3])
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, disabled)) is None
    # its state alone changes: alter table … enable/disable trigger (migra_fixes._trigger_states)
    assert plain_structure(_catalog(TABLE, disabled), _catalog(TABLE, trigger)) == PlainStructure(
        restated_triggers=(CatalogObject(*trigger),)
    )
    changed_and_enabled = (*trigger[:2], trigger[2].replace("BEFORE UPDATE", "BEFORE INSERT"), trigger[3])
    assert plain_structure(_catalog(TABLE, disabled), _catalog(TABLE, changed_and_enabled)) is None
    view = ("view", "public.v", "SELECT 1", "")
    on_view = (
        "trigger",
        "public.v.instead",
        "CREATE TRIGGER instead INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION f()",
        "public.v",
    )
    assert plain_structure(_catalog(TABLE, view), _catalog(TABLE, view, on_view)) == PlainStructure(
        added_triggers=(CatalogObject(*on_view),)  # (an INSTEAD OF trigger of a kept view)
    )
    changed_view = ("view", "public.v", "SELECT 2", "")
    assert plain_structure(_catalog(TABLE, view), _catalog(TABLE, changed_view, on_view)) is None  # (re-created)
    # a function naming the new table: nothing is recreated around a new table (a changed one's
    # columns are planned by migra when a view or function names it)
    function = ("function", "public.f()", "select count(*) from public.n", "")
    assert plain_structure(_catalog(TABLE, function), _catalog(TABLE, function, new_table, column))


def test_only_plain_sequences_take_the_path() -> None:
    identity = ("column", "public.t.b", "bigint not null generated always as identity", "public.t")
    sequence = ("sequence", "public.t_b_seq", f"{SEQUENCE_OPTIONS} owned by public.t.b identity", "")
    # an identity's sequence comes and goes with its column (which declares it), on a table
    # that exists or one that is new or dropped
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, identity, sequence)) == PlainStructure(
        added_columns=(CatalogObject(*identity),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN, identity, sequence), _catalog(TABLE, COLUMN)) == PlainStructure(
        dropped_columns=(CatalogObject(*identity),)
    )
    new_table = ("table", "public.n", "ordinary using heap replica identity d", "")
    new_identity = ("column", "public.n.id", "integer not null generated by default as identity", "public.n")
    new_sequence = ("sequence", "public.n_ids", f"{SEQUENCE_OPTIONS} owned by public.n.id identity", "")
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, new_table, new_identity, new_sequence))
    assert plain_structure(_catalog(TABLE, new_table, new_identity, new_sequence), _catalog(TABLE))
    # an identity's options: the sequence options family sets them
    restarted = ("sequence", "public.t_b_seq", f"{SEQUENCE_OPTIONS} owned by public.t.b identity", "")
    restarted = (*restarted[:2], restarted[2].replace("start 1 ", "start 100 "), "")
    both = _catalog(TABLE, COLUMN, identity, sequence), _catalog(TABLE, COLUMN, identity, restarted)
    assert plain_structure(*both) == PlainStructure()
    # a column that becomes an identity, or stops being one: its sequence comes or goes with it
    plain_column = ("column", "public.t.b", "bigint not null", "public.t")
    became = _catalog(TABLE, COLUMN, plain_column), _catalog(TABLE, COLUMN, identity, sequence)
    assert plain_structure(*became) == PlainStructure(changed_columns=(CatalogObject(*identity),))
    assert plain_structure(*reversed(became)) == PlainStructure(changed_columns=(CatalogObject(*plain_column),))
    # so is an identity's sequence without its column coming or going with it
    assert plain_structure(_catalog(TABLE, COLUMN, identity), _catalog(TABLE, COLUMN, identity, sequence)) is None
    owned = ("sequence", "public.t_b_seq", f"{SEQUENCE_OPTIONS} owned by public.t.b", "")
    assert (
        plain_structure(_catalog(TABLE, COLUMN, identity, owned), _catalog(TABLE, COLUMN, identity, sequence)) is None
    )
    assert (
        plain_structure(_catalog(TABLE, COLUMN, plain_column, owned), _catalog(TABLE, COLUMN, identity, sequence))
        is None
    )
    # standalone and owned (serial) sequences: created, dropped, owned by another column
    standalone = ("sequence", "public.numbers", SEQUENCE_OPTIONS, "")
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, standalone)) == PlainStructure(
        added_sequences=(CatalogObject(*standalone),)
    )
    assert plain_structure(_catalog(TABLE, standalone), _catalog(TABLE)) == PlainStructure(
        dropped_sequences=(CatalogObject(*standalone),)
    )
    reowned = ("sequence", "public.numbers", f"{SEQUENCE_OPTIONS} owned by public.t.a", "")
    assert plain_structure(_catalog(TABLE, COLUMN, standalone), _catalog(TABLE, COLUMN, reowned)) == PlainStructure(
        reowned_sequences=(CatalogObject(*reowned),)
    )


def test_only_plain_views_take_the_path() -> None:
    view = ("view", "public.v", " SELECT t.a\n   FROM t;", "")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, view)) == PlainStructure(
        added_views=(CatalogObject(*view),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN)) == PlainStructure(
        dropped_views=(CatalogObject(*view),)
    )
    changed = ("view", "public.v", " SELECT t.a + 1\n   FROM t;", "")  # (test_plain_views_changed.py: its rules)
    assert plain_structure(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN, changed)) == PlainStructure(
        changed_views=(CatalogObject(*changed),)
    )
    optioned = ("view", "public.v", " SELECT t.a\n   FROM t;\nwith (security_invoker=true)", "")
    assert plain_structure(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN, optioned)) == PlainStructure(
        realtered_views=(CatalogObject(*optioned),)
    )
    # two new views: migra orders them by their dependencies, unless neither names the other
    other = ("view", "public.w", " SELECT 1 AS one;", "")
    on_view = ("view", "public.w", " SELECT v.a\n   FROM v;", "")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, view, other))
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, view, on_view)) is None
    assert plain_structure(_catalog(TABLE, COLUMN, view, on_view), _catalog(TABLE, COLUMN)) is None
    assert plain_structure(_catalog(TABLE, COLUMN, view), _catalog(TABLE, COLUMN, view, on_view))  # (one new)
    # a new view of a table whose columns change (its positions unknown here): created apart, after it
    new = ("column", "public.t.b", "text", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, new, view)) == PlainStructure(
        added_columns=(CatalogObject(*new),),
        added_views=(CatalogObject(*view),),
        around_moved=AroundTables(frozenset({"public.t"})),
    )
    dotted = ("view", "public.v.x", " SELECT 1;", "")
    assert plain_structure(_catalog(TABLE), _catalog(TABLE, dotted)) is None


SEQUENCE_OPTIONS = "as bigint start 1 increment 1 minvalue 1 maxvalue 9223372036854775807 cache 1 no cycle"


def test_only_plain_constraints_take_the_path() -> None:
    check = (
        "constraint",
        "public.t.t_a_check",
        "contype=c CHECK ((a > 0)) deferrable=false deferred=false validated=true",
        "public.t",
    )
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, check)) == PlainStructure(
        added_constraints=(CatalogObject(*check),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN, check), _catalog(TABLE, COLUMN)) == PlainStructure(
        dropped_constraints=(CatalogObject(*check),)
    )
    other_check = (
        "constraint",
        "public.t.t_a_check",
        "contype=c CHECK ((a > 1)) deferrable=false deferred=false validated=true",
        "public.t",
    )
    # a changed check or foreign key: dropped and added again; validated, when that alone changes
    assert plain_structure(_catalog(TABLE, COLUMN, check), _catalog(TABLE, COLUMN, other_check)) == PlainStructure(
        changed_constraints=ChangedConstraints(recreated=(CatalogObject(*other_check),))
    )
    not_valid = (
        "constraint",
        check[1],
        check[2].replace("0)) ", "0)) NOT VALID ").replace("=true", "=false"),
        check[3],
    )
    assert not_valid[2] == "contype=c CHECK ((a > 0)) NOT VALID deferrable=false deferred=false validated=false"
    assert plain_structure(_catalog(TABLE, COLUMN, not_valid), _catalog(TABLE, COLUMN, check)) == PlainStructure(
        changed_constraints=ChangedConstraints(validated=(CatalogObject(*check),))
    )
    assert plain_structure(_catalog(TABLE, COLUMN, check), _catalog(TABLE, COLUMN, not_valid)) == PlainStructure(
        changed_constraints=ChangedConstraints(recreated=(CatalogObject(*not_valid),))  # (dropped, added NOT VALID)
    )
    # a foreign key whose deferrability alone changes: ALTER CONSTRAINT (migra_fixes); not a
    # check whose deferrability changes, nor a key (its index with it)
    fk = ("constraint", "public.t.t_a_fkey", "contype=f FOREIGN KEY (a) REFERENCES public.t(a) {}", "public.t")
    immediate = (*fk[:2], fk[2].format("deferrable=false deferred=false validated=true"), fk[3])
    deferred = (*fk[:2], fk[2].format("DEFERRABLE deferrable=true deferred=false validated=true"), fk[3])
    assert plain_structure(_catalog(TABLE, COLUMN, immediate), _catalog(TABLE, COLUMN, deferred)) == PlainStructure(
        changed_constraints=ChangedConstraints(redeferred=(CatalogObject(*deferred),))
    )
    assert plain_structure(_catalog(TABLE, COLUMN, deferred), _catalog(TABLE, COLUMN, immediate)) == PlainStructure(
        changed_constraints=ChangedConstraints(redeferred=(CatalogObject(*immediate),))
    )
    on_delete = (
        *fk[:2],
        fk[2].format("ON DELETE CASCADE DEFERRABLE deferrable=true deferred=false validated=true"),
        fk[3],
    )
    assert plain_structure(_catalog(TABLE, COLUMN, immediate), _catalog(TABLE, COLUMN, on_delete)) is None
    key = ("constraint", "public.t.t_pkey", "contype=p PRIMARY KEY (a) deferrable=false deferred=false validated=true")
    other_key = (*key[:2], key[2].replace("(a)", "(a, b)"))
    assert (
        plain_structure(_catalog(TABLE, COLUMN, (*key, "public.t")), _catalog(TABLE, COLUMN, (*other_key, "public.t")))
        is None
    )  # (a key changed, its index not: there is none here)
    # a key on other columns, its index with it: both dropped and made again, as migra does
    key_index = ("index", "public.t_pkey", "CREATE UNIQUE INDEX t_pkey ON public.t USING btree (a)", "public.t")
    other_key_index = (*key_index[:2], key_index[2].replace("(a)", "(a, b)"), "public.t")
    assert plain_structure(
        _catalog(TABLE, COLUMN, (*key, "public.t"), key_index),
        _catalog(TABLE, COLUMN, (*other_key, "public.t"), other_key_index),
    ) == PlainStructure(
        added_indexes=(CatalogObject(*other_key_index),),
        dropped_indexes=(CatalogObject(*key_index),),
        recreated_indexes=frozenset({"public.t_pkey"}),
        changed_constraints=ChangedConstraints(rekeyed=(CatalogObject(*other_key, "public.t"),)),
    )
    # ... not when it becomes deferrable (its index alone could not say so)
    deferred_key = (*key[:2], other_key[2].replace("deferrable=false", "deferrable=true"), "public.t")
    assert (
        plain_structure(
            _catalog(TABLE, COLUMN, (*key, "public.t"), key_index),
            _catalog(TABLE, COLUMN, deferred_key, other_key_index),
        )
        is None
    )
    unique = (
        "constraint",
        "public.t.t_a_key",
        "contype=u UNIQUE (a) deferrable=false deferred=false validated=true",
        "public.t",
    )
    index = ("index", "public.t_a_key", "CREATE UNIQUE INDEX t_a_key ON public.t USING btree (a)", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, unique, index)) == PlainStructure(
        added_indexes=(CatalogObject(*index),), added_constraints=(CatalogObject(*unique),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN, index), _catalog(TABLE, COLUMN, unique, index)) is None  # adopted
    deferrable = (
        "constraint",
        "public.t.t_a_key",
        "contype=u UNIQUE (a) DEFERRABLE deferrable=true deferred=false validated=true",
        "public.t",
    )
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, deferrable, index)) == PlainStructure(
        added_indexes=(CatalogObject(*index),), added_constraints=(CatalogObject(*deferrable),)
    )  # (… using index t_a_key DEFERRABLE, as schemainspect writes it)
    assert plain_structure(_catalog(TABLE, COLUMN, deferrable, index), _catalog(TABLE, COLUMN))  # (dropped: plain)
    temporal = (
        "constraint",
        "public.t.t_a_key",
        "contype=u UNIQUE (a, b WITHOUT OVERLAPS) deferrable=false deferred=false validated=true",
        "public.t",
    )
    # a temporal key, added or dropped with its index (the key builds it: diff/temporal_keys.py); a
    # key that becomes temporal is dropped and added by its definition, its index going and coming
    # with it; one that changes, or stops being temporal: migra's path
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, temporal, index)) == PlainStructure(
        added_indexes=(CatalogObject(*index),), added_constraints=(CatalogObject(*temporal),)
    )
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, temporal)) is None  # (no index)
    plain_key = (*temporal[:2], temporal[2].replace(" WITHOUT OVERLAPS", ""), "public.t")
    gist = (*index[:2], index[2].replace("btree", "gist"), "public.t")
    found = plain_structure(_catalog(TABLE, COLUMN, plain_key, index), _catalog(TABLE, COLUMN, temporal, gist))
    assert found == PlainStructure(changed_constraints=ChangedConstraints(rekeyed=(CatalogObject(*temporal),)))
    assert plain_structure(_catalog(TABLE, COLUMN, temporal, gist), _catalog(TABLE, COLUMN, plain_key, index)) is None
    wider = (*temporal[:2], temporal[2].replace("(a, b", "(a, c, b"), "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, temporal, gist), _catalog(TABLE, COLUMN, wider, gist)) is None
    # a temporal foreign key (PERIOD): migra writes it from its definition, as any foreign key
    period = (
        "constraint",
        "public.t.t_a_fkey",
        "contype=f FOREIGN KEY (a, PERIOD b) REFERENCES public.u(a, PERIOD b) deferrable=false deferred=false "
        "validated=true",
        "public.t",
    )
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, period)) == PlainStructure(
        added_constraints=(CatalogObject(*period),)
    )
    exclusion = (
        "constraint",
        "public.t.t_a_excl",
        "contype=x EXCLUDE USING gist (a WITH =) deferrable=false deferred=false validated=true",
        "public.t",
    )
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, exclusion)) is None  # (no index)
    gist = ("index", "public.t_a_excl", "CREATE INDEX t_a_excl ON public.t USING gist (a)", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, exclusion, gist)) == PlainStructure(
        added_indexes=(CatalogObject(*gist),), added_constraints=(CatalogObject(*exclusion),)
    )
    deferrable_exclusion = (*exclusion[:2], exclusion[2].replace("=false deferred", "=true deferred"), "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, deferrable_exclusion, gist)) is None
    # a changed one is dropped and added again, its index with it (no statement of its own)
    other_exclusion = (*exclusion[:2], exclusion[2].replace("WITH =", "WITH <>"), "public.t")
    found = plain_structure(_catalog(TABLE, COLUMN, exclusion, gist), _catalog(TABLE, COLUMN, other_exclusion, gist))
    assert found == PlainStructure(changed_constraints=ChangedConstraints(recreated=(CatalogObject(*other_exclusion),)))
    partial = ("index", "public.t_a_excl", gist[2] + " WHERE (a > 0)", "public.t")
    partial_exclusion = (
        *exclusion[:2],
        exclusion[2].replace(") deferrable", ") WHERE ((a > 0)) deferrable"),
        "public.t",
    )
    found = plain_structure(
        _catalog(TABLE, COLUMN, exclusion, gist), _catalog(TABLE, COLUMN, partial_exclusion, partial)
    )
    assert found == PlainStructure(
        changed_constraints=ChangedConstraints(recreated=(CatalogObject(*partial_exclusion),))
    )
    assert (
        plain_structure(_catalog(TABLE, COLUMN, exclusion, gist), _catalog(TABLE, COLUMN, exclusion, partial)) is None
    )
    assert (  # (made deferrable)
        plain_structure(_catalog(TABLE, COLUMN, exclusion, gist), _catalog(TABLE, COLUMN, deferrable_exclusion, gist))
        is None
    )
    not_enforced = (
        "constraint",
        "public.t.t_a_check",
        "contype=c CHECK ((a > 0)) NOT ENFORCED deferrable=false deferred=false validated=false",
        "public.t",
    )
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, not_enforced)) is None
    partitioned = ("table", "public.t", "partitioned by range (a) replica identity d", "")
    assert plain_structure(_catalog(partitioned, COLUMN), _catalog(partitioned, COLUMN, check)) is None
    root = ("table", "public.t", "partitioned partition by RANGE (a) replica identity d", "")
    before, after = _catalog(root, COLUMN, exclusion, gist), _catalog(root, COLUMN, other_exclusion, gist)
    assert plain_structure(before, after) is None  # (a partitioned table's exclusion constraint changed)


def test_only_plain_policies_take_the_path() -> None:
    policy = ("policy", "public.t.t_own", "as permissive for all to public using ((a = 1))", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, policy)) == PlainStructure(
        added_policies=(CatalogObject(*policy),)
    )
    changed = ("policy", "public.t.t_own", "as permissive for all to public using ((a = 2))", "public.t")
    assert plain_structure(_catalog(TABLE, COLUMN, policy), _catalog(TABLE, COLUMN, changed)) == PlainStructure(
        changed_policies=(CatalogObject(*changed),)
    )
    other = ("column", "public.t.b", "text", "public.t")
    # a policy changes while a column goes: those that name it (of any table) are read, and those
    # that use it (pg_depend) dropped and created, not altered (plain_columns.blocked_policies)
    found = plain_structure(_catalog(TABLE, COLUMN, other, policy), _catalog(TABLE, COLUMN, changed))
    assert found is not None and not found.column_policies
    naming = ("policy", "public.t.t_own", "as permissive for all to public using ((b = 'x'))", "public.t")
    found = plain_structure(_catalog(TABLE, COLUMN, other, naming), _catalog(TABLE, COLUMN, changed))
    assert found is not None and found.column_policies == {"public.t.t_own"}
    assert plain_structure(_catalog(TABLE, COLUMN, other, policy), _catalog(TABLE, COLUMN))  # (dropped with it)
    view_policy = ("policy", "public.v.v_own", "as permissive for all to public", "public.v")
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, view_policy)) is None  # (no such table)


def _function(
    identity: str, header: str, body: str = "AS $function$ select 1 $function$\n"
) -> tuple[str, str, str, str]:
    """A function as the catalog reads it (pg_get_functiondef)."""
    return ("function", identity, f"CREATE OR REPLACE {header}\n LANGUAGE sql\n{body}", "")


def test_a_function_whose_header_changes_takes_the_path_when_nothing_else_names_it() -> None:
    before = _function("public.f(integer)", "FUNCTION public.f(n integer)\n RETURNS integer")
    retyped = _function("public.f(integer)", "FUNCTION public.f(n integer)\n RETURNS bigint")
    renamed = _function("public.f(integer)", "FUNCTION public.f(m integer)\n RETURNS integer")
    for after in (retyped, renamed):
        found = plain_structure(_catalog(TABLE, COLUMN, before), _catalog(TABLE, COLUMN, after))
        assert found is not None and found.functions.reheaded == {"public.f(integer)"}
        found = plain_structure(_catalog(TABLE, COLUMN, after), _catalog(TABLE, COLUMN, before))
        assert found is not None and found.functions.reheaded == {"public.f(integer)"}
    # named by anything else of either side (a changed policy, a column's default, another
    # function's SQL-standard body): migra re-creates it, and the server refuses the drop
    policy = ("policy", "public.t.p", "as permissive for all to public using ((public.f(a) > 0))", "public.t")
    default = ("column", "public.t.b", "integer default public.f(1)", "public.t")
    caller = _function("public.g()", "FUNCTION public.g()\n RETURNS integer", "RETURN public.f(1)\n")
    for naming in (default, caller):
        assert (
            plain_structure(_catalog(TABLE, COLUMN, naming, before), _catalog(TABLE, COLUMN, naming, retyped)) is None
        )
    for naming in (policy, default, caller):
        assert plain_structure(_catalog(TABLE, COLUMN, naming, before), _catalog(TABLE, COLUMN, renamed)) is None
    # a policy that does not change: dropped and created again around it, as the policies family
    # does (plain_functions.function_policies: its rows read, plain_columns.blocked_policies)
    for after in (retyped, renamed):
        found = plain_structure(_catalog(TABLE, COLUMN, policy, before), _catalog(TABLE, COLUMN, policy, after))
        assert found is not None and found.column_policies == {"public.t.p"}, after
    unnamed = ("policy", "public.t.p", "as permissive for all to public using ((a > 0))", "public.t")
    found = plain_structure(_catalog(TABLE, COLUMN, unnamed, before), _catalog(TABLE, COLUMN, unnamed, retyped))
    assert found is not None and found.column_policies == frozenset()
    # a function that only calls it in a string body: nothing recorded, nothing re-created
    string_caller = _function(
        "public.g()", "FUNCTION public.g()\n RETURNS integer", "AS $function$ select public.f(1) $function$\n"
    )
    assert plain_structure(
        _catalog(TABLE, COLUMN, string_caller, before), _catalog(TABLE, COLUMN, string_caller, retyped)
    )
    # OUT arguments, RETURNS TABLE, a default, a function becoming a procedure: migra's path
    for header, other in (
        (
            "FUNCTION public.f(n integer, OUT m integer)\n RETURNS integer",
            "FUNCTION public.f(n integer, OUT k integer)\n RETURNS integer",
        ),
        (
            "FUNCTION public.f(n integer)\n RETURNS TABLE(m integer)",
            "FUNCTION public.f(n integer)\n RETURNS TABLE(k integer)",
        ),
        (
            "FUNCTION public.f(n integer DEFAULT 1)\n RETURNS integer",
            "FUNCTION public.f(n integer DEFAULT 1)\n RETURNS bigint",
        ),
        ("FUNCTION public.f(n integer)\n RETURNS integer", "PROCEDURE public.f(IN n integer)"),
    ):
        have, want = _function("public.f(integer)", header), _function("public.f(integer)", other)
        assert plain_structure(_catalog(TABLE, COLUMN, have), _catalog(TABLE, COLUMN, want)) is None, other
    # an enum grows: migra's inspector replaces no function that names a changed enum
    enum, grown = ("type", "public.e", "enum ('a')", ""), ("type", "public.e", "enum ('a', 'b')", "")
    assert plain_structure(_catalog(TABLE, COLUMN, enum, before), _catalog(TABLE, COLUMN, grown, before))
    assert plain_structure(_catalog(TABLE, COLUMN, enum, before), _catalog(TABLE, COLUMN, grown, retyped)) is None


def test_new_views_and_functions_take_the_path_when_neither_names_the_other() -> None:
    """migra creates (drops) new (dropped) views and functions in one key order, each once what
    it depends on is there: the light families merge them by key when none names another, and
    order them by the edges of those that name another (diff/view_chains.py) when nothing else
    changes among views and functions; a new function that the server records reading a new
    view stays on migra's path (plain_functions)."""
    view = ("view", "public.v", " SELECT t.a\n   FROM t;", "")
    function = _function("public.f(integer)", "FUNCTION public.f(n integer)\n RETURNS integer")
    found = plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, view, function))
    assert found is not None and found.added_views and found.functions.added
    found = plain_structure(_catalog(TABLE, COLUMN, view, function), _catalog(TABLE, COLUMN))
    assert found is not None and found.dropped_views and found.functions.dropped
    calling = ("view", "public.v", " SELECT f(t.a) AS f\n   FROM t;", "")
    reading = _function(
        "public.f(integer)", "FUNCTION public.f(n integer)\n RETURNS integer", "RETURN (SELECT count(*) FROM v)\n"
    )
    found = plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, calling, function))
    assert found is not None and found.interleaved_selectables
    found = plain_structure(_catalog(TABLE, COLUMN, calling, function), _catalog(TABLE, COLUMN))
    assert found is not None and found.interleaved_selectables
    assert plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, view, reading)) is None
    found = plain_structure(_catalog(TABLE, COLUMN, view, reading), _catalog(TABLE, COLUMN))
    assert found is not None and found.interleaved_selectables
    # a view or function that changes beside them: migra orders them all together
    other = ("view", "public.w", " SELECT t.a\n   FROM t;", "")
    other_changed = ("view", "public.w", " SELECT t.a + 1\n   FROM t;", "")
    assert (
        plain_structure(_catalog(TABLE, COLUMN, other), _catalog(TABLE, COLUMN, other_changed, calling, function))
        is None
    )


def test_columns_appended_to_a_table_that_a_view_reads_take_the_path() -> None:
    """migra re-creates what depends on a table only when its old columns are not the first of
    its new ones, in order (its inspector's can_replace): the catalogs' column positions say."""
    view = ("view", "public.v", " SELECT t.a\n   FROM t;", "")
    new = ("column", "public.t.b", "text", "public.t")
    before = Catalog(180000, tuple(CatalogObject(*o) for o in (TABLE, COLUMN, view)), {"public.t.a": 1})
    appended = Catalog(
        180000, tuple(CatalogObject(*o) for o in (TABLE, COLUMN, new, view)), {"public.t.a": 1, "public.t.b": 2}
    )
    assert plain_structure(before, appended) == PlainStructure(added_columns=(CatalogObject(*new),))
    first = Catalog(180000, appended.objects, {"public.t.a": 2, "public.t.b": 1})  # (declared before a)
    moved = {"around_moved": AroundTables(frozenset({"public.t"}), (CatalogObject(*view),))}
    assert plain_structure(before, first) == PlainStructure(added_columns=(CatalogObject(*new),), **moved)
    positions_unknown = Catalog(180000, appended.objects)
    assert plain_structure(before, positions_unknown) == PlainStructure(added_columns=(CatalogObject(*new),), **moved)
    # a column dropped: migra re-creates the view, and so do the light families (diff/views_over_tables.py)
    assert plain_structure(appended, before) == PlainStructure(
        dropped_columns=(CatalogObject(*new),),
        around_moved=AroundTables(frozenset({"public.t"}), (CatalogObject(*view),)),
    )


def test_aggregates_are_left_to_their_family() -> None:
    """migra's inspector reads no aggregate: one that differs is the aggregates family's on either
    path, and the plain functions beside it are planned as ever."""
    step = _function("public.step(bigint, integer)", "FUNCTION public.step(acc bigint, x integer)\n RETURNS bigint")
    aggregate = (
        "function",
        "public.norm(integer)",
        "aggregate public.norm(integer) returns bigint kind n sfunc public.step(bigint,integer) stype bigint parallel u",
        "",
    )
    changed = ("function", "public.norm(integer)", aggregate[2] + " initcond '1'", "")
    found = plain_structure(_catalog(TABLE, COLUMN), _catalog(TABLE, COLUMN, step, aggregate))
    assert found is not None and found.functions.aggregates == {"public.norm(integer)"}
    assert [f.identity for f in found.functions.added] == ["public.step(bigint, integer)"]
    found = plain_structure(_catalog(TABLE, COLUMN, step, aggregate), _catalog(TABLE, COLUMN, step, changed))
    assert found is not None and found.functions.aggregates == {"public.norm(integer)"} and not found.functions.changed
    assert light_families(Light(found, frozenset({"function"}))).count(aggregate_changes) == 1
    # a function that becomes an aggregate of its signature: migra's path
    function = _function("public.norm(integer)", "FUNCTION public.norm(x integer)\n RETURNS bigint")
    assert plain_structure(_catalog(TABLE, COLUMN, step, function), _catalog(TABLE, COLUMN, step, aggregate)) is None


@contextmanager
def loaded_pair(
    pg_server: DatabaseUrl, empty_db: DatabaseUrl, suffix: str, current: str, desired: str
) -> Iterator[DatabaseUrl]:
    """``empty_db`` loaded with ``current`` and a new database (yielded, dropped after) with ``desired``."""
    other = empty_db.with_database(empty_db.database + suffix)
    with connect(pg_server) as conn:
        conn.execute(sql_code(f"create database {quote_ident(other.database)}"))
    try:
        for url, text in ((empty_db, current), (other, desired)):
            with connect(url) as conn:
                conn.execute(text.encode())
        yield other
    finally:
        with connect(pg_server) as conn:
            conn.execute(sql_code(f"drop database {quote_ident(other.database)} with (force)"))


SCOPED_CURRENT = """
create table public.accounts (id integer primary key, email text not null);
create index accounts_email on public.accounts (email);
create table public.notes (id integer primary key, account_id integer references public.accounts (id), body text);
create index notes_body on public.notes (body);
alter table public.notes enable row level security;
create policy notes_all on public.notes using (body is not null);
comment on table public.accounts is 'who signs in';
comment on column public.notes.body is 'free text';
comment on column public.notes.id is 'the same on both sides';
"""
SCOPED_DESIRED = """
create table public.accounts (id integer primary key, email text not null default '', handle text);
create index accounts_email on public.accounts (email);
create table public.notes (id integer primary key, account_id integer references public.accounts (id), body text,
                           constraint notes_body_short check (length(body) < 100));
create index notes_account on public.notes (account_id);
alter table public.notes enable row level security;
create policy notes_all on public.notes using (body is null);
comment on column public.accounts.handle is 'shown on the profile';
comment on table public.accounts is 'who signs in, and how';
comment on column public.notes.id is 'the same on both sides';
"""


WANTED_COMMENTS = {  # the comments a scoped read of SCOPED_CURRENT (False) and SCOPED_DESIRED (True) takes
    False: {("table", "public.accounts"), ("table column", "public.notes.body")},
    True: {
        ("table", "public.accounts"),
        ("table column", "public.notes.body"),
        ("table column", "public.accounts.handle"),
    },
}


def test_a_scoped_read_takes_the_rows_of_what_differs_from_the_server(pg_server, empty_db) -> None:
    """``with_details(..., scope=diff.light_rows(...))`` (what `diff` reads of two databases the
    light families plan): the server returns exactly the rows the corpus's Python mirror of the
    scope keeps (casehelp.scoped), and a render row left out raises instead of reading empty."""
    with loaded_pair(pg_server, empty_db, "_desired", SCOPED_CURRENT, SCOPED_DESIRED) as other:
        schemas = SchemaFilter(include=("public",))
        current, desired = (take_snapshot(u, schemas, name=u.database, details=False) for u in (empty_db, other))
        found = light_structure(current.catalog, desired.catalog)
        assert found is not None and found.found.added_columns and found.found.changed_policies
        assert found.found.added_constraints
        scope = light_rows(found)
        assert scope.identities["indexes"] == {"public.notes_account", "public.notes_body"}
        assert scope.identities["comments"] == {
            "table public.accounts",
            "column public.notes.body",
            "column public.accounts.handle",
        }
        for snapshot, url in ((current, empty_db), (desired, other)):
            read_side = with_details(snapshot, url, schemas, inspector=False, scope=scope)
            every_side = with_details(snapshot, url, schemas, inspector=False)
            read, every = read_side.rows, every_side.rows
            assert dict(read) == dict(scoped(every, scope)), url.database
            assert read["column_types"] and len(read["column_types"]) < len(every["column_types"])
            with pytest.raises(DetailsNotRead, match="'not_null'"):
                read.get("not_null", ())
            # the comments differ: only the objects of those that differ are read (a new column's,
            # a table's changed, a column's dropped, where the objects exist); the grants do not
            # differ: not read
            assert read_side.comments == {key: every_side.comments[key] for key in WANTED_COMMENTS[url is other]}
            with pytest.raises(DetailsNotRead, match="the privileges of"):
                read_side.privileges  # noqa: B018 (the property raises)


def test_diff_of_two_databases_the_light_families_plan_reads_no_schemainspect(tmp_path, pg_server, empty_db) -> None:
    with loaded_pair(pg_server, empty_db, "_to", SCOPED_CURRENT, SCOPED_DESIRED) as other:
        code, heavy, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert code == 2, output
        assert heavy == [], f"the diff imported {heavy}"
        for statement in (
            'alter table "public"."accounts" add column "handle" text',
            'alter table "public"."accounts" alter column "email" set default \'\'::text',
            "CREATE INDEX notes_account ON public.notes USING btree (account_id)",
            'drop index if exists "public"."notes_body"',
            'alter table "public"."notes" add constraint "notes_body_short" CHECK ((length(body) < 100)) not valid',
            'alter policy "notes_all" on "public"."notes"\nusing ((body IS NULL))',
            "comment on column public.accounts.handle is 'shown on the profile'",
            "comment on table public.accounts is 'who signs in, and how'",
            "comment on column public.notes.body is null",
        ):
            assert statement in output, output


KEYED_CURRENT = """
create table public.accounts (id integer primary key, handle text);
create table public.notes (id integer primary key, body text);
"""
KEYED_DESIRED = """
create table public.accounts (id integer primary key, handle text constraint accounts_handle_key unique);
create table public.notes (id integer primary key, body text,
                           handle text constraint notes_handle_fkey references public.accounts (handle));
"""


def test_diff_of_two_databases_orders_a_light_plan_from_the_edges_the_server_filters(
    tmp_path, pg_server, empty_db
) -> None:
    """A plan that drops nothing reads no dependency graph with its details, only the edges of
    its own objects afterwards (snapshot.read_edges): the foreign key still follows the key it
    needs, and the plan applied leaves nothing to do."""
    with loaded_pair(pg_server, empty_db, "_keyed", KEYED_CURRENT, KEYED_DESIRED) as other:
        schemas = SchemaFilter(include=("public",))
        current, desired = (take_snapshot(u, schemas, name=u.database, details=False) for u in (empty_db, other))
        light = light_structure(current.catalog, desired.catalog)
        assert light is not None and not light.whole_graph
        assert "depends" not in light_rows(light).names  # (the edges are read after planning)
        nodes = frozenset({"public.notes.notes_handle_fkey", "public.accounts.accounts_handle_key"})
        edges = {(r["node"], r["ref"]) for r in read_edges(other, schemas, nodes)}
        assert ("public.notes.notes_handle_fkey", "public.accounts.accounts_handle_key") in edges
        assert {node for node, _ in edges} <= nodes
        code, heavy, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert code == 2 and heavy == [], output
        key = output.lower().index('add constraint "accounts_handle_key"')
        foreign = output.lower().index('add constraint "notes_handle_fkey"')
        assert key < foreign, output
        with connect(empty_db) as conn:
            conn.execute(output.rstrip("\n").rsplit("\n", 1)[0].encode())  # (the last line: the probe's)
        code, _, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert code == 0, output


KEY_UNDER_FOREIGN_KEY = """
create table public.codes (code text not null, constraint codes_code_key unique (code));
create table public.uses (id integer primary key, code text constraint uses_code_fkey references public.codes (code));
"""
PRIMARY_KEY_UNDER_FOREIGN_KEY = """
create table public.codes (code text not null, constraint codes_pkey primary key (code));
create table public.uses (id integer primary key, code text constraint uses_code_fkey references public.codes (code));
"""


def test_diff_of_a_key_dropped_under_a_foreign_key_reads_the_edges_that_reach_its_index(
    tmp_path, pg_server, empty_db
) -> None:
    """A plan that drops a key (or an index) carries the foreign keys on it (diff.carried): the
    details read only the edges that reach the key's index (render_depends.sql's refs), not the
    whole graph, and the foreign key is dropped before the key and added again after the new one."""
    with loaded_pair(pg_server, empty_db, "_rekeyed", KEY_UNDER_FOREIGN_KEY, PRIMARY_KEY_UNDER_FOREIGN_KEY) as other:
        schemas = SchemaFilter(include=("public",))
        current = take_snapshot(empty_db, schemas, name="current", details=False)
        desired = take_snapshot(other, schemas, name="desired", details=False)
        light = light_structure(current.catalog, desired.catalog)
        assert light is not None and not light.whole_graph
        assert light.key_refs == {"public.codes_code_key"}
        scope = light_rows(light)
        assert "depends" in scope.names and scope.identities["depends"] == {"public.codes_code_key"}
        edges = {
            (r["node"], r["ref"])
            for r in with_details(current, empty_db, schemas, inspector=False, scope=scope).rows["depends"]
        }
        assert edges == {  # (the foreign key, and the key itself, need the key's index)
            ("public.uses.uses_code_fkey", "public.codes_code_key"),
            ("public.codes.codes_code_key", "public.codes_code_key"),
        }
        code, heavy, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert code == 2 and heavy == [], output
        lowered = output.lower()
        drop_fk, drop_key = (
            lowered.index('drop constraint "uses_code_fkey"'),
            lowered.index('drop constraint "codes_code_key"'),
        )
        add_key, add_fk = lowered.index('add constraint "codes_pkey"'), lowered.index('add constraint "uses_code_fkey"')
        assert drop_fk < drop_key < add_key < add_fk, output
        with connect(empty_db) as conn:
            conn.execute(output.rstrip("\n").rsplit("\n", 1)[0].encode())  # (the last line: the probe's)
        code, _, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert code == 0, output


RULED_CURRENT = """
create table public.events (id integer primary key, kind text not null);
create table public.archive (id integer primary key, kind text not null);
create function public.noted() returns event_trigger language plpgsql as $$ begin end $$;
"""
RULED_DESIRED = (
    RULED_CURRENT
    + """
create rule events_archived as on delete to public.events do also
    insert into public.archive (id, kind) values (old.id, old.kind);
create publication events_out for table public.events (id, kind) where (kind <> 'internal');
create event trigger events_noted on ddl_command_end execute function public.noted();
create text search configuration public.plain (copy = pg_catalog.simple);
alter table public.archive set (fillfactor = 70), replica identity full;
"""
)


def test_rules_publications_event_triggers_and_text_search_are_planned_without_schemainspect(
    tmp_path, pg_server, empty_db
) -> None:
    """Rules, publications, event triggers and text search configurations: kinds that only their
    own families plan (diff.OWN_FAMILY_KINDS, from our render rows). The diff that adds one of
    each, and the one that drops them, import no schemainspect; the first applied leaves
    nothing to do, the second applied after it gives the first back."""
    with loaded_pair(pg_server, empty_db, "_ruled", RULED_CURRENT, RULED_DESIRED) as other:
        (code, forward), (back_code, backward) = (
            light_diff(tmp_path, empty_db, other),
            light_diff(tmp_path, other, empty_db),
        )
        assert code == 2 and "create rule events_archived as" in forward.lower(), forward
        assert "create publication events_out for table public.events (id, kind) where" in forward, forward
        assert back_code == 2 and "drop rule events_archived on public.events;" in backward, backward
        assert "drop publication events_out;" in backward, backward
        assert "create event trigger" in forward.lower() and "drop event trigger" in backward.lower()
        assert "create text search configuration" in forward and "drop text search configuration" in backward
        # (and a table's storage parameters and replica identity: the table options family's)
        assert 'alter table "public"."archive" set (fillfactor=70)' in forward, forward
        assert 'alter table "public"."archive" replica identity full' in forward, forward
        assert 'alter table "public"."archive" reset (fillfactor)' in backward, backward
        assert 'alter table "public"."archive" replica identity default' in backward, backward
        both_ways(tmp_path, empty_db, other, forward, backward)


TYPED_CURRENT = """
create domain public.email as text;
create function public.greet(who public.email, n integer) returns text language sql as $$ select 'hi ' || who $$;
comment on function public.greet(public.email,integer) is 'says hi';
"""
TYPED_DESIRED = TYPED_CURRENT.replace("'says hi'", "'says hello'")


def test_a_light_diff_plans_the_comment_of_a_function_whose_argument_type_is_in_public(
    tmp_path, pg_server, empty_db
) -> None:
    """The catalog names the function ``public.greet(public.email, integer)`` (read with an
    empty search_path); the scoped read of the comments must name it the same way, though the
    render rows are read with ``public`` on the search_path (where the server prints the type
    as ``email``), or the changed comment is not planned at all."""
    with loaded_pair(pg_server, empty_db, "_typed", TYPED_CURRENT, TYPED_DESIRED) as other:
        code, heavy, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert heavy == [], output
        assert code == 2, output
        assert "comment on function public.greet(public.email,integer) is 'says hello'" in output, output
        with connect(empty_db) as conn:
            conn.execute(output.rstrip("\n").rsplit("\n", 1)[0].encode())  # (the last line: the probe's)
        code, _, output = heavy_imports(tmp_path, "diff", "--from", empty_db.raw, "--to", other.raw)
        assert code == 0, output


def light_diff(cwd: Path, source: DatabaseUrl, target: DatabaseUrl) -> tuple[int, str]:
    """`schemadiff diff` of two databases, which must import no schemainspect: its exit code and
    its SQL."""
    code, heavy, output = heavy_imports(cwd, "diff", "--from", source.raw, "--to", target.raw)
    assert heavy == [], output
    return code, output.rstrip("\n").rsplit("\n", 1)[0]  # (the last line: the probe's)


def light_pair(cwd: Path, current: DatabaseUrl, desired: DatabaseUrl) -> tuple[str, str]:
    """Two databases whose differences the light families plan both ways, exactly as every
    family plans them; their diffs (which import no schemainspect) both ways: forward, backward."""
    schemas = SchemaFilter()
    before, after = take_snapshot(current, schemas, name="current"), take_snapshot(desired, schemas, name="desired")
    for one, two in ((before, after), (after, before)):
        assert light_structure(one.catalog, two.catalog) is not None
        assert unordered_changes(one, two) == unordered_changes(one, two, every_family=True)
    (code, forward), (back_code, backward) = light_diff(cwd, current, desired), light_diff(cwd, desired, current)
    assert code == 2 and back_code == 2, forward + backward
    return forward, backward


def both_ways(cwd: Path, source: DatabaseUrl, target: DatabaseUrl, forward: str, backward: str) -> None:
    """``forward`` (the diff from ``source`` to ``target``) applied to ``source`` leaves nothing
    to do; ``backward`` (the other way round) applied after it gives ``forward`` back."""
    with connect(source) as conn:
        conn.execute(forward.encode())
    assert light_diff(cwd, source, target)[0] == 0
    with connect(source) as conn:
        conn.execute(backward.encode())
    assert light_diff(cwd, source, target) == (2, forward)
