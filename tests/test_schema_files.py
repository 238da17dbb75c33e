"""Which schema/ files are read, how they are decoded, and what a load refuses (issue 14:
"every schema file read or refused")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clihelp import run_cli
from schemadiff.errors import SchemaSourceError
from schemadiff.plan_file import read_plan
from schemadiff.servers import connect
from schemadiff.source import read_source
from schemadiff.urls import DatabaseUrl

TABLE = "create table public.things (id integer primary key, name text not null);\n"


def project(root: Path, server: DatabaseUrl, files: dict[str, str | bytes]) -> Path:
    """A project of its own (no prelude), shadows on the test server; returns schema/."""
    schema = root / "schema"
    schema.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = schema / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text)
    (root / "schemadiff.yaml").write_text(f"dev_url: {server.conninfo()}\nprelude: []\nschemas:\n  include: [public]\n")
    return schema


def loaded(schema: Path, root: Path) -> list[str]:
    return [f.display for f in read_source(schema, [], root).files]


def planned_sql(root: Path) -> str:
    [plan_file] = sorted((root / "generated").glob("*.sql"))
    return "\n".join(step.sql for step in read_plan(plan_file).steps)


# --- decoding -----------------------------------------------------------------------------


def test_a_file_with_a_utf8_bom_plans(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    project(tmp_path, pg_server, {"01_things.sql": "\ufeff".encode() + TABLE.encode()})
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert result.code == 2, result.text
    assert "things" in planned_sql(tmp_path)


def test_latin1_is_an_error_naming_line_and_column(tmp_path):
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "01_a.sql").write_bytes("-- ok\ncomment on table t is 'caf\u00e9';\n".encode("latin-1"))
    with pytest.raises(SchemaSourceError) as error:
        read_source(schema, [], tmp_path)
    assert error.value.message.startswith("schema/01_a.sql:2:27: not UTF-8 (byte 0xe9)")
    assert (error.value.line, error.value.column) == (2, 27)


def test_utf16_is_an_error(tmp_path):
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "01_a.sql").write_bytes(TABLE.encode("utf-16"))
    with pytest.raises(SchemaSourceError, match=r"schema/01_a.sql: encoded as UTF-16"):
        read_source(schema, [], tmp_path)


# --- which files are read --------------------------------------------------------------------


def test_which_files_are_read(tmp_path):
    schema = tmp_path / "schema"
    (schema / "10_tables").mkdir(parents=True)
    (schema / ".hidden").mkdir()
    shared = tmp_path / "shared"
    shared.mkdir()
    for name in (
        "00_a.sql",
        "01_B.SQL",
        "02_c.Sql",
        "10_tables/x.sql",
        ".hidden/y.sql",
        "05_deals.sql~",
        ".05_deals.sql.swp",
        "#05_deals.sql#",
        "05_deals.sql.orig",
        "README.md",
        ".05_dot.sql",
    ):
        (schema / name).write_text(TABLE)
    (shared / "s.sql").write_text(TABLE)
    os.symlink("nobody@host.1234:1700000000", schema / ".#05_deals.sql")  # an Emacs lock: a dangling link
    os.symlink("../shared", schema / "20_shared")  # a symlinked directory inside the project
    os.symlink("../shared/s.sql", schema / "21_s_link.sql")  # the same file as 20_shared/s.sql
    with pytest.raises(SchemaSourceError, match=r"schema/21_s_link.sql: the same file as schema/20_shared/s.sql"):
        read_source(schema, [], tmp_path)
    (schema / "21_s_link.sql").unlink()
    assert loaded(schema, tmp_path) == [
        "schema/00_a.sql",
        "schema/01_B.SQL",
        "schema/02_c.Sql",
        "schema/10_tables/x.sql",
        "schema/20_shared/s.sql",
    ]
    skipped = dict(read_source(schema, [], tmp_path).skipped)
    assert set(skipped) == {
        "schema/.hidden",
        "schema/05_deals.sql~",
        "schema/.05_deals.sql.swp",
        "schema/#05_deals.sql#",
        "schema/05_deals.sql.orig",
        "schema/README.md",
        "schema/.05_dot.sql",
        "schema/.#05_deals.sql",
    }


def test_links_leaving_the_project_loops_and_broken_links_are_errors(tmp_path):
    root = tmp_path / "project"
    schema = root / "schema"
    schema.mkdir(parents=True)
    (tmp_path / "outside.sql").write_text(TABLE)
    os.symlink(tmp_path / "outside.sql", schema / "01_out.sql")
    with pytest.raises(
        SchemaSourceError, match=r"schema/01_out.sql: a symbolic link to .*outside.sql, outside the project"
    ):
        read_source(schema, [], root)
    (schema / "01_out.sql").unlink()
    os.symlink(tmp_path, schema / "02_up")
    with pytest.raises(SchemaSourceError, match=r"schema/02_up: a symbolic link to .*, outside the project"):
        read_source(schema, [], root)
    (schema / "02_up").unlink()
    (schema / "sub").mkdir()
    os.symlink("..", schema / "sub" / "loop")
    with pytest.raises(
        SchemaSourceError, match=r"schema/sub/loop: a symbolic link to .*schema, one of its own parents"
    ):
        read_source(schema, [], root)
    (schema / "sub" / "loop").unlink()
    os.symlink("gone.sql", schema / "03_broken.sql")
    with pytest.raises(
        SchemaSourceError, match=r"schema/03_broken.sql: a symbolic link to gone.sql, which does not exist"
    ):
        read_source(schema, [], root)


def test_a_symlinked_directory_and_upper_case_files_are_planned(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    schema = project(tmp_path, pg_server, {"01_things.SQL": TABLE})
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "02_deals.sql").write_text("create table public.deals (id integer primary key);\n")
    os.symlink("../more", schema / "10_more")
    os.symlink("nobody@host.1234:1700000000", schema / ".#05_deals.sql")
    (schema / "05_deals.sql~").write_text("this is not sql")
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "-v", "plan", "--url", empty_db.conninfo())
    assert result.code == 2, result.text
    sql = planned_sql(tmp_path)
    assert "public.things" in sql.replace('"', "") and "public.deals" in sql.replace('"', "")
    # plan -v lists the files it loaded, in order, and those it did not read
    assert "loaded (schema): schema/01_things.SQL\nloaded (schema): schema/10_more/02_deals.sql\n" in result.err
    assert "not read: schema/.#05_deals.sql: hidden" in result.err
    assert "not read: schema/05_deals.sql~: not a .sql file" in result.err


# --- each object declared once ---------------------------------------------------------------


def test_create_table_if_not_exists_twice_is_an_error(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    project(
        tmp_path,
        pg_server,
        {
            "10_a.sql": "create table if not exists public.deals (id integer primary key);\n",
            "20_b.sql": "-- the same table, with one more column\n\ncreate table if not exists public.deals (\n"
            "    id integer primary key,\n    amount numeric\n);\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert result.code == 1, result.text
    assert (
        'schema/20_b.sql:3:1: relation "deals" already exists, skipping: this `if not exists` skipped an object '
        "schema/ already declared (first declared at schema/10_a.sql:1)"
    ) in result.err
    assert "declares each object once" in result.err
    assert not (tmp_path / "generated").exists()


def test_a_duplicate_in_one_file_names_the_second_statement(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    project(
        tmp_path,
        pg_server,
        {
            "10_a.sql": (
                "create table if not exists public.deals (id integer primary key);\n"
                "alter table public.deals add column if not exists amount numeric;\n"
                "alter table public.deals add column if not exists amount integer;\n"
                "create index if not exists deals_amount on public.deals (amount);\n"
            )
        },
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert result.code == 1, result.text
    assert 'schema/10_a.sql:3:1: column "amount" of relation "deals" already exists, skipping' in result.err


def test_if_not_exists_on_what_existed_before_schema_is_fine(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    """public and plpgsql come with every database; vector is created before the load (sandbox)."""
    project(
        tmp_path,
        pg_server,
        {
            "00_base.sql": "create schema if not exists public;\n"
            "create extension if not exists plpgsql;\n"
            "create extension if not exists vector with schema public;\n",
            "01_things.sql": TABLE,
        },
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert result.code == 2, result.text


# --- an empty schema/ ------------------------------------------------------------------------


@pytest.mark.parametrize("files", [{}, {"00_notes.sql": "-- nothing yet\n/* later */\n\n", "README.md": "x"}])
def test_an_empty_schema_is_refused(tmp_path, monkeypatch, capsys, pg_server, empty_db, files):
    with connect(empty_db) as conn:
        conn.execute("create table public.precious (id integer)")
    project(tmp_path, pg_server, files)
    monkeypatch.chdir(tmp_path)
    refused = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert refused.code == 1, refused.text
    assert "schema directory schema declares nothing" in refused.err
    assert "--allow-empty-schema" in refused.err
    assert not (tmp_path / "generated").exists()
    allowed = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--allow-empty-schema")
    assert allowed.code == 2, allowed.text
    assert "drop table" in planned_sql(tmp_path)
