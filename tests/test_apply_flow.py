"""`schemadiff apply` in normal operation, on a real server: destructive steps need an
approval, --dry-run leaves the target alone, a plan applies at most once, and an
interrupted non-transactional step resumes on the next run."""

from __future__ import annotations

import json

from applyhelp import (  # noqa: F401  (fixtures)
    V1,
    V2_ADD_COLUMN,
    Project,
    at_v1_with_rows,
    count_rows,
    execute,
    fingerprint_of,
    history_rows,
    line_of,
    made_plans,
    plan_id,
    project,
    replace_in_plan,
    table_columns,
)
from schemadiff.plan_file import read_plan
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl


def notes(url: DatabaseUrl) -> list[str]:
    return [str(r[0]) for r in execute(url, "select note from public.t order by id")]


def test_destructive_step_needs_an_approval(project: Project) -> None:
    """Destructive steps: refused until approved in the header or planned with --allow-destructive."""
    v1 = at_v1_with_rows(project)
    kept_notes = notes(project.url)
    assert kept_notes == [f"note {i}" for i in range(1, 6)]
    project.write_schema(V1.replace(",\n    note text\n", "\n"))
    v2 = project.plan("v2")
    assert "-- destructive: step 1 drop column public.t.note" in v2.read_text()

    refused = project.apply()
    assert refused.code == 1, refused.text
    assert "steps that may lose data are not approved" in refused.err
    drop_line = line_of(v2, 'drop column "note";')
    assert f"step 1 (line {drop_line}): drop column public.t.note: DATA_LOSS" in refused.err
    assert table_columns(project.url) == ["id", "amount", "note"] and notes(project.url) == kept_notes
    assert history_rows(project.url) == {plan_id(v1): "applied"}

    typed = "-- approved_destructive: step 1 " + read_plan(v2).steps[0].sql_hash
    replace_in_plan(v2, "-- approved_destructive: none", typed)
    by_hand = project.apply()  # an approval typed into the file is not covered by the checksum
    assert by_hand.code == 1 and "do not match its checksum" in by_hand.err, by_hand.text
    assert notes(project.url) == kept_notes
    replace_in_plan(v2, typed, "-- approved_destructive: none")

    assert project.cli("approve", str(v2), "--step", "1").code == 0
    approved = project.apply()
    assert approved.code == 0, approved.text
    assert f"{plan_id(v2)}: applied and verified" in approved.out
    assert table_columns(project.url) == ["id", "amount"] and count_rows(project.url) == 5

    project.write_schema("create table public.t (\n    id integer primary key\n);\n")
    v3 = project.plan("v3", "--allow-destructive")
    assert read_plan(v3).approved_steps == {1}
    allowed = project.apply()
    assert allowed.code == 0, allowed.text
    assert table_columns(project.url) == ["id"] and count_rows(project.url) == 5
    assert history_rows(project.url) == {plan_id(v): "applied" for v in (v1, v2, v3)}


def test_dry_run_leaves_the_target_untouched(project: Project) -> None:
    """--dry-run: applied to a scratch copy of the schema; the target keeps schema, history and rows."""
    v1 = at_v1_with_rows(project)
    before = fingerprint_of(project.url)
    v2 = project.take_plan("v2")

    def assert_untouched() -> None:
        assert fingerprint_of(project.url) == before
        assert table_columns(project.url) == ["id", "amount", "note"]
        assert history_rows(project.url) == {plan_id(v1): "applied"}
        assert count_rows(project.url) == 5
        scratch = "select datname from pg_database where datname like '%dryrun' or datname like '%roles'"
        assert execute(project.server, scratch) == []  # the scratch copies are gone

    text = project.apply("--dry-run")
    assert text.code == 0, text.text
    assert f"{plan_id(v2)}: applied and verified on a scratch copy of local's schema" in text.out
    assert_untouched()

    # a plan that fails whatever the data: a reviewed edit that breaks the statement
    replace_in_plan(v2, 'add column "extra" integer;', 'add column "extra" integer references public.nowhere (id);')
    assert project.cli("seal", str(v2)).code == 0
    failed = project.apply("--dry-run")
    assert failed.code == 1, failed.text
    assert f"generated/{v2.name}:{line_of(v2, 'nowhere')}: step 1 failed: " in failed.err
    assert 'relation "public.nowhere" does not exist' in failed.err
    assert_untouched()


def test_dry_run_reports_what_a_real_run_would_do(project: Project) -> None:
    """--dry-run on a target that already has two plans: only the pending third one is tried.

    The scratch copy has the history table but not its rows, so the plans the target already
    has must not be replayed there (v1 would be refused as drift on a target at v2)."""
    v1 = at_v1_with_rows(project)
    v2 = project.take_plan("v2")
    assert project.apply().code == 0
    project.write_schema(V2_ADD_COLUMN.replace("extra integer", "extra integer,\n    extra2 text"))
    v3 = project.plan("v3")
    dry = project.apply("--dry-run", "--format", "json")
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "applied"}
    assert table_columns(project.url) == ["id", "amount", "note", "extra"] and count_rows(project.url) == 5
    assert dry.code == 0, dry.text
    plans = [(p["plan_id"], p["status"]) for p in json.loads(dry.out)["plans"]]
    assert plans == [(plan_id(v3), "applied")], plans


def test_plan_runs_at_most_once(project: Project) -> None:
    """Already applied: a second apply is a no-op; a target already in the plan's *to* is recorded."""
    v1 = at_v1_with_rows(project)
    again = project.apply(str(v1))
    assert again.code == 0, again.text
    assert f"{plan_id(v1)}: already applied (recorded in history)" in again.out
    assert "step" not in again.out
    pending = project.apply()
    assert pending.code == 0 and "nothing to apply on local: no pending plans" in pending.out

    v2 = project.take_plan("v2")
    with connect(project.url) as conn, conn.transaction():  # someone applies the SQL by hand
        for step in read_plan(v2).steps:
            conn.execute(step.sql)  # type: ignore[arg-type]
    after_hand = fingerprint_of(project.url)
    recorded = project.apply("--format", "json")
    assert recorded.code == 0, recorded.text
    report = json.loads(recorded.out)
    assert [(p["plan_id"], p["status"]) for p in report["plans"]] == [(plan_id(v2), "recorded_existing")]
    assert report["events"] == []  # not a statement ran
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "recorded"}
    assert fingerprint_of(project.url) == after_hand and count_rows(project.url) == 5

    both = project.apply(str(v1), str(v2))
    assert both.code == 0, both.text
    assert f"{plan_id(v1)}: already applied" in both.out and f"{plan_id(v2)}: already applied" in both.out
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "recorded"}
