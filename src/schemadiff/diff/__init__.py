"""``diff(current, desired) -> [Change]``: runs every family in ``FAMILIES`` and orders the result.

Each family is a function ``(current: Snapshot, desired: Snapshot) -> Iterable[Change]``
for the object kinds it owns. Adding a kind is adding a family here, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from schemadiff.changes import Action, Change, Hazard
from schemadiff.diff.columns import generated_column_changes
from schemadiff.diff.comments import comment_changes
from schemadiff.diff.default_privileges import default_privilege_changes
from schemadiff.diff.data import data_changes
from schemadiff.diff.enums import enum_changes
from schemadiff.diff.event_triggers import event_trigger_changes
from schemadiff.diff.indexes import index_changes
from schemadiff.diff.migra_engine import migra_changes
from schemadiff.diff.not_null import not_null_name_changes
from schemadiff.diff.partitions import partition_changes
from schemadiff.diff.policies import policy_changes
from schemadiff.diff.privileges import privilege_changes
from schemadiff.diff.rls import rls_changes
from schemadiff.diff.sequences import sequence_changes
from schemadiff.diff.tables import table_option_changes
from schemadiff.diff.types import type_changes
from schemadiff.hazards import column_type, hazards_for, widening_hazards
from schemadiff.snapshot import Snapshot

Family = Callable[[Snapshot, Snapshot], Iterable[Change]]

FAMILIES: tuple[Family, ...] = (
    migra_changes,
    enum_changes,
    type_changes,
    generated_column_changes,
    index_changes,
    sequence_changes,
    table_option_changes,
    partition_changes,
    not_null_name_changes,
    event_trigger_changes,
    rls_changes,
    policy_changes,
    privilege_changes,
    default_privilege_changes,
    comment_changes,
    data_changes,
)

# Hazards that only matter for a table that already holds rows.
_ONLY_FOR_EXISTING = {Hazard.INDEX_BUILD, Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.TABLE_REWRITE}


def diff(current: Snapshot, desired: Snapshot, extra: Iterable[Change] = ()) -> list[Change]:
    """The changes that turn ``current`` into ``desired``, rated and ordered; ``extra``
    changes (the renames of a plan) are rated and ordered with them."""
    changes: list[Change] = list(extra)
    for family in FAMILIES:
        changes.extend(family(current, desired))
    new_tables = {c.identity for c in changes if c.kind == "table" and c.action is Action.CREATE}
    recreated_views = {c.identity for c in changes if c.kind == "view" and c.action is Action.CREATE} & {
        c.identity for c in changes if c.kind == "view" and c.action is Action.DROP
    }
    rated = [_with_hazards(change, new_tables, recreated_views, current) for change in changes]
    # stable sort: within a phase, the family's own order is kept
    return sorted(rated, key=lambda c: c.phase)


def _with_hazards(change: Change, new_tables: set[str], recreated_views: set[str], current: Snapshot) -> Change:
    hazards = hazards_for(change)
    if Hazard.DATA_LOSS in hazards and change.kind == "column" and change.action is Action.ALTER:
        column = current.catalog.get("column", change.identity)
        widened = widening_hazards(column_type(column.definition), change.sql) if column else None
        if widened is not None:  # every value fits the new type
            kept = tuple(h for h in hazards if h not in (Hazard.DATA_LOSS, Hazard.TABLE_REWRITE))
            hazards = tuple(dict.fromkeys(widened + kept))
    if change.kind == "view" and change.action is Action.DROP and change.identity in recreated_views:
        # dropped only to be created again by this plan (a view holds no rows; a
        # materialized view is filled again by its CREATE)
        hazards = tuple(h for h in hazards if h is not Hazard.DATA_LOSS)
    if _on_new_table(change, new_tables):
        hazards = tuple(h for h in hazards if h not in _ONLY_FOR_EXISTING)
    if _grants_on_new_table_to_named_roles(change, new_tables):
        # a new table's own policies and grants to named roles are reviewed with the table;
        # anything reaching PUBLIC or anon stays flagged
        hazards = tuple(h for h in hazards if h is not Hazard.SECURITY)
    return replace(change, hazards=hazards)


_BROAD_ROLES = frozenset({"public", "anon"})


def _grants_on_new_table_to_named_roles(change: Change, new_tables: set[str]) -> bool:
    """A policy, or a grant to a named role other than anon, on a table this plan creates."""
    if change.kind == "policy":
        table = change.identity.rsplit(".", 1)[0]
        # migra renders "… for <command>\nto <roles>\nusing …": the roles are on their own line
        found = re.search(r"(?:^|\s)to\s+(.+?)(?:\s+using\b|\s+with\s+check\b|$)", change.sql.lower(), re.S | re.M)
        roles = found.group(1).split("\n")[0] if found else ""
        broad = any(role.strip().strip('"') in _BROAD_ROLES for role in roles.split(","))
    elif change.kind == "privilege" and change.action is Action.CREATE and " on table " in change.identity:
        # identity: "<privilege> on table <schema.table> to <grantee>"
        target, grantee = change.identity.split(" on table ", 1)[1].rsplit(" to ", 1)
        table = target
        broad = grantee.strip('"').lower() in _BROAD_ROLES
    else:
        return False
    return table in new_tables and not broad


def _on_new_table(change: Change, new_tables: set[str]) -> bool:
    if change.kind == "table":
        return change.identity in new_tables
    if change.kind in {"column", "constraint", "rls"}:
        table = change.identity if change.kind == "rls" else change.identity.rsplit(".", 1)[0]
        return table in new_tables
    if change.kind == "index":
        on = change.sql.lower().split(" on ", 1)
        if len(on) == 2:
            table = on[1].replace("only ", "", 1).split()[0].replace('"', "")
            return table in new_tables
    return False
