"""Rename hints end to end: `schemadiff plan` turns a hinted rename into ALTER … RENAME and
`schemadiff apply` keeps every row; hints that are wrong are clear errors; a hint that
has done its work is a no-op. (The plans of each object kind are in tests/cases/renames.)"""

from __future__ import annotations

import json

import pytest

from applyhelp import Project, execute, made_plans, project, table_columns  # noqa: F401  (fixtures)
from clihelp import heavy_imports, run_cli
from schemadiff.changes import Action
from schemadiff.config import load_settings
from schemadiff.errors import ConfigError, SchemaSourceError
from schemadiff.planner import make_plan
from schemadiff.rename_hints import hints_from_config, hints_in_text
from schemadiff.snapshot import DetailsNotRead

BEFORE = """\
create type public.stage as enum ('lead', 'won', 'lost');
create table public.customers (
    id integer primary key,
    full_name text not null,
    stage public.stage not null default 'lead'
);
create table public.orders (
    id integer primary key,
    customer_id integer not null references public.customers (id)
);
create function public.customer_count() returns bigint language sql stable
    as $$ select count(*) from public.customers $$;
"""

AFTER = """\
create type public.stage as enum ('lead', 'closed_won', -- schemadiff:renamed-from 'won'
    'lost');
-- schemadiff:renamed-from customers
create table public.clients (
    id integer primary key,
    -- schemadiff:renamed-from full_name
    name text not null,
    stage public.stage not null default 'lead'
);
create table public.orders (
    id integer primary key,
    customer_id integer not null references public.clients (id)
);
-- schemadiff:renamed-from customer_count
create function public.client_count() returns bigint language sql stable
    as $$ select count(*) from public.clients $$;
"""


def test_renamed_table_column_and_label_keep_their_rows(project: Project) -> None:
    project.write_schema(BEFORE)
    project.plan("before")
    assert project.apply().code == 0
    execute(project.url, "insert into public.customers values (1, 'Ada', 'won'), (2, 'Grace', 'lead')")
    execute(project.url, "insert into public.orders values (10, 1), (11, 1), (12, 2)")

    project.write_schema(AFTER)
    plan_file = project.plan("renames")
    text = plan_file.read_text()
    assert "-- destructive: none" in text, text  # nothing is dropped
    for statement in (
        'alter table "public"."customers" rename to "clients";',
        'alter table "public"."clients" rename column "full_name" to "name";',
        "alter type \"public\".\"stage\" rename value 'won' to 'closed_won';",
        'alter routine "public"."customer_count"() rename to "client_count";',
        'alter table "public"."clients" rename constraint "customers_pkey" to "clients_pkey";',
    ):
        assert statement in text, text
    assert "BACKWARD_INCOMPATIBLE" in text
    summary = json.loads(
        project.cli("plan", "--out", str(project.root / "preview"), "--format", "json", "--ignore-pending").out
    )
    assert summary["counts"]["rename"] == 5 and summary["hazards"]["BACKWARD_INCOMPATIBLE"] == 5
    assert next(s for s in summary["steps"] if s["action"] == "rename")["description"].startswith("rename table")
    applied = project.apply()
    assert applied.code == 0, applied.text

    assert table_columns(project.url, "clients") == ["id", "name", "stage"]
    rows = execute(project.url, "select id, name, stage::text from public.clients order by id")
    assert rows == [(1, "Ada", "closed_won"), (2, "Grace", "lead")]
    assert execute(
        project.url, "select count(*) from public.orders o join public.clients c on c.id = o.customer_id"
    ) == [(3,)]
    assert execute(project.url, "select public.client_count()") == [(2,)]
    again = run_cli(project.capsys, "-v", "plan", "--url", project.url.conninfo())
    assert again.code == 0, again.text  # the hints have done their work: nothing left to do
    # ... and, kept in schema/, they do not keep the plan from the desired-state cache: no shadow
    timings = next(line for line in again.err.splitlines() if line.startswith("timings: "))
    assert "cached desired" in timings and "load" not in timings and "shadow" not in timings, timings


def test_a_rename_plan_reads_no_schemainspect(project: Project) -> None:
    """Renames and plain structure beside them are planned by our own families: no heavy library
    is imported. A difference only migra's inspector plans (a new table that inherits from
    another) still takes it, with the renames beside it."""
    project.write_schema(BEFORE)
    project.plan("before")
    assert project.apply().code == 0
    project.write_schema(AFTER + "create index clients_stage on public.clients (stage);\n")
    target = ("--url", project.url.conninfo(), "--out", "-")
    code, heavy, output = heavy_imports(project.root, "plan", *target)
    assert code == 2, output
    assert heavy == [], f"a plan with renames imported {heavy}"
    for statement in (
        'alter table "public"."customers" rename to "clients";',
        'alter table "public"."clients" rename column "full_name" to "name";',
        "alter type \"public\".\"stage\" rename value 'won' to 'closed_won';",
        "CREATE INDEX clients_stage ON public.customers USING btree (stage);",  # (before the table's rename)
    ):
        assert statement in output, output
    inheriting = (
        "create table public.notes (id integer primary key);\ncreate table public.pins () inherits (public.notes);\n"
    )
    project.write_schema(AFTER + inheriting)
    code, heavy, output = heavy_imports(project.root, "plan", *target)
    assert code == 2, output
    assert "schemainspect" in heavy, output
    assert 'alter table "public"."customers" rename to "clients";' in output, output
    assert "inherits" in output.lower(), output


def test_a_rename_plan_reads_the_details_of_what_differs_only(project: Project) -> None:
    """The shadow renamed back is not cached, so both sides read only the render rows of what
    differs (and the edges of the changes' objects, for the order); the shadow as loaded reads
    its catalog alone."""
    ledger = "create table public.ledger (id integer primary key, amount numeric not null);\n"
    project.write_schema(BEFORE + ledger)
    project.plan("before")
    assert project.apply().code == 0
    project.write_schema(AFTER + ledger + "create index clients_stage on public.clients (stage);\n")
    settings = load_settings(project.root / "schemadiff.yaml", cwd=project.root, environ={}, url=project.url.conninfo())
    result = make_plan(settings, settings.target(None))
    assert [c.sql for c in result.plan.changes if c.action == Action.RENAME][:2] == [
        'alter table "public"."customers" rename to "clients"',
        "alter type \"public\".\"stage\" rename value 'won' to 'closed_won'",
    ]
    current = result.current
    assert current.has_details and not current.has_inspector and not result.desired.has_details
    assert [r["identity"] for r in current.rows["indexes"]] == []  # (the new index: the desired side's only)
    tables = {r["table_name"] for name in ("column_types", "constraints") for r in current.rows[name]}
    assert "ledger" not in tables, tables
    for unread in ("types", "depends"):  # (no type but the enum's label differs; the edges read apart)
        with pytest.raises(DetailsNotRead):
            current.rows[unread]  # noqa: B018


def test_without_the_hint_the_column_is_dropped_and_flagged(project: Project) -> None:
    project.write_schema("create table public.t (\n    id integer primary key,\n    full_name text\n);\n")
    project.plan("v1")
    assert project.apply().code == 0
    project.write_schema("create table public.t (\n    id integer primary key,\n    name text\n);\n")
    text = project.plan("v2").read_text()
    assert "-- destructive: step 1 drop column public.t.full_name" in text


def test_hint_on_an_overloaded_function_asks_for_the_config_form(project: Project) -> None:
    project.write_schema("create function public.f(a integer) returns integer language sql as 'select a';\n")
    project.plan("v1")
    assert project.apply().code == 0
    project.write_schema(
        "-- schemadiff:renamed-from f\n"
        "create function public.g(a integer) returns integer language sql as 'select a';\n"
        "create function public.g(a text) returns text language sql as 'select a';\n"
    )
    result = project.cli("plan")
    assert result.code == 1
    assert "schema/01_tables.sql:1: renamed-from hint on function public.g, but schema/ has 2 overloads" in result.err
    assert "write the rename in schemadiff.yaml with the argument types" in result.err


def test_hint_naming_a_declared_object_is_an_error(project: Project) -> None:
    project.write_schema("create table public.a (id integer);\ncreate table public.b (id integer);\n")
    project.plan("v1")
    assert project.apply().code == 0
    project.write_schema(
        "create table public.a (id integer);\n-- schemadiff:renamed-from a\ncreate table public.b (id integer);\n"
    )
    result = project.cli("plan")
    assert result.code == 1
    assert (
        "schema/01_tables.sql:2: table public.b is marked as renamed from 'a', but schema/ still declares public.a"
        in result.err
    )


def test_renames_in_config(project: Project) -> None:
    project.write_schema("create table public.t (id integer primary key, full_name text);\n")
    project.plan("v1")
    assert project.apply().code == 0
    execute(project.url, "insert into public.t values (1, 'Ada')")
    config = project.root / "schemadiff.yaml"
    config.write_text(config.read_text() + "renames:\n  - {kind: column, from: public.t.full_name, to: name}\n")
    project.write_schema("create table public.t (id integer primary key, name text);\n")
    text = project.plan("v2").read_text()
    assert 'alter table "public"."t" rename column "full_name" to "name";' in text
    assert project.apply().code == 0
    assert execute(project.url, "select name from public.t") == [("Ada",)]


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("-- schemadiff:renamed-from\ncreate table t (id int);", "names no old name"),
        (
            "create table t (\n  id int,\n  primary key (id) -- schemadiff:renamed-from t_pk\n);",
            "only a named constraint",
        ),
        ("-- schemadiff:renamed-from other.t\ncreate table public.t (id int);", "moving an object to another schema"),
        ("-- schemadiff:renamed-from old\ninsert into t values (1);", "must be on a create statement"),
        ("-- schemadiff:renamed-from old\ncreate trigger x after insert on t execute function f();", "cannot rename"),
        (
            "create table t (\n  id int\n);\ncomment on table t is 'x'; -- schemadiff:renamed-from y\n",
            "follows the end of a statement",
        ),
        (
            "create table t (id int); -- schemadiff:renamed-from y\ncreate table u (id int);",
            "follows the end of a statement",
        ),
        ("create table t (id int);\n-- schemadiff:renamed-from y\n", "not followed by a statement"),
        ("comment on table t is -- schemadiff:renamed-from y\n 'x';", "must be inside create table"),
    ],
)
def test_misplaced_hints_name_file_and_line(sql: str, message: str) -> None:
    with pytest.raises(SchemaSourceError) as error:
        hints_in_text(sql, "schema/x.sql")
    assert message in str(error.value)
    assert str(error.value).startswith("schema/x.sql:")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (("column", "public.full_name", "name"), "'from' must be schema.table.name"),
        (("function", "public.f", "g"), "argument types"),
        (("trigger", "public.t.x", "y"), "cannot rename a 'trigger'"),
        (("table", "public.a", "other.b"), "in the same schema"),
    ],
)
def test_bad_config_renames_are_named(entry: tuple[str, str, str], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        hints_from_config([entry], "schemadiff.yaml")
    assert "schemadiff.yaml renames[0]" in str(error.value) and message in str(error.value)


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("renames: {kind: table}\n", "schemadiff.yaml: renames: expected a list of {kind, from, to}"),
        ("renames:\n  - {kind: table, from: public.a}\n", "schemadiff.yaml: renames[0]: to required"),
        (
            "renames:\n  - {kind: table, from: public.a, to: b, why: x}\n",
            "schemadiff.yaml: renames[0]: unknown key 'why'",
        ),
    ],
)
def test_config_renames_shape_is_checked(tmp_path, yaml_text: str, message: str) -> None:
    from schemadiff.config import load_settings

    (tmp_path / "schema").mkdir()
    (tmp_path / "schemadiff.yaml").write_text(yaml_text)
    with pytest.raises(ConfigError) as error:
        load_settings(cwd=tmp_path, environ={})
    assert message in str(error.value)
