"""The gate cannot be fooled by the plan file: `apply` derives each statement's hazards
itself, runs one statement per step, and takes no approval that was typed into the file.

The forged plans here are *consistent* files (their checksums recomputed, as anyone can): what
is tested is that apply's decisions do not rest on what the file says about itself."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from applyhelp import (  # noqa: F401  (fixtures)
    V1,
    Project,
    at_v1_with_rows,
    count_rows,
    execute,
    history_rows,
    made_plans,
    plan_id,
    project,
    table_columns,
)
from schemadiff.changes import Hazard
from schemadiff.plan import Step, render_plan_file
from schemadiff.plan_file import read_plan
from schemadiff.rating import static_hazards

V1_COLUMNS = ["id", "amount", "note"]


def forge(path: Path, steps: tuple[Step, ...]) -> None:
    """Rewrite the plan at ``path`` with ``steps``, keeping its fingerprints, with a valid checksum."""
    plan = read_plan(path)
    path.write_text(render_plan_file(replace(plan, steps=steps, approvals=())))


def test_issue_scenario_hazards_edited_to_nothing_are_refused(project: Project) -> None:
    """The reported bypass: a column drop whose step line is edited to `hazards: -`."""
    at_v1_with_rows(project)
    project.write_schema(V1.replace(",\n    note text\n", "\n"))
    v2 = project.plan("dropnotes")
    text = v2.read_text()
    assert "hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK" in text
    v2.write_text(text.replace("hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK", "hazards: -"))
    run = project.apply()
    assert run.code == 1 and "do not match its checksum" in run.err, run.text
    assert table_columns(project.url) == V1_COLUMNS


def test_a_consistent_file_that_hides_a_drop_is_still_refused(project: Project) -> None:
    """The annotations say `-` and the checksum is right: apply rates the statement itself."""
    at_v1_with_rows(project)
    project.write_schema(V1.replace(",\n    note text\n", "\n"))
    v2 = project.plan("dropnotes")
    (drop,) = read_plan(v2).steps
    forge(v2, (replace(drop, hazards=(), description="harmless"),))
    run = project.apply()
    assert run.code == 1, run.text
    assert "steps that may lose data are not approved" in run.err
    assert "harmless: DATA_LOSS" in run.err and "(the plan file says: -)" in run.err, run.err
    assert table_columns(project.url) == V1_COLUMNS
    assert project.cli("approve", str(v2), "--step", "1").code == 0
    assert project.apply().code == 0
    assert table_columns(project.url) == ["id", "amount"] and count_rows(project.url) == 5


def test_destructive_subcommands_and_unknown_statements_need_approval(project: Project) -> None:
    """An ALTER TABLE that drops a column after a harmless subcommand, a column hidden behind a
    quoted name that reads like another subcommand, a DELETE inside a CTE, a DO block: each is
    rated DATA_LOSS by apply, whatever the file says."""
    at_v1_with_rows(project)
    project.write_schema(V1)
    v1 = sorted(project.generated.glob("*.sql"))[0]
    hidden = [
        'alter table "public"."t" add column "x" integer, drop column "note"',
        'alter table public.t rename column "note" to "x add column y"',  # a rename: fine on its own …
        'alter table "public"."t" drop "note"',  # COLUMN is optional
        "with gone as (delete from public.t returning 1) select count(*) from gone",
        "do $$ begin execute 'truncate public.t'; end $$",
    ]
    rated = static_hazards(hidden)
    assert [Hazard.DATA_LOSS in h for h in rated] == [True, False, True, True, True]
    for number, sql in enumerate([hidden[0], hidden[2], hidden[3], hidden[4]], start=1):
        path = project.generated / f"2999010100000{number}_forged.sql"
        path.write_text(
            render_plan_file(
                replace(
                    read_plan(v1),
                    plan_id=path.stem,
                    from_fingerprint=read_plan(v1).to_fingerprint,
                    to_fingerprint="sha256:" + "0" * 64,
                    steps=(Step(1, "add column public.t.x", sql, ()),),
                    approvals=(),
                )
            )
        )
        run = project.apply(str(path))
        assert run.code == 1 and "steps that may lose data are not approved" in run.err, (sql, run.text)
        assert table_columns(project.url) == V1_COLUMNS and count_rows(project.url) == 5, sql


def test_a_step_cannot_smuggle_a_second_statement(project: Project) -> None:
    """A sealed step `add column …; drop table …`: the server runs one statement per step."""
    v1 = at_v1_with_rows(project)
    execute(project.url, "create table public.precious (id int)")
    project.write_schema(
        V1.replace("    note text\n", "    note text,\n    extra integer\n")
        + "create table public.precious (id int);\n"
    )
    v2 = project.plan("v2")
    (add,) = read_plan(v2).steps
    forge(v2, (replace(add, sql=add.sql + "; drop table public.precious"),))
    run = project.apply()
    assert run.code == 1, run.text
    assert "cannot insert multiple commands into a prepared statement" in run.err, run.err
    assert execute(project.url, "select to_regclass('public.precious') is not null") == [(True,)]
    assert table_columns(project.url) == V1_COLUMNS
    assert history_rows(project.url) == {plan_id(v1): "applied"}
