"""Version differences: a PostgreSQL 15 target planned against a PostgreSQL 18 shadow; plans made and
applied on 15, 16 and 17."""

from __future__ import annotations

from pathlib import Path

import pytest

from clihelp import run_cli
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.fingerprint import fingerprint
from schemadiff.servers import connect, ensure_database, server_version_num
from schemadiff.urls import DatabaseUrl

SCHEMA = """
create table public.items (
    id bigint generated always as identity primary key,
    name text not null,
    created_at timestamptz not null default now()
);
alter table public.items enable row level security;
alter table public.items force row level security;
create policy items_read on public.items for select using (true);
comment on table public.items is 'things';
"""


def project(root: Path, dev: DatabaseUrl) -> None:
    schema = root / "schema"
    schema.mkdir()
    (schema / "01_items.sql").write_text(SCHEMA)
    (root / "schemadiff.yaml").write_text(f"dev_url: {dev.conninfo()}\nschemas:\n  include: [public]\n")


def test_major_version_mismatch_warns_and_matching_dev_server_does_not(
    tmp_path, monkeypatch, capsys, pg_server, pg15_server
):
    target, _ = ensure_database(pg15_server, "versions_target")
    with connect(target) as conn:
        assert server_version_num(conn) // 10000 == 15
    project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    mismatched = run_cli(capsys, "plan", "--url", target.conninfo(), "--out", "-")
    assert mismatched.code == 2
    assert "warning: the target runs PostgreSQL 15 but schema/ was loaded on PostgreSQL 18" in mismatched.err
    matched = run_cli(capsys, "plan", "--url", target.conninfo(), "--dev-url", pg15_server.conninfo(), "--out", "-")
    assert matched.code == 2
    assert "warning" not in matched.err
    assert "-- server_version: 15 (shadow 15)" in matched.out


@pytest.mark.parametrize("major", [15, 16, 17])
def test_same_schema_same_fingerprint_per_major_and_round_trip(tmp_path, monkeypatch, capsys, request, major: int):
    """A plan made and applied on an older major converges, and two databases of that major built
    from the same SQL have the same fingerprint."""
    server = request.getfixturevalue(f"pg{major}_server")
    project(tmp_path, server)
    monkeypatch.chdir(tmp_path)
    target, _ = ensure_database(server, "versions_apply")
    with connect(target) as conn:
        assert server_version_num(conn) // 10000 == major
    planned = run_cli(capsys, "plan", "--url", target.conninfo(), "--name", "items")
    assert planned.code == 2, planned.text
    applied = run_cli(capsys, "apply", "--url", target.conninfo())
    assert applied.code == 0, applied.text
    assert run_cli(capsys, "plan", "--url", target.conninfo()).code == 0
    built, _ = ensure_database(server, "versions_built")
    with connect(built) as conn:
        conn.execute(SCHEMA)
    managed = SchemaFilter(include=("public",), exclude=("schemadiff",))
    with connect(target) as a, connect(built) as b:
        assert fingerprint(inspect_catalog(a, managed)) == fingerprint(inspect_catalog(b, managed))


def test_a_plan_of_another_major_is_refused_with_the_reason(
    tmp_path, monkeypatch, capsys, pg_server, pg15_server, empty_db
):
    """Made on 18, applied to 15: refused, and the refusal says why (not an empty difference list)."""
    project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    planned = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--name", "items")
    assert planned.code == 2, planned.text
    target, _ = ensure_database(pg15_server, "versions_other_major")
    refused = run_cli(capsys, "apply", "--url", target.conninfo())
    assert refused.code == 1, refused.text
    assert "the plan was made against PostgreSQL 18 and the target runs PostgreSQL 15" in refused.err, refused.err
    with connect(target) as conn:
        assert conn.execute("select to_regclass('public.items')").fetchone() == (None,)
