"""Plans of ``generated/`` that a target has not had yet.

``plan`` diffs the target as it is. When reviewed plans of ``generated/`` have not been applied
to it (a fresh clone's local database, a staging database behind main), a new plan would repeat
their changes under another name; ``plan`` refuses and says what to run instead.
"""

from __future__ import annotations

from schemadiff.apply_model import PlanFile
from schemadiff.config import Settings
from schemadiff.deploy import choose_plans
from schemadiff.errors import PlansPending
from schemadiff.urls import DatabaseUrl


def pending_plans(settings: Settings, url: DatabaseUrl, live_fingerprint: str) -> list[PlanFile]:
    """The plans of generated/ the target has not completed (what ``apply`` would run), minus
    those whose effect it already has (a database adopted at a later plan's *to*: apply would
    only record them)."""
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
