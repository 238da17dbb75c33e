"""Replay plans on a scratch database: the state a chain of plans leads to.

Used to explain a refused apply (what differs between the live target and the state the
plan expects) and by CI checks that generated/ really leads to schema/.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import psycopg

from schemadiff import session
from schemadiff.catalog import Catalog, CatalogDifference, SchemaFilter, inspect_catalog
from schemadiff.classify import classify
from schemadiff.errors import ApplyFailed
from schemadiff.fingerprint import fingerprint
from schemadiff.plan import Plan
from schemadiff.sandbox import shadow_database
from schemadiff.sandbox_extensions import extension_requests
from schemadiff.servers import connect
from schemadiff.source import SourceFile
from schemadiff.urls import DatabaseUrl

CREATE_CITUS = "create extension if not exists citus"


def replay_catalog(
    server: DatabaseUrl,
    prelude: Sequence[SourceFile],
    plans: Sequence[Plan],
    schemas: SchemaFilter,
    *,
    trusted: bool = False,
    in_memory: bool = True,
) -> Catalog:
    """The catalog of an empty database (plus prelude) after ``plans``, in order.

    Each plan meets the gate `schemadiff apply` puts before it: a database already in its
    *to* state (or in the *to* of a later plan) skips it, as apply records it without running
    it; one in neither its *from* nor its *to* state is an error, as apply refuses it.

    generated/ is pull-request content like schema/: the plans run in the same sandbox
    (:mod:`schemadiff.sandbox`; ``trusted``: ``shadow.trusted``), as its role. The extensions
    it cannot create (pgvector) exist from the start then; until a plan's step creates one,
    it is left out of the replayed state."""
    steps = [SourceFile(Path(p.plan_id), f"plan {p.plan_id} step {s.number}", s.sql) for p in plans for s in p.steps]
    # Citus's extension is the platform's (outside the catalog, never planned): there from the start
    citus = any(classify(step.text).kind == "distribution" for step in steps)
    platform = [SourceFile(Path("citus"), "Citus (called by generated/)", CREATE_CITUS)] if citus else []
    with (
        shadow_database(
            server,
            prelude,
            [*steps, *platform],
            trusted=trusted,
            default_privileges_for=schemas.default_privileges_for,
            owner_roles=schemas.owner_roles,
            label="replay",
            in_memory=in_memory,
        ) as shadow,
        connect(shadow.url) as conn,
    ):
        session.pin(conn, session.plan_settings(), local=False)  # as apply runs them
        if citus and trusted:
            conn.execute(CREATE_CITUS)
        pending = {r.name for r in shadow.extensions} - {"citus"}  # made beforehand, no plan has created them yet

        def state() -> Catalog:
            return _without_extensions(inspect_catalog(conn, schemas), pending)

        for i, plan in enumerate(plans):
            live = fingerprint(state())
            gate = plan.gate(live, {p.to_fingerprint for p in plans[i + 1 :]})
            if gate == "in_effect":
                continue
            if gate == "refuse":
                raise ApplyFailed(
                    f"replaying plan {plan.plan_id}: the database is not in the state the plan was made from "
                    f"(its from {plan.from_fingerprint[:19]}…, found {live[:19]}…): apply would refuse it"
                )
            by_number = {step.number: step for step in plan.steps}
            for segment in plan.execution:  # as apply runs it: a transaction, or one statement outside any
                with conn.transaction() if segment.transactional else nullcontext():
                    for number in segment.steps:
                        _run(conn, plan, number, by_number[number].sql, shadow.explain)
            pending -= {r.name for r in extension_requests([s for s in steps if s.path.name == plan.plan_id])}
        return state()


def _without_extensions(catalog: Catalog, names: set[str]) -> Catalog:
    """``catalog`` without the extensions ``names`` (and their comments)."""
    hidden = {("extension", n) for n in names} | {("comment", f"extension {n}") for n in names}
    return Catalog(catalog.server_version_num, tuple(o for o in catalog.objects if (o.kind, o.identity) not in hidden))


def _run(
    conn: psycopg.Connection[Any],
    plan: Plan,
    number: int,
    sql: str,
    explain: Callable[[psycopg.Error], str | None] | None = None,
) -> None:
    try:
        conn.execute(sql)
    except Exception as exc:
        hint = explain(exc) if explain is not None and isinstance(exc, psycopg.Error) else None
        why = f"\n  hint: {hint}" if hint else ""
        raise ApplyFailed(f"replaying plan {plan.plan_id}: step {number} failed: {exc}{why}") from None


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
