"""Triggers of tables, planned without migra's inspector: the trigger part of
:mod:`schemadiff.diff.plain_structure`.

A trigger added to, dropped from or changed on a table (an existing one or a new one) is written
from the render rows of ``queries/render_triggers.sql`` exactly as the migra family writes it
from the inspector: a trigger that goes or changes is dropped in migra's triggers.drop phase
(the dropped ones, then the changed ones), and a new or changed one is created in its
triggers.create phase as ``pg_get_triggerdef`` prints it (the added ones, then the changed ones;
each group in migra's key order, its quoted schema, table and name).

A trigger whose state alone changes (enabled, disabled, ``ENABLE REPLICA``/``ALWAYS``) is one
``alter table … <state> trigger …`` in the changed triggers' place, as
``migra_fixes._trigger_states`` makes of migra's drop and creation (:func:`state_only`).

Plain means, besides the table's rules in ``plain_structure``: a new, dropped or otherwise
changed trigger fires as triggers do by default on both sides (migra writes another state as a
second statement of its creation).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_policies import in_key_order, member_keys, rows_by_identity
from schemadiff.snapshot import Snapshot

_STATE = " [enabled="  # (queries/trigger.sql: a state other than the default)
# a trigger's state (pg_trigger.tgenabled) as ALTER TABLE sets it (here and in migra_fixes._trigger_states)
TRIGGER_STATES = {
    "O": "enable trigger",
    "D": "disable trigger",
    "R": "enable replica trigger",
    "A": "enable always trigger",
}


def plain_triggers(triggers: tuple[CatalogObject, ...]) -> bool:
    """Whether every one of ``triggers`` (of either side) fires as by default."""
    return not any(_STATE in trigger.definition for trigger in triggers)


def state_only(before: CatalogObject, after: CatalogObject) -> bool:
    """Whether a trigger changes in its state alone (``queries/trigger.sql``)."""
    return _without_state(before) == _without_state(after) and before.definition != after.definition


def _without_state(trigger: CatalogObject) -> str:
    return trigger.definition.split(_STATE, 1)[0]


def _state(trigger: CatalogObject) -> str:
    """A trigger's ``tgenabled``: ``O`` (the default), ``D``, ``R`` or ``A``."""
    _, found, rest = trigger.definition.partition(_STATE)
    return rest[0] if found else "O"


def trigger_drops(dropped: tuple[CatalogObject, ...], changed: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """migra's drops: the dropped triggers, then the changed ones (but those whose state alone
    changes: ``changed`` holds the others)."""
    for trigger in (*in_key_order(dropped), *in_key_order(changed)):
        _, table, name = member_keys(trigger)
        sql = f"drop trigger if exists {name} on {table}"
        yield Change("trigger", Action.DROP, trigger.identity, sql, PHASE_RANK["triggers.drop"])


def trigger_creations(
    desired: Snapshot,
    added: tuple[CatalogObject, ...],
    changed: tuple[CatalogObject, ...],
    restated: tuple[CatalogObject, ...] = (),
) -> Iterator[Change]:
    """migra's creations: the added triggers, then the changed ones, as the server prints them;
    among the changed ones (in key order) those of ``restated`` (their state alone changes) set
    to their state with ``alter table``."""
    rows = rows_by_identity(desired, "triggers", {t.identity for t in (*added, *changed)})
    states = {t.identity for t in restated}
    for trigger in (*in_key_order(added), *in_key_order((*changed, *restated))):
        if trigger.identity in states:
            _, table, name = member_keys(trigger)
            sql = f"alter table {table} {TRIGGER_STATES[_state(trigger)]} {name}"
            yield Change("trigger", Action.ALTER, trigger.identity, sql, PHASE_RANK["triggers.create"])
            continue
        sql = str(rows[trigger.identity]["definition"])
        yield Change("trigger", Action.CREATE, trigger.identity, sql, PHASE_RANK["triggers.create"])


def state_restorations(triggers: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """For the triggers among ``triggers`` (as the desired side has them, created again) that do
    not fire as by default: their state set after their creation (``CREATE TRIGGER`` makes one
    enabled)."""
    for trigger in in_key_order(triggers):
        if _STATE in trigger.definition:
            _, table, name = member_keys(trigger)
            sql = f"alter table {table} {TRIGGER_STATES[_state(trigger)]} {name}"
            yield Change("trigger", Action.ALTER, trigger.identity, sql, PHASE_RANK["triggers.create"])


def apart_from_triggers(
    constraints: tuple[CatalogObject, ...], triggers: Mapping[str, CatalogObject]
) -> tuple[CatalogObject, ...]:
    """``constraints`` without those of constraint triggers (``contype=t``) of ``triggers``, the
    side's: ``CREATE CONSTRAINT TRIGGER`` makes one, ``DROP TRIGGER`` drops it (migra writes the
    trigger alone)."""
    return tuple(c for c in constraints if not (c.definition.startswith("contype=t ") and c.identity in triggers))
