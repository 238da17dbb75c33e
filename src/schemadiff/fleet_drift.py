"""``schemadiff drift --group G``: one drift report for a fleet, for cron.

Members are read concurrently and read-only; each distinct state is compared with schema/
once (:func:`schemadiff.drift.detect_drift` against one of its members), and every member
gets a status of its own from its state and its history:

- ``in_sync``: its state is schema/'s;
- ``pending``: plans of generated/ still to run take it on from its state, or its state is
  what the plan it had last left it in (schema/ moved on since): a deploy away;
- ``drifted``: neither (changed out of band);
- ``unreachable``: it could not be read (the reason, never its URL).

Drifted states come first, those with security items (grants, RLS, policies) before the
others.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from schemadiff.apply_model import PlanFile
from schemadiff.config import Settings, Target
from schemadiff.drift import DriftReport, detect_drift
from schemadiff.errors import ConnectError, DiffError
from schemadiff.fleet import MemberState, Progress, by_state, chain_for, elapsed_since, failure_text, read_members
from schemadiff.fleet_members import group_members
from schemadiff.pending import generated_plans
from schemadiff.plan_file import read_plan
from schemadiff.planner import existing_target_url, member_filter, schema_filter
from schemadiff.urls import DatabaseUrl

IN_SYNC, PENDING, DRIFTED, UNREACHABLE = "in_sync", "pending", "drifted", "unreachable"
_ORDER = {DRIFTED: 0, PENDING: 1, UNREACHABLE: 2, IN_SYNC: 3}


@dataclass(frozen=True)
class MemberDrift:
    member: str
    status: str  # in_sync | pending | drifted | unreachable
    fingerprint: str | None = None
    message: str = ""


@dataclass(frozen=True)
class StateDrift:
    """A state members share, and what differs from schema/ in it."""

    fingerprint: str
    members: tuple[str, ...]
    report: DriftReport | None  # None: it could not be compared (``message`` says why)
    message: str = ""

    @property
    def security(self) -> bool:
        return self.report is not None and any(i.security for i in self.report.items)


@dataclass(frozen=True)
class FleetDrift:
    group: str
    members: tuple[MemberDrift, ...]
    states: tuple[StateDrift, ...]
    desired_fingerprint: str | None
    seconds: float

    def with_status(self, status: str) -> tuple[MemberDrift, ...]:
        return tuple(m for m in self.members if m.status == status)

    @property
    def drifted(self) -> bool:
        """Any member not in schema/'s state (exit 2, as ``drift`` for one target)."""
        return any(m.status in (PENDING, DRIFTED) for m in self.members)


def drift_group(settings: Settings, group: str, *, jobs: int, progress: Progress | None = None) -> FleetDrift:
    started = time.perf_counter()
    members = group_members(settings, group)
    schemas = schema_filter(settings)  # (once: each member's is derived from it)
    plans = [PlanFile(read_plan(p), p, settings.shown(p)) for p in generated_plans(settings)]
    states = read_members(
        members, lambda m: _read_only(settings, m), lambda m: member_filter(schemas, m), jobs, progress
    )
    compared: list[StateDrift] = []
    desired: str | None = None
    for fp, same in by_state(states).items():
        names = tuple(s.name for s in same)
        try:
            report = detect_drift(settings, same[0].target)
        except (ConnectError, DiffError) as exc:
            compared.append(StateDrift(fp, names, None, failure_text(exc, same[0].target.url)))
            continue
        desired = report.desired_fingerprint
        compared.append(StateDrift(fp, names, report))
    by_fp = {s.fingerprint: s for s in compared}
    rows = tuple(
        sorted(
            (_member_drift(s, by_fp, plans) for s in states),
            key=lambda m: (_ORDER[m.status], not _security(m, by_fp), m.member),
        )
    )
    ordered = tuple(sorted(compared, key=lambda s: (s.report is None or not s.report.drifted, not s.security)))
    return FleetDrift(group, rows, ordered, desired, elapsed_since(started))


def _read_only(settings: Settings, member: Target) -> DatabaseUrl:
    url = existing_target_url(settings, member)
    return url.with_query(options="-c default_transaction_read_only=on")


def _member_drift(state: MemberState, by_fp: dict[str, StateDrift], plans: list[PlanFile]) -> MemberDrift:
    if not state.reachable or state.fingerprint is None:
        return MemberDrift(state.name, UNREACHABLE, message=state.error or "")
    compared = by_fp[state.fingerprint]
    if compared.report is None:
        return MemberDrift(state.name, UNREACHABLE, state.fingerprint, compared.message)
    if not compared.report.drifted:
        return MemberDrift(state.name, IN_SYNC, state.fingerprint)
    if chain_for(plans, state) or state.last_applied_to() == state.fingerprint:
        return MemberDrift(state.name, PENDING, state.fingerprint)
    return MemberDrift(state.name, DRIFTED, state.fingerprint)


def _security(member: MemberDrift, by_fp: dict[str, StateDrift]) -> bool:
    state = by_fp.get(member.fingerprint or "")
    return state is not None and state.security
