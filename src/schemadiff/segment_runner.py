"""Run a plan's segments in order (:mod:`schemadiff.segments`), each under its own timeouts.

- A transactional segment runs its steps in one transaction; a lock timeout rolls it back and
  runs it again after a pause that doubles each time (``retries``). Its progress is written to
  the history in the same transaction, so the history says exactly which segments committed.
- A segment outside a transaction runs its one statement in autocommit, made idempotent
  first (an INVALID index left by an interrupted ``CREATE INDEX CONCURRENTLY`` is dropped; a
  valid one means the step already ran), retried the same way; its progress is written after.
- A plan of one transactional segment is verified before COMMIT (its fingerprint must be the
  plan's *to*, else everything rolls back); a plan of several is verified after its last
  segment, and a re-run of apply resumes at the first segment that did not commit.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime, timezone

import psycopg
import psycopg.sql
from psycopg import errors as pgerrors

from schemadiff import history, session
from schemadiff.apply_model import ApplyOptions, Event, PlanFile, Reporter
from schemadiff.build_progress import watch_build
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.errors import ApplyFailed, LockTimeout
from schemadiff.fingerprint import fingerprint_for
from schemadiff.plan import Plan, Step
from schemadiff.quoting import IDENTIFIER_PATTERN, quote_ident, sql_code, unquote_identifier
from schemadiff.segments import Segment, duration_text


def run_statement(conn: psycopg.Connection, sql: str) -> None:
    """Run one plan statement. ``binary=True`` makes psycopg use the extended query protocol,
    in which the server runs exactly one statement and refuses a string holding two."""
    conn.execute(sql_code(sql), binary=True)


class _LockWait(Exception):
    def __init__(self, step: Step, blockers: str) -> None:
        super().__init__(step.description)
        self.step, self.blockers = step, blockers


class _StepFailed(Exception):
    def __init__(self, step: Step, error: psycopg.Error) -> None:
        super().__init__(step.description)
        self.step, self.error = step, error


def run_segments(
    conn: psycopg.Connection, pf: PlanFile, start: int, schemas: SchemaFilter, options: ApplyOptions, report: Reporter
) -> None:
    """Run the plan's segments from index ``start`` (0: all) on an autocommit connection."""
    plan = pf.plan
    segments = plan.execution
    single = len(segments) == 1 and segments[0].transactional
    started_at = datetime.now(timezone.utc)
    by_number = {s.number: s for s in plan.steps}
    for index in range(start, len(segments)):
        segment = segments[index]
        steps = [by_number[n] for n in segment.steps]
        if not single:
            report(
                Event(
                    plan.plan_id,
                    "segment",
                    f"segment {segment.number} of {len(segments)}: {segment.purpose}"
                    f" ({'transaction' if segment.transactional else 'no transaction'}, lock_timeout "
                    f"{duration_text(options.lock_timeout(segment))}, statement_timeout "
                    f"{duration_text(options.statement_timeout(segment))})",
                )
            )
        try:
            if segment.transactional:
                _retrying(
                    lambda: _run_transaction(
                        conn, pf, segment, steps, index, single, schemas, options, report, started_at
                    ),
                    pf,
                    segment,
                    options,
                    report,
                )
            else:
                _retrying(
                    lambda: _run_alone(conn, pf, segment, steps[0], index, options, report, started_at),
                    pf,
                    segment,
                    options,
                    report,
                )
        except _StepFailed as failed:
            raise ApplyFailed(_failure(pf, segment, index, failed)) from None
    if not single:
        live = fingerprint_for(inspect_catalog(conn, schemas), schemas)
        if live != plan.to_fingerprint:
            raise ApplyFailed(
                f"{pf.display}: after every segment the fingerprint is {live}, not the plan's to {plan.to_fingerprint}"
                "; the database was changed while the plan ran, or the plan does not do what it says"
            )
        history.mark_progress(conn, plan.plan_id, len(segments), history.APPLIED)
        report(Event(plan.plan_id, "verified", f"fingerprint {live[:19]}… equals the plan's to"))


def _failure(pf: PlanFile, segment: Segment, index: int, failed: _StepFailed) -> str:
    step, error = failed.step, failed.error
    count = len(pf.plan.execution)
    where = f"{pf.display}:{step.line}: step {step.number}" + (
        f" (segment {segment.number} of {count}: {segment.purpose})" if count > 1 else ""
    )
    text = f"{where} failed: {_pg_message(error)}\n  statement: {_first_line(step.sql)}"
    if isinstance(error, pgerrors.QueryCanceled):
        text += (
            "\n  it ran into its statement_timeout: raise online.long_statement_timeout (or "
            "apply --long-statement-timeout) for index builds and validations"
        )
    if index == 0:
        return (
            text + "\nrolled back; the database is as it was"
            if segment.transactional
            else text + ("\nnothing else ran; run apply again to retry this step (a half-built index is dropped first)")
        )
    done = ", ".join(str(s.number) for s in pf.plan.execution[:index])
    hint = ""
    if step.sql.lower().startswith("alter table") and " validate constraint " in step.sql.lower():
        hint = (
            "\n  existing rows break the constraint: it stays NOT VALID (new and updated rows are checked); "
            "fix those rows, then run apply again"
        )
    return (
        f"{text}{hint}\nsegment{'s' if index > 1 else ''} {done} committed earlier (recorded in the history); "
        f"this segment {'rolled back' if segment.transactional else 'did not finish'}. Fix the cause and run "
        f"apply again: it resumes at segment {segment.number}"
    )


def _retrying(run: Callable[[], None], pf: PlanFile, segment: Segment, options: ApplyOptions, report: Reporter) -> None:
    attempt = 0
    while True:
        try:
            run()
            return
        except _LockWait as waited:
            attempt += 1
            lock_ms = options.lock_timeout(segment)
            if attempt > options.retries:
                attempts = options.retries + 1
                undone = "rolled back" if segment.transactional else "did not run"
                outcome = (
                    f"{undone}, nothing was changed"
                    if segment.number == 1
                    else (
                        f"segment {segment.number} {undone}; earlier segments are committed: run apply again to resume "
                        f"at segment {segment.number}"
                    )
                )
                raise LockTimeout(
                    f"{pf.display}: step {waited.step.number} (line {waited.step.line}) could not get its lock within "
                    f"{lock_ms} ms, {attempts} attempt{'s' if attempts != 1 else ''}; {outcome}"
                    + f"\n  statement: {_first_line(waited.step.sql)}\n  waited for: {waited.blockers or 'unknown (released meanwhile)'}"
                ) from None
            pause = options.retry_backoff_s * (2 ** (attempt - 1))
            report(
                Event(
                    pf.plan.plan_id,
                    "retry",
                    f"lock timeout at step {waited.step.number}; "
                    f"retrying in {pause:.1f}s (attempt {attempt + 1} of {options.retries + 1}): {waited.blockers}",
                )
            )
            time.sleep(pause)


def _set_timeouts(conn: psycopg.Connection, segment: Segment, options: ApplyOptions, local: bool) -> None:
    settings = (
        ("lock_timeout", f"{options.lock_timeout(segment)}ms"),
        ("statement_timeout", f"{options.statement_timeout(segment)}ms"),
        *segment.settings,
    )
    session.pin(conn, settings, local=local)


def _run_transaction(
    conn: psycopg.Connection,
    pf: PlanFile,
    segment: Segment,
    steps: list[Step],
    index: int,
    single: bool,
    schemas: SchemaFilter,
    options: ApplyOptions,
    report: Reporter,
    started_at: datetime,
) -> None:
    plan = pf.plan
    with conn.transaction():
        session.pin(conn, session.plan_settings())  # the statements mean what they meant when rendered
        _set_timeouts(conn, segment, options, local=True)
        for step in steps:
            t0 = time.perf_counter()
            with _diagnosed(conn, step), conn.transaction():  # a savepoint: the lock-wait diagnosis can still query
                run_statement(conn, step.sql)
            report(_step_event(plan, step, time.perf_counter() - t0))
        history.ensure_table(conn)
        if single:
            conn.execute("select set_config('statement_timeout', '0', true)")
            live = fingerprint_for(inspect_catalog(conn, schemas), schemas)
            if live != plan.to_fingerprint:
                raise ApplyFailed(
                    f"{pf.display}: after its statements the target's fingerprint is {live}, not the plan's "
                    f"to {plan.to_fingerprint}; rolled back, the database is as it was"
                )
            report(Event(plan.plan_id, "verified", f"fingerprint {live[:19]}… equals the plan's to"))
            history.record(conn, plan, pf.display, history.APPLIED, started_at, segments_done=1)
        else:
            history.record(conn, plan, pf.display, history.RESUMABLE, started_at, segments_done=index + 1)


def _run_alone(
    conn: psycopg.Connection,
    pf: PlanFile,
    segment: Segment,
    step: Step,
    index: int,
    options: ApplyOptions,
    report: Reporter,
    started_at: datetime,
) -> None:
    plan = pf.plan
    history.ensure_table(conn)
    history.record(conn, plan, pf.display, history.RESUMABLE, started_at, segments_done=index, keep_progress=True)
    settings = (*session.plan_settings(), ("lock_timeout", ""), ("statement_timeout", ""), *segment.settings)
    session.pin(conn, session.plan_settings(), local=False)
    _set_timeouts(conn, segment, options, local=False)
    t0 = time.perf_counter()
    try:
        if _already_done(conn, step):
            report(Event(plan.plan_id, "skipped", f"step {step.number}: already done by an earlier run", step.number))
        else:

            def say(text: str) -> None:
                report(Event(plan.plan_id, "progress", f"step {step.number}: {text}", step.number))

            watching = (
                watch_build(conn, say, options.progress_every_s) if segment.purpose == "build index" else nullcontext()
            )
            with _diagnosed(conn, step), watching:
                run_statement(conn, step.sql)
            report(_step_event(plan, step, time.perf_counter() - t0))
    finally:
        if not conn.closed:
            try:
                session.reset(conn, settings)
            except psycopg.Error:
                pass  # the connection is broken; the error that broke it is already on its way up
    history.mark_progress(conn, plan.plan_id, index + 1, history.RESUMABLE)


@contextmanager
def _diagnosed(conn: psycopg.Connection, step: Step) -> Iterator[None]:
    """A lock timeout becomes ``_LockWait`` (with who held the lock), any other error ``_StepFailed``."""
    try:
        yield
    except pgerrors.LockNotAvailable:
        raise _LockWait(step, _blockers(conn, step)) from None
    except psycopg.Error as exc:
        raise _StepFailed(step, exc) from None


def _step_event(plan: Plan, step: Step, seconds: float) -> Event:
    destructive = step.destructive or any(a.step == step.number for a in plan.approvals)
    return Event(plan.plan_id, "step", step.description, step.number, seconds, destructive=destructive)


# CREATE [UNIQUE] INDEX CONCURRENTLY <name> ON [ONLY] [<schema>.]<table> (not IF NOT EXISTS);
# names as pg_get_indexdef writes them: "quoted" (with "" inside) or plain
_CONCURRENT_INDEX = re.compile(
    rf"\s*create\s+(?:unique\s+)?index\s+concurrently\s+(?!if\s+not\s+exists\s)(?P<name>{IDENTIFIER_PATTERN})\s+"
    rf"on\s+(?:only\s+)?(?:(?P<schema>{IDENTIFIER_PATTERN})\.)?(?:{IDENTIFIER_PATTERN})",
    re.IGNORECASE,
)


def _already_done(conn: psycopg.Connection, step: Step) -> bool:
    """Whether a ``CREATE INDEX CONCURRENTLY`` already ran (its index exists and is valid); an
    INVALID index of that name, left by an interrupted or failed build, is dropped so that the
    step runs again."""
    match = _CONCURRENT_INDEX.match(step.sql)
    if match is None:
        return False
    name, schema = unquote_identifier(match["name"]), unquote_identifier(match["schema"] or "public")
    row = conn.execute(
        "select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
        " join pg_namespace n on n.oid = c.relnamespace where c.relname = %s and n.nspname = %s",
        (name, schema),
    ).fetchone()
    if row is None:
        return False
    if row[0]:
        return True
    conn.execute(
        psycopg.sql.SQL("drop index concurrently if exists {}.{}").format(
            psycopg.sql.Identifier(schema), psycopg.sql.Identifier(name)
        )
    )
    return False


_QUALIFIED_NAME = re.compile(
    r'"((?:[^"]|"")+)"\."((?:[^"]|"")+)"|\b([A-Za-z_][A-Za-z0-9_$]*)\.([A-Za-z_][A-Za-z0-9_$]*)\b'
)


def _named_relations(sql: str) -> list[str]:
    """Schema-qualified relation names in a statement, quoted for to_regclass()."""
    names = []
    for m in _QUALIFIED_NAME.finditer(sql):
        if m.group(1) is not None:  # quoted: the names themselves ("" is one ")
            schema, name = m.group(1).replace('""', '"'), m.group(2).replace('""', '"')
        else:
            schema, name = m.group(3), m.group(4)
        names.append(f"{quote_ident(schema)}.{quote_ident(name)}")  # (the one quoting layer)
    return sorted(set(names))


def _blockers(conn: psycopg.Connection, step: Step) -> str:
    """Which sessions held locks on the relations the step names (best effort, read right
    after the timeout)."""
    try:
        rows = conn.execute(
            """select a.pid, l.mode, l.relation::regclass::text, left(coalesce(a.query, ''), 120)
               from pg_locks l
               join pg_stat_activity a on a.pid = l.pid
               where l.granted and l.pid <> pg_backend_pid()
                 and l.relation = any(select to_regclass(n) from unnest(%s::text[]) n)
               order by a.pid, l.mode""",
            (_named_relations(step.sql),),
        ).fetchall()
    except psycopg.Error:
        return ""
    return "; ".join(f"{mode} on {rel} held by pid {pid} ({query.strip()!r})" for pid, mode, rel, query in rows)


def _first_line(sql: str) -> str:
    first = sql.strip().splitlines()[0]
    return first if len(first) < 160 else first[:160] + " …"


def _pg_message(exc: psycopg.Error) -> str:
    diag = exc.diag
    text = diag.message_primary or str(exc).strip()
    if diag.message_detail:
        text += f" ({diag.message_detail})"
    return text
