"""Changes → ordered plan: the diff's changes arranged for execution (online-safe unless the
configuration says not), a table's neighbouring type changes merged, rated again, cut into
segments, and the :class:`~schemadiff.plan.Plan` that holds them with both fingerprints."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from schemadiff import __version__
from schemadiff.fingerprint import fingerprint
from schemadiff.online_config import Execution
from schemadiff.plan import Plan, slug_for, slugify, steps_from_changes
from schemadiff.snapshot import Snapshot
from schemadiff.source import SchemaSource

if TYPE_CHECKING:
    from schemadiff.changes import Change
    from schemadiff.segments import Segment


# kinds whose presence means a database already has a schema of its own
_CONTENT_KINDS = frozenset({"table", "view", "materialized_view", "function", "type", "sequence", "extension"})


def build_plan(
    changes: list[Change],
    current: Snapshot,
    desired: Snapshot,
    source: SchemaSource,
    target: str,
    name: str | None,
    execution: Execution | None = None,
    *,
    same: bool,
    read: Snapshot | None = None,
) -> Plan:
    """The plan of ``changes``; ``same``: whether the two sides are the same schema
    (:func:`same_schema`), so that both fingerprints are one (the desired catalog's, which a
    cached entry already holds); ``read``: the desired side with the details the diff read (when
    ``desired`` has none), for :func:`arranged`."""
    changes, segments = arranged(changes, current, desired, execution or Execution(), read=read)
    now = datetime.now(timezone.utc)
    from_empty = not any(o.kind in _CONTENT_KINDS for o in current.catalog.objects)
    slug = slugify(name) if name else slug_for(changes, from_empty)
    to_fingerprint = fingerprint(desired.catalog)
    from_fingerprint = to_fingerprint if same else fingerprint(current.catalog)
    return Plan(
        plan_id=f"{now.strftime('%Y%m%d%H%M%S')}_{slug}",
        created_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        tool_version=__version__,
        target=target,
        server_version=f"{current.major} (shadow {desired.major})",
        from_fingerprint=from_fingerprint,
        to_fingerprint=to_fingerprint,
        source_digest=source.digest(),
        steps=steps_from_changes(changes),
        changes=tuple(changes),
        segments=segments,
    )


def arranged(
    changes: list[Change], current: Snapshot, desired: Snapshot, execution: Execution, *, read: Snapshot | None = None
) -> tuple[list[Change], tuple[Segment, ...]]:
    """The diff's changes in execution order (online-safe unless ``execution`` says not), the
    neighbouring type changes of a table in one statement (:mod:`schemadiff.retype_merge`), rated
    again (the online forms carry other hazards), and the segments that hold them; the bounds of
    tables attached online from the render rows of ``read`` (else of ``desired``)."""
    if not changes:
        return [], ()
    from schemadiff.online import arrange
    from schemadiff.online_groups import Group
    from schemadiff.online_segments import proven_by_checks, segments_for
    from schemadiff.rating import rate_changes
    from schemadiff.retype_merge import merge_retypes

    groups = [
        Group(g.purpose, g.transactional, merge_retypes(g.changes) if g.transactional else g.changes)
        for g in arrange(
            changes, current.catalog, desired.catalog, online=execution.online, bounds=_bounds(read or desired)
        )
    ]  # (a table's neighbouring type changes: one statement, one rewrite)
    ordered, segments = segments_for(groups, execution.timeouts)
    return proven_by_checks(rate_changes(ordered, current.catalog), segments, current.catalog), segments


def _bounds(desired: Snapshot) -> dict[str, str]:
    """The desired side's partition bounds as CHECKs (``render_partitions.sql``), where read."""
    if not desired.has_details or "partitions" in getattr(desired.rows, "unread", ()):  # (no bound: the ATTACH scans)
        return {}
    return {r["identity"]: r["bound_check"] for r in desired.rows.get("partitions", ()) if r["kind"] == "bound"}
