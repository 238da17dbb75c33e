"""``schemadiff apply --group G``: the reviewed plans applied to every member of a group.

Each member gets what ``apply --target`` gives one database (:func:`schemadiff.deploy.deploy`:
advisory lock, fingerprint gate, hazards derived again, approvals, preflight, verification,
history), with the plans that are its own: of the plans it has not had, those that chain
from its state (:func:`schemadiff.fleet.chain_for`), so a plan made for members in another
state is passed over rather than refused. A member whose state no plan starts from fails
("drifted, or needs a plan of its own") and nothing runs on it.

Order: the first ``canary`` members first (if any of them fails, no other member starts),
then the rest on ``jobs`` threads. Without ``continue_on_error`` the first failure stops
new members from starting (those running finish); they are reported ``skipped``. A re-run
finishes what is left: members that have had their plans are ``up_to_date``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

from schemadiff.apply_model import ApplyOptions, Event, PlanFile
from schemadiff.config import Settings, Target
from schemadiff.deploy import deploy
from schemadiff.errors import ApplyRefused, SchemadiffError
from schemadiff.fleet import Progress, chain_for, elapsed_since, failure_text, read_member, run_pool, waiting_plans
from schemadiff.fleet_members import group_members
from schemadiff.pending import generated_plans
from schemadiff.plan_file import read_plan
from schemadiff.planner import member_filter, schema_filter, target_url
from schemadiff.source import read_source

APPLIED, UP_TO_DATE, FAILED, SKIPPED = "applied", "up_to_date", "failed", "skipped"


@dataclass(frozen=True)
class MemberApply:
    """One row of the summary."""

    member: str
    status: str  # applied | up_to_date | failed | skipped
    from_fingerprint: str | None = None
    to_fingerprint: str | None = None
    plans: tuple[str, ...] = ()  # plan ids applied (or recorded) on it in this run
    seconds: float = 0.0
    message: str = ""


@dataclass(frozen=True)
class FleetApply:
    group: str
    rows: tuple[MemberApply, ...]
    seconds: float

    @property
    def failed(self) -> tuple[MemberApply, ...]:
        return tuple(r for r in self.rows if r.status == FAILED)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.rows)


def apply_group(
    settings: Settings,
    group: str,
    files: list[Path],
    options: ApplyOptions,
    *,
    jobs: int,
    canary: int = 0,
    continue_on_error: bool = False,
    progress: Progress | None = None,
) -> FleetApply:
    started = time.perf_counter()
    members = group_members(settings, group)
    schemas = schema_filter(settings)  # (once: each member's is derived from it)
    source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
    plans = [PlanFile(read_plan(p), p, settings.shown(p)) for p in (files or generated_plans(settings))]
    stop = threading.Event()
    why_stopped = ["an earlier member failed (--continue-on-error applies the others)"]

    def apply_member(member: Target) -> MemberApply:
        if stop.is_set():
            return MemberApply(member.name, SKIPPED, message=f"not started: {why_stopped[0]}")
        began, url, state = time.perf_counter(), None, None
        try:
            url = target_url(settings, member, source)
            state = read_member(member, url, member_filter(schemas, member))
            chain = chain_for(plans, state)
            if not chain:
                if waiting_plans(plans, state):
                    raise ApplyRefused(
                        f"no plan starts from its state ({(state.fingerprint or '')[:19]}): it drifted, or needs "
                        "a plan of its own (`schemadiff drift --group`, `schemadiff plan --group`); nothing ran on it"
                    )
                return MemberApply(
                    member.name, UP_TO_DATE, state.fingerprint, state.fingerprint, seconds=elapsed_since(began)
                )
            quiet: list[Event] = []  # the summary speaks for the member; its steps are in its history
            result = deploy(settings, member, [pf.path for pf in chain], options, quiet.append, dry_run=False)
        except (SchemadiffError, psycopg.Error, OSError) as exc:
            if not continue_on_error:
                stop.set()
            return MemberApply(
                member.name,
                FAILED,
                state.fingerprint if state else None,
                seconds=elapsed_since(began),
                message=failure_text(exc, url),
            )
        ran = tuple(o.plan_id for o in result.outcomes if o.status != "already_applied")
        return MemberApply(
            member.name,
            APPLIED if ran else UP_TO_DATE,
            state.fingerprint,
            chain[-1].plan.to_fingerprint,
            ran,
            elapsed_since(began),
        )

    first, rest = list(members[:canary]), list(members[canary:])

    def overall(offset: int, failures_before: int) -> Progress | None:  # one count across both waves
        if progress is None:
            return None
        return lambda done, _total, failures, row: progress(
            offset + done, len(members), failures_before + failures, row
        )

    rows = run_pool(first, apply_member, jobs, overall(0, 0), _failed) if first else []
    if any(map(_failed, rows)):
        stop.set()
        why_stopped[0] = f"the canary ({len(first)} member{'s' if len(first) != 1 else ''}) failed"
    rows += run_pool(rest, apply_member, jobs, overall(len(first), sum(map(_failed, rows))), _failed) if rest else []
    return FleetApply(group, tuple(rows), elapsed_since(started))


def _failed(row: MemberApply) -> bool:
    return row.status == FAILED
