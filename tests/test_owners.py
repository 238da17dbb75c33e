"""Owners (``owners:`` of schemadiff.yaml): off by default, then ``ALTER … OWNER TO`` planned
from a schema/ loaded in the sandbox, compared by role name, dumped; the config checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from clihelp import heavy_imports, run_cli
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.config import load_settings
from schemadiff.dump import dump_database
from schemadiff.errors import ConfigError
from schemadiff.plan_file import read_plan
from schemadiff.servers import connect, scratch_database
from schemadiff.urls import DatabaseUrl

ROLES = ("sd_own_app", "sd_own_reader", "sd_own_login")
PRELUDE = """
do $$ begin
    if not exists (select 1 from pg_roles where rolname = 'sd_own_app') then create role sd_own_app nologin; end if;
    if not exists (select 1 from pg_roles where rolname = 'sd_own_reader') then create role sd_own_reader nologin; end if;
    if not exists (select 1 from pg_roles where rolname = 'sd_own_login') then create role sd_own_login login; end if;
end $$;
"""
SCHEMA = """
create schema app authorization sd_own_app;
create table app.accounts (id integer generated always as identity primary key, name text not null);
alter table app.accounts owner to sd_own_app;
create view app.account_names as select name from app.accounts;
create function app.answer() returns integer language sql return 42;
alter function app.answer() owner to sd_own_app;
create table app.audit (id bigserial primary key);
grant select on app.accounts to sd_own_reader;
"""
MANAGED = SchemaFilter(include=("app",), exclude=("schemadiff",), owners=True)


def project(root: Path, server: DatabaseUrl, schema: str, owners: str) -> None:
    (root / "schema").mkdir(parents=True)
    (root / "schema" / "app.sql").write_text(schema)
    (root / "prelude").mkdir()
    (root / "prelude" / "roles.sql").write_text(PRELUDE)
    (root / "schemadiff.yaml").write_text(
        f"schema_dir: schema\nprelude: [prelude]\ndev_url: {server.conninfo()}\nschemas:\n  include: [app]\n{owners}"
    )


def plan_statements(root: Path) -> list[str]:
    (plan,) = sorted((root / "generated").glob("*.sql"))
    statements = [step.sql for step in read_plan(plan).steps]
    plan.unlink()
    return statements


def apply_statements(url: DatabaseUrl, statements: list[str]) -> None:
    with connect(url) as conn, conn.transaction():
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


@pytest.fixture
def roles(pg_server: DatabaseUrl):
    with connect(pg_server) as conn:
        conn.execute(PRELUDE)
    yield ROLES
    with connect(pg_server) as conn:
        for role in ROLES:
            conn.execute(f"drop role if exists {role}")


def test_plan_leaves_owners_alone_by_default(tmp_path, monkeypatch, capsys, pg_server, roles, empty_db):
    # the sandbox may give objects away (owners.roles), but without manage owners are not diffed
    project(tmp_path, pg_server, SCHEMA, "owners:\n  roles: [sd_own_app]\n")
    monkeypatch.chdir(tmp_path)
    first = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert first.code == 2, first.text
    statements = plan_statements(tmp_path)
    assert not any(" owner to " in s for s in statements), statements
    apply_statements(empty_db, statements)
    again = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert again.code == 0 and "No changes" in again.out, again.text
    with connect(empty_db) as conn:
        assert not inspect_catalog(conn, SchemaFilter(include=("app",))).of_kind("owner")


@pytest.fixture(params=["pg_server", "pg15_server"])
def server_with_roles(request):
    """PostgreSQL 18, then 15 (memberships without the SET option), with the roles."""
    server = request.getfixturevalue(request.param)
    with connect(server) as conn:
        conn.execute(PRELUDE)
    yield server
    with connect(server) as conn:
        for role in ROLES:
            conn.execute(f"drop role if exists {role}")


def test_plan_gives_objects_their_owners(tmp_path, monkeypatch, capsys, server_with_roles):
    with scratch_database(server_with_roles, label="test") as empty_db:
        plan_and_apply_owners(tmp_path, monkeypatch, capsys, server_with_roles, empty_db)


def plan_and_apply_owners(tmp_path, monkeypatch, capsys, server: DatabaseUrl, empty_db: DatabaseUrl) -> None:
    project(tmp_path, server, SCHEMA, "owners:\n  manage: true\n  roles: [sd_own_app]\n")
    monkeypatch.chdir(tmp_path)
    first = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert first.code == 2, first.text
    statements = plan_statements(tmp_path)
    owners = [s for s in statements if " owner to " in s]
    assert owners == [  # last, schemas first
        'alter schema "app" owner to "sd_own_app"',
        'alter function "app"."answer"() owner to "sd_own_app"',
        'alter table "app"."accounts" owner to "sd_own_app"',
    ], statements
    assert statements.index(owners[0]) > max(i for i, s in enumerate(statements) if s.startswith(("grant ", "create ")))
    apply_statements(empty_db, statements)
    again = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert again.code == 0 and "No changes" in again.out, again.text
    with connect(empty_db) as conn:
        found = inspect_catalog(conn, MANAGED).of_kind("owner")
    assert {k: v.definition for k, v in found.items()} == {
        "schema app": "sd_own_app",
        "table app.accounts": "sd_own_app",
        "function app.answer()": "sd_own_app",
        "view app.account_names": "current_user",
        "table app.audit": "current_user",
    }  # the identity and serial sequences follow their table: no rows of their own

    # someone gives the view away by hand: the plan gives it back to the deploying role
    with connect(empty_db) as conn:
        conn.execute("alter view app.account_names owner to sd_own_reader")
    drifted = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--out", "-")
    assert drifted.code == 2, drifted.text
    assert 'alter view "app"."account_names" owner to current_user' in drifted.out, drifted.out


def test_diff_of_owners_alone_reads_no_schemainspect(tmp_path, pg_server, roles):
    """Owners are a light kind (diff.LIGHT_KINDS): two databases that differ only in a view's
    owner are diffed from our catalog and render rows, without migra's inspector."""
    project(tmp_path, pg_server, SCHEMA, "owners:\n  manage: true\n  roles: [sd_own_app]\n")
    with scratch_database(pg_server, label="test") as source, scratch_database(pg_server, label="test") as other:
        for url, owner in ((source, "sd_own_app"), (other, "sd_own_reader")):
            with connect(url) as conn:
                conn.execute(f"{SCHEMA}\nalter view app.account_names owner to {owner};")  # type: ignore[arg-type]
        code, heavy, output = heavy_imports(tmp_path, "diff", "--from", source.raw, "--to", other.raw)
        assert code == 2 and heavy == [], output
        assert 'alter view "app"."account_names" owner to "sd_own_reader"' in output, output
        with connect(source) as conn:
            conn.execute(output.rstrip("\n").rsplit("\n", 1)[0].encode())  # (the last line: the probe's)
        code, _, output = heavy_imports(tmp_path, "diff", "--from", source.raw, "--to", other.raw)
        assert code == 0, output


def test_dump_writes_owners_when_managed(pg_server, roles):
    with scratch_database(pg_server, label="test") as source, scratch_database(pg_server, label="test") as copy:
        with connect(source) as conn:
            conn.execute(SCHEMA)  # type: ignore[arg-type]
        assert "95_owners.sql" not in dump_database(source, SchemaFilter(include=("app",)))
        files = dump_database(source, MANAGED)
        statements = [ln for ln in files["95_owners.sql"].splitlines() if ln and not ln.startswith("--")]
        assert statements == [
            'alter schema "app" owner to "sd_own_app";',
            'alter function "app"."answer"() owner to "sd_own_app";',
            'alter table "app"."accounts" owner to "sd_own_app";',
        ], files["95_owners.sql"]
        with connect(copy) as conn:
            for name in sorted(files):
                conn.execute(files[name])  # type: ignore[arg-type]
        with connect(source) as a, connect(copy) as b:
            assert inspect_catalog(a, MANAGED) == inspect_catalog(b, MANAGED)


def test_a_role_that_can_log_in_is_refused(tmp_path, monkeypatch, capsys, pg_server, roles, empty_db):
    schema = "create schema app;\ncreate table app.t (id integer);\n\nalter table app.t owner to sd_own_login;\n"
    project(tmp_path, pg_server, schema, "owners:\n  manage: true\n  roles: [sd_own_login]\n")
    monkeypatch.chdir(tmp_path)
    refused = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert refused.code == 1, refused.text
    assert "schema/app.sql:4:" in refused.err and "sd_own_login: sd_own_login can log in" in refused.err, refused.err


@pytest.mark.parametrize(
    ("owners", "message"),
    [
        ("owners: true\n", "owners: expected a mapping"),
        ("owners:\n  manage: yes please\n", "owners.manage: expected true or false"),
        ("owners:\n  manage: true\n  role: [a]\n", "owners: unknown key 'role'"),
        ("owners:\n  roles: [current_user]\n", "'current_user' is not a role name"),
        ("owners:\n  roles: [a, a]\n", "a role is listed twice"),
        ("owners:\n  roles: {a: 1}\n", "owners.roles: expected a list of role names"),
    ],
)
def test_config_is_checked(tmp_path, owners: str, message: str) -> None:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schemadiff.yaml").write_text(owners)
    with pytest.raises(ConfigError) as raised:
        load_settings(cwd=tmp_path, environ={})
    assert message in raised.value.message


def test_config_defaults_and_values(tmp_path) -> None:
    (tmp_path / "schema").mkdir()
    assert not load_settings(cwd=tmp_path, environ={}).owners.manage
    (tmp_path / "schemadiff.yaml").write_text("owners:\n  manage: true\n  roles: app_owner\n")
    owners = load_settings(cwd=tmp_path, environ={}).owners
    assert owners.manage and owners.roles == ("app_owner",)


def test_owner_statements_are_rated_without_a_database() -> None:
    """apply reads an owner change back as such: never DATA_LOSS (unlike an unknown statement);
    the new owner gains every privilege, and ALTER TABLE takes its lock."""
    from schemadiff.changes import Hazard
    from schemadiff.rating import static_hazards

    table, view = static_hazards(
        ['alter table "public"."t" owner to "app_owner"', 'alter view "public"."v" owner to current_user']
    )
    assert table == (Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.ACCESS_WIDENED)
    assert view == (Hazard.ACCESS_WIDENED,)
    (combined,) = static_hazards(['alter table "public"."t" owner to "a", drop column "c"'])
    assert Hazard.DATA_LOSS in combined
