"""The RLS switches family: ``ENABLE``/``DISABLE`` and ``FORCE``/``NO FORCE ROW LEVEL
SECURITY`` of every table, partitions included, from the render rows (``queries/render_rls.sql``);
migra is shown every table with RLS off (``migra_adjust``), so it plans none of them.

Order matters for safety: the switches come right after the tables phase (after policies are
dropped and before new policies are created); a table that stops being enabled or forced is a
loosening and is flagged. A table the plan drops and creates again gets its switches again
(:func:`carried_switches`, run by ``carried``): the new table starts with RLS off.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.migra_engine import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 1


def rls_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    for identity, want in sorted(desired.rls.items()):
        yield from _switches(identity, want, current.rls.get(identity))


def carried_switches(recreated: Iterable[str], desired: Snapshot) -> Iterator[Change]:
    """The switches of the tables the plan drops and creates again (they are the same on both
    sides, so :func:`rls_changes` plans nothing for them)."""
    for identity in sorted(recreated):
        want = desired.rls.get(identity)
        if want is not None:
            yield from _switches(identity, want, None)


def _switches(identity: str, want: dict[str, Any], have: dict[str, Any] | None) -> Iterator[Change]:
    for flag, on, off in (("enabled", "enable", "disable"), ("forced", "force", "no force")):
        if bool(want[flag]) != bool(have and have[flag]):
            clause = on if want[flag] else off
            sql = f"alter table {want['quoted_name']} {clause} row level security"
            yield Change("rls", Action.ALTER, identity, sql, PHASE)
