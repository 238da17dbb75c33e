"""`schemadiff diff` in a folder without schemadiff.yaml or schema/ (issue 16, item 7):
comparing two databases (the migra use) needs no project; a schema directory is needed
only when a side is one."""

from __future__ import annotations

from clihelp import run_cli
from schemadiff.servers import connect, scratch_database


def test_diff_two_databases_without_a_project(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCHEMADIFF_CONFIG", raising=False)
    assert not (tmp_path / "schemadiff.yaml").exists() and not (tmp_path / "schema").exists()
    with connect(empty_db) as conn:
        conn.execute("create table public.t (id int primary key, note text)")
    with scratch_database(pg_server, label="other") as other:
        changes = run_cli(capsys, "diff", "--from", other.conninfo(), "--to", empty_db.conninfo())
        assert changes.code == 2, changes.text
        assert 'create table "public"."t"' in changes.out
        same = run_cli(capsys, "diff", "--from", empty_db.conninfo(), "--to", empty_db.conninfo())
        assert same.code == 0 and same.out == "", same.text
    assert not (tmp_path / ".schemadiff").exists()  # no embedded cluster was needed


def test_diff_with_a_directory_side_without_a_project(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCHEMADIFF_CONFIG", raising=False)
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "t.sql").write_text("create table public.t (id int primary key);\n")
    result = run_cli(
        capsys, "diff", "--from", empty_db.conninfo(), "--to", "desired", "--dev-url", pg_server.conninfo()
    )
    assert result.code == 2, result.text
    assert 'create table "public"."t"' in result.out
    missing = run_cli(capsys, "diff", "--from", empty_db.conninfo(), "--to", "nowhere/")
    assert missing.code == 1 and "nowhere/" in missing.err, missing.text


def test_plan_still_needs_its_schema_directory(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCHEMADIFF_CONFIG", raising=False)
    result = run_cli(capsys, "plan", "--url", "postgresql://u@127.0.0.1:1/x")
    assert result.code == 1 and "schema directory" in result.err, result.text


def test_a_changed_comment_against_a_directory_is_the_only_change(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    """A schema directory's side is read whole; the database's side reads the comments of every
    object then (not only those that differ), else each unchanged comment came out as a change."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCHEMADIFF_CONFIG", raising=False)
    schema = "create table public.{0} (id int primary key);\ncomment on table public.{0} is '{0} as it was';\n"
    tables = ("a", "b", "c")
    with connect(empty_db) as conn:
        for table in tables:
            conn.execute(schema.format(table))
    (tmp_path / "desired").mkdir()
    text = "".join(schema.format(t) for t in tables).replace("'b as it was'", "'b changed'")
    (tmp_path / "desired" / "t.sql").write_text(text)
    database, dev = empty_db.conninfo(), ("--dev-url", pg_server.conninfo())
    for sides, expected in (
        (("--from", database, "--to", "desired"), "comment on table public.b is 'b changed';"),
        (("--from", "desired", "--to", database), "comment on table public.b is 'b as it was';"),
    ):
        result = run_cli(capsys, "diff", *sides, *dev)
        assert result.code == 2, result.text
        assert result.out.strip() == expected, result.out
