"""``diff(current, desired) -> [Change]``: runs every family in ``FAMILIES`` and orders the result.

Each family is a function ``(current: Snapshot, desired: Snapshot) -> Iterable[Change]``
for the object kinds it owns. Adding a kind is adding a family here, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from schemadiff.changes import Change
from schemadiff.diff.aggregates import aggregate_changes
from schemadiff.diff.carried import carried_changes
from schemadiff.diff.columns import generated_column_changes
from schemadiff.diff.comments import comment_changes
from schemadiff.diff.default_privileges import default_privilege_changes
from schemadiff.diff.data import data_changes
from schemadiff.diff.enums import enum_changes
from schemadiff.diff.event_triggers import event_trigger_changes
from schemadiff.diff.foreign_data import foreign_data_changes
from schemadiff.diff.indexes import index_changes
from schemadiff.diff.migra_engine import migra_changes
from schemadiff.diff.not_null import not_null_name_changes
from schemadiff.diff.owners import owner_changes
from schemadiff.diff.partitions import partition_changes
from schemadiff.diff.policies import policy_changes
from schemadiff.diff.privileges import privilege_changes
from schemadiff.diff.rls import rls_changes
from schemadiff.diff.rules import rule_changes
from schemadiff.diff.publications import publication_changes
from schemadiff.diff.sequences import sequence_changes
from schemadiff.diff.tables import table_option_changes
from schemadiff.diff.text_search import text_search_changes
from schemadiff.diff.types import type_changes
from schemadiff.ordering import dependency_order, edges_of
from schemadiff.rating import rate_changes
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
    foreign_data_changes,
    aggregate_changes,
    text_search_changes,
    rule_changes,
    publication_changes,
    rls_changes,
    policy_changes,
    privilege_changes,
    default_privilege_changes,
    comment_changes,
    data_changes,
)


def diff(current: Snapshot, desired: Snapshot, extra: Iterable[Change] = ()) -> list[Change]:
    """The changes that turn ``current`` into ``desired``, rated and ordered; ``extra``
    changes (the renames of a plan) are rated and ordered with them."""
    changes: list[Change] = list(extra)
    for family in FAMILIES:
        changes.extend(family(current, desired))
    changes.extend(carried_changes(changes, current, desired))  # what the others' drops take along
    changes.extend(owner_changes(changes, current, desired))  # reads which objects the others (re)create
    rated = rate_changes(changes, current.catalog)
    # stable sort: within a phase, the family's own order is kept; then what depends on what
    # moves changes only where the phases get it wrong (schemadiff/ordering.py)
    ranked = sorted(rated, key=lambda c: c.phase)
    return dependency_order(ranked, edges_of(current.rows.get("depends", ())), edges_of(desired.rows.get("depends", ())))
