"""`schemadiff apply` under faults, on a real server: in every case no data is lost.

Each test starts from a target at schema v1 holding rows, makes a v2 plan, injects one
fault and checks the target's schema (fingerprint, columns), its rows, the apply history,
the exit code and the message.
"""

from __future__ import annotations

from pathlib import Path

from applyhelp import (  # noqa: F401  (fixtures)
    V1,
    V2_ADD_COLUMN,
    Project,
    append_step,
    at_v1_with_rows,
    count_rows,
    execute,
    fingerprint_of,
    finish,
    history_rows,
    line_of,
    made_plans,
    open_session,
    plan_id,
    project,
    replace_in_plan,
    table_columns,
    wait_for_backends,
)
from schemadiff.apply import ADVISORY_LOCK_KEY
from schemadiff.plan import Step
from schemadiff.plan_file import read_plan
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

V1_COLUMNS = ["id", "amount", "note"]


def assert_still_v1(project: Project, v1_fingerprint: str, v1: Path, rows: int = 5) -> None:
    """The target is exactly as before the failed apply: schema, history, rows."""
    assert fingerprint_of(project.url) == v1_fingerprint
    assert table_columns(project.url) == V1_COLUMNS
    assert history_rows(project.url) == {plan_id(v1): "applied"}
    assert count_rows(project.url) == rows


def slow_v2(project: Project, seconds: float) -> Path:
    """A v2 plan (add column extra) with a reviewed, sealed extra step that sleeps."""
    v2 = project.take_plan("v2")
    append_step(v2, "give the test time to interfere", f"select pg_sleep({seconds})")
    sealed = project.cli("seal", str(v2))
    assert sealed.code == 0 and "step 2 (line" in sealed.out, sealed.text
    # apply cannot tell what a hand-written statement does: it runs only when approved
    assert project.cli("approve", str(v2), "--step", "2").code == 0
    return v2


def test_backend_terminated_mid_apply_rolls_back_and_rerun_succeeds(project: Project) -> None:
    """Fault 1: the apply's backend is terminated while its transaction runs."""
    v1 = at_v1_with_rows(project)
    before = fingerprint_of(project.url)
    v2 = slow_v2(project, 1.5)
    process = project.spawn_apply()
    try:
        (victim,) = wait_for_backends(project.url, "%pg_sleep%")
        # step 1 (add column) has run inside the apply's transaction when the sleep starts
        terminated = execute(project.url, "select pg_terminate_backend(%s)", victim)
        assert terminated == [(True,)]
        run = finish(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert run.code == 1, run.text
    assert "step   1  create column public.t.extra" in run.out  # it did run, then was rolled back
    assert f"{plan_id(v2)}.sql" in run.err and "step 2" in run.err and "terminat" in run.err
    assert "internal error" not in run.err and "Traceback" not in run.err
    assert_still_v1(project, before, v1)

    rerun = project.apply()
    assert rerun.code == 0, rerun.text
    assert f"{plan_id(v2)}: applied and verified" in rerun.out
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "applied"}
    assert table_columns(project.url) == [*V1_COLUMNS, "extra"]
    assert count_rows(project.url) == 5


def test_two_simultaneous_applies_apply_the_plan_once(project: Project) -> None:
    """Fault 2: the same plan applied by two processes at the same time."""
    v1 = at_v1_with_rows(project)
    v2 = slow_v2(project, 1)
    # a marker row, so that running the plan twice would show in the data
    append_step(v2, "marker row", "insert into public.t values (1000, 1, 'inserted by the plan')")
    assert project.cli("seal", str(v2)).code == 0
    gate = open_session(project.url)  # holds the applies' lock until both processes ask for it
    gate.execute("select pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
    gate.commit()
    first, second = project.spawn_apply(), project.spawn_apply()
    try:
        wait_for_backends(project.url, "%pg_try_advisory_lock%", 2, active=False, timeout=30)
        gate.close()  # now they race for it
        runs = [finish(first), finish(second)]
    finally:
        gate.close()
        for process in (first, second):
            if process.poll() is None:
                process.kill()
    assert [r.code for r in runs] == [0, 0], [r.text for r in runs]
    applied = [r for r in runs if f"{plan_id(v2)}: applied and verified" in r.out]
    waited = [r for r in runs if f"{plan_id(v2)}: already applied" in r.out]
    assert len(applied) == 1 and len(waited) == 1, [r.text for r in runs]
    assert "another schemadiff apply holds the lock on this database; waiting" in waited[0].out
    assert "step" not in waited[0].out  # it ran no statement
    assert history_rows(project.url) == {plan_id(v1): "applied", plan_id(v2): "applied"}
    assert execute(project.url, "select count(*) from public.t where id = 1000") == [(1,)]
    assert count_rows(project.url) == 6
    assert table_columns(project.url) == [*V1_COLUMNS, "extra"]


def test_lock_held_by_another_session_times_out_retries_and_changes_nothing(project: Project) -> None:
    """Fault 3: another session holds a lock that conflicts with `alter table t` (and: another apply
    holds the apply lock for longer than --lock-wait)."""
    v1 = at_v1_with_rows(project)
    before = fingerprint_of(project.url)
    v2 = project.take_plan("v2")
    holder = open_session(project.url)
    try:
        holder.execute("select count(*) from public.t")  # its transaction stays open: AccessShareLock on t
        holder_pid = holder.info.backend_pid
        run = project.apply("--lock-timeout", "0.5", "--retries", "1")
        assert table_columns(project.url) == V1_COLUMNS  # while the lock is still held
    finally:
        holder.close()
    assert run.code == 1, run.text
    statement_line = line_of(v2, 'add column "extra"')
    assert f"step 1 (line {statement_line}) could not get its lock within 500 ms, 2 attempts" in run.err
    assert f"AccessShareLock on t held by pid {holder_pid}" in run.err
    assert "nothing was changed" in run.err
    assert "lock timeout at step 1; retrying in 1.0s (attempt 2 of 2)" in run.out
    assert_still_v1(project, before, v1)

    other_apply = open_session(project.url)  # a session that holds the lock of another apply
    try:
        other_apply.execute("select pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
        gave_up = project.apply("--lock-wait", "0.5")
    finally:
        other_apply.close()
    assert gave_up.code == 1, gave_up.text
    assert "another schemadiff apply holds the lock on this database; waiting" in gave_up.out
    assert "another schemadiff apply still holds the lock on this database after" in gave_up.err
    assert "nothing was changed" in gave_up.err
    assert_still_v1(project, before, v1)

    released = project.apply("--lock-timeout", "0.5", "--retries", "1")  # the locks are gone now
    assert released.code == 0, released.text
    assert table_columns(project.url) == [*V1_COLUMNS, "extra"] and count_rows(project.url) == 5


def test_lock_timeout_names_only_the_session_it_waited_for(project: Project) -> None:
    """Fault 3, diagnosis: a session locking a same-named table in another schema is not blamed."""
    at_v1_with_rows(project)
    execute(project.url, "create schema other; create table other.t (id int)")  # outside the managed schemas
    project.take_plan("v2")
    holder, bystander = open_session(project.url), open_session(project.url)
    try:
        holder.execute("select count(*) from public.t")
        bystander.execute("select count(*) from other.t")  # no conflict with `alter table public.t`
        holder_pid, bystander_pid = holder.info.backend_pid, bystander.info.backend_pid
        run = project.apply("--lock-timeout", "0.3", "--retries", "0")
    finally:
        holder.close()
        bystander.close()
    assert run.code == 1, run.text
    assert f"AccessShareLock on t held by pid {holder_pid}" in run.err
    assert f"pid {bystander_pid}" not in run.err, (
        "the lock diagnosis blames a session that holds a non-conflicting lock on other.t:\n" + run.err
    )


def test_failing_statement_rolls_back_and_names_its_line(project: Project) -> None:
    """Fault 4: a statement fails (a check constraint that existing rows violate), in a plan
    of one transaction (``--online=false``; an online plan is refused before it starts, see
    tests/test_online_apply.py)."""
    v1 = at_v1_with_rows(project)  # amounts 0..4: the row with amount 0 violates the check
    before = fingerprint_of(project.url)
    project.write_schema(V2_ADD_COLUMN.replace("amount integer not null", "amount integer not null check (amount > 0)"))
    v2 = project.plan("v2", "--online=false")
    run = project.apply()
    assert run.code == 1, run.text
    line = line_of(v2, "validate constraint")
    failing = [s for s in _steps(v2) if "validate constraint" in s.sql]
    assert len(failing) == 1
    number = failing[0].number
    assert f"error: generated/{v2.name}:{line}: step {number} failed: " in run.err
    assert 'check constraint "t_amount_check" of relation "t" is violated by some row' in run.err
    assert "rolled back" in run.err
    assert "step   1  create column public.t.extra" in run.out  # an earlier step ran, and was undone
    assert_still_v1(project, before, v1)
    assert execute(project.url, "select count(*) from pg_constraint where conname = 't_amount_check'") == [(0,)]
    assert execute(project.url, "select sum(amount) from public.t") == [(10,)]


def test_drifted_target_is_refused_and_the_difference_shown(project: Project) -> None:
    """Fault 5: someone changed the target after the plan was made."""
    v1 = at_v1_with_rows(project)
    project.take_plan("v2")
    execute(project.url, "alter table public.t add column surprise int")
    drifted = fingerprint_of(project.url)
    run = project.apply()
    assert run.code == 1, run.text
    assert "the target is not in the state this plan was made from; nothing was changed" in run.err
    assert "+ column public.t.surprise: integer" in run.err
    assert "extra" not in run.err.split("what differs")[1]
    assert run.out == ""  # not a single step was announced
    assert fingerprint_of(project.url) == drifted
    assert table_columns(project.url) == [*V1_COLUMNS, "surprise"]
    assert history_rows(project.url) == {plan_id(v1): "applied"}
    assert count_rows(project.url) == 5


def test_damaged_plan_files_are_refused_and_seal_accepts_a_review(project: Project, tmp_path: Path) -> None:
    """Fault 6: a tampered, truncated or too new plan file."""
    v1 = at_v1_with_rows(project)
    before = fingerprint_of(project.url)
    project.write_schema(V2_ADD_COLUMN.replace("extra integer", "extra integer,\n    extra2 text"))
    v2 = project.plan("v2")
    text = v2.read_text()
    step2_at = text.index("-- step 2 |")
    statement_line = line_of(v2, 'add column "extra" integer')
    review = tmp_path / "review"
    review.mkdir()
    tampered_sql = text.replace('add column "extra" integer;', 'add column "extra" integer; delete from public.t;')
    tampered_hash = _step_hash('alter table "public"."t" add column "extra" integer; delete from public.t')
    forged_step = tampered_sql.replace(_steps(v2)[0].sql_hash, tampered_hash)  # the marker rewritten too
    damaged = {
        "tampered": (tampered_sql, f"step 1 (line {statement_line}) changed after the plan was written"),
        "forged": (forged_step, "do not match its checksum"),
        "cut_after_step_1": (text[:step2_at], "header announces 2 statements but the file has 1 (truncated?)"),
        "cut_in_header": (
            text[: text.index("-- checksum")],
            "header is not terminated by '-- end header' (truncated file?)",
        ),
        "empty": ("", "not a schemadiff plan"),
        "format_99": (
            text.replace("-- format: 3\n", "-- format: 99\n"),
            "plan format 99 is newer than this schemadiff understands (3); upgrade schemadiff",
        ),
    }
    for name, (content, expected) in damaged.items():
        path = review / f"{name}.sql"
        path.write_text(content)
        run = project.apply(str(path))
        assert run.code == 1, (name, run.text)
        assert expected in run.err, (name, run.err)
        assert "internal error" not in run.err, (name, run.err)
        assert_still_v1(project, before, v1)

    # the same plan in generated/, edited by a reviewer (a neutral edit), is refused until sealed
    replace_in_plan(v2, 'add column "extra" integer;', 'add column "extra" int4;')
    refused = project.apply()
    assert refused.code == 1 and "changed after the plan was written" in refused.err
    assert_still_v1(project, before, v1)
    sealed = project.cli("seal", str(v2))
    assert sealed.code == 0 and "step 1 (line" in sealed.out and "1 edited statement(s)" in sealed.out
    accepted = project.apply()
    assert accepted.code == 0, accepted.text
    assert table_columns(project.url) == [*V1_COLUMNS, "extra", "extra2"]
    assert count_rows(project.url) == 5


def test_unreachable_database_error_shows_no_password(project: Project) -> None:
    """Fault 7a: the target cannot be reached."""
    project.write_schema(V1)
    secret = "S3cretPw"
    project.url = DatabaseUrl(f"postgresql://app:{secret}@127.0.0.1:1/app")
    for flags in ((), ("--dry-run",)):
        run = project.apply(*flags)
        assert run.code == 1, run.text
        assert "postgresql://app:***@127.0.0.1:1/app" in run.err and "Connection refused" in run.err, run.err
        assert secret not in run.text and "internal error" not in run.err


def test_wrong_password_error_shows_no_password(project: Project, pg_server: DatabaseUrl) -> None:
    """Fault 7b: the target refuses the password."""
    at_v1_with_rows(project)
    target = project.url
    with connect(pg_server) as conn:
        if not conn.execute("select 1 from pg_roles where rolname = 'sd_pw_user'").fetchone():
            conn.execute("create role sd_pw_user login password 'right-pass'")
        hba = Path(conn.execute("show hba_file").fetchone()[0])  # type: ignore[index]
    original = hba.read_text()
    try:
        with hba.open("w") as f:  # rewrite in place: the server's ownership and mode are kept
            f.write("local all sd_pw_user scram-sha-256\n" + original)
        execute(pg_server, "select pg_reload_conf()")
        base = f"postgresql://sd_pw_user:{{}}@/{project.url.database}?host={pg_server.host}"
        with connect(DatabaseUrl(base.format("right-pass"))) as conn:  # control: the role can log in
            assert conn.execute("select current_user").fetchone() == ("sd_pw_user",)
        project.url = DatabaseUrl(base.format("wrong-pass"))
        for flags in ((), ("--dry-run",)):
            run = project.apply(*flags)
            assert run.code == 1, run.text
            assert "password authentication failed" in run.err, run.err
            assert "wrong-pass" not in run.text and "internal error" not in run.err
    finally:
        with hba.open("w") as f:
            f.write(original)
        execute(pg_server, "select pg_reload_conf()")
    assert table_columns(target) == V1_COLUMNS and count_rows(target) == 5


# --- small local helpers --------------------------------------------------------------------


def _steps(plan_file: Path) -> tuple[Step, ...]:
    return read_plan(plan_file).steps


def _step_hash(sql: str) -> str:
    return Step(1, "", sql).sql_hash
