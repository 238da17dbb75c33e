"""Tenant schemas: one database, schema/'s template schema instantiated in 20 tenant schemas.

``plan --group`` reads every tenant as the template and writes one plan per distinct state
(its statements name the template); ``apply --group`` runs it in each tenant under its own
name with apply's guarantees (gate, verification, a history row of its own); ``drift
--group`` reports the fleet. Among the 20: one drifted out of band, one had the plan applied
alone first, one is locked by another session during the group apply (it fails and is left
as it was), and one listed tenant does not exist yet (its plan creates it). Round trip: after
apply, every tenant's catalog, presented as the template, is the shadow's catalog of schema/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from clihelp import fleet_summary, run_cli
from schemadiff.catalog import Catalog, SchemaFilter, compare_catalogs, inspect_catalog
from schemadiff.config import Tenant, load_settings
from schemadiff.errors import ConfigError
from schemadiff.fleet_members import group_members
from schemadiff.servers import connect
from schemadiff.tenants import presented_catalog, requalify
from schemadiff.urls import DatabaseUrl
from tenanthelp import NEW, OLD, ROWS, SHARED, SHARED_ROWS

TENANTS = [f"tenant_{i:02d}" for i in range(1, 21)]


@pytest.fixture()
def tenant_db(pg_server: DatabaseUrl) -> Iterator[DatabaseUrl]:
    with connect(pg_server) as conn:
        conn.execute("drop database if exists tenants_db with (force)")
        conn.execute("create database tenants_db")
    url = pg_server.with_database("tenants_db")
    with connect(url) as conn:
        conn.execute((SHARED + SHARED_ROWS).encode())
        for name in TENANTS:
            conn.execute((OLD + ROWS).format(s=name).encode())
    yield url
    with connect(pg_server) as conn:
        conn.execute("drop database if exists tenants_db with (force)")


def _project(root: Path, server: DatabaseUrl, db: DatabaseUrl, schema_sql: str) -> Path:
    (root / "schema").mkdir()
    (root / "schema" / "tenant.sql").write_text(SHARED + schema_sql.format(s="tenant"))
    (root / "schemadiff.yaml").write_text(
        f"dev_url: {server.conninfo()}\ntargets:\n  db: {{url: '{db.conninfo()}'}}\n"
        "groups:\n"
        "  tenants: {schemas: {target: db, template: tenant, like: 'tenant\\_%'}}\n"
        "  one: {schemas: {target: db, template: tenant, query: \"select 'tenant_04'\"}}\n"
        "  newcomer: {schemas: {target: db, template: tenant, query: \"select 'tenant_new'\"}}\n"
    )
    return root


def _presented(db: DatabaseUrl, schema: str) -> Catalog:
    with connect(db) as conn:
        return presented_catalog(inspect_catalog(conn, SchemaFilter(include=(schema,))), Tenant(schema, "tenant"))


def _has_column(db: DatabaseUrl, schema: str) -> bool:
    with connect(db) as conn:
        row = conn.execute(
            "select count(*) from information_schema.columns where table_schema = %s and table_name = 'notes'"
            " and column_name = 'pinned'",
            (schema,),
        ).fetchone()
    return bool(row and row[0])


def test_tenant_schemas_plan_apply_drift(tmp_path, monkeypatch, capsys, pg_server, tenant_db) -> None:
    root = _project(tmp_path, pg_server, tenant_db, NEW)
    monkeypatch.chdir(root)
    with connect(tenant_db) as conn:  # drifted out of band
        conn.execute("alter table tenant_03.notes add column extra integer")
    assert compare_catalogs(_presented(tenant_db, "tenant_01"), _presented(tenant_db, "tenant_20")) == []  # other names

    planned = run_cli(capsys, "plan", "--group", "tenants", "--format", "json")
    assert planned.code == 2, planned.text
    states = json.loads(planned.out)["states"]
    assert [len(s["members"]) for s in states] == [19, 1] and states[1]["members"] == ["tenant_03"]
    files = sorted((root / "generated").glob("*.sql"))
    assert len(files) == 2
    main = next(f for f in files if "-- members: tenant_01, tenant_02, tenant_04" in f.read_text())
    text = main.read_text()
    assert "tenant_0" not in text.split("-- members:")[1].split("\n", 1)[1]  # the statements name the template
    assert 'alter table "tenant"."notes" add column "pinned"' in text and 'FROM "tenant".notes' in text
    other = next(f for f in files if f != main)
    found = re.search(r"-- destructive: step (\d+) drop column tenant.notes.extra\n", other.read_text())
    assert found, other.read_text()  # a reviewer approves the drop (the approval holds in every member)
    assert run_cli(capsys, "approve", str(other), "--step", found.group(1)).code == 0

    alone = run_cli(capsys, "apply", "--group", "one")  # tenant_04 first, alone
    assert alone.code == 0, alone.text
    assert _has_column(tenant_db, "tenant_04") and not _has_column(tenant_db, "tenant_05")

    with psycopg.connect(tenant_db.conninfo()) as blocker:  # tenant_05 is busy: its apply fails
        blocker.execute("lock table tenant_05.notes in access share mode")
        applied = run_cli(
            capsys,
            "apply", "--group", "tenants", "--canary", "1", "--jobs", "4", "--continue-on-error",
            "--lock-timeout", "0.3", "--retries", "0",
        )  # fmt: skip
        blocker.rollback()
    assert applied.code == 1, applied.text
    rows = fleet_summary(applied.out)
    assert rows["tenant_05"] == "FAILED" and rows["tenant_04"] == "up to date", applied.out
    assert all(rows[n] == "applied" for n in TENANTS if n not in ("tenant_04", "tenant_05")), applied.out
    assert not _has_column(tenant_db, "tenant_05")
    with connect(tenant_db) as conn:  # rows kept; shared table untouched
        assert conn.execute("select count(*) from tenant_07.notes where not pinned").fetchone() == (1,)
        assert conn.execute("select count(*) from public.plans").fetchone() == (1,)

    again = run_cli(capsys, "apply", "--group", "tenants")
    assert again.code == 0 and fleet_summary(again.out)["tenant_05"] == "applied", again.text
    with connect(tenant_db) as conn:  # one history row per tenant and plan
        ids = {r[0] for r in conn.execute("select plan_id from schemadiff.history")}
    assert f"{main.stem}@tenant_05" in ids and f"{main.stem}@tenant_04" in ids and main.stem not in ids

    # round trip: each tenant, presented as the template, is schema/ (and the newcomer, made from empty)
    newcomer = run_cli(capsys, "plan", "--group", "newcomer")
    assert newcomer.code == 2 and 'create schema if not exists "tenant";' in next(
        f.read_text() for f in (root / "generated").glob("*.sql") if "-- members: tenant_new" in f.read_text()
    )
    assert run_cli(capsys, "apply", "--group", "newcomer").code == 0
    desired = _presented(tenant_db, "tenant_new")
    for name in ("tenant_01", "tenant_03", "tenant_05", "tenant_20"):
        assert compare_catalogs(_presented(tenant_db, name), desired) == [], name
    settled = run_cli(capsys, "plan", "--group", "tenants")
    assert settled.code == 0 and "no changes for 21 members" in settled.out  # with tenant_new, settled.text

    in_sync = run_cli(capsys, "drift", "--group", "tenants")
    assert in_sync.code == 0 and "21 in sync" in in_sync.out, in_sync.text
    with connect(tenant_db) as conn:
        conn.execute("grant select on tenant_09.notes to public")
    drifted = run_cli(capsys, "drift", "--group", "tenants", "--format", "json")
    assert drifted.code == 2, drifted.text
    members = {m["member"]: m["status"] for m in json.loads(drifted.out)["members"]}
    assert members.pop("tenant_09") == "drifted" and set(members.values()) == {"in_sync"}


def test_a_body_naming_the_template_is_refused(tmp_path, monkeypatch, capsys, pg_server, tenant_db) -> None:
    body = "create function {s}.notes_of(a bigint) returns bigint language plpgsql as $$ begin return (select count(*) from {s}.notes where account_id = a); end $$;\n"
    root = _project(tmp_path, pg_server, tenant_db, OLD + body)
    monkeypatch.chdir(root)
    refused = run_cli(capsys, "plan", "--group", "tenants")
    assert refused.code == 1 and "names schema tenant inside a string or function body" in refused.out + refused.err
    assert not list((root / "generated").glob("*.sql"))


def test_an_alias_named_like_the_template_is_refused(tmp_path, monkeypatch, capsys, pg_server, tenant_db) -> None:
    view = "create view {s}.named as select tenant.id from {s}.accounts tenant;\n"
    root = _project(tmp_path, pg_server, tenant_db, OLD + view)
    monkeypatch.chdir(root)
    refused = run_cli(capsys, "plan", "--group", "tenants")
    assert refused.code == 1 and "already uses the name tenant (an alias" in refused.out + refused.err, refused.text
    assert not list((root / "generated").glob("*.sql"))


def test_the_template_must_not_be_a_schema_of_the_database(tmp_path, pg_server, tenant_db) -> None:
    root = _project(tmp_path, pg_server, tenant_db, OLD)
    with connect(tenant_db) as conn:
        conn.execute("create schema tenant")
    settings = load_settings(root / "schemadiff.yaml", cwd=root, environ={})
    with pytest.raises(ConfigError, match="has a schema named 'tenant'"):
        group_members(settings, "tenants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CREATE INDEX i ON t1.notes USING btree (a)", 'CREATE INDEX i ON "tenant".notes USING btree (a)'),
        (
            "ALTER TABLE \"t1\".x ADD CHECK ((s <> 't1.x'::text))",
            "ALTER TABLE \"tenant\".x ADD CHECK ((s <> 't1.x'::text))",
        ),
        ("GRANT USAGE ON SCHEMA t1 TO r", 'GRANT USAGE ON SCHEMA "tenant" TO r'),
        ('create schema if not exists "t1"', 'create schema if not exists "tenant"'),
        ("GRANT USAGE ON SCHEMA a, t1 TO r", 'GRANT USAGE ON SCHEMA a, "tenant" TO r'),
        ("drop schema if exists t1 cascade", 'drop schema if exists "tenant" cascade'),
        ("select a, t1 from x", "select a, t1 from x"),
        ("t1", '"tenant"'),
        ("SELECT a.t1.c, t1 FROM t1.t -- t1.t", 'SELECT a.t1.c, t1 FROM "tenant".t -- t1.t'),
        ("CREATE FUNCTION t1.f() AS $$select 1 from t1.t$$", 'CREATE FUNCTION "tenant".f() AS $$select 1 from t1.t$$'),
        ("SELECT t10.x FROM T1.y", 'SELECT t10.x FROM "tenant".y'),
    ],
)
def test_requalify_swaps_schema_positions_only(text: str, expected: str) -> None:
    assert requalify(text, "t1", "tenant") == expected
