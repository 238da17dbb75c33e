"""``schemadiff plan --group G``: one plan per distinct state of a group's members.

Every member is read concurrently (:func:`schemadiff.fleet.read_members`); members are
grouped by fingerprint, and each state is planned once, against one of its members, by the
ordinary planner (:func:`schemadiff.planner.make_plan`: the same shadow, cache, diff, online
arrangement and hazards as ``plan --target``). The desired state is loaded once: the first
state's plan stores it in the desired-state cache, the others read it from there. A plan's
header lists the members it was made for (``-- members:``, under the checksum).

A member is left out of planning, and says why, when it is unreachable, or has plans of
generated/ still to run from its state (apply them first; ``--ignore-pending`` plans it as
it is), or changed between the read and its state's plan.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from schemadiff.apply_model import PlanFile
from schemadiff.config import Settings
from schemadiff.errors import ConnectError, DiffError
from schemadiff.fleet import MemberState, Progress, by_state, chain_for, elapsed_since, failure_text, read_members
from schemadiff.fleet_members import group_members
from schemadiff.pending import generated_plans
from schemadiff.plan import Plan
from schemadiff.plan_file import read_plan, write_plan
from schemadiff.planner import make_plan, member_filter, schema_filter, target_url
from schemadiff.source import read_source


@dataclass(frozen=True)
class StatePlan:
    """One state of the group and what planning it gave."""

    fingerprint: str
    members: tuple[str, ...]
    status: str  # planned | in_sync | failed
    plan: Plan | None = None
    path: str | None = None  # the plan file, as the user sees it
    message: str = ""


@dataclass(frozen=True)
class FleetPlan:
    group: str
    members: int
    states: tuple[StatePlan, ...]
    pending: tuple[tuple[str, tuple[str, ...]], ...]  # (member, the plans it has still to run)
    unreachable: tuple[tuple[str, str], ...]  # (member, why)
    warnings: tuple[str, ...]
    seconds: float

    @property
    def written(self) -> tuple[StatePlan, ...]:
        return tuple(s for s in self.states if s.status == "planned")

    @property
    def complete(self) -> bool:
        """Every member planned or in sync (else the exit code is 1)."""
        return not self.pending and not self.unreachable and all(s.status != "failed" for s in self.states)


def plan_group(
    settings: Settings,
    group: str,
    *,
    jobs: int,
    name: str | None = None,
    allow_destructive: bool = False,
    allow_empty_schema: bool = False,
    online: bool | None = None,
    ignore_pending: bool = False,
    out: str | None = None,
    progress: Progress | None = None,
) -> FleetPlan:
    started = time.perf_counter()
    members = group_members(settings, group)
    schemas = schema_filter(settings)  # (once: each member's is derived from it)
    source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
    plans = [PlanFile(read_plan(p), p, settings.shown(p)) for p in generated_plans(settings)]
    states = read_members(
        members, lambda m: target_url(settings, m, source), lambda m: member_filter(schemas, m), jobs, progress
    )
    unreachable = tuple((s.name, s.error or "") for s in states if not s.reachable)
    pending: list[tuple[str, tuple[str, ...]]] = []
    to_plan: list[MemberState] = []
    for state in states:
        if not state.reachable:
            continue
        chain = [] if ignore_pending else chain_for(plans, state)
        if chain:
            pending.append((state.name, tuple(pf.display for pf in chain)))
        else:
            to_plan.append(state)
    results: list[StatePlan] = []
    warnings: list[str] = []
    for fp, same in by_state(to_plan).items():
        names = tuple(s.name for s in same)
        try:
            made = make_plan(
                settings,
                same[0].target,
                name=name,
                allow_destructive=allow_destructive,
                allow_empty_schema=allow_empty_schema,
                online=online,
            )
        except (ConnectError, DiffError) as exc:
            results.append(StatePlan(fp, names, "failed", message=failure_text(exc, same[0].target.url)))
            continue
        warnings.extend(w for w in made.warnings if w not in warnings)
        plan = made.plan
        if plan.from_fingerprint != fp:
            why = f"{same[0].name} changed while the group was planned; plan again"
            results.append(StatePlan(fp, names, "failed", message=why))
        elif plan.empty:
            results.append(StatePlan(fp, names, "in_sync", plan=plan))
        else:
            written, path = write_plan(
                replace(plan, target=f"group {group}", members=names), out, settings.generated_dir
            )
            results.append(StatePlan(fp, names, "planned", plan=written, path=settings.shown(path)))
    return FleetPlan(
        group,
        len(members),
        tuple(results),
        tuple(pending),
        unreachable,
        tuple(warnings),
        elapsed_since(started),
    )
