"""The statements of the plain structure that differs (:mod:`schemadiff.diff.plain_structure`
says when it is plain and what differs): migra's statements for them, in the families' places.
"""

from __future__ import annotations

from collections.abc import Iterator

from schemadiff.changes import Change
from schemadiff.diff.partitions import fix_plain_partition_changes, fix_rebuilt_index_changes
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_columns import blocked_policies, column_changes
from schemadiff.diff.plain_constraints import constraint_additions, constraint_drops, made_indexes
from schemadiff.diff.plain_extensions import extension_drops, schema_and_extension_creations, schema_drops
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_functions import (
    early_setting,
    fixed_replacements,
    function_creations,
    function_drops,
    function_plan,
    function_replacements,
    late_setting,
)
from schemadiff.diff.plain_indexes import index_creations, index_drops, index_key, table_indexes
from schemadiff.diff.plain_policies import (
    policy_alterations,
    policy_creations,
    policy_drops,
    quoted_relation,
    recreated_policies,
)
from schemadiff.diff.plain_rebuilt import rebuilt_member_changes
from schemadiff.diff.plain_sequences import sequence_creations, sequence_drops, sequence_ownerships
from schemadiff.diff.plain_tables import logging_changes, table_changes
from schemadiff.diff.plain_triggers import trigger_creations, trigger_drops
from schemadiff.diff.plain_types import enum_creations, enum_drops
from schemadiff.diff.plain_views import view_alterations, view_creations, view_drops
from schemadiff.diff.view_chains import (
    chain_of,
    chained_view_creations,
    selectable_creations,
    selectable_drops,
)
from schemadiff.diff.views_over_tables import view_creations_around_tables, view_drops_around_tables, views_needing
from schemadiff.snapshot import Snapshot


def plain_structure_changes(found: PlainStructure, current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The statements migra writes for ``found``, the plain differences of the two sides (those of
    partitions and partitioned tables as the partitions family corrects them)."""
    changes = _statements(found, current, desired)
    if found.partitioned:
        yield from fix_plain_partition_changes(list(changes), current, desired)
    else:
        yield from changes


def _statements(found: PlainStructure, current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    functions = function_plan(current, desired, found.functions)
    blocked = blocked_policies(current, desired, found.column_policies)  # (around retyped or dropped columns)
    around_needs = views_needing(desired, found.around_moved)  # (diff/views_over_tables.py)
    chain = chain_of(current, desired, found)  # (the changed views and their chains: diff/view_chains.py)
    had_views, wanted_views = current.catalog.of_kind("materialized_view"), desired.catalog.of_kind("materialized_view")
    # (the indexes of exclusion constraints and temporal keys: the constraints make and drop them)
    dropped_made = made_indexes(found.dropped_constraints)
    added_made = made_indexes(found.added_constraints)
    dropped_indexes = tuple(i for i in found.dropped_indexes if i.identity not in dropped_made)
    added_indexes = tuple(i for i in found.added_indexes if i.identity not in added_made)
    yield from early_setting(functions)  # (first of all, as migra_fixes._early_functions puts it)
    yield from schema_and_extension_creations(found.extensions)
    yield from enum_creations(desired, found.types.added_enums)
    yield from sequence_creations(desired, found.added_sequences)
    yield from trigger_drops(found.dropped_triggers, found.changed_triggers)
    yield from policy_drops(current, desired, found.dropped_policies, found.changed_policies, blocked)
    yield from constraint_drops(found.dropped_constraints, primary=False)
    changed_keys = (*found.changed_constraints.recreated, *found.changed_constraints.rekeyed)
    yield from constraint_drops(changed_keys, primary=False)  # (migra: after the dropped ones)
    yield from index_drops(dropped_indexes, matviews=had_views, modified=found.recreated_indexes)
    # (migra's drops of what its inspector no longer has, views and functions in its key order, and of
    # the changed views it creates again and the views that depend on them: diff/view_chains.py)
    yield from selectable_drops(
        current,
        in_migra_key_order((*view_drops(current, found.dropped_views), *function_drops(current, functions))),
        chain,
        found.interleaved_selectables,
    )
    yield from view_drops_around_tables(current, found.around_moved, around_needs)
    yield from constraint_drops(found.dropped_constraints, primary=True)
    yield from constraint_drops(found.changed_constraints.rekeyed, primary=True)
    yield from index_drops(table_indexes(dropped_indexes, had_views), modified=found.recreated_indexes)
    yield from table_changes(
        desired, found.dropped_tables, found.added_tables, found.new_table_columns, found.partitions
    )
    yield from logging_changes(current, desired, found.changed_tables)
    yield from column_changes(
        current,
        desired,
        (found.dropped_columns, found.added_columns, found.changed_columns),
        retyped=bool(found.retyped_columns),
    )
    yield from sequence_ownerships(desired, found.added_sequences, found.reowned_sequences)
    yield from sequence_drops(current, found.dropped_sequences)
    yield from enum_drops(current, found.types.dropped_enums)
    yield from extension_drops(found.extensions)
    yield from index_creations(
        desired,
        {i.identity for i in table_indexes(added_indexes, wanted_views)},
        modified=found.recreated_indexes,
    )
    yield from constraint_additions(
        desired, found.added_constraints, found.changed_constraints.every, found.changed_constraints.alterations()
    )
    yield from late_setting(functions)
    # (migra's creations of what its inspector did not have, views and functions in its key order;
    # then of the changed views and those created again with them: diff/view_chains.py)
    yield from selectable_creations(
        desired,
        in_migra_key_order((*view_creations(desired, found.added_views), *function_creations(desired, functions))),
        found.interleaved_selectables,
    )
    yield from chained_view_creations(desired, chain)
    yield from view_creations_around_tables(desired, found.around_moved, around_needs)
    yield from function_replacements(desired, functions)
    yield from index_creations(
        desired, {i.identity for i in added_indexes}, matviews=wanted_views, modified=found.recreated_indexes
    )
    yield from policy_creations(current, desired, found.added_policies, found.changed_policies, blocked)
    yield from trigger_creations(desired, found.added_triggers, found.changed_triggers, found.restated_triggers)
    yield from view_alterations(current, found.realtered_views)
    yield from fixed_replacements(current, desired, functions)
    yield from schema_drops(found.extensions)
    yield from rebuilt_member_changes(desired, found.rebuilt_tables)  # (as partitions._rebuilt appends them)


def in_migra_key_order(changes: tuple[Change, ...]) -> list[Change]:
    """Views and functions (each group in its key order already) in migra's key order of its
    selectables: ``"schema"."name"``, a function's followed by its arguments (one dot in every
    name: ``plain_views``, ``plain_functions``)."""

    def key(change: Change) -> str:
        schema, name = change.identity.split(".", 1)
        return quoted_relation(schema, name) + ("(" if change.kind == "function" else "")

    return sorted(changes, key=key)  # (stable: a group's own order kept)


def redefined_index_changes(found: PlainStructure, current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The indexes changed only in what migra does not compare, in the indexes family's place and
    as it plans them (diff/indexes.py): each dropped and created again, one step after migra's
    indexes, in migra's key order."""
    changes = [
        change
        for index in sorted(found.redefined_indexes, key=index_key)
        for change in (
            *index_drops((index,), PHASE_RANK["indexes.drop"] + 1),
            *index_creations(desired, {index.identity}, PHASE_RANK["indexes.create"] + 1),
        )
    ]
    yield from fix_rebuilt_index_changes(changes, current, desired)  # (a partitioned table's)


def plain_policy_changes(found: PlainStructure, current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The ALTER POLICY statements of ``found``, in the policies family's place, then the unchanged
    policies dropped and created again around retyped columns."""
    blocked = blocked_policies(current, desired, found.column_policies)
    yield from policy_alterations(current, desired, found.changed_policies, blocked)
    yield from recreated_policies(current, desired, blocked)
    rebuilt = tuple(m for m in found.rebuilt_members if m.kind == "policy")
    yield from policy_creations(current, desired, rebuilt, ())  # (those of tables created again: diff/policies.py)
