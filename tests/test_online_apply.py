"""Online plans applied for real: segments, the read-only preflight of existing rows, and an
index build killed midway, then repaired by `plan` and resumed by `apply`."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

from psycopg import IsolationLevel

from applyhelp import (  # noqa: F401  (fixtures)
    V1,
    Project,
    at_v1_with_rows,
    count_rows,
    execute,
    fingerprint_of,
    finish,
    history_rows,
    made_plans,
    open_session,
    plan_id,
    project,
    table_columns,
    wait_for_backends,
)
from schemadiff.plan_file import read_plan

V1_COLUMNS = ["id", "amount", "note"]
ONLINE_CHANGE = (
    "create table public.t (\n    id integer primary key,\n    amount integer not null check (amount > 0),\n"
    "    note text not null,\n    constraint t_note_key unique (note)\n);\n"
    "create index t_amount_idx on public.t (amount);\n"
)


def _with_notes(project: Project) -> Path:
    v1 = at_v1_with_rows(project)
    execute(project.url, "update public.t set note = 'n' || id, amount = amount + 1")
    return v1


def test_an_online_plan_runs_its_segments_and_is_verified_at_the_end(project: Project) -> None:
    v1 = _with_notes(project)
    project.write_schema(ONLINE_CHANGE)
    v2 = project.plan("v2")
    plan = read_plan(v2)
    purposes = [(s.purpose, s.transactional) for s in plan.segments]
    assert purposes[0] == ("main", True) and ("build index", False) in purposes and ("validate", True) in purposes
    assert ("set not null", True) in purposes and ("add constraint", True) in purposes
    text = v2.read_text()
    assert "CREATE UNIQUE INDEX CONCURRENTLY t_note_key ON public.t USING btree (note)" in text
    assert 'add constraint "t_note_key" UNIQUE using index "t_note_key"' in text
    assert re.search(r'check \("note" is not null\) not valid', text)

    run = project.apply()
    assert run.code == 0, run.text
    assert "existing rows checked against 3 later steps" in run.out, run.out
    assert f"segment {len(plan.segments)} of {len(plan.segments)}: " in run.out
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "applied"}
    assert project.cli("plan").code == 0  # nothing left to do: the helper check is gone, the names are right
    assert count_rows(project.url) == 5
    # `check` replays generated/ segment by segment, as apply runs it (USING INDEX after the build)
    checked = project.cli("check")
    assert "2 plan(s) in generated/; they lead to schema/: yes" in checked.out, checked.text  # (its lints ask for RLS)


def test_rows_that_break_a_later_step_refuse_the_plan_with_nothing_changed(project: Project) -> None:
    """An online plan commits before it validates: the preflight asks first, read-only."""
    v1 = _with_notes(project)
    execute(project.url, "update public.t set note = null where id = 3")  # breaks NOT NULL
    execute(project.url, "update public.t set amount = 0 where id = 4")  # breaks the CHECK
    execute(project.url, "update public.t set note = 'n1' where id = 2")  # a duplicate for the UNIQUE
    before = fingerprint_of(project.url)
    project.write_schema(ONLINE_CHANGE)
    v2 = project.plan("v2")
    run = project.apply()
    assert run.code == 1, run.text
    assert "rows already in the target would make later steps fail; nothing was changed" in run.err
    assert "existing rows break the check constraint t_amount_check of public.t" in run.err
    assert re.search(r"existing rows break the check constraint t_note_not_null_\w+ of public.t", run.err), run.err
    assert "existing rows break the unique index public.t_note_key on public.t (note)" in run.err
    assert "step " not in run.out  # not a statement ran
    assert fingerprint_of(project.url) == before and table_columns(project.url) == V1_COLUMNS
    assert history_rows(project.url) == {plan_id(v1): "applied"}

    execute(project.url, "update public.t set note = 'n' || id, amount = 1")  # the rows are fixed
    assert project.apply().code == 0
    assert history_rows(project.url)[plan_id(v2)] == "applied"


def test_a_concurrent_build_killed_midway_is_repaired_by_plan_and_resumed_by_apply(project: Project) -> None:
    """The backend of `CREATE INDEX CONCURRENTLY` is killed after the build started: the index
    is left INVALID. The next `plan` rebuilds it, and the next `apply` resumes at its segment
    (the invalid index dropped first), never taking it for done."""
    v1 = at_v1_with_rows(project)
    project.write_schema(V1 + "create index t_amount_idx on public.t (amount);\n")
    v2 = project.plan("v2")
    assert "-- segment 1 | no transaction | build index |" in v2.read_text()
    assert "CREATE INDEX CONCURRENTLY t_amount_idx ON public.t" in v2.read_text()

    # a reader's open REPEATABLE READ snapshot makes the build wait at its end ("waiting for old
    # snapshots"): the index exists by then, still INVALID; that is where the backend is killed
    reader = open_session(project.url)
    reader.isolation_level = IsolationLevel.REPEATABLE_READ
    reader.execute("select count(*) from public.t")
    apply = project.spawn_apply("--lock-timeout", "60")
    try:
        (pid,) = wait_for_backends(project.url, "CREATE INDEX CONCURRENTLY%")
        _wait_for_phase(project, pid, "waiting for old snapshots")
        execute(project.url, "select pg_terminate_backend(%s)", pid)
    finally:
        reader.close()
    failed = finish(apply)
    assert failed.code == 1, failed.text
    assert "step 1" in failed.err and "run apply again" in failed.err, failed.err
    valid = "select indisvalid from pg_index where indexrelid = 'public.t_amount_idx'::regclass"
    assert execute(project.url, valid) == [(False,)]
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "nontransactional_pending"}

    repair = project.cli("plan", "--out", "-", "--ignore-pending")
    assert repair.code == 2, repair.text
    assert 'drop index concurrently if exists "public"."t_amount_idx"' in repair.out
    assert re.search(r'CREATE INDEX CONCURRENTLY "t_amount_idx_new_\w+" ON public.t', repair.out), repair.out

    resumed = project.apply()
    assert resumed.code == 0, resumed.text
    assert f"resuming generated/{v2.name} at segment 1 of 1" in resumed.out, resumed.out
    assert execute(project.url, valid) == [(True,)]
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "applied"}
    assert project.cli("plan").code == 0


def _wait_for_phase(project: Project, pid: int, phase: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = execute(project.url, "select phase from pg_stat_progress_create_index where pid = %s", pid)
        if rows and rows[0][0] == phase:
            return
        time.sleep(0.05)
    raise AssertionError(f"the build of pid {pid} never reached {phase!r}")


def test_a_long_build_reports_its_progress(project: Project) -> None:
    """`watch_build` reads pg_stat_progress_create_index from a second connection while the
    build's own connection is busy (here: held at its end by a reader's open snapshot)."""
    from schemadiff.build_progress import watch_build
    from schemadiff.servers import connect

    at_v1_with_rows(project)
    reader = open_session(project.url)
    reader.isolation_level = IsolationLevel.REPEATABLE_READ
    reader.execute("select count(*) from public.t")
    said: list[str] = []
    with connect(project.url) as conn:

        def release() -> None:
            (pid,) = wait_for_backends(project.url, "create index concurrently%")
            _wait_for_phase(project, pid, "waiting for old snapshots")
            time.sleep(0.5)  # a few polls see it waiting
            reader.close()

        releaser = threading.Thread(target=release)
        releaser.start()
        with watch_build(conn, said.append, every_s=0.1):
            conn.execute("create index concurrently t_note_idx on public.t (note)")
        releaser.join()
    assert "waiting for old snapshots" in said, said  # a waiting phase shows no stale counters
    assert len(said) == len(set(said))  # reported when it changes, not every poll


def test_online_false_plans_plain_ddl_in_one_transaction(project: Project) -> None:
    at_v1_with_rows(project)
    project.write_schema(V1 + "create index t_amount_idx on public.t (amount);\n")
    plain = project.cli("plan", "--online=false", "--out", "-")
    assert plain.code == 2, plain.text
    assert "CREATE INDEX t_amount_idx ON public.t" in plain.out and "CONCURRENTLY" not in plain.out
    assert "-- segment 1 | transaction | main |" in plain.out and "-- segment 2" not in plain.out
    (project.root / "schemadiff.yaml").write_text(
        (project.root / "schemadiff.yaml").read_text() + "online:\n  enabled: false\n  lock_timeout: 2s\n"
    )
    configured = project.cli("plan", "--out", "-")
    assert "-- segment 1 | transaction | main | lock_timeout 2s, statement_timeout 15min" in configured.out, (
        configured.out
    )
    online = project.cli("plan", "--online=true", "--out", "-")
    assert (
        "CREATE INDEX CONCURRENTLY t_amount_idx" in online.out and "lock_timeout 2s, statement_timeout 6h" in online.out
    )


def test_a_concurrent_build_that_cannot_get_its_lock_is_retried(project: Project) -> None:
    """Outside a transaction too: the build times out waiting for its lock (leaving nothing, or
    an INVALID index, which is dropped), waits, and runs again once the lock is free."""
    v1 = at_v1_with_rows(project)
    project.write_schema(V1 + "create index t_amount_idx on public.t (amount);\n")
    v2 = project.plan("v2")
    holder = open_session(project.url)
    holder.execute("lock table public.t in share update exclusive mode")  # conflicts with the build's lock
    apply = project.spawn_apply("--lock-timeout", "0.5", "--retries", "3")
    try:
        wait_for_backends(project.url, "CREATE INDEX CONCURRENTLY%")
        time.sleep(1.0)  # the first attempt times out meanwhile
    finally:
        holder.close()
    run = finish(apply)
    assert run.code == 0, run.text
    assert "lock timeout at step 1; retrying in 1.0s (attempt 2 of 4)" in run.out, run.out
    assert "ShareUpdateExclusiveLock on t held by pid" in run.out
    assert execute(
        project.url, "select indisvalid from pg_index where indexrelid = 'public.t_amount_idx'::regclass"
    ) == [(True,)]
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "applied"}


def test_a_unique_key_covering_the_primary_key_needs_no_scan_and_is_not_refused(project: Project) -> None:
    at_v1_with_rows(project)
    execute(project.url, "update public.t set amount = 7")  # amounts repeat; (amount, id) cannot
    project.write_schema(
        V1.replace("    note text\n", "    note text,\n    constraint t_amount_id_key unique (amount, id)\n")
    )
    project.plan("v2")
    run = project.apply()
    assert run.code == 0, run.text
    assert "existing rows checked against 1 later step" in run.out, run.out


def test_a_column_declared_between_existing_ones_is_added_last_and_the_plan_says_so(project: Project) -> None:
    at_v1_with_rows(project)
    project.write_schema(
        V1.replace("    amount integer not null,\n", "    extra integer,\n    amount integer not null,\n")
    )
    planned = project.cli("plan", "--out", "-")
    assert planned.code == 2, planned.text
    assert (
        "public.t: schema/ declares extra before existing column note; the plan adds it after the existing columns"
    ) in planned.err, planned.err
    project.write_schema(V1.replace("    note text\n", "    note text,\n    extra integer\n"))
    last = project.cli("plan", "--out", "-")
    assert last.code == 2 and "column order" not in last.err, last.text
