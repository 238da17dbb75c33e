"""Plans of ``generated/`` that a target has not had yet: what ``apply`` runs, what ``plan`` refuses
to repeat.

``plan`` diffs the target as it is. When reviewed plans of ``generated/`` have not been applied
to it (a fresh clone's local database, a staging database behind main), a new plan would repeat
their changes under another name; ``plan`` refuses and says what to run instead.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from schemadiff import history
from schemadiff.apply_model import PlanFile
from schemadiff.config import Settings, Tenant
from schemadiff.errors import PlansPending
from schemadiff.plan_file import read_plan
from schemadiff.servers import connect
from schemadiff.tenants import member_history, member_plan
from schemadiff.urls import DatabaseUrl


def generated_plans(settings: Settings) -> list[Path]:
    return sorted(settings.generated_dir.glob("*.sql"), key=lambda p: p.name)


def choose_plans(
    settings: Settings, url: DatabaseUrl, files: list[Path], tenant: Tenant | None = None
) -> list[PlanFile]:
    """The given plan files, or the plans of generated/ not yet completed on the target
    (never recorded, or interrupted with segments still to run). For a tenant schema, each
    plan as it runs there: naming the member's schema, recorded under the member's own id."""
    if not files:
        with connect(url) as conn:
            done = member_history(history.read_history(conn), tenant)
        files = [p for p in generated_plans(settings) if p.stem not in done or done[p.stem].status == history.RESUMABLE]
    chosen = [PlanFile(read_plan(p), p, settings.shown(p)) for p in files]
    if tenant is None:
        return chosen
    return [replace(pf, plan=member_plan(pf.plan, tenant, pf.display)) for pf in chosen]


def pending_plans(settings: Settings, url: DatabaseUrl, live_fingerprint: str) -> list[PlanFile]:
    """The plans of generated/ the target has not completed (what ``apply`` would run), minus
    those whose effect it already has (a database adopted at a later plan's *to*: apply would
    only record them). Without plans in generated/ the target is not asked."""
    if not generated_plans(settings):
        return []
    waiting = choose_plans(settings, url, [])
    reached = [i for i, pending in enumerate(waiting) if pending.plan.to_fingerprint == live_fingerprint]
    return waiting[reached[-1] + 1 :] if reached else waiting


def refuse_pending(settings: Settings, url: DatabaseUrl, target: str, live_fingerprint: str) -> None:
    waiting = pending_plans(settings, url, live_fingerprint)
    if not waiting:
        return
    listed = "\n".join(f"  {p.display}" for p in waiting)
    count = f"{len(waiting)} plan{'s' if len(waiting) != 1 else ''}"
    raise PlansPending(
        f"target {target} has not had {count} of generated/ yet:\n{listed}\n"
        "a plan made now would repeat their changes. Apply them first "
        f"(`schemadiff apply --target {target}`), then plan again; or pass --ignore-pending to plan "
        "against the target as it is"
    )
