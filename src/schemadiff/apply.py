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
5. the plan runs segment by segment (:mod:`schemadiff.segment_runner`): every step sent on
   its own with the extended query protocol, which runs exactly one statement; each segment
   a transaction (or one statement outside any) with its own ``lock_timeout`` and
   ``statement_timeout``; a lock timeout rolls the segment back and retries it with backoff;
   the statements run under the session settings they were rendered with
   (:func:`schemadiff.session.plan_settings`), not the target's own defaults;
6. a plan of one transaction is verified before its COMMIT (the target's fingerprint must
   equal the plan's *to*, else it rolls back) and recorded in the same transaction; a plan of
   several segments records each segment as it commits and is verified after the last one; a
   re-run resumes at the first segment that did not commit (its hazards derived and its
   approvals checked again first).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime, timezone

import psycopg

from schemadiff import history, session
from schemadiff.apply_model import ApplyOptions, Event, Outcome, PlanFile, Reporter
from schemadiff.catalog import Catalog, SchemaFilter, inspect_catalog
from schemadiff.changes import Hazard
from schemadiff.errors import ApplyFailed, ApplyRefused
from schemadiff.fingerprint import fingerprint_for
from schemadiff.plan import Plan
from schemadiff.preflight import questions_for
from schemadiff.quoting import sql_code
from schemadiff.rating import rederive_hazards
from schemadiff.segment_runner import run_segments

ADVISORY_LOCK_KEY = 7_311_240_513_355_829_043  # any fixed bigint; documents itself in pg_locks


DriftExplainer = Callable[[Plan, str], str]  # (plan, live fingerprint) -> what differs


def _fingerprint(conn: psycopg.Connection, schemas: SchemaFilter) -> str:
    return fingerprint_for(inspect_catalog(conn, schemas), schemas)


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
                self.report(
                    Event(self.plan_id, "wait", "another schemadiff apply holds the lock on this database; waiting")
                )
                announced = True
            if time.monotonic() >= deadline:
                raise ApplyFailed(
                    f"another schemadiff apply still holds the lock on this database after {self.wait_s:g}s; "
                    "nothing was changed"
                )
            # polled, never queued on: a session waiting inside pg_advisory_lock holds a snapshot, and the
            # holder's CREATE INDEX CONCURRENTLY waits for every such session (a deadlock)
            time.sleep(0.05)

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


def check_existing_rows(
    conn: psycopg.Connection, pf: PlanFile, live: Catalog, options: ApplyOptions, report: Reporter
) -> None:
    """The read-only preflight of :mod:`schemadiff.preflight`: refuse, with nothing changed,
    a plan whose later segments existing rows would make fail."""
    found = questions_for(pf.plan, live)
    if not found.questions:
        return
    started = time.perf_counter()
    broken, failed = [], []
    with conn.transaction():
        conn.execute("set transaction read only")
        session.pin(conn, session.plan_settings())
        timeout = max((options.statement_timeout(s) for s in pf.plan.execution), default=0)
        conn.execute("select set_config('statement_timeout', %s, true)", (f"{timeout}ms",))
        for question in found.questions:
            try:
                with conn.transaction():
                    row = conn.execute(sql_code(question.sql), binary=True).fetchone()
            except psycopg.errors.UndefinedColumn:
                failed.append(f"step {question.step.number} (a column the plan adds)")
                continue
            except psycopg.Error as exc:
                failed.append(f"step {question.step.number} ({str(exc).strip().splitlines()[0]})")
                continue
            if row and row[0]:
                broken.append(question)
    if broken:
        lines = "\n".join(
            f"  step {q.step.number} (line {q.step.line}): existing rows break the {q.what}" for q in broken
        )
        raise ApplyRefused(
            f"{pf.display}: rows already in the target would make later steps fail; nothing was changed:\n{lines}\n"
            "fix those rows (or the schema), then apply again"
        )
    unchecked = [f"step {s.number}" for s in found.unchecked] + failed
    note = f"; not checked: {', '.join(unchecked)}" if unchecked else ""
    report(
        Event(
            pf.plan.plan_id,
            "preflight",
            f"existing rows checked against {len(found.questions)} later "
            f"step{'s' if len(found.questions) != 1 else ''} in {time.perf_counter() - started:.1f}s: none breaks them{note}",
        )
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
            done = row.segments_committed(plan)
            segments = plan.execution
            remaining = {n for segment in segments[done:] for n in segment.steps}
            derived = rederive_hazards([s.sql for s in plan.steps], inspect_catalog(conn, schemas))
            check_approvals(pf, [h if s.number in remaining else () for s, h in zip(plan.steps, derived)])
            report(
                Event(
                    plan.plan_id,
                    "start",
                    f"resuming {pf.display} at segment {min(done + 1, len(segments))} of {len(segments)}",
                    total=len(remaining),
                )
            )
            run_segments(conn, pf, done, schemas, options, report)
            return Outcome(plan.plan_id, "applied", time.perf_counter() - started)
        live_catalog = inspect_catalog(conn, schemas)
        live = fingerprint_for(live_catalog, schemas)
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
        check_existing_rows(conn, pf, live_catalog, options, report)
        report(
            Event(plan.plan_id, "start", f"applying {pf.display} ({len(plan.steps)} statements)", total=len(plan.steps))
        )
        run_segments(conn, pf, 0, schemas, options, report)
    return Outcome(plan.plan_id, "applied", time.perf_counter() - started)
