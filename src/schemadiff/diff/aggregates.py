"""The aggregates family: CREATE / DROP AGGREGATE (migra's function inspection leaves
aggregates out, so a new, dropped or changed aggregate was never planned).

The statements come whole from ``queries/render_aggregates.sql``: the server renders every
name and literal of an aggregate's options, so two databases holding the same aggregate
give the same text, and a difference in any option is a difference in that text.

A changed aggregate is dropped and created again: ``CREATE OR REPLACE AGGREGATE`` cannot
change the result type or the kind, and it would have to run after the new support
functions exist but before the old ones are dropped, which the phases cannot promise when
both change. The drop comes with the other drops of functions and views
(``selectables.drop``), the creation after the functions are created
(``selectables.create``); :mod:`schemadiff.ordering` then puts each after what it needs
(``pg_depend``: an aggregate needs its support functions, a view the aggregates it calls).

A re-created aggregate starts again with the built-in privileges and no comment, so its
grants and its comment, unchanged and therefore not planned by those families, are set
again here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.comments import PHASE as COMMENT_PHASE
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.privileges import recreated_object_grants
from schemadiff.diff.readers import quote_literal
from schemadiff.snapshot import Snapshot

DROP_PHASE = PHASE_RANK["selectables.drop"] + 1
CREATE_PHASE = PHASE_RANK["selectables.create"] + 1
KIND = "aggregate"


def _rows(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in snapshot.rows.get("aggregates", ())}


def aggregate_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = _rows(current), _rows(desired)
    recreated = sorted(
        name for name in have.keys() & want.keys() if have[name]["create_sql"] != want[name]["create_sql"]
    )
    for name in sorted(have.keys() - want.keys()) + recreated:
        yield Change(KIND, Action.DROP, name, f"drop aggregate {have[name]['signature']}", DROP_PHASE)
    for name in sorted(want.keys() - have.keys()) + recreated:
        yield Change(KIND, Action.CREATE, name, want[name]["create_sql"], CREATE_PHASE)
    for name in recreated:
        yield from _restored(current, desired, have[name], want[name])


def _restored(current: Snapshot, desired: Snapshot, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """The grants and comment a re-created aggregate had and keeps (when they change, the
    privileges and comments families plan them already)."""
    if old["target"] == new["target"]:
        yield from recreated_object_grants(desired, "function", new["target"], current.privileges)
    key = ("aggregate", new["comment_identity"])
    text = desired.comments.get(key)
    if text is not None and current.comments.get(("aggregate", old["comment_identity"])) == text:
        target = f"aggregate {new['comment_identity']}"
        yield Change("comment", Action.CREATE, target, f"comment on {target} is {quote_literal(text)}", COMMENT_PHASE)
