"""``schemadiff drift``: does a live database still match schema/?

Read-only: the target is opened with ``default_transaction_read_only=on`` and only its
catalogs (and the history table, if present) are read. Each drifted object is reported with
its expected and actual definition and the SQL that would reconcile it; security-relevant
drift (RLS, policies, grants, SECURITY DEFINER functions) comes first.

Situations, told apart with the apply history:
- ``in_sync``: the live schema equals schema/;
- ``pending``: the live schema is exactly what the last applied plan produced, so schema/
  has changes not deployed yet;
- ``out_of_band``: the live schema differs from what was last applied (or, with no
  history, from every plan of generated/): someone changed it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from schemadiff import history
from schemadiff.catalog import CatalogDifference, compare_catalogs
from schemadiff.changes import Change
from schemadiff.config import Settings, Target, Tenant
from schemadiff.plan_file import read_plan
from schemadiff.planner import make_plan
from schemadiff.servers import connect
from schemadiff.tenants import member_history
from schemadiff.urls import DatabaseUrl

SECURITY_KINDS = frozenset({"rls", "policy", "privilege", "default_privilege", "owner"})  # owner: owners.manage


@dataclass(frozen=True)
class DriftItem:
    kind: str
    identity: str
    change: str  # missing | unexpected | changed
    expected: str | None  # definition in schema/
    actual: str | None  # definition in the live database
    security: bool
    reconcile: tuple[str, ...]  # statements that would make the live object match


@dataclass(frozen=True)
class DriftReport:
    target: str
    status: str  # in_sync | pending | out_of_band
    live_fingerprint: str
    desired_fingerprint: str
    last_applied: str | None  # plan id
    items: tuple[DriftItem, ...]
    reconcile: tuple[str, ...]  # the whole reconciling script, in plan order
    warnings: tuple[str, ...] = ()

    @property
    def drifted(self) -> bool:
        return bool(self.items or self.reconcile)


def _is_security(d: CatalogDifference) -> bool:
    if d.kind in SECURITY_KINDS:
        return True
    return d.kind == "function" and "SECURITY DEFINER" in f"{d.current or ''}{d.desired or ''}"


def _matches(change: Change, d: CatalogDifference) -> bool:
    if change.kind == "privilege" and d.kind == "privilege":
        return change.identity.replace(" from ", " to ").endswith(" on " + d.identity)
    if change.kind == "comment" and d.kind == "comment":
        return change.identity.replace('"', "") == d.identity.replace("materialized_view ", "materialized view ")
    if change.kind == "function" and d.kind == "function":
        return d.identity.startswith(change.identity + "(")
    if change.kind == "constraint" and d.kind == "not_null_name" and d.desired:  # <table>.<name> vs <table>.<column>
        table = change.identity.removesuffix("." + d.desired)
        return table != change.identity and d.identity.startswith(table + ".")
    return change.kind == d.kind and change.identity == d.identity


def _items(differences: list[CatalogDifference], changes: list[Change]) -> tuple[DriftItem, ...]:
    items = []
    for d in differences:
        change = "missing" if d.current is None else "unexpected" if d.desired is None else "changed"
        sql = tuple(c.sql for c in changes if _matches(c, d))
        items.append(DriftItem(d.kind, d.identity, change, d.desired, d.current, _is_security(d), sql))
    # security first, then by kind and identity (stable)
    return tuple(sorted(items, key=lambda i: (not i.security, i.kind, i.identity)))


def detect_drift(settings: Settings, target: Target) -> DriftReport:
    if target.url is not None:  # never write to a real target
        target = replace(target, url=target.url.with_query(options="-c default_transaction_read_only=on"))
    result = make_plan(settings, target)
    current, desired = result.current, result.desired
    differences = compare_catalogs(current.catalog, desired.catalog)
    changes = list(result.plan.changes)
    # (the plan's: a tenant schema's are those of the template, as its members and plans read them)
    live_fp, desired_fp = result.plan.from_fingerprint, result.plan.to_fingerprint
    last = _last_applied(result.target_url, target.tenant)
    if live_fp == desired_fp and not changes:
        status = "in_sync"
    elif last is not None and last[1] == live_fp:
        status = "pending"
    elif last is None and live_fp in _plan_results(settings):
        status = "pending"
    else:
        status = "out_of_band"
    return DriftReport(
        target=target.name,
        status=status,
        live_fingerprint=live_fp,
        desired_fingerprint=desired_fp,
        last_applied=last[0] if last else None,
        items=_items(differences, changes),
        reconcile=tuple(c.sql for c in changes),
        warnings=result.warnings,
    )


def _last_applied(url: DatabaseUrl, tenant: Tenant | None) -> tuple[str, str] | None:
    """(plan id, to fingerprint) of the plan applied last, from the target's history (a
    tenant schema's own rows)."""
    with connect(url) as conn:
        applied = member_history(history.read_history(conn), tenant).values()  # AccessError names the grant
        rows = [r for r in applied if r.status in (history.APPLIED, history.RECORDED)]
    if not rows:
        return None
    latest = max(rows, key=lambda r: (r.finished_at or r.started_at, r.plan_id))
    return latest.plan_id, latest.to_fingerprint


def _plan_results(settings: Settings) -> set[str]:
    found = set()
    for path in settings.generated_dir.glob("*.sql"):
        try:
            found.add(read_plan(path).to_fingerprint)
        except Exception:  # a broken plan file is `check`'s business, not drift's
            continue
    return found
