"""Replay plans on a scratch database: the state a chain of plans leads to.

Used to explain a refused apply (what differs between the live target and the state the
plan expects) and by CI checks that generated/ really leads to schema/.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemadiff.catalog import Catalog, CatalogDifference, SchemaFilter, inspect_catalog
from schemadiff.errors import ApplyFailed
from schemadiff.fingerprint import fingerprint
from schemadiff.plan import Plan
from schemadiff.servers import connect, scratch_database
from schemadiff.source import SourceFile, load_files
from schemadiff.urls import DatabaseUrl


def replay_catalog(server: DatabaseUrl, prelude: Sequence[SourceFile], plans: Sequence[Plan], schemas: SchemaFilter) -> Catalog:
    """The catalog of an empty database (plus prelude) after ``plans``, in order.

    Each plan meets the gate `schemadiff apply` puts before it: a database already in its
    *to* state (or in the *to* of a later plan) skips it, as apply records it without running
    it; one in neither its *from* nor its *to* state is an error, as apply refuses it."""
    with scratch_database(server, label="replay") as url, connect(url) as conn:
        load_files(conn, list(prelude))
        for i, plan in enumerate(plans):
            live = fingerprint(inspect_catalog(conn, schemas))
            gate = plan.gate(live, {p.to_fingerprint for p in plans[i + 1 :]})
            if gate == "in_effect":
                continue
            if gate == "refuse":
                raise ApplyFailed(
                    f"replaying plan {plan.plan_id}: the database is not in the state the plan was made from "
                    f"(its from {plan.from_fingerprint[:19]}…, found {live[:19]}…): apply would refuse it"
                )
            with conn.transaction():
                for step in plan.steps:
                    if step.transactional:
                        _run(conn, plan, step.number, step.sql)
            for step in plan.steps:
                if not step.transactional:
                    _run(conn, plan, step.number, step.sql)
        return inspect_catalog(conn, schemas)


def _run(conn, plan: Plan, number: int, sql: str) -> None:  # type: ignore[no-untyped-def]
    try:
        conn.execute(sql)
    except Exception as exc:
        raise ApplyFailed(f"replaying plan {plan.plan_id}: step {number} failed: {exc}") from None


def describe_differences(differences: Sequence[CatalogDifference], *, limit: int = 40) -> str:
    """Lines for humans: '+' only live, '-' only expected, '~' different definition."""
    lines = []
    for d in differences[:limit]:
        if d.current is None:
            lines.append(f"  + {d.kind} {d.identity}: {_short(d.desired)}  (not expected)")
        elif d.desired is None:
            lines.append(f"  - {d.kind} {d.identity}: {_short(d.current)}  (missing)")
        else:
            lines.append(f"  ~ {d.kind} {d.identity}: expected {_short(d.current)}, found {_short(d.desired)}")
    if len(differences) > limit:
        lines.append(f"  … and {len(differences) - limit} more")
    return "\n".join(lines)


def _short(text: str | None) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= 100 else flat[:100] + "…"
