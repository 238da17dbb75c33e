"""``schemadiff apply``: which plans, on which database, with what explanation on refusal.

The executor itself is :mod:`schemadiff.apply`; this module chooses the plans (given files,
or the pending plans of generated/), opens the target (or, for ``--dry-run``, a scratch
copy of its schema), and explains a drifted target by replaying earlier plans.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

from schemadiff import history
from schemadiff.apply import apply_plan
from schemadiff.apply_model import ApplyOptions, Outcome, PlanFile, Reporter
from schemadiff.catalog import compare_catalogs, inspect_catalog
from schemadiff.config import Settings, Target
from schemadiff.dryrun import schema_copy
from schemadiff.errors import ApplyInterrupted
from schemadiff.fingerprint import fingerprint
from schemadiff.pending import choose_plans, generated_plans
from schemadiff.plan import Plan
from schemadiff.plan_file import read_plan
from schemadiff.planner import dev_server, schema_filter, target_url
from schemadiff.replay import describe_differences, replay_catalog
from schemadiff.servers import connect
from schemadiff.source import SchemaSource, read_source
from schemadiff.urls import DatabaseUrl


@dataclass(frozen=True)
class DeployResult:
    outcomes: tuple[Outcome, ...]
    dry_run: bool


class DriftExplainer:
    """Replays the plans of generated/ that come before a plan, to show what differs between
    the live target and the state that plan expects. Best effort: when the chain does not
    reproduce the plan's *from* fingerprint, only fingerprints can be shown."""

    def __init__(self, settings: Settings, source: SchemaSource, url: DatabaseUrl) -> None:
        self.settings, self.source, self.url = settings, source, url

    def __call__(self, plan: Plan, live: str) -> str:
        earlier = [read_plan(p) for p in generated_plans(self.settings) if p.stem < plan.plan_id]
        schemas = schema_filter(self.settings)
        expected = replay_catalog(
            dev_server(self.settings),
            self.source.prelude,
            earlier,
            schemas,
            trusted=self.settings.shadow_trusted,
            in_memory=self.settings.shadow_in_memory,
        )
        if fingerprint(expected) != plan.from_fingerprint:
            return "(the plans before it in generated/ do not reproduce its from state; run `schemadiff drift` to see what differs)"
        with connect(self.url) as conn:
            actual = inspect_catalog(conn, schemas)
        differences = compare_catalogs(expected, actual)
        return "what differs from the state the plan expects:\n" + describe_differences(differences)


@contextmanager
def _database(settings: Settings, url: DatabaseUrl, source: SchemaSource, dry_run: bool) -> Iterator[DatabaseUrl]:
    """The target itself, or for a dry run a scratch copy of its schema."""
    if not dry_run:
        yield url
        return
    data_tables = [(t.schema, t.name) for t in schema_filter(settings).data]
    with schema_copy(
        url, dev_server(settings), source.prelude, data_tables, in_memory=settings.shadow_in_memory
    ) as copy:
        yield copy


def deploy(
    settings: Settings, target: Target, files: list[Path], options: ApplyOptions, report: Reporter, *, dry_run: bool
) -> DeployResult:
    source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
    schemas = schema_filter(settings, target)
    outcomes: list[Outcome] = []
    # plans are chosen on the real target, also for a dry run (whose copy carries the history)
    real_url = target_url(settings, target, source)
    plans = choose_plans(settings, real_url, files, target.tenant)
    with _database(settings, real_url, source, dry_run) as url:
        # (a tenant's expected state is the template's: replaying generated/ shows nothing of its own)
        explain = DriftExplainer(settings, source, url) if target.tenant is None else None
        current: PlanFile | None = None
        status: str | None = None  # the interrupted plan's history status ("": none); None: unknown
        try:
            for i, pf in enumerate(plans):
                later_to = frozenset(p.plan.to_fingerprint for p in plans[i + 1 :])
                with connect(url) as conn:
                    current, status = pf, None
                    try:
                        outcomes.append(apply_plan(conn, pf, schemas, options, report, explain, later_to))
                    except KeyboardInterrupt:
                        status = _status_after_interrupt(conn, pf.plan.plan_id)
                        raise
        except KeyboardInterrupt:
            raise ApplyInterrupted(_interrupted(target.name, dry_run, plans, outcomes, current, status)) from None
    return DeployResult(tuple(outcomes), dry_run)


def _status_after_interrupt(conn: psycopg.Connection, plan_id: str) -> str | None:
    """Whether the plan being applied committed before Ctrl-C (psycopg has cancelled the
    running statement and its transaction is rolled back by now): its history status, "" when
    it has none, None when the target cannot tell."""
    try:
        row = history.read_history(conn).get(plan_id)
    except psycopg.Error:
        return None
    return row.status if row is not None else ""


def _interrupted(
    target: str,
    dry_run: bool,
    plans: list[PlanFile],
    outcomes: list[Outcome],
    current: PlanFile | None,
    status: str | None,
) -> str:
    """What Ctrl-C left behind; the last line says which plans landed."""
    if dry_run:
        return "interrupted (Ctrl-C) during the dry run; the target was not changed"
    done = {o.plan_id for o in outcomes}
    landed = [o.plan_id for o in outcomes if o.status != "already_applied"]
    lines = ["interrupted (Ctrl-C)"]
    if current is not None and current.plan.plan_id not in done:
        if status in (history.APPLIED, history.RECORDED):
            landed.append(current.plan.plan_id)
            done.add(current.plan.plan_id)
        elif status == history.RESUMABLE:
            lines.append(
                f"{current.display}: some of its segments committed, the others are still to run (the next "
                "apply resumes at the first that did not commit)"
            )
            landed.append(f"{current.plan.plan_id} (its committed segments)")
            done.add(current.plan.plan_id)
        elif status == "":
            lines.append(f"{current.display}: interrupted before its commit; rolled back, nothing of it was changed")
        else:
            lines.append(
                f"{current.display}: the target could not be asked whether it committed; "
                "`schemadiff apply` skips it if it did"
            )
    pending = [p.plan.plan_id for p in plans if p.plan.plan_id not in done]
    if pending:
        lines.append(f"not applied: {', '.join(pending)} (run `schemadiff apply` again)")
    lines.append(
        f"landed on {target} before the interrupt: {', '.join(landed)}" if landed else f"nothing landed on {target}"
    )
    return "\n".join(lines)
