"""A command checks only the paths it reads: adoption starts from nothing (issue 14)."""

from __future__ import annotations

from clihelp import run_cli
from schemadiff.servers import connect


def test_dump_creates_its_out_directory_in_a_new_project(tmp_path, monkeypatch, capsys, empty_db):
    with connect(empty_db) as conn:
        conn.execute("create table public.deals (id integer primary key, amount numeric)")
    (tmp_path / "schemadiff.yaml").write_text("schemas:\n  include: [public]\n")  # no schema/ yet
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "dump", "--url", empty_db.conninfo(), "--out", "schema")
    assert result.code == 0, result.text
    written = sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "schema").rglob("*.sql"))
    assert any(name.startswith("schema/10_tables/") and "deals" in name for name in written), written
    assert "create table public.deals" in "".join(p.read_text() for p in (tmp_path / "schema").rglob("*.sql"))
    # a nested --out is created with its parents
    nested = run_cli(capsys, "dump", "--url", empty_db.conninfo(), "--out", "db/a/schema")
    assert nested.code == 0, nested.text
    assert (tmp_path / "db" / "a" / "schema" / "10_tables").is_dir()


def test_server_status_needs_no_schema_directory(tmp_path, monkeypatch, capsys):
    (tmp_path / "schemadiff.yaml").write_text("prelude: [platform/prelude.sql]\n")  # neither exists yet
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "server", "status")
    assert result.code == 0, result.text
    assert "not running" in result.out


def test_plan_still_names_a_missing_schema_directory(tmp_path, monkeypatch, capsys):
    (tmp_path / "schemadiff.yaml").write_text("schema_dir: sql\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan")
    assert result.code == 1
    assert "schema directory" in result.err and "does not exist" in result.err
