"""The event triggers family (migra ignores event triggers; our catalog has no kind for them).

An event trigger belongs to no schema: it is managed with its function's schema. A changed
one is dropped and created again (its enabled state alone is altered). Drops come with the
other trigger drops, before the function can be dropped; creations come with the triggers,
after every function exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import quote_literal
from schemadiff.snapshot import Snapshot

DROP_PHASE = PHASE_RANK["triggers.drop"] + 1
CREATE_PHASE = PHASE_RANK["triggers.create"] + 1
_ENABLED = {"O": "enable", "D": "disable", "R": "enable replica", "A": "enable always"}


def _rows(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in snapshot.rows.get("event_triggers", ())}


def _definition(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["event"], tuple(row["tags"] or ()), row["function"])


def event_trigger_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = _rows(current), _rows(desired)
    for name in sorted(have):
        if name not in want or _definition(have[name]) != _definition(want[name]):
            yield Change(
                "event_trigger", Action.DROP, name, f"drop event trigger {have[name]['quoted_name']}", DROP_PHASE
            )
    for name in sorted(want):
        row, before = want[name], have.get(name)
        if before is None or _definition(before) != _definition(row):
            when = f" when tag in ({', '.join(quote_literal(t) for t in row['tags'])})" if row["tags"] else ""
            sql = f"create event trigger {row['quoted_name']} on {row['event']}{when} execute function {row['function']}()"
            yield Change("event_trigger", Action.CREATE, name, sql, CREATE_PHASE)
            before = None
        if row["enabled"] != (before["enabled"] if before is not None else "O"):
            sql = f"alter event trigger {row['quoted_name']} {_ENABLED[row['enabled']]}"
            yield Change("event_trigger", Action.ALTER, name, sql, CREATE_PHASE)
