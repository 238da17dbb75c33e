"""Output that fits where it goes (issue 14): a big plan is summarised in the terminal, its
Markdown stays under GitHub's 65,536-character comment limit, `apply` prints progress lines
instead of a line per step, and `--full` (or `-v`) prints everything. JSON stays complete.

The big plan is a real one: an empty database planned to a generated schema of 2,000 tables
(each with a primary key, an index, row level security and a policy: 12,000 statements).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from clihelp import run_cli
from schemadiff.apply_model import Event
from schemadiff.changes import Hazard
from schemadiff.check import CheckReport
from schemadiff.config import load_settings
from schemadiff.drift import DriftItem, DriftReport
from schemadiff.lint import Finding
from schemadiff.plan import Plan, Step, render_plan_file
from schemadiff.planner import make_plan
from schemadiff.progress import ApplyProgress
from schemadiff.render import render_json, render_markdown, render_text
from schemadiff.render_reports import render_check, render_drift
from schemadiff.servers import connect, scratch_database
from schemadiff.summary import FULL_LIST_STEPS, GITHUB_COMMENT_LIMIT, MARKDOWN_BUDGET
from schemadiff.urls import DatabaseUrl

TABLES = 2000
TERMINAL_LINES = 250  # what a summary of any plan may take in a terminal


def write_tables(schema: Path, count: int, *, first: int = 0) -> None:
    schema.mkdir(exist_ok=True)
    parts = []
    for i in range(first, first + count):
        t = f"public.t{i:04d}"
        parts.append(
            f"create table {t} (id bigint primary key, owner text not null, name text, created_at timestamptz default now());\n"
            f"create index t{i:04d}_owner_idx on {t} (owner);\n"
            f"alter table {t} enable row level security;\n"
            f"create policy t{i:04d}_own on {t} using (owner = current_user);\n"
        )
    (schema / f"tables_{first:04d}.sql").write_text("".join(parts))


def write_project(root: Path, server: DatabaseUrl) -> None:
    (root / "schemadiff.yaml").write_text(
        f"schema_dir: schema\nprelude: []\ndev_url: {server.conninfo()}\nschemas:\n  include: [public]\n"
    )


@pytest.fixture(scope="module")
def big_plan(pg_server: DatabaseUrl, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Plan]:
    """The real plan from an empty database to 2,000 tables (about 20 s)."""
    root = tmp_path_factory.mktemp("big")
    write_tables(root / "schema", TABLES)
    write_project(root, pg_server)
    with scratch_database(pg_server, label="test") as target:
        settings = load_settings(root / "schemadiff.yaml", cwd=root, environ={}, url=target.conninfo())
        plan = make_plan(settings, settings.target(None)).plan
    (root / "plan.sql").write_text(render_plan_file(plan))  # for measuring other renderers by hand
    yield plan


def destructive_plan(plan: Plan) -> Plan:
    """The big plan's tables dropped instead: 2,000 DATA_LOSS steps (some with very long
    names), 2,000 SECURITY steps (policies dropped), and the rest as they are."""
    steps = []
    for s in plan.steps:
        action, kind, identity = s.description.split(" ", 2)
        if kind == "table":
            identity = identity + ("_" + "x" * 5000 if s.number % 500 == 1 else "")
            steps.append(Step(0, f"drop table {identity}", f"drop table {identity}", (Hazard.DATA_LOSS,)))
        elif kind == "policy":
            steps.append(Step(0, f"drop policy {identity}", f"drop policy {identity}", (Hazard.SECURITY,)))
        else:
            steps.append(Step(0, f"{action} {kind} {identity}", s.sql, s.hazards))
    return replace(plan, steps=tuple(replace(s, number=n) for n, s in enumerate(steps, start=1)))


def test_big_plan_is_the_size_the_issue_describes(big_plan):
    assert len(big_plan.steps) == 6 * TABLES
    kinds = {s.description.split(" ")[1] for s in big_plan.steps}
    assert {"table", "index", "constraint", "rls", "policy"} <= kinds


def test_markdown_of_a_2000_table_plan_fits_a_github_comment(big_plan):
    md = render_markdown(big_plan, target="staging", written_to="generated/x_initial.sql")
    assert len(md) <= MARKDOWN_BUDGET < GITHUB_COMMENT_LIMIT
    assert md.startswith("### schemadiff plan for `staging`: 12000 statements")
    assert f"| create | table | {TABLES} |" in md  # grouped by action and kind, with counts
    assert f"#### :unlock: Access widened ({TABLES})" in md  # the policies
    assert md.count("\n- step ") == 50 and f"- … and {TABLES - 50} more: see `generated/x_initial.sql`" in md
    assert "```sql\n-- step 1: create table public.t0000\n" in md  # the first statements, as many as fit
    assert re.search(r"Statements \d+ to 12000 \(\d+ of 12000\) are not shown .*`generated/x_initial.sql`", md)
    assert md.count("```") == 2 and md.rstrip().endswith("</details>")
    full = render_markdown(big_plan, target="staging", written_to="generated/x_initial.sql", full=True)
    assert len(full) > 10 * GITHUB_COMMENT_LIMIT and "public.t1999" in full


def test_markdown_of_2000_destructive_steps_fits(big_plan):
    plan = destructive_plan(big_plan)
    md = render_markdown(plan, target="staging", written_to="generated/x.sql")
    assert len(md) <= MARKDOWN_BUDGET
    assert f"#### :warning: Destructive statements ({TABLES})" in md
    assert f"- … and {TABLES - 100} more: see `generated/x.sql`" in md
    assert "- step 1: `drop table public.t0000_xxx" in md and "x" * 300 not in md.split("```sql")[0]
    assert f"| drop | table | {TABLES} | DATA_LOSS |" in md


def test_terminal_summary_of_a_2000_table_plan(big_plan):
    text = render_text(big_plan, target="staging", written_to="generated/x_initial.sql")
    lines = text.splitlines()
    assert len(lines) < TERMINAL_LINES
    assert "  12000 statements: 10000 to create, 2000 to alter, 0 to drop" in lines
    assert re.search(rf"^  create table +{TABLES}$", text, re.M)
    assert re.search(rf"^  create policy +{TABLES}  ACCESS_WIDENED$", text, re.M)
    assert f"ACCESS WIDENED ({TABLES}): review who gains access" in text
    assert "see the plan file generated/x_initial.sql" in text
    assert "Steps:\n" not in text and "public.t1999" not in text
    full = render_text(big_plan, target="staging", written_to="generated/x_initial.sql", full=True)
    assert len(full.splitlines()) > len(big_plan.steps) and "create table public.t1999" in full


def test_terminal_summary_of_2000_destructive_steps(big_plan):
    text = render_text(destructive_plan(big_plan), target="staging", written_to="generated/x.sql")
    assert len(text.splitlines()) < TERMINAL_LINES and len(text) < 40_000
    assert f"DESTRUCTIVE ({TABLES}): review before applying" in text
    assert f"  … and {TABLES - 100} more destructive steps (all in the plan file generated/x.sql" in text


def test_small_plans_are_listed_whole(big_plan):
    small = replace(big_plan, steps=big_plan.steps[:FULL_LIST_STEPS])
    text = render_text(small, target="t", written_to=None)
    assert "Steps:\n" in text and all(s.description in text for s in small.steps)
    md = render_markdown(small, target="t", written_to=None)
    assert all(s.sql in md for s in small.steps)


def test_json_stays_complete(big_plan):
    data = json.loads(render_json(big_plan, target="staging", written_to=None))
    assert len(data["steps"]) == len(big_plan.steps)


def test_drift_and_check_markdown_fit():
    items = tuple(
        DriftItem(
            "policy" if n % 2 else "table",
            f"public.t{n:04d}",
            "missing",
            "x" * 500,
            None,
            bool(n % 2),
            (f"create table public.t{n:04d} (id int)",),
        )
        for n in range(3000)
    )
    report = DriftReport(
        "production",
        "out_of_band",
        "sha256:a",
        "sha256:b",
        None,
        items,
        tuple(sql for i in items for sql in i.reconcile),
        (),
    )
    md = render_drift(report, "markdown")
    assert len(md) <= MARKDOWN_BUDGET
    assert re.search(r"… and \d+ more drifted objects not shown .*`schemadiff drift --full`", md)
    assert len(render_drift(report, "markdown", full=True)) > GITHUB_COMMENT_LIMIT
    assert len(json.loads(render_drift(report, "json"))["items"]) == 3000
    findings = tuple(
        Finding("SD001", "rls-enabled", f"public.t{n:04d}", "row level security is not enabled " * 5)
        for n in range(5000)
    )
    check = render_check(CheckReport("sha256:a", "sha256:a", 0, findings), "markdown")
    assert len(check) <= MARKDOWN_BUDGET and "more findings not shown" in check


def test_apply_progress_lines_for_a_big_plan():
    out: list[str] = []
    now = [0.0]
    progress = ApplyProgress(out.append, clock=lambda: now[0])
    progress(Event("p", "start", "applying generated/p.sql (1000 statements)", total=1000))
    for n in range(1, 1001):
        if n == 710:
            now[0] += 3.0  # a slow step: a line 2 seconds after the last one at the latest
        progress(Event("p", "step", f"create table public.t{n}", n, 0.001, destructive=n == 500))
    progress(Event("p", "verified", "fingerprint … equals the plan's to"))
    assert len(out) < 30
    assert "  steps 1–50 of 1000: 50 ran (0.05s)" in out
    assert any(line.startswith("  step 500  create table public.t500  [DATA_LOSS]") for line in out)
    assert "  steps 451–499 of 1000: 49 ran (0.05s)" in out  # flushed before the destructive step's line
    assert "  steps 701–710 of 1000: 10 ran (0.01s)" in out  # flushed by time
    assert (
        out[-1] == "fingerprint … equals the plan's to"
        and out[-2].startswith("  steps ")
        and "–1000 of 1000" in out[-2]
    )
    ran = sum(int(m.group(1)) for line in out if (m := re.search(r": (\d+) ran", line)))
    assert ran == 999  # every step but the destructive one, which has its own line

    full: list[str] = []
    everything = ApplyProgress(full.append, full=True)
    everything(Event("p", "start", "applying", total=1000))
    for n in range(1, 1001):
        everything(Event("p", "step", f"create table public.t{n}", n, 0.001))
    assert len(full) == 1001


def medium_project(root: Path, server: DatabaseUrl, tables: int) -> None:
    write_tables(root / "schema", tables)
    write_project(root, server)


def plan_medium(tmp_path: Path, capsys: pytest.CaptureFixture[str], server: DatabaseUrl, target: DatabaseUrl):  # type: ignore[no-untyped-def]
    """A project of 20 tables planned against a database with a table to drop: 121 statements."""
    write_tables(tmp_path / "schema", 20)
    write_project(tmp_path, server)
    with connect(target) as conn:
        conn.execute("create table public.legacy (id int)")
    return run_cli(capsys, "plan", "--url", target.conninfo(), "--allow-destructive")


def test_cli_plan_summarises_a_big_plan_and_full_lists_it(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    monkeypatch.chdir(tmp_path)
    planned = plan_medium(tmp_path, capsys, pg_server, empty_db)
    assert planned.code == 2, planned.text
    assert len(planned.out.splitlines()) < 60 and "By kind:" in planned.out
    assert "  step   1  drop table public.legacy  [DATA_LOSS]" in planned.out
    assert re.search(
        r"Steps: 121 statements, not listed one by one here: see the plan file generated/\S+\.sql", planned.out
    )
    for args in (("plan", "--full"), ("-v", "plan")):
        listed = run_cli(capsys, *args, "--url", empty_db.conninfo(), "--ignore-pending")
        assert listed.code == 2, listed.text
        assert "Steps:\n" in listed.out and "create policy public.t0019.t0019_own" in listed.out
    markdown = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--ignore-pending", "--format", "markdown")
    assert (
        "| create | policy | 20 | ACCESS_WIDENED |" in markdown.out
        and "create policy" in markdown.out.split("```sql")[1]
    )


def test_cli_apply_prints_progress_for_a_big_plan(tmp_path, monkeypatch, capsys, pg_server, empty_db):
    monkeypatch.chdir(tmp_path)
    assert plan_medium(tmp_path, capsys, pg_server, empty_db).code == 2
    applied = run_cli(capsys, "apply", "--url", empty_db.conninfo())
    assert applied.code == 0, applied.text
    lines = applied.out.splitlines()
    assert len(lines) < 30, applied.out
    assert any(re.match(r"  step +1  drop table public.legacy  \[DATA_LOSS\]", line) for line in lines)
    assert any(re.match(r"  steps \d+–\d+ of 121: \d+ ran", line) for line in lines)
    assert "applied and verified" in lines[-1]


def test_markdown_of_one_huge_statement_fits(big_plan):
    huge = Step(
        1,
        "create function public.generated_f()",
        "create function public.generated_f() returns int language sql as $$ select 1 $$ -- " + "x" * 200_000,
        (),
    )
    md = render_markdown(replace(big_plan, steps=(huge,)), target="t", written_to="generated/f.sql")
    assert len(md) <= MARKDOWN_BUDGET
    assert "Statements 1 to 1 (1 of 1) are not shown" in md and "| create | function | 1 |" in md
