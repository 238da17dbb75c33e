"""`--format json` end to end, on a real server: every command that has it (plan, apply, drift,
check) prints exactly one versioned document on stdout, when it succeeds, finds changes, refuses
or fails, and each document is valid against its JSON Schema in docs/schemas/ (draft 2020-12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from applyhelp import (  # noqa: F401  (fixtures)
    V1,
    Project,
    append_step,
    at_v1_with_rows,
    execute,
    history_rows,
    interrupt,
    made_plans,
    open_session,
    plan_id,
    project,
    wait_for_backends,
)
from clihelp import Run, run_cli
from schemadiff.servers import ensure_database

DOCS = Path(__file__).resolve().parent.parent / "docs"
SCHEMAS = DOCS / "schemas"
COMMANDS = ("plan", "apply", "drift", "check", "fleet-plan", "fleet-apply", "fleet-drift")

# passes every lint of `schemadiff check` (RLS on and forced, a policy, no anon or PUBLIC access)
CLEAN = """create table public.items (
    id integer primary key,
    name text not null
);
alter table public.items enable row level security;
alter table public.items force row level security;
create policy items_read on public.items for select to postgres using (true);
"""


def schema_of(command: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{command}.schema.json").read_text())


def document(run: Run, command: str, code: int) -> dict[str, Any]:
    """The run's stdout: exactly one JSON document, valid against the command's schema, with
    the expected exit code (also in its error object when it failed)."""
    assert run.code == code, f"exit {run.code}, expected {code}:\n{run.text}"
    assert run.out.strip(), f"{command}: nothing on stdout (stderr: {run.err})"
    doc = json.loads(run.out)  # one document: trailing text would make this fail
    jsonschema.Draft202012Validator(schema_of(command)).validate(doc)
    assert doc["version"] == 1 and doc["command"] == command
    if code in (0, 2):
        assert doc["error"] is None, doc["error"]
    else:
        assert doc["error"]["exit_code"] == code, doc["error"]
        assert doc["error"]["message"] and doc["error"]["message"] in run.err  # the same message on stderr
    return doc


def test_the_schemas_are_draft_2020_12_share_one_error_shape_and_are_documented() -> None:
    from schemadiff.json_output import ERROR_KINDS

    guide = (DOCS / "json-output.md").read_text()
    errors = []
    for command in COMMANDS:
        schema = schema_of(command)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)
        errors.append(schema["$defs"]["error"])
        assert f"schemas/{command}.schema.json" in guide, f"docs/json-output.md does not reference {command}'s schema"
    assert all(e == errors[0] for e in errors)
    assert set(errors[0]["properties"]["kind"]["enum"]) == ERROR_KINDS


def test_plan_changes_none_pending_and_unloadable(project: Project) -> None:
    project.write_schema(V1)
    changes = document(project.cli("plan", "--format", "json", "--name", "first"), "plan", 2)
    (written,) = project.generated.glob("*_first.sql")
    assert changes["changes"] is True and changes["plan_id"] == plan_id(written)
    assert changes["file"] == f"generated/{written.name}" and changes["steps"][0]["action"] == "create"

    pending = document(project.cli("plan", "--format", "json"), "plan", 1)  # generated/ has a plan not applied
    assert pending["error"]["kind"] == "plans_pending" and "schemadiff apply" in pending["error"]["message"]
    assert pending["target"] == "local"

    assert project.apply().code == 0
    none = document(project.cli("plan", "--format", "json"), "plan", 0)
    assert none["changes"] is False and none["plan_id"] is None and none["steps"] == []

    project.write_schema(V1 + "create tabel public.oops ();\n")
    broken = document(project.cli("plan", "--format", "json"), "plan", 1)
    assert broken["error"]["kind"] == "schema_source", broken["error"]
    assert broken["error"]["location"]["file"] == "schema/01_tables.sql", broken["error"]
    assert broken["error"]["location"]["line"] == 6, broken["error"]


def test_plan_puts_the_major_version_warning_in_the_document(project: Project, pg15_server) -> None:
    target, _ = ensure_database(pg15_server, "json_output_pg15")
    project.write_schema(V1)
    run = run_cli(project.capsys, "plan", "--format", "json", "--out", "preview/", "--url", target.conninfo())
    doc = document(run, "plan", 2)
    assert any("the target runs PostgreSQL 15" in w for w in doc["warnings"]), doc["warnings"]
    assert "warning: the target runs PostgreSQL 15" in run.err  # still on stderr too


def test_apply_applied_nothing_refused_and_failed(project: Project) -> None:
    v1 = project.take_plan("v1")
    applied = document(project.apply("--format", "json"), "apply", 0)
    assert applied["plans"] == [
        {"plan_id": plan_id(v1), "status": "applied", "seconds": applied["plans"][0]["seconds"]}
    ]
    assert [e["kind"] for e in applied["events"]][0] == "start" and applied["events"][-1]["kind"] == "verified"

    nothing = document(project.apply("--format", "json"), "apply", 0)
    assert nothing["plans"] == [] and nothing["events"] == [] and nothing["dry_run"] is False

    project.write_schema(V1.replace(",\n    note text\n", "\n"))
    drop = project.plan("drop_note")
    refused = document(project.apply("--format", "json"), "apply", 1)
    assert refused["error"]["kind"] == "apply_refused", refused["error"]
    assert "not approved" in refused["error"]["message"] and refused["target"] == "local"
    assert history_rows(project.url) == {plan_id(v1): "applied"}
    drop.unlink()


def test_apply_failure_keeps_the_events_up_to_it(project: Project) -> None:
    at_v1_with_rows(project)
    project.write_schema(V1.replace("amount integer not null", "amount integer not null check (amount > 0)"))
    check = project.plan("positive", "--online=false")  # one transaction: the failure is the statement's
    execute(project.url, "update public.t set amount = 0")  # violates the new check constraint
    failed = document(project.apply("--format", "json"), "apply", 1)
    assert failed["error"]["kind"] == "apply_failed", failed["error"]
    assert [e["plan_id"] for e in failed["events"]][:1] == [plan_id(check)], failed["events"]
    assert "plans" not in failed  # which plans completed is what the events say


def test_apply_lock_timeout_and_ctrl_c_are_documents_too(project: Project) -> None:
    v1 = project.take_plan("v1")
    v2 = project.take_plan("v2")
    append_step(v2, "give the test time to interrupt", "select pg_sleep(60)")
    assert project.cli("seal", str(v2)).code == 0 and project.cli("approve", str(v2), "--step", "2").code == 0
    process = project.spawn_apply("--format", "json")
    run = interrupt(
        process, lambda: wait_for_backends(project.url, "%pg_sleep%")
    )  # v1 has committed, v2 is in its transaction
    interrupted = document(run, "apply", 130)
    assert interrupted["error"]["kind"] == "interrupted", interrupted["error"]
    verified = [e["plan_id"] for e in interrupted["events"] if e["kind"] == "verified"]
    assert verified == [plan_id(v1)] and history_rows(project.url) == {plan_id(v1): "applied"}

    holder = open_session(project.url)
    try:
        holder.execute("select count(*) from public.t")  # its open transaction holds a lock on t
        timed_out = document(project.apply("--format", "json", "--lock-timeout", "0.3", "--retries", "1"), "apply", 1)
    finally:
        holder.close()
    assert timed_out["error"]["kind"] == "lock_timeout", timed_out["error"]
    assert [e["kind"] for e in timed_out["events"]].count("retry") == 1, timed_out["events"]


def test_drift_in_sync_drifted_and_unreachable(project: Project) -> None:
    at_v1_with_rows(project)
    url = project.url.conninfo()
    in_sync = document(project.cli("drift", "--url", url, "--format", "json"), "drift", 0)
    assert in_sync["status"] == "in_sync" and in_sync["items"] == []

    execute(project.url, "alter table public.t add column surprise integer")
    drifted = document(project.cli("drift", "--url", url, "--format", "json"), "drift", 2)
    assert drifted["status"] == "out_of_band"
    assert [i["identity"] for i in drifted["items"]] == ["public.t.surprise"]

    gone = project.url.raw.replace(f"/{project.url.database}", "/json_output_no_such_database", 1)
    failed = document(project.cli("drift", "--url", gone, "--format", "json"), "drift", 1)
    assert failed["error"]["kind"] == "connect", failed["error"]
    assert failed["target"] == "local"


def test_check_clean_findings_and_unloadable(project: Project) -> None:
    project.write_schema(CLEAN)
    project.plan("items")
    clean = document(project.cli("check", "--format", "json"), "check", 0)
    assert clean["findings"] == [] and clean["plans"] == 1 and clean["plans_match_schema"] is True

    project.write_schema(CLEAN + "grant select on public.items to public;\n")
    findings = document(project.cli("check", "--format", "json"), "check", 2)
    assert {f["rule"] for f in findings["findings"]} == {"SD007", "SD100"}, findings["findings"]

    project.write_schema("create table public.items (id integer primary key, name no_such_type);\n")
    broken = document(project.cli("check", "--format", "json"), "check", 1)
    assert broken["error"]["kind"] == "schema_source", broken["error"]


@pytest.mark.parametrize("command, bad", [("apply", ("--lock-timeout", "soon")), ("drift", ("--output", "."))])
def test_a_bad_option_value_after_format_json_is_a_json_error_too(
    project: Project, command: str, bad: tuple[str, ...]
) -> None:
    run = project.cli(command, "--format", "json", *bad)
    doc = document(run, command, 1)
    assert doc["error"]["kind"] == "usage" and bad[0] in doc["error"]["message"], doc["error"]


def test_text_output_stays_text(project: Project) -> None:
    """Only --format json prints JSON: a failing text command prints nothing on stdout."""
    project.write_schema(V1 + "create tabel public.oops ();\n")
    run = project.cli("plan")
    assert run.code == 1 and run.out == "" and run.err.startswith("error: "), run.text
