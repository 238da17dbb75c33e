"""`schemadiff drift` and `schemadiff check` end to end on a real server."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from clihelp import run_cli
from conftest import PRODUCT_DATA_CONFIG, SCHEMA_DIR
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl


def project(root: Path, server: DatabaseUrl, extra: str = "") -> Path:
    """A copy of the product schema and its reviewed plans, shadows on the test server."""
    schema = root / "schema"
    shutil.copytree(SCHEMA_DIR, schema)
    shutil.copytree(SCHEMA_DIR.parent / "generated", root / "generated")
    (root / "schemadiff.yaml").write_text(
        f"dev_url: {server.conninfo()}\nschemas:\n  include: [public]\n" + PRODUCT_DATA_CONFIG + extra
    )
    return schema


def deployed(capsys, url: DatabaseUrl) -> None:
    result = run_cli(capsys, "apply", "--url", url.conninfo())
    assert result.code == 0, result.text


def test_drift_in_sync_is_quiet_and_reports_security_drift_first(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    deployed(capsys, prelude_db)
    clean = run_cli(capsys, "drift", "--url", prelude_db.conninfo())
    assert clean.code == 0 and clean.out == "", clean.text

    with connect(prelude_db) as conn:
        conn.execute("alter table public.contacts disable row level security")
        conn.execute("drop policy deals_select on public.deals")
        conn.execute("alter table public.deals add column surprise int")
        conn.execute("grant select on public.api_keys to anon")
    text = run_cli(capsys, "drift", "--url", prelude_db.conninfo())
    assert text.code == 2
    assert "changed outside schemadiff" in text.out
    first_plain = text.out.index("unexpected: column public.deals.surprise")
    for security in (
        "SECURITY changed: rls public.contacts",
        "SECURITY missing: policy public.deals.deals_select",
        "SECURITY unexpected: privilege table public.api_keys to anon",
    ):
        assert text.out.index(security) < first_plain, text.out
    assert "enable row level security" in text.out and 'drop column "surprise"' in text.out

    data = json.loads(run_cli(capsys, "drift", "--url", prelude_db.conninfo(), "--format", "json").out)
    assert data["version"] == 1 and data["status"] == "out_of_band" and data["drifted"] is True
    assert data["security_items"] == 3
    rls = next(i for i in data["items"] if i["kind"] == "rls")
    assert rls["expected"] == "enabled=true forced=true" and rls["actual"] == "enabled=false forced=true"
    assert rls["reconcile"] == ["alter table public.contacts enable row level security"]

    report_file = tmp_path / "drift.md"
    md = run_cli(capsys, "drift", "--url", prelude_db.conninfo(), "--format", "markdown", "--output", str(report_file))
    assert md.code == 2 and report_file.read_text().startswith("### schemadiff drift:")


def test_drift_tells_pending_from_out_of_band(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    schema = project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    deployed(capsys, prelude_db)
    (schema / "10_tables" / "04_contacts.sql").write_text(
        (schema / "10_tables" / "04_contacts.sql").read_text()
        + "\ncomment on column public.contacts.email is 'primary e-mail';\n"
    )
    pending = json.loads(run_cli(capsys, "drift", "--url", prelude_db.conninfo(), "--format", "json").out)
    assert pending["status"] == "pending", pending
    assert [i["identity"] for i in pending["items"]] == ["column public.contacts.email"]


def test_drift_as_a_read_only_role_with_exactly_the_printed_grants(
    tmp_path, monkeypatch, capsys, pg_server, prelude_db
):
    """drift as a role of its own: without grants, a plain error naming the grant; with the
    SQL of `schemadiff grants` (and nothing more), the real report; never a write."""
    project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    deployed(capsys, prelude_db)
    with connect(prelude_db) as conn:
        conn.execute(
            "do $$ begin create role sd_catalog_reader login; exception when duplicate_object then null; end $$"
        )
        conn.execute("alter table public.deals add column surprise int")
        before = conn.execute("select count(*) from schemadiff.history").fetchone()
    reader = DatabaseUrl(prelude_db.raw.replace("postgres:@", "sd_catalog_reader:@"))
    assert reader.raw != prelude_db.raw
    try:
        bare = run_cli(capsys, "drift", "--url", reader.conninfo())
        assert bare.code == 1 and "internal error" not in bare.err, bare.text
        assert "grant usage on schema" in bare.err and "schemadiff grants --role" in bare.err, bare.err

        printed = run_cli(capsys, "grants", "--role", "sd_catalog_reader")
        assert printed.code == 0 and 'alter role "sd_catalog_reader" bypassrls;' in printed.out, printed.text
        grants = [ln for ln in printed.out.splitlines() if ln and not ln.startswith("--")]
        with connect(prelude_db) as conn:
            for statement in grants:
                if "bypassrls" not in statement and "on database" not in statement:
                    conn.execute(statement)  # type: ignore[arg-type]
        hidden = run_cli(capsys, "drift", "--url", reader.conninfo())
        assert hidden.code == 1 and "row level security on storage.buckets" in hidden.err, hidden.text

        with connect(prelude_db) as conn:
            conn.execute('alter role "sd_catalog_reader" bypassrls')
        result = run_cli(capsys, "drift", "--url", reader.conninfo(), "--format", "json")
        assert result.code == 2, result.text
        data = json.loads(result.out)
        assert data["status"] == "out_of_band", data
        assert [(i["kind"], i["identity"]) for i in data["items"]] == [("column", "public.deals.surprise")], data[
            "items"
        ]
        with connect(prelude_db) as conn:
            assert conn.execute("select count(*) from schemadiff.history").fetchone() == before
    finally:
        with connect(prelude_db) as conn:
            conn.execute("drop owned by sd_catalog_reader")
            conn.execute("drop role sd_catalog_reader")


def test_drift_errors_exit_1(tmp_path, monkeypatch, capsys, pg_server):
    schema = project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    down = run_cli(capsys, "drift", "--url", "postgresql://u:TopSecret1@127.0.0.1:1/x")
    assert down.code == 1 and "cannot connect" in down.err and "TopSecret1" not in down.text
    (schema / "02_functions.sql").write_text("create functoin oops();\n")
    broken = run_cli(capsys, "drift", "--url", pg_server.conninfo())
    assert broken.code == 1 and "02_functions.sql:1:8" in broken.err
    (tmp_path / "schemadiff.yaml").write_text("targets:\n  x:\n    url: nope://\n")
    assert run_cli(capsys, "drift", "--target", "x").code == 1


def test_check_clean_product_schema(tmp_path, monkeypatch, capsys, pg_server):
    project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "check")
    assert result.code == 0, result.text
    assert "they lead to schema/: yes" in result.out and "no findings" in result.out


def test_check_unplanned_change_and_edited_plan(tmp_path, monkeypatch, capsys, pg_server):
    schema = project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    contacts = schema / "10_tables" / "04_contacts.sql"
    contacts.write_text(contacts.read_text() + "\nalter table public.contacts add column nickname text;\n")
    unplanned = run_cli(capsys, "check", "--format", "json")
    assert unplanned.code == 2
    findings = json.loads(unplanned.out)["findings"]
    assert {
        "rule": "SD100",
        "name": "plans-match-schema",
        "object": "column public.contacts.nickname",
        "message": "in schema/ but no plan in generated/ creates it; run `schemadiff plan` and commit the plan",
    } in findings

    contacts.write_text(contacts.read_text().replace("alter table public.contacts add column nickname text;", ""))
    plan_file = next((tmp_path / "generated").glob("*_initial.sql"))
    plan_file.write_text(plan_file.read_text().replace('create table "public"', 'create  table "public"', 1))
    edited = run_cli(capsys, "check")
    assert (
        edited.code == 2
        and "SD102 plan-file-valid" in edited.out
        and "changed after the plan was written" in edited.out
    )


def test_check_replays_plans_through_the_same_gate_as_apply(tmp_path, monkeypatch, capsys, pg_server, prelude_db):
    """A plan already in effect when its turn comes is skipped (apply records it); a plan whose
    from is not the state it meets is a finding (apply would refuse it)."""
    project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    again = run_cli(capsys, "plan", "--url", prelude_db.conninfo(), "--name", "initial_again", "--ignore-pending")
    assert again.code == 2, again.text  # from empty to schema/: the whole chain in one plan, made last
    chained = run_cli(capsys, "check")
    assert chained.code == 0 and "3 plan(s) in generated/; they lead to schema/: yes" in chained.out, chained.text

    (again_file,) = (tmp_path / "generated").glob("*_initial_again.sql")
    again_file.unlink()
    (buckets,) = (tmp_path / "generated").glob("*_storage_buckets.sql")
    buckets.rename(buckets.with_name("20000101000000_storage_buckets.sql"))  # now sorts before the initial plan
    out_of_order = run_cli(capsys, "check")
    assert out_of_order.code == 2
    assert "SD101" in out_of_order.out and "is not in the state the plan was made from" in out_of_order.out
    assert "apply would refuse it" in out_of_order.out


def test_check_security_lints_and_waivers(tmp_path, monkeypatch, capsys, pg_server):
    schema = project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    (schema / "50_extra.sql").write_text(
        "create table public.audit_log (id bigint primary key, company_id uuid, note text);\n"
        "alter table public.audit_log enable row level security;\n"
        "create policy audit_anon on public.audit_log for select to anon using (true);\n"
        "grant select on public.audit_log to public;\n"
        "create function public.unsafe() returns int language sql security definer as 'select 1';\n"
    )
    result = run_cli(capsys, "check")
    assert result.code == 2
    for expected in (
        "SD002 rls-forced: public.audit_log:",
        "SD004 policy-company-scoped: public.audit_log.audit_anon:",
        "SD005 definer-search-path: public.unsafe():",
        "SD006 no-anon-policy: public.audit_log.audit_anon:",
        "SD007 no-public-grant: table public.audit_log:",
        "SD100 plans-match-schema: table public.audit_log:",
    ):
        assert expected in result.out, result.out
    assert "SD001" not in result.out and "SD003" not in result.out

    config = (tmp_path / "schemadiff.yaml").read_text()
    (tmp_path / "schemadiff.yaml").write_text(
        (tmp_path / "schemadiff.yaml").read_text()
        + "lint:\n  disable:\n    - rule: SD002\n      object: public.audit_log\n      reason: append-only, owner writes\n"
    )
    waived = run_cli(capsys, "check")
    assert "SD002" not in waived.out and "SD005" in waived.out
    (tmp_path / "schemadiff.yaml").write_text(
        (tmp_path / "schemadiff.yaml").read_text().replace("      reason: append-only, owner writes\n", "")
    )
    no_reason = run_cli(capsys, "check")
    assert no_reason.code == 1 and "lint.disable[0]: reason required" in no_reason.err

    for rule, obj, expected in (
        ("SD009", "public.audit_log", "unknown rule 'SD009' (rules: SD001 (rls-enabled)"),
        (
            "rls-forced",
            "public.audit_logs",
            "SD002 (rls-forced) is waived for 'public.audit_logs', which schema/ does not have",
        ),
        ("SD007", "public.audit_log", "SD007 names the granted object with its kind (table public.t"),
    ):
        (tmp_path / "schemadiff.yaml").write_text(
            config + f"lint:\n  disable:\n    - rule: {rule}\n      object: {obj}\n      reason: r\n"
        )
        bad = run_cli(capsys, "check")
        assert bad.code == 1 and expected in bad.err, (rule, bad.text)


def test_check_schema_error_exit_1(tmp_path, monkeypatch, capsys, pg_server):
    schema = project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    (schema / "10_tables" / "02_users.sql").write_text("create table public.users (id uuid primary key,);\n")
    result = run_cli(capsys, "check")
    assert result.code == 1 and "10_tables/02_users.sql:1:" in result.err


def test_dump_errors_exit_1(tmp_path, monkeypatch, capsys, pg_server):
    project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    down = run_cli(capsys, "dump", "--url", "postgresql://u:TopSecret2@127.0.0.1:1/x", "--out", "out")
    assert down.code == 1 and "cannot connect" in down.err and "TopSecret2" not in down.text
    assert not (tmp_path / "out").exists()
    (tmp_path / "schemadiff.yaml").write_text((tmp_path / "schemadiff.yaml").read_text() + "bogus: 1\n")
    bad = run_cli(capsys, "dump", "--url", pg_server.conninfo(), "--out", "out")
    assert bad.code == 1 and "unknown key 'bogus'" in bad.err
