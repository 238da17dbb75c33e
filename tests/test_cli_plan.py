"""`schemadiff plan` and `schemadiff diff` end to end on a real server."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from clihelp import run_cli
from conftest import (
    PRELUDE_TEMPLATE,
    PRODUCT_DATA_CONFIG,
    SCHEMA_DIR,
    load_product_rows,
    product_settings,
    run_sql_files,
    sql_files,
)
from schemadiff.catalog import compare_catalogs, inspect_catalog
from schemadiff.fingerprint import fingerprint
from schemadiff.plan_file import read_plan
from schemadiff.planner import schema_filter
from schemadiff.servers import connect, ensure_database, scratch_database
from schemadiff.urls import DatabaseUrl

MANAGED = schema_filter(product_settings())  # public, and the managed rows of storage.buckets


def product_db_for(server: DatabaseUrl) -> DatabaseUrl:
    """A database built straight from prelude + schema/ (kept until the session ends)."""
    url, created = ensure_database(server, "built_from_schema")
    if created:
        with connect(server) as conn:
            conn.execute("drop database built_from_schema")
        with connect(server) as conn:
            conn.execute(f"create database built_from_schema template {PRELUDE_TEMPLATE}")
        run_sql_files(url, sql_files(SCHEMA_DIR))
        load_product_rows(url)
    return url


def write_project(root: Path, server: DatabaseUrl, *, schema_dir: Path = SCHEMA_DIR, extra: str = "") -> None:
    """A project whose shadow databases go to the test server and whose target is given by --url."""
    (root / "schemadiff.yaml").write_text(
        f"schema_dir: {schema_dir}\n"
        f"prelude: [{schema_dir / '_prelude'}]\n"
        f"dev_url: {server.conninfo()}\n"
        "schemas:\n  include: [public]\n" + PRODUCT_DATA_CONFIG + extra
    )


def apply_sql(url: DatabaseUrl, plan_file: Path) -> None:
    plan = read_plan(plan_file)
    with connect(url) as conn, conn.transaction():
        for step in plan.steps:
            conn.execute(step.sql)  # type: ignore[arg-type]


def test_plan_on_empty_database_then_nothing_to_do(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    first = run_cli(capsys, "plan", "--url", prelude_db.conninfo())
    assert first.code == 2, first.text
    files = sorted((tmp_path / "generated").glob("*_initial.sql"))
    assert len(files) == 1, first.text
    plan = read_plan(files[0])
    assert any("create table" in s.sql and "public.companies" in s.sql.replace('"', "") for s in plan.steps)
    assert any("force row level security" in s.sql for s in plan.steps)
    assert f"Wrote generated/{files[0].name}" in first.out

    apply_sql(prelude_db, files[0])
    second = run_cli(capsys, "plan", "--url", prelude_db.conninfo())
    assert second.code == 0, second.text
    assert "No changes" in second.out
    assert len(list((tmp_path / "generated").glob("*.sql"))) == 1

    # independent oracle: our catalog of the migrated database equals that of a database
    # built straight from schema/, and the fingerprints are the plan's *to*
    with connect(prelude_db) as conn:
        migrated = inspect_catalog(conn, MANAGED)
    with connect(product_db_for(pg_server)) as conn:
        built = inspect_catalog(conn, MANAGED)
    assert compare_catalogs(migrated, built) == []
    assert fingerprint(migrated) == fingerprint(built) == plan.to_fingerprint


def test_plan_formats_and_stdout(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    as_json = run_cli(capsys, "plan", "--url", prelude_db.conninfo(), "--format", "json", "--name", "first")
    assert as_json.code == 2
    data = json.loads(as_json.out)
    assert data["changes"] is True and data["counts"]["create"] > 20
    assert data["file"].startswith("generated/") and data["file"].endswith("_first.sql")
    assert all(step["sql"] for step in data["steps"])

    # the first plan is not applied: planning again must be asked for
    md = run_cli(
        capsys, "plan", "--url", prelude_db.conninfo(), "--format", "markdown", "--name", "second", "--ignore-pending"
    )
    assert md.code == 2
    assert md.out.startswith("### schemadiff plan for")
    assert "```sql" in md.out

    sql = run_cli(capsys, "plan", "--url", prelude_db.conninfo(), "--out", "-", "--ignore-pending")
    assert sql.code == 2
    assert sql.out.startswith("-- schemadiff plan\n")
    assert len(list((tmp_path / "generated").glob("*.sql"))) == 2  # --out - writes no file


def test_destructive_changes_are_listed_first(tmp_path, monkeypatch, capsys, pg_server, product_db):
    schema = tmp_path / "schema"
    shutil.copytree(SCHEMA_DIR, schema)
    write_project(tmp_path, pg_server, schema_dir=schema)
    monkeypatch.chdir(tmp_path)
    with connect(product_db) as conn:
        conn.execute("create table public.legacy_notes (id int primary key, body text)")
    result = run_cli(capsys, "plan", "--url", product_db.conninfo(), "--name", "drop legacy")
    assert result.code == 2, result.text
    destructive_at = result.out.index("DESTRUCTIVE (1)")
    assert result.out.index("drop table public.legacy_notes") > destructive_at
    plan_file = next((tmp_path / "generated").glob("*_drop_legacy.sql"))
    header = plan_file.read_text().split("-- end header")[0]
    assert re.search(r"^-- destructive: step \d+ drop table public.legacy_notes$", header, re.M)


def test_syntax_error_names_file_line_and_column(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    schema = tmp_path / "schema"
    shutil.copytree(SCHEMA_DIR, schema)
    broken = schema / "10_tables" / "04_contacts.sql"
    text = broken.read_text()
    broken.write_text("\n\ncreate tabel oops (id int);\n" + text)
    write_project(tmp_path, pg_server, schema_dir=schema)
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", prelude_db.conninfo())
    assert result.code == 1
    assert '10_tables/04_contacts.sql:3:8: syntax error at or near "tabel"' in result.err
    assert not (tmp_path / "generated").exists()


def test_error_without_position_names_the_statement(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "01_a.sql").write_text(
        "create table a (id int primary key);\n\ncreate table b (\n  a_id int references missing(id)\n);\n"
    )
    write_project(tmp_path, pg_server, schema_dir=schema)
    (schema / "_prelude").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", prelude_db.conninfo())
    assert result.code == 1
    assert '01_a.sql:3:1: relation "missing" does not exist' in result.err
    assert "a_id int references missing(id)" in result.err


def test_password_never_shown(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    secret = "Hunter2Secret"
    unreachable = f"postgresql://app:{secret}@127.0.0.1:1/app"
    result = run_cli(capsys, "plan", "--url", unreachable)
    assert result.code == 1
    assert "cannot connect" in result.err and secret not in result.text
    # a password in a working URL (the test server trusts the socket) ends up nowhere either
    with_password = DatabaseUrl(prelude_db.conninfo()).raw.replace("postgres:@", f"postgres:{secret}@")
    assert secret in with_password
    ok = run_cli(capsys, "plan", "--url", with_password, "--format", "json")
    assert ok.code == 2 and secret not in ok.text
    for plan_file in (tmp_path / "generated").glob("*.sql"):
        assert secret not in plan_file.read_text()


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("schema_dirr: schema\n", "unknown key 'schema_dirr'"),
        ("targets:\n  prod:\n    ulr: x\n", "targets.prod: unknown key 'ulr'"),
        ("targets:\n  prod:\n    url: mysql://u:pw@h/db\n", "is not a PostgreSQL URL"),
        (
            "targets:\n  prod:\n    url: env:SCHEMADIFF_TEST_UNSET_VAR\n",
            "environment variable SCHEMADIFF_TEST_UNSET_VAR is not set",
        ),
        ("schema_dir: nowhere\n", "schema directory"),
        ("prelude: [missing.sql]\n", "prelude entry"),
        ("targets: [a, b]\n", "targets: expected a mapping"),
        ("a: [\n", "not valid YAML"),
        ("data:\n  tabels: {}\n", "data: unknown key 'tabels'"),
        ("data:\n  tables:\n    buckets: {key: [id]}\n", "data.tables.buckets: expected a qualified table name"),
        (
            "data:\n  tables:\n    storage.buckets: {key: []}\n",
            "data.tables.storage.buckets.key: expected a non-empty list",
        ),
        (
            "data:\n  tables:\n    storage.buckets: {key: [id], colums: [x]}\n",
            "data.tables.storage.buckets: unknown key 'colums'",
        ),
    ],
)
def test_bad_config_is_named(tmp_path, monkeypatch, capsys, config, expected):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schemadiff.yaml").write_text(config)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCHEMADIFF_TEST_UNSET_VAR", raising=False)
    result = run_cli(capsys, "plan", "--target", "prod")
    assert result.code == 1
    assert expected in result.err
    assert "pw" not in result.err.replace("password", "")


def test_unknown_target_and_usage_errors_exit_1(tmp_path, monkeypatch, capsys):
    (tmp_path / "schema").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--target", "nope")
    assert result.code == 1 and "unknown target 'nope'" in result.err
    assert run_cli(capsys, "plan", "--format", "yaml").code == 1


def test_diff_between_directory_and_database(tmp_path, monkeypatch, capsys, pg_server, product_db):
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    with scratch_database(pg_server, template=PRELUDE_TEMPLATE) as empty:
        to_product = run_cli(capsys, "diff", "--from", empty.conninfo(), "--to", str(SCHEMA_DIR))
    assert to_product.code == 2
    assert "create table" in to_product.out.lower()
    same = run_cli(capsys, "diff", "--from", product_db.conninfo(), "--to", str(SCHEMA_DIR))
    assert same.code == 0, same.out
    assert same.out == ""
