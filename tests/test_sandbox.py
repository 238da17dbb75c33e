"""schema/ is loaded in a sandbox: a role without superuser rights that owns only its scratch
database (schemadiff.sandbox). A schema file cannot reach outside that database."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from clihelp import run_cli
from conftest import PRODUCT_DATA_CONFIG, SCHEMA_DIR
from schemadiff.plan_file import read_plan
from schemadiff.sandbox_extensions import extension_requests
from schemadiff.servers import connect, scratch_database
from schemadiff.source import SourceFile
from schemadiff.urls import DatabaseUrl

TARGET_DB = "sd_sandbox_target"
TABLES = "create table public.things (id integer primary key, name text not null);\n"


def project(
    root: Path, server: DatabaseUrl, files: dict[str, str], *, prelude: str | None = None, extra: str = ""
) -> Path:
    """A project of its own schema files (no prelude unless given), shadows on the test server."""
    schema = root / "schema"
    schema.mkdir(parents=True)
    for name, text in files.items():
        (schema / name).write_text(text)
    config = f"schema_dir: schema\ndev_url: {server.conninfo()}\nschemas:\n  include: [public]\n"
    if prelude is not None:
        (root / "prelude").mkdir()
        (root / "prelude" / "00_platform.sql").write_text(prelude)
        config += "prelude: [prelude]\n"
    else:
        config += "prelude: []\n"
    (root / "schemadiff.yaml").write_text(config + extra)
    return schema


@pytest.fixture
def target(pg_server: DatabaseUrl) -> Iterator[DatabaseUrl]:
    """A second database of the same cluster, standing for the `local` target."""
    with connect(pg_server) as conn:
        conn.execute(f"drop database if exists {TARGET_DB} with (force)")
        conn.execute(f"create database {TARGET_DB}")
    yield pg_server.with_database(TARGET_DB)
    with connect(pg_server) as conn:
        conn.execute(f"drop database if exists {TARGET_DB} with (force)")


def leftovers(server: DatabaseUrl) -> tuple[list[str], list[str]]:
    """Sandbox roles and shadow/check databases still on the server."""
    with connect(server) as conn:
        roles = [r[0] for r in conn.execute("select rolname from pg_roles where rolname like 'schemadiff_sandbox_%'")]
        dbs = [
            r[0]
            for r in conn.execute(
                "select datname from pg_database where datname like 'schemadiff_tmp_%' and datname ~ '_(shadow|check)$'"
            )
        ]
    return roles, dbs


def role_exists(server: DatabaseUrl, name: str) -> bool:
    with connect(server) as conn:
        return conn.execute("select 1 from pg_roles where rolname = %s", (name,)).fetchone() is not None


def database_exists(server: DatabaseUrl, name: str) -> bool:
    with connect(server) as conn:
        return conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone() is not None


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory the server's OS user could write to (it runs as another user under root)."""
    path = Path(tempfile.mkdtemp(prefix="sdsandbox"))
    os.chmod(path, 0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


EVIL = {
    "copy_to_program": (
        "copy (select 1) to program 'touch {tmpfile}'",
        "permission denied to COPY to or from an external program",
    ),
    "create_superuser_role": ("create role sd_x superuser", "permission denied to create role"),
    "drop_target": (f"drop database {TARGET_DB} with (force)", f"must be owner of database {TARGET_DB}"),
    "alter_system": ("alter system set work_mem = '77MB'", 'permission denied to set parameter "work_mem"'),
}


@pytest.mark.parametrize("case", sorted(EVIL))
def test_a_schema_file_cannot_reach_outside_its_scratch_database(
    case, tmp_path, monkeypatch, capsys, pg_server, target, shared_dir
):
    tmpfile = shared_dir / "touched"
    statement, message = EVIL[case]
    evil = "-- harmless looking\n\n" + statement.format(tmpfile=tmpfile) + ";\n"
    project(tmp_path, pg_server, {"00_tables.sql": TABLES, "50_evil.sql": evil})
    monkeypatch.chdir(tmp_path)

    result = run_cli(capsys, "plan", "--url", target.conninfo())

    assert result.code == 1, result.text
    assert "schema/50_evil.sql:3:1: " + message in result.err, result.err
    assert "by a role without superuser rights" in result.err and "shadow: {trusted: true}" in result.err
    assert not tmpfile.exists()
    assert not role_exists(pg_server, "sd_x")
    assert database_exists(pg_server, TARGET_DB)
    with connect(pg_server) as conn:
        assert conn.execute("select count(*) from pg_file_settings where name = 'work_mem'").fetchone() == (0,)
    assert leftovers(pg_server) == ([], [])


def test_check_and_diff_load_schema_in_the_sandbox_too(tmp_path, monkeypatch, capsys, pg_server, target):
    project(tmp_path, pg_server, {"00_tables.sql": TABLES, "50_evil.sql": "create role sd_x superuser;\n"})
    monkeypatch.chdir(tmp_path)
    checked = run_cli(capsys, "check")
    assert checked.code == 1 and "schema/50_evil.sql:1:1: permission denied to create role" in checked.err, checked.text
    diffed = run_cli(capsys, "diff", "--from", target.conninfo(), "--to", str(tmp_path / "schema"))
    assert diffed.code == 1 and "permission denied to create role" in diffed.err, diffed.text
    assert not role_exists(pg_server, "sd_x")
    assert leftovers(pg_server) == ([], [])


def test_check_replays_generated_plans_in_the_sandbox(tmp_path, monkeypatch, capsys, pg_server, empty_db, shared_dir):
    tmpfile = shared_dir / "touched"
    project(tmp_path, pg_server, {"00_tables.sql": TABLES})
    monkeypatch.chdir(tmp_path)
    assert run_cli(capsys, "plan", "--url", empty_db.conninfo()).code == 2
    plan_file = next((tmp_path / "generated").glob("*.sql"))
    text = plan_file.read_text()
    plan_file.write_text(
        text.replace(
            'create table "public"."things"',
            f'copy (select 1) to program \'touch {tmpfile}\';\ncreate table "public"."things"',
            1,
        )
    )
    assert run_cli(capsys, "seal", str(plan_file)).code == 0  # a PR author can seal an edited plan too

    result = run_cli(capsys, "check")

    assert result.code == 2, result.text
    assert (
        "SD101 plans-replay" in result.out and "permission denied to COPY to or from an external program" in result.out
    )
    assert not tmpfile.exists()
    assert leftovers(pg_server) == ([], [])


def test_schema_is_loaded_as_a_role_without_superuser_rights(tmp_path, monkeypatch, capsys, pg_server, target):
    probe = (
        "do $$ begin\n"
        "  if (select rolsuper from pg_roles where rolname = current_user) or session_user <> current_user\n"
        "     or current_user not like 'schemadiff_sandbox_%' then\n"
        "    raise exception 'loaded as %', current_user;\n"
        "  end if;\n"
        "end $$;\n"
    )
    project(tmp_path, pg_server, {"00_tables.sql": TABLES, "10_probe.sql": probe})
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", target.conninfo(), "--out", "-")
    assert result.code == 2, result.text
    assert leftovers(pg_server) == ([], [])


def test_the_product_schema_plans_with_pgvector_created_first(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    shutil.copytree(SCHEMA_DIR, tmp_path / "schema")
    (tmp_path / "schemadiff.yaml").write_text(
        f"dev_url: {pg_server.conninfo()}\nschemas:\n  include: [public]\n" + PRODUCT_DATA_CONFIG
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", prelude_db.conninfo())
    assert result.code == 2, result.text
    plan = read_plan(next((tmp_path / "generated").glob("*.sql")))
    assert any('create extension if not exists "vector"' in s.sql for s in plan.steps)
    assert any("storage.buckets" in s.sql.replace('"', "") and "insert" in s.sql for s in plan.steps)  # managed rows
    assert leftovers(pg_server) == ([], [])


def test_create_extension_vector_without_if_not_exists_says_what_to_write(
    tmp_path, monkeypatch, capsys, pg_server, target
):
    project(tmp_path, pg_server, {"00_ext.sql": "-- embeddings\ncreate extension vector with schema public;\n"})
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", target.conninfo())
    assert result.code == 1, result.text
    assert 'schema/00_ext.sql:2:1: extension "vector" already exists' in result.err
    assert "write `create extension if not exists vector …`" in result.err
    assert leftovers(pg_server) == ([], [])


def test_an_extension_in_a_schema_of_its_own_and_a_trusted_one(tmp_path, monkeypatch, capsys, pg_server, target):
    files = {
        "00_ext.sql": "create schema if not exists extensions;\n"
        "create extension if not exists vector with schema extensions;\n"
        "create extension citext;\n",  # trusted: the sandbox creates it
        "10_tables.sql": "create table public.docs (id int primary key, e extensions.vector(3), t public.citext);\n",
    }
    project(tmp_path / "a", pg_server, files)
    monkeypatch.chdir(tmp_path / "a")
    result = run_cli(capsys, "plan", "--url", target.conninfo(), "--out", "-")
    assert result.code == 2, result.text
    assert '"e" extensions.vector(3)' in result.out and 'create extension if not exists "citext"' in result.out

    # the schema had to be made before the extension: a plain `create schema` says why it exists
    files["00_ext.sql"] = files["00_ext.sql"].replace("create schema if not exists", "create schema")
    project(tmp_path / "b", pg_server, files)
    monkeypatch.chdir(tmp_path / "b")
    refused = run_cli(capsys, "plan", "--url", target.conninfo())
    assert refused.code == 1, refused.text
    assert 'schema/00_ext.sql:1:1: schema "extensions" already exists' in refused.err
    assert "write `create schema if not exists extensions`" in refused.err
    assert leftovers(pg_server) == ([], [])


def test_extensions_that_reach_outside_are_refused_with_file_and_line(tmp_path, monkeypatch, capsys, pg_server, target):
    project(
        tmp_path, pg_server, {"00_tables.sql": TABLES, "20_ext.sql": "\n\ncreate extension if not exists dblink;\n"}
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", target.conninfo())
    assert result.code == 1, result.text
    assert "schema/20_ext.sql:3:1: extension dblink is refused in schema/" in result.err
    with connect(pg_server) as conn:
        assert conn.execute(
            "select count(*) from pg_database where datname like 'schemadiff_tmp_%_shadow'"
        ).fetchone() == (0,)


def test_extension_statements_are_found_outside_comments_and_bodies() -> None:
    text = (
        "-- create extension dblink;\n"
        "/* create extension file_fdw; */\n"
        "create function f() returns void language plpgsql as $$ begin execute 'create extension adminpack'; end $$;\n"
        "create extension if not exists \"vector\" with schema public version '0.8.0' cascade;\n"
        "CREATE EXTENSION pg_trgm;\n"
    )
    found = extension_requests([SourceFile(Path("x.sql"), "schema/x.sql", text)])
    assert [(r.name, r.schema, r.version, r.cascade, r.if_not_exists, r.line) for r in found] == [
        ("vector", "public", "0.8.0", True, True, 4),
        ("pg_trgm", None, None, False, False, 5),
    ]


def test_default_privileges_of_the_sandbox_round_trip(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    files = {
        "00_privileges.sql": "alter default privileges revoke execute on functions from public;\n"
        "alter default privileges in schema public grant select on tables to public;\n",
        "10_tables.sql": TABLES + "create function public.f() returns int language sql as 'select 1';\n",
    }
    project(tmp_path, pg_server, files)
    monkeypatch.chdir(tmp_path)
    first = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert first.code == 2, first.text
    plan = read_plan(next((tmp_path / "generated").glob("*.sql")))
    statements = [s.sql for s in plan.steps]
    assert any("alter default privileges revoke execute on functions from public" in s.lower() for s in statements), (
        statements
    )
    assert not any("for role" in s.lower() for s in statements), statements
    with connect(empty_db) as conn, conn.transaction():
        for s in statements:
            conn.execute(s)  # type: ignore[arg-type]
    second = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert second.code == 0, second.text


PRELUDE_ROLES = """
do $$ begin
    if not exists (select 1 from pg_roles where rolname = 'sd_app_owner') then create role sd_app_owner nologin; end if;
    if not exists (select 1 from pg_roles where rolname = 'sd_reader') then create role sd_reader nologin; end if;
    if not exists (select 1 from pg_roles where rolname = 'sd_admin') then create role sd_admin nologin superuser; end if;
end $$;
"""


def test_default_privileges_for_a_configured_role(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    try:
        ok = {"00_dp.sql": "alter default privileges for role sd_app_owner grant select on tables to sd_reader;\n"}
        project(
            tmp_path / "ok",
            pg_server,
            ok,
            prelude=PRELUDE_ROLES,
            extra="privileges:\n  default_privileges_for: [sd_app_owner, sd_admin]\n",
        )
        monkeypatch.chdir(tmp_path / "ok")
        result = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--out", "-")
        assert result.code == 2, result.text
        assert 'for role "sd_app_owner"' in result.out.lower() or "for role sd_app_owner" in result.out.lower(), (
            result.out
        )

        # a superuser role: the sandbox is not made a member of it, and the error says why
        bad = {"00_dp.sql": "\nalter default privileges for role sd_admin grant select on tables to sd_reader;\n"}
        project(
            tmp_path / "bad",
            pg_server,
            bad,
            prelude=PRELUDE_ROLES,
            extra="privileges:\n  default_privileges_for: [sd_app_owner, sd_admin]\n",
        )
        monkeypatch.chdir(tmp_path / "bad")
        refused = run_cli(capsys, "plan", "--url", empty_db.conninfo())
        assert refused.code == 1, refused.text
        assert "schema/00_dp.sql:2:" in refused.err and "sd_admin: sd_admin is a superuser" in refused.err, refused.err
        assert leftovers(pg_server) == ([], [])
    finally:
        with connect(pg_server) as conn:
            for role in ("sd_app_owner", "sd_reader", "sd_admin"):
                conn.execute(f"drop role if exists {role}")


EVENT_TRIGGER = (
    "create function public.on_ddl() returns event_trigger language plpgsql as $$ begin null; end $$;\n"
    "create event trigger sd_on_ddl on ddl_command_end execute function public.on_ddl();\n"
)


def test_the_trusted_escape_hatch_loads_an_event_trigger(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    project(tmp_path / "sandboxed", pg_server, {"00_et.sql": EVENT_TRIGGER})
    monkeypatch.chdir(tmp_path / "sandboxed")
    refused = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert refused.code == 1 and "schema/00_et.sql:2:1: permission denied to create event trigger" in refused.err, (
        refused.text
    )

    project(tmp_path / "trusted", pg_server, {"00_et.sql": EVENT_TRIGGER}, extra="shadow:\n  trusted: true\n")
    monkeypatch.chdir(tmp_path / "trusted")
    result = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--out", "-")
    assert result.code == 2, result.text
    assert "create event trigger" in result.out.lower()
    assert "shadow.trusted is set" in result.err
    assert leftovers(pg_server) == ([], [])


@pytest.mark.parametrize(
    ("shadow", "expected"),
    [
        ("shadow: true\n", "shadow: expected a mapping with 'trusted'"),
        ("shadow:\n  trusted: yes please\n", "shadow.trusted: expected true or false"),
        ("shadow:\n  trusting: true\n", "shadow: unknown key 'trusting'"),
    ],
)
def test_bad_shadow_config_is_named(tmp_path, monkeypatch, capsys, pg_server, shadow, expected):
    project(tmp_path, pg_server, {"00_tables.sql": TABLES}, extra=shadow)
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "check")
    assert result.code == 1 and expected in result.err, result.text


def test_the_sandbox_role_and_database_go_also_when_loading_fails(tmp_path, monkeypatch, capsys, pg_server, target):
    with scratch_database(pg_server, label="unrelated") as unrelated:  # other scratch databases are not touched
        project(tmp_path, pg_server, {"00_bad.sql": "create table public.t (id int primary key,);\n"})
        monkeypatch.chdir(tmp_path)
        result = run_cli(capsys, "plan", "--url", target.conninfo())
        assert result.code == 1 and "schema/00_bad.sql:1:" in result.err, result.text
        assert leftovers(pg_server) == ([], [])
        assert database_exists(pg_server, unrelated.database)


def test_the_sandbox_role_logs_in_with_its_password(tmp_path, monkeypatch, capsys, pg_server, target):
    """With password authentication (as on a dev_url server), the sandbox's random password works."""
    with connect(pg_server) as conn:
        hba = Path(conn.execute("show hba_file").fetchone()[0])  # type: ignore[index]
    original = hba.read_text()
    try:  # sandbox roles must authenticate with a password; everyone else stays trusted
        hba.write_text("local all /^schemadiff_sandbox_ scram-sha-256\n" + original)
        with connect(pg_server) as conn:
            conn.execute("select pg_reload_conf()")
            assert conn.execute(
                "select count(*) from pg_hba_file_rules where auth_method = 'scram-sha-256'"
            ).fetchone() == (1,)
        project(tmp_path, pg_server, {"00_tables.sql": TABLES})
        monkeypatch.chdir(tmp_path)
        result = run_cli(capsys, "plan", "--url", target.conninfo(), "--out", "-")
        assert result.code == 2, result.text
    finally:
        hba.write_text(original)
        with connect(pg_server) as conn:
            conn.execute("select pg_reload_conf()")
