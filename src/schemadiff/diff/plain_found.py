"""What :func:`schemadiff.diff.plain_structure.plain_structure` finds: the plain structure
that differs between two catalogs (:class:`PlainStructure`), and what its parts say of each
other."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, replace

from schemadiff.catalog import CatalogObject
from schemadiff.diff.plain_constraints import ChangedConstraints
from schemadiff.diff.plain_extensions import PlainExtensions
from schemadiff.diff.plain_functions import PlainFunctions
from schemadiff.diff.plain_types import PlainTypes
from schemadiff.diff.views_over_tables import AroundTables


@dataclass(frozen=True)
class PlainStructure:
    """What differs in tables, columns, indexes, constraints, policies and triggers, all of it
    plain (see ``diff/plain_structure.py``'s docstring). ``new_table_columns``: the columns of ``added_tables`` (created with
    them); ``added_columns``: those added to existing tables."""

    added_tables: tuple[CatalogObject, ...] = ()
    dropped_tables: tuple[CatalogObject, ...] = ()
    new_table_columns: tuple[CatalogObject, ...] = ()
    added_columns: tuple[CatalogObject, ...] = ()
    dropped_columns: tuple[CatalogObject, ...] = ()
    changed_columns: tuple[CatalogObject, ...] = ()  # (as desired has them)
    retyped_columns: tuple[CatalogObject, ...] = ()  # those of changed_columns whose type changes
    # those naming one, or a dropped column (plain_columns), or a function whose header changes (unchanged ones)
    column_policies: frozenset[str] = frozenset()
    regenerated_columns: tuple[CatalogObject, ...] = ()  # generated, their expression alone changed
    added_indexes: tuple[CatalogObject, ...] = ()
    dropped_indexes: tuple[CatalogObject, ...] = ()
    redefined_indexes: tuple[CatalogObject, ...] = ()  # changed in what migra does not compare (as desired has them)
    recreated_indexes: frozenset[str] = frozenset()  # the identities of those both dropped and added (changed)
    # of partitioned tables, valid once their partitions' are attached (diff/partition_indexes.py)
    completed_indexes: frozenset[str] = frozenset()
    added_constraints: tuple[CatalogObject, ...] = ()
    dropped_constraints: tuple[CatalogObject, ...] = ()
    changed_constraints: ChangedConstraints = ChangedConstraints()  # checks, foreign keys, keys (other columns)
    added_policies: tuple[CatalogObject, ...] = ()
    dropped_policies: tuple[CatalogObject, ...] = ()
    changed_policies: tuple[CatalogObject, ...] = ()
    added_triggers: tuple[CatalogObject, ...] = ()
    dropped_triggers: tuple[CatalogObject, ...] = ()
    changed_triggers: tuple[CatalogObject, ...] = ()  # (as desired has them)
    restated_triggers: tuple[CatalogObject, ...] = ()  # changed in their state alone (as desired has them)
    added_sequences: tuple[CatalogObject, ...] = ()  # (not an identity's: it comes and goes with its column)
    dropped_sequences: tuple[CatalogObject, ...] = ()
    reowned_sequences: tuple[CatalogObject, ...] = ()  # another owning column (as desired has them)
    added_views: tuple[CatalogObject, ...] = ()
    dropped_views: tuple[CatalogObject, ...] = ()
    changed_views: tuple[CatalogObject, ...] = ()  # (as desired has them)
    # the views the same on both sides that may depend on a changed one (diff/view_chains.py)
    chained_views: tuple[CatalogObject, ...] = ()
    # new or dropped views and functions name one another: ordered by their edges (diff/view_chains.py)
    interleaved_selectables: bool = False
    optioned_matviews: tuple[CatalogObject, ...] = ()  # new or kept, their storage parameters set (the tables family)
    realtered_views: tuple[CatalogObject, ...] = ()  # their options alone changed (as desired has them)
    changed_tables: tuple[CatalogObject, ...] = ()  # (storage parameters, replica identity; as desired has them)
    partitions: frozenset[str] = frozenset()  # those of added_tables and dropped_tables (diff/plain_partitions.py)
    partitioned: bool = False  # partitions or partitioned tables take part: the partitions family's fixes apply
    # the partitions' indexes, the same on both sides, of tables one of whose parent's indexes is dropped
    staying_copies: frozenset[str] = frozenset()
    foreign_tables: frozenset[str] = frozenset()  # those that differ (the foreign data family: diff/plain_foreign.py)
    # the partitions' columns that may need a default or NOT NULL of their own, and their parents' (their rows)
    partition_columns: frozenset[str] = frozenset()
    # tables attached, detached or given another bound, nothing but their members differing (the partitions family)
    repartitioned_tables: frozenset[str] = frozenset()
    # tables that become partitioned or stop being so: dropped and created again (diff/plain_rebuilt.py),
    # among added_tables and dropped_tables too; and their indexes, constraints, triggers and policies (desired's)
    rebuilt_tables: frozenset[str] = frozenset()
    rebuilt_members: tuple[CatalogObject, ...] = ()
    functions: PlainFunctions = PlainFunctions()
    # the functions, the same on both sides, that read a changed view or a table created again (diff.carried
    # carries those that need one)
    view_readers: frozenset[str] = frozenset()
    types: PlainTypes = PlainTypes()
    enum_columns: frozenset[str] = frozenset()  # those using types.replaced_enums (diff/enum_replacement.py)
    extensions: PlainExtensions = PlainExtensions()  # (and schemas)
    # the tables whose columns no longer begin with theirs and what may need them (diff/views_over_tables.py)
    around_moved: AroundTables = AroundTables()


def members_alone(found: PlainStructure, tables: Set[str], kept: Set[str] = frozenset()) -> bool:
    """Whether all that differs but ``tables`` being attached, detached or bound again are indexes
    and constraints of theirs, or of the partitioned tables ``kept`` the same (their parents, say),
    and columns of those, added, dropped or changed (the partitions family's fixes place those around the ATTACH and the
    DETACH; a trigger of one, but its parent's clone, is left to migra's path: one of a parent's
    trigger's name is that trigger's clone, disabled say), and new or dropped partitions (created
    after the DETACHes from their parent: ``ordering``; dropped ones detached first where a
    foreign key references their parent: ``partition_detach``)."""
    members = (
        *found.added_indexes,
        *found.dropped_indexes,
        *found.redefined_indexes,
        *found.added_constraints,
        *found.dropped_constraints,
        *found.added_columns,  # (of ``kept`` partitioned tables: ordered after their DETACHes, before ATTACHes)
        *found.dropped_columns,
        *found.changed_columns,
    )
    new_or_dropped = {t.identity for t in (*found.added_tables, *found.dropped_tables)}
    if not new_or_dropped <= found.partitions:
        return False
    rest = replace(
        found,
        added_tables=(),
        dropped_tables=(),
        new_table_columns=(),
        added_columns=(),
        dropped_columns=(),
        changed_columns=(),
        partitions=frozenset(),
        partition_columns=frozenset(),
        added_indexes=(),
        dropped_indexes=(),
        redefined_indexes=(),
        recreated_indexes=frozenset(),
        staying_copies=frozenset(),
        added_constraints=(),
        dropped_constraints=(),
        partitioned=False,
    )
    return rest == PlainStructure() and all(
        m.parent in tables or m.parent in kept or m.parent in new_or_dropped for m in members
    )


def views_alone(found: PlainStructure) -> bool:
    """Whether no view, materialized view, function or type differs, but new and dropped views
    (migra orders those with the views it re-creates around a table: diff/views_over_tables.py)."""
    return not (
        found.changed_views
        or found.realtered_views
        or found.optioned_matviews
        or found.functions.added
        or found.functions.dropped
        or found.functions.changed
        or found.functions.reheaded
        or found.types.identities
    )
