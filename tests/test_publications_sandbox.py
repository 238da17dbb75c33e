"""Rules and publications in schema/, loaded in the sandbox (a role without superuser rights
that owns its scratch database): FOR TABLE publications and rules load and are planned;
FOR TABLES IN SCHEMA and FOR ALL TABLES need a superuser, and are refused with the way out
(``shadow: {trusted: true}``)."""

from __future__ import annotations

import pytest

from clihelp import run_cli
from test_sandbox import TABLES, leftovers, project, target  # noqa: F401 (target is a fixture)

PUBLISHED = TABLES + (
    "create table public.thing_log (id integer, name text);\n"
    "create rule things_log as on insert to public.things do also insert into public.thing_log values (new.id, new.name);\n"
    "create publication things_feed for table public.things (id, name) where (id > 0);\n"
)


def test_a_rule_and_a_publication_for_tables_plan_in_the_sandbox(tmp_path, monkeypatch, capsys, pg_server, target):  # noqa: F811
    project(tmp_path, pg_server, {"00_tables.sql": PUBLISHED})
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", target.conninfo(), "--out", "-")
    assert result.code == 2, result.text
    assert "create publication things_feed for table public.things (id, name) where ((id > 0))" in result.out
    assert "CREATE RULE things_log AS" in result.out
    assert leftovers(pg_server) == ([], [])


@pytest.mark.parametrize("clause", ["for tables in schema public", "for all tables"])
def test_publications_that_need_a_superuser_are_refused_with_the_way_out(
    tmp_path, monkeypatch, capsys, pg_server, target, clause
):  # noqa: F811
    project(tmp_path, pg_server, {"00_tables.sql": TABLES + f"create publication feed {clause};\n"})
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", target.conninfo(), "--out", "-")
    assert result.code == 1, result.text
    assert "schema/00_tables.sql:2:1:" in result.err and "must be superuser" in result.err, result.err
    assert "shadow: {trusted: true}" in result.err and "publications" in result.err, result.err
    assert leftovers(pg_server) == ([], [])
