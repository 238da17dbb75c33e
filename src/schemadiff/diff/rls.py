"""The RLS switches family: ``FORCE ROW LEVEL SECURITY`` (migra diffs only ENABLE).

Order matters for safety: forcing RLS comes right after the tables phase (after
policies are dropped and before new policies are created, the same window in which migra
enables RLS); a table that stops being forced is a loosening and is flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from schemadiff.changes import Action, Change
from schemadiff.diff.migra_engine import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 1


def rls_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    for identity, want in sorted(desired.rls.items()):
        have = current.rls.get(identity)
        was_forced = bool(have and have["forced"])
        if want["forced"] == was_forced:
            continue
        clause = "force" if want["forced"] else "no force"
        yield Change(
            "rls",
            Action.ALTER,
            identity,
            f"alter table {want['quoted_name']} {clause} row level security",
            PHASE,
        )
