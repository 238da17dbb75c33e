"""The executor: apply exactly a reviewed plan, only on the state it was made from.

For each plan, under a session advisory lock (so two applies never interleave):

1. the plan file matches its checksums: statements, header, annotations and approvals
   (checked when it is read);
2. the history says whether it already ran (or must resume its non-transactional steps);
3. the target's fingerprint must equal the plan's *from* (or its *to*, or the *to* of a later
   plan of the same run, as for a database adopted at the end of the chain: already in
   effect, recorded, nothing runs); anything else is refused before a statement runs;
4. the hazards of every statement are derived again from the statement and the target's
   catalog (never read from the file's annotations): a statement that may lose data runs
   only when the plan approves it by its statement hash, else refuse;
5. every step is sent on its own with the extended query protocol, which runs exactly one
   statement (a step that hides a second statement after a ``;`` is refused by the server);
   every transactional step runs in ONE transaction with ``lock_timeout`` and
   ``statement_timeout``; a lock timeout rolls back and retries with backoff; the statements
   run under the session settings they were rendered with (``search_path = public``,
   ``standard_conforming_strings``, ...: :func:`schemadiff.session.plan_settings`), not the
   target's own defaults;
6. before COMMIT the target is re-inspected inside the transaction: its fingerprint must
   equal the plan's *to*, else roll back; the history row is written in the same
   transaction, so a plan is recorded exactly when its changes commit;
7. non-transactional steps (``CREATE INDEX CONCURRENTLY``) run after the commit, one by one,
   each made idempotent and its progress recorded, so a re-run resumes where it stopped.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import psycopg
import psycopg.sql
from psycopg import errors as pgerrors

from schemadiff import history, session
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.changes import Hazard
from schemadiff.errors import ApplyFailed, ApplyRefused, LockTimeout
from schemadiff.fingerprint import fingerprint
from schemadiff.plan import Plan, Step
from schemadiff.quoting import IDENTIFIER_PATTERN, unquote_identifier
from schemadiff.rating import rederive_hazards

ADVISORY_LOCK_KEY = 7_311_240_513_355_829_043  # any fixed bigint; documents itself in pg_locks


@dataclass(frozen=True)
class ApplyOptions:
    lock_timeout_ms: int = 5_000
    statement_timeout_ms: int = 15 * 60_000
    retries: int = 3
    retry_backoff_s: float = 1.0
    lock_wait_s: float = 60.0  # how long a second apply waits for the first


@dataclass(frozen=True)
class Event:
    plan_id: str
    kind: str  # start, step, retry, verified, skipped, done
    message: str
    step: int | None = None
    seconds: float | None = None
    total: int | None = None  # "start": the plan's number of statements
    destructive: bool = False  # "step": it may lose data (marked DATA_LOSS, or approved as such)


@dataclass
class Outcome:
    plan_id: str
    status: str  # applied | already_applied | recorded_existing
    seconds: float
    events: list[Event] = field(default_factory=list)


Reporter = Callable[[Event], None]
DriftExplainer = Callable[[Plan, str], str]  # (plan, live fingerprint) -> what differs


@dataclass(frozen=True)
class PlanFile:
    plan: Plan
    path: Path
    display: str


def _fingerprint(conn: psycopg.Connection, schemas: SchemaFilter) -> str:
    return fingerprint(inspect_catalog(conn, schemas))


class AdvisoryLock:
    """The session-level lock that serialises applies on one database."""

    def __init__(self, conn: psycopg.Connection, wait_s: float, report: Reporter, plan_id: str) -> None:
        self.conn, self.wait_s, self.report, self.plan_id = conn, wait_s, report, plan_id

    def __enter__(self) -> AdvisoryLock:
        deadline = time.monotonic() + self.wait_s
        announced = False
        while True:
            row = self.conn.execute("select pg_try_advisory_lock(%s)", (ADVISORY_LOCK_KEY,)).fetchone()
            if row and row[0]:
                return self
            if not announced:
                self.report(Event(self.plan_id, "wait", "another schemadiff apply holds the lock on this database; waiting"))
                announced = True
            if time.monotonic() >= deadline:
                raise ApplyFailed(
                    f"another schemadiff apply still holds the lock on this database after {self.wait_s:g}s; "
                    "nothing was changed"
                )
            time.sleep(0.2)

    def __exit__(self, *exc: object) -> None:
        if not self.conn.closed:
            self.conn.execute("select pg_advisory_unlock(%s)", (ADVISORY_LOCK_KEY,))


def _other_major(plan: Plan, target_major: int) -> str:
    """Why a plan of another PostgreSQL major can never match: fingerprints include the major."""
    made_on = re.match(r"\s*(\d+)", plan.server_version)
    if made_on is None or int(made_on.group(1)) == target_major:
        return ""
    return (
        f"the plan was made against PostgreSQL {made_on.group(1)} and the target runs PostgreSQL {target_major}: "
        "fingerprints (and the catalog text behind them) differ across major versions, so a plan only applies to "
        f"servers of the major it was made on. Plan against this target (or a staging server of PostgreSQL "
        f"{target_major}, with dev_url on the same major)"
    )


def run_statement(conn: psycopg.Connection, sql: str) -> None:
    """Run one plan statement. ``binary=True`` makes psycopg use the extended query protocol,
    in which the server runs exactly one statement and refuses a string holding two."""
    conn.execute(sql, binary=True)  # type: ignore[arg-type]


def check_approvals(pf: PlanFile, hazards: list[tuple[Hazard, ...]]) -> None:
    """Refuse unless every statement that may lose data (by ``hazards``, derived by apply
    itself) is approved in the plan by its statement hash."""
    approved = pf.plan.approved_steps
    missing = [(s, h) for s, h in zip(pf.plan.steps, hazards) if Hazard.DATA_LOSS in h and s.number not in approved]
    if not missing:
        return
    lines = []
    for step, derived in missing:
        said = ", ".join(h.value for h in step.hazards) or "-"
        found = ", ".join(h.value for h in derived)
        note = "" if set(step.hazards) == set(derived) else f" (the plan file says: {said})"
        lines.append(f"  step {step.number} (line {step.line}): {step.description}: {found}{note}")
    numbers = " ".join(f"--step {s.number}" for s, _ in missing)
    raise ApplyRefused(
        f"{pf.display}: steps that may lose data are not approved; nothing was changed:\n" + "\n".join(lines) + "\n"
        f"after review, approve them with `schemadiff approve {pf.display} {numbers}` (or plan again with "
        "--allow-destructive)"
    )


def apply_plan(
    conn: psycopg.Connection,
    pf: PlanFile,
    schemas: SchemaFilter,
    options: ApplyOptions,
    report: Reporter,
    explain_drift: DriftExplainer | None = None,
    later_to: frozenset[str] = frozenset(),
) -> Outcome:
    """Apply one plan on an autocommit connection. Raises ApplyRefused / ApplyFailed.

    ``later_to``: the *to* fingerprints of the plans that follow this one in the same run; a
    target already in one of those states has this plan's effect too (nothing runs)."""
    plan = pf.plan
    started = time.perf_counter()
    with AdvisoryLock(conn, options.lock_wait_s, report, plan.plan_id):
        row = history.read_history(conn).get(plan.plan_id)
        if row is not None and row.status in (history.APPLIED, history.RECORDED):
            return Outcome(plan.plan_id, "already_applied", time.perf_counter() - started)
        if row is not None and row.status == history.RESUMABLE:
            report(Event(plan.plan_id, "start", f"resuming {pf.display} at its non-transactional steps",
                         total=len(plan.steps)))
            _run_nontransactional(conn, pf, row.nontransactional_done, schemas, options, report)
            return Outcome(plan.plan_id, "applied", time.perf_counter() - started)
        live_catalog = inspect_catalog(conn, schemas)
        live = fingerprint(live_catalog)
        gate = plan.gate(live, later_to)
        if gate == "in_effect":
            history.ensure_table(conn)
            history.record(conn, plan, pf.display, history.RECORDED, datetime.now(timezone.utc))
            return Outcome(plan.plan_id, "recorded_existing", time.perf_counter() - started)
        if gate == "refuse":
            detail = _other_major(plan, live_catalog.server_version_num // 10000)
            if not detail and explain_drift:
                detail = explain_drift(plan, live)
            raise ApplyRefused(
                f"{pf.display}: the target is not in the state this plan was made from; nothing was changed.\n"
                f"  plan from: {plan.from_fingerprint}\n  target:    {live}\n  plan to:   {plan.to_fingerprint}"
                + (f"\n{detail}" if detail else "")
                + "\nplan again against the current target"
            )
        check_approvals(pf, rederive_hazards([s.sql for s in plan.steps], live_catalog))
        report(Event(plan.plan_id, "start", f"applying {pf.display} ({len(plan.steps)} statements)",
                     total=len(plan.steps)))
        _run_transaction_with_retries(conn, pf, schemas, options, report)
        _run_nontransactional(conn, pf, 0, schemas, options, report)
    return Outcome(plan.plan_id, "applied", time.perf_counter() - started)


def _set_timeouts(conn: psycopg.Connection, options: ApplyOptions, local: bool) -> None:
    scope = "true" if local else "false"
    conn.execute(
        f"select set_config('lock_timeout', %s, {scope}), set_config('statement_timeout', %s, {scope})",  # type: ignore[arg-type]
        (f"{options.lock_timeout_ms}ms", f"{options.statement_timeout_ms}ms"),
    )


def _run_transaction_with_retries(
    conn: psycopg.Connection, pf: PlanFile, schemas: SchemaFilter, options: ApplyOptions, report: Reporter
) -> None:
    attempt = 0
    while True:
        try:
            _run_transaction(conn, pf, schemas, options, report)
            return
        except _LockWait as waited:
            attempt += 1
            if attempt > options.retries:
                attempts = options.retries + 1
                raise LockTimeout(
                    f"{pf.display}: step {waited.step.number} (line {waited.step.line}) could not get its lock within "
                    f"{options.lock_timeout_ms} ms, {attempts} attempt{'s' if attempts != 1 else ''}; "
                    "rolled back, nothing was changed.\n"
                    f"  statement: {_first_line(waited.step.sql)}\n  waited for: {waited.blockers or 'unknown (released meanwhile)'}"
                ) from None
            pause = options.retry_backoff_s * (2 ** (attempt - 1))
            report(Event(pf.plan.plan_id, "retry", f"lock timeout at step {waited.step.number}; "
                         f"retrying in {pause:.1f}s (attempt {attempt + 1} of {options.retries + 1}): {waited.blockers}"))
            time.sleep(pause)


class _LockWait(Exception):
    def __init__(self, step: Step, blockers: str) -> None:
        super().__init__(step.description)
        self.step, self.blockers = step, blockers


def _run_transaction(
    conn: psycopg.Connection, pf: PlanFile, schemas: SchemaFilter, options: ApplyOptions, report: Reporter
) -> None:
    plan = pf.plan
    transactional = [s for s in plan.steps if s.transactional]
    has_later_steps = len(transactional) != len(plan.steps)
    started_at = datetime.now(timezone.utc)
    with conn.transaction():
        _set_timeouts(conn, options, local=True)
        session.pin(conn, session.plan_settings())  # the statements mean what they meant when rendered
        for step in transactional:
            t0 = time.perf_counter()
            try:
                with conn.transaction():  # a savepoint, so the lock-wait diagnosis can still query
                    run_statement(conn, step.sql)
            except pgerrors.LockNotAvailable:
                raise _LockWait(step, _blockers(conn, step)) from None
            except psycopg.Error as exc:
                raise ApplyFailed(
                    f"{pf.display}:{step.line}: step {step.number} failed: {_pg_message(exc)}\n"
                    f"  statement: {_first_line(step.sql)}\nrolled back; the database is as it was"
                ) from None
            report(_step_event(plan, step, time.perf_counter() - t0))
        if not has_later_steps:
            conn.execute("select set_config('statement_timeout', '0', true)")
            live = _fingerprint(conn, schemas)
            if live != plan.to_fingerprint:
                raise ApplyFailed(
                    f"{pf.display}: after its statements the target's fingerprint is {live}, not the plan's "
                    f"to {plan.to_fingerprint}; rolled back, the database is as it was"
                )
            report(Event(plan.plan_id, "verified", f"fingerprint {live[:19]}… equals the plan's to"))
        history.ensure_table(conn)
        status = history.RESUMABLE if has_later_steps else history.APPLIED
        history.record(conn, plan, pf.display, status, started_at)


def _step_event(plan: Plan, step: Step, seconds: float) -> Event:
    destructive = step.destructive or any(a.step == step.number for a in plan.approvals)
    return Event(plan.plan_id, "step", step.description, step.number, seconds, destructive=destructive)


def _run_nontransactional(
    conn: psycopg.Connection, pf: PlanFile, done: int, schemas: SchemaFilter, options: ApplyOptions, report: Reporter
) -> None:
    plan = pf.plan
    later = [s for s in plan.steps if not s.transactional]
    if not later:
        return
    _set_timeouts(conn, options, local=False)
    session.pin(conn, session.plan_settings(), local=False)
    try:
        for index, step in enumerate(later[done:], start=done):
            t0 = time.perf_counter()
            _make_idempotent(conn, step)
            try:
                run_statement(conn, step.sql)
            except psycopg.Error as exc:
                raise ApplyFailed(
                    f"{pf.display}:{step.line}: step {step.number} (non-transactional) failed: {_pg_message(exc)}\n"
                    "the transactional part is committed; fix the cause and run apply again to resume here"
                ) from None
            history.mark_progress(conn, plan.plan_id, index + 1, history.RESUMABLE)
            report(_step_event(plan, step, time.perf_counter() - t0))
        live = _fingerprint(conn, schemas)
        if live != plan.to_fingerprint:
            raise ApplyFailed(
                f"{pf.display}: after every step the fingerprint is {live}, not the plan's to {plan.to_fingerprint}"
            )
        history.mark_progress(conn, plan.plan_id, len(later), history.APPLIED)
        report(Event(plan.plan_id, "verified", f"fingerprint {live[:19]}… equals the plan's to"))
    finally:
        if not conn.closed:
            try:
                conn.execute("reset lock_timeout; reset statement_timeout")
                session.reset(conn, session.plan_settings())
            except psycopg.Error:
                pass  # the connection is broken; the error that broke it is already on its way up


def _make_idempotent(conn: psycopg.Connection, step: Step) -> None:
    """An interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index behind: drop it so
    the step can run again; a valid index of that name means the step already ran."""
    match = _CONCURRENT_INDEX.match(step.sql)
    if match is not None:
        name, schema = unquote_identifier(match["name"]), unquote_identifier(match["schema"] or "public")
        row = conn.execute(
            "select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
            " join pg_namespace n on n.oid = c.relnamespace where c.relname = %s and n.nspname = %s",
            (name, schema),
        ).fetchone()
        if row is not None and not row[0]:
            conn.execute(psycopg.sql.SQL("drop index concurrently if exists {}.{}").format(
                psycopg.sql.Identifier(schema), psycopg.sql.Identifier(name)))


# CREATE [UNIQUE] INDEX CONCURRENTLY <name> ON [ONLY] [<schema>.]<table> (not IF NOT EXISTS);
# names as pg_get_indexdef writes them: "quoted" (with "" inside) or plain
_CONCURRENT_INDEX = re.compile(
    rf"\s*create\s+(?:unique\s+)?index\s+concurrently\s+(?!if\s+not\s+exists\s)(?P<name>{IDENTIFIER_PATTERN})\s+"
    rf"on\s+(?:only\s+)?(?:(?P<schema>{IDENTIFIER_PATTERN})\.)?(?:{IDENTIFIER_PATTERN})",
    re.IGNORECASE,
)


_QUALIFIED_NAME = re.compile(r'"((?:[^"]|"")+)"\."((?:[^"]|"")+)"|\b([A-Za-z_][A-Za-z0-9_$]*)\.([A-Za-z_][A-Za-z0-9_$]*)\b')


def _named_relations(sql: str) -> list[str]:
    """Schema-qualified relation names in a statement, quoted for to_regclass()."""
    names = []
    for m in _QUALIFIED_NAME.finditer(sql):
        schema, name = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        names.append('"' + schema.replace('"', '""') + '"."' + name.replace('"', '""') + '"')
    return sorted(set(names))


def _blockers(conn: psycopg.Connection, step: Step) -> str:
    """Which sessions held locks on the relations the step names (best effort, read right
    after the timeout, inside the still-open transaction)."""
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
