"""Replay plans on a scratch database: the state a chain of plans leads to.

Used to explain a refused apply (what differs between the live target and the state the
plan expects) and by CI checks that generated/ really leads to schema/.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemadiff.catalog import Catalog, CatalogDifference, SchemaFilter, inspect_catalog
from schemadiff.errors import ApplyFailed
from schemadiff.plan import Plan
from schemadiff.servers import connect, scratch_database
from schemadiff.source import SourceFile, load_files
from schemadiff.urls import DatabaseUrl


def replay_catalog(server: DatabaseUrl, prelude: Sequence[SourceFile], plans: Sequence[Plan], schemas: SchemaFilter) -> Catalog:
    """The catalog of an empty database (plus prelude) after ``plans``, in order."""
    with scratch_database(server, label="replay") as url, connect(url) as conn:
        load_files(conn, list(prelude))
        for plan in plans:
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
