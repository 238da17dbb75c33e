"""``diff(current, desired) -> [Change]``: runs every family in ``FAMILIES`` and orders the result.

Each family is a function ``(current: Snapshot, desired: Snapshot) -> Iterable[Change]``
for the object kinds it owns. Adding a kind is adding a family here, nothing else.

Two sides whose catalogs differ only in :data:`LIGHT_KINDS` (RLS switches, grants, default
privileges, comments, managed rows) are diffed by :func:`light_families` alone, which read our
catalog and render rows and never migra's inspector: such a plan (the common "grant a role",
"add a reference row") reads no schemainspect at all (:func:`light_structure`). Nor do new and
dropped tables, and columns, indexes, constraints, policies and triggers added to, dropped from or
changed on tables, sequences, new, dropped and changed views, new, dropped and changed functions,
types, schemas and extensions (:mod:`schemadiff.diff.plain_structure`),
the most common structural changes.
The corpus checks, for every case it applies to, that they plan exactly what every family would.
What the light families plan and the render rows they read: :mod:`schemadiff.diff.light_scope`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any

from schemadiff.catalog import Catalog
from schemadiff.change_nodes import needing_nodes
from schemadiff.changes import Change
from schemadiff.diff.aggregates import aggregate_changes
from schemadiff.diff.carried import carried_changes, key_index_name
from schemadiff.diff.collations import collation_changes
from schemadiff.diff.columns import generated_column_changes
from schemadiff.diff.comments import comment_changes, recommented_changes
from schemadiff.diff.data import data_changes
from schemadiff.diff.default_privileges import default_privilege_changes
from schemadiff.diff.distribution import distribution_changes
from schemadiff.diff.enum_replacement import enum_replacement_changes
from schemadiff.diff.enums import enum_changes
from schemadiff.diff.event_triggers import event_trigger_changes
from schemadiff.diff.foreign_data import foreign_data_changes
from schemadiff.diff.indexes import index_changes
from schemadiff.diff.inherited_columns import inherited_column_changes, inheriting_nodes
from schemadiff.diff.light_identities import carried_comments, not_null_tables
from schemadiff.diff.light_scope import LIGHT_KINDS, OWN_FAMILY_KINDS, Family, Light, own_kinds
from schemadiff.diff.light_scope import light_rows as light_rows  # (the callers' name for it: schemadiff.diff)
from schemadiff.diff.light_scope import plan_rows as plan_rows
from schemadiff.diff.migra_engine import migra_changes
from schemadiff.diff.not_null import not_null_name_changes
from schemadiff.diff.owners import owner_changes
from schemadiff.diff.partition_columns import partition_column_changes
from schemadiff.diff.partition_detach import detaches_after_referencing_drops
from schemadiff.diff.partition_indexes import index_attachments
from schemadiff.diff.partitions import partition_attachments, partition_changes
from schemadiff.diff.plain_columns import GENERATION
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_statements import (
    plain_policy_changes,
    plain_structure_changes,
    redefined_index_changes,
)
from schemadiff.diff.plain_structure import PLAIN_KINDS, plain_structure
from schemadiff.diff.policies import policy_changes
from schemadiff.diff.privileges import privilege_changes
from schemadiff.diff.publications import publication_changes
from schemadiff.diff.rls import rls_changes
from schemadiff.diff.rules import rule_changes
from schemadiff.diff.sequences import sequence_changes
from schemadiff.diff.tables import table_option_changes
from schemadiff.diff.text_search import text_search_changes
from schemadiff.diff.types import type_changes
from schemadiff.diff.view_chains import dropped_function_nodes, interleaved_nodes
from schemadiff.graph_edges import column_order_edges, copy_edges, edges_of, merged, structural_edges
from schemadiff.ordering import dependency_order
from schemadiff.rating import rate_changes
from schemadiff.snapshot import Snapshot, same_schema

FAMILIES: tuple[Family, ...] = (
    migra_changes,
    collation_changes,
    enum_changes,
    enum_replacement_changes,
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
    distribution_changes,
    policy_changes,
    privilege_changes,
    default_privilege_changes,
    comment_changes,
    data_changes,
)


def light_families(light: Light) -> tuple[Family, ...]:
    """The families that plan the light kinds and the plain structure of ``light``. Grants and
    comments are planned only when the catalogs' differ: the plain structure creates no object
    that grants or a comment belong to without their showing in the catalog (a new column's
    comment is a comment object), and the constraints and indexes it creates again get their
    unchanged comments from the catalog (``recommented_changes``). The enums family runs when an
    enum gains labels, the enum replacement family when one is replaced, the types family when a
    domain, range or composite type differs, the indexes changed in their storage parameters
    alone in the indexes family's place, the table options family when a table's storage
    parameters or replica identity change, the partitions family's attachments when a table is
    attached, detached or moved to another bound and its partition columns when a partition's
    own default or NOT NULL may need setting (``diff/partition_columns.py``) and its index
    attachments when a partitioned table's index becomes valid by them
    (``diff/partition_indexes.py``), the aggregates family when an aggregate differs (migra's
    inspector reads none), the privileges family when a function's arguments are renamed, and
    the family of each :data:`OWN_FAMILY_KINDS` kind that differs."""
    found = light.found
    return (
        partial(plain_structure_changes, found),  # (migra's place: the first family)
        *((enum_changes,) if found.types.grown_enums else ()),  # (labels added)
        *((enum_replacement_changes,) if found.types.replaced_enums else ()),  # (diff/enum_replacement.py)
        *((type_changes,) if found.types.others else ()),  # (domains, range and composite types)
        *((generated_column_changes,) if found.regenerated_columns else ()),  # (SET EXPRESSION)
        *((partial(redefined_index_changes, found),) if found.redefined_indexes else ()),  # (the indexes')
        *((sequence_changes,) if "sequence" in light.kinds else ()),  # (an identity's options)
        # (storage parameters, replica identity; a materialized view's storage parameters)
        *((table_option_changes,) if found.changed_tables or found.optioned_matviews else ()),
        *((partition_attachments,) if found.repartitioned_tables else ()),  # (the partitions family's place)
        *((partition_column_changes,) if found.partition_columns else ()),  # (its next part)
        *((index_attachments,) if found.completed_indexes else ()),  # (its last part)
        # (in FAMILIES' order: between the sequences and the RLS switches; the aggregates among them)
        *_own_families(own_kinds(light), aggregate_changes if found.functions.aggregates else None),
        rls_changes,
        partial(plain_policy_changes, found),  # (the policies family's place: ALTER POLICY)
        # (a grant names a function's arguments' names: one renamed is a new object to the family)
        *((privilege_changes,) if "privilege" in light.kinds or found.functions.reheaded else ()),
        default_privilege_changes,
        comment_changes if "comment" in light.kinds else recommented_changes,
        data_changes,
    )


def _own_families(kinds: frozenset[str], extra: Family | None = None) -> tuple[Family, ...]:
    """The families of the :data:`OWN_FAMILY_KINDS` among ``kinds``, and ``extra``, in FAMILIES' order."""
    wanted = {OWN_FAMILY_KINDS[kind][0] for kind in kinds if kind in OWN_FAMILY_KINDS} | {extra}
    return tuple(family for family in FAMILIES if family in wanted)


def differing_kinds(current: Catalog, desired: Catalog) -> frozenset[str]:
    """The kinds of the objects that are not the same on both sides."""
    return current.kinds_differing_from(desired)


def light_structure(current: Catalog, desired: Catalog) -> Light | None:
    """What the light families plan besides the light kinds: the plain structure that differs
    (:mod:`schemadiff.diff.plain_structure`; empty when only :data:`LIGHT_KINDS` differ); None
    when planning needs migra's inspector (schemainspect): the catalogs are of two major versions
    or differ otherwise."""
    if current.server_version_num // 10000 != desired.server_version_num // 10000:
        return None
    kinds = differing_kinds(current, desired)
    comments = current.identities_differing_from(desired, "comment") if "comment" in kinds else frozenset()
    not_null = not_null_tables(current, desired) if "not_null_name" in kinds else frozenset()
    if kinds <= LIGHT_KINDS | OWN_FAMILY_KINDS.keys():
        return Light(PlainStructure(), kinds, comments=comments, not_null_tables=not_null)
    if not kinds <= LIGHT_KINDS | OWN_FAMILY_KINDS.keys() | PLAIN_KINDS:
        return None
    found = plain_structure(current, desired, kinds)
    if found is None:
        return None
    comments |= carried_comments(current, desired, found)
    retyped_tables = frozenset(c.parent for c in found.retyped_columns)
    key_refs = (
        frozenset(i.identity for i in (*found.dropped_indexes, *found.redefined_indexes))
        | frozenset(
            key_index_name(c.identity)
            for c in (
                *found.dropped_constraints,
                *found.changed_constraints.recreated,
                *found.changed_constraints.rekeyed,
            )
            if c.identity.count(".") == 2
        )
        | frozenset(v.identity for v in (*found.changed_views, *found.chained_views, *found.around_moved.views))
        | (found.around_moved.tables if found.around_moved.views else frozenset())  # (diff/views_over_tables.py)
        | frozenset(c.identity for c in found.retyped_columns)
        | retyped_tables
        # (an enum replaced, its columns recast as retyped ones: nothing else may use them, diff/enum_replacement.py)
        | frozenset(t.identity for t in found.types.replaced_enums)
        | found.enum_columns
        | frozenset(o.parent for c in found.enum_columns if (o := current.get("column", c)) is not None)
        | found.foreign_tables  # (what needs one created again: diff/carried_dependents.py)
        | found.rebuilt_tables  # (the foreign keys that reference one: diff.carried)
        | dropped_function_nodes(found)  # (what needed one may not be replaced: diff/view_chains.py)
        | interleaved_nodes(found)  # (new or dropped views and functions that name one another: the same)
    )
    generated = tuple(
        c
        for c in current.of_kind("column").values()
        if retyped_tables and c.parent in retyped_tables and GENERATION in c.definition
    )
    generated_tables = {c.parent for c in generated}
    return Light(
        found,
        kinds,
        # (the rules on a table a column of which goes or is retyped: diff.rules; what needs a domain,
        # range or composite type that changes, which pg_depend names by type: diff/carried_dependents.py)
        bool((found.dropped_columns or found.retyped_columns) and current.of_kind("rule"))
        or bool(found.types.changed_others)
        # (a function diff.carried may carry: edges name it without arguments)
        or bool(found.around_moved.functions or found.view_readers),
        key_refs,
        comments,
        not_null,
        frozenset(t.identity for t in desired.of_kind("trigger").values() if t.parent in retyped_tables),
        generated,
        *(
            frozenset(o.identity for o in current.of_kind(kind).values() if o.parent in generated_tables)
            for kind in ("index", "constraint")
        ),
    )


def needs_inspector(current: Catalog, desired: Catalog) -> bool:
    """Whether planning needs migra's inspector (:func:`light_structure`)."""
    return light_structure(current, desired) is None


def diff(current: Snapshot, desired: Snapshot, extra: Iterable[Change] = ()) -> list[Change]:
    """The changes that turn ``current`` into ``desired``, rated and ordered; ``extra``
    changes (the renames of a plan) are rated and ordered with them. Two sides whose catalogs
    are the same schema have none, and need no details (``snapshot.same_schema``)."""
    extra = list(extra)
    if not extra and same_schema(current, desired):
        return []
    return ordered(unordered_changes(current, desired, extra), current, desired)


def unordered_changes(
    current: Snapshot,
    desired: Snapshot,
    extra: Iterable[Change] = (),
    *,
    every_family: bool = False,
    light: Light | None = None,
) -> list[Change]:
    """Every family's changes (and ``extra``), rated, in the families' own order; only the
    :func:`light_families` when the catalogs differ only in what they plan (``every_family``: all
    the same, for the corpus to compare). ``extra``: a plan's renames, ``desired`` then the shadow
    renamed back (its catalog decides the path like any other). ``light``: what
    :func:`light_structure` found for these two sides, when the caller has it already."""
    changes: list[Change] = list(extra)
    if every_family:
        light = None
    elif light is None:
        light = light_structure(current.catalog, desired.catalog)
    for family in FAMILIES if light is None else light_families(light):
        changes.extend(family(current, desired))
    changes = inherited_column_changes(changes, current, desired)  # (what a parent's change makes its children)
    changes.extend(carried_changes(changes, current, desired))  # what the others' drops take along
    changes.extend(owner_changes(changes, current, desired))  # reads which objects the others (re)create
    return rate_changes(changes, current.catalog)


def ordering_nodes(changes: Iterable[Change], current: Snapshot, desired: Snapshot) -> frozenset[str]:
    """The nodes whose edges order ``changes``: their objects' (``change_nodes.needing_nodes``) and
    the columns a parent's column change reaches (``inherited_columns.inheriting_nodes``)."""
    changes = list(changes)
    return needing_nodes(changes) | inheriting_nodes(changes, current.catalog, desired.catalog)


def ordered(
    changes: Iterable[Change],
    current: Snapshot,
    desired: Snapshot,
    *,
    reverse_ties: bool = False,
    whole_graph: bool = False,
    edges: tuple[Iterable[Mapping[str, Any]], Iterable[Mapping[str, Any]]] | None = None,
) -> list[Change]:
    """``changes`` ordered by what depends on what (schemadiff/ordering.py); among the changes
    free to go, the earliest phase first (the families' order within a phase).
    ``reverse_ties`` breaks ties the other way round: the tests use it to prove that the
    dependency graph alone orders a plan. The rules read only the edges of the changes'
    objects (``change_nodes.needing_nodes``); ``whole_graph``: every edge, for the corpus to prove
    that those are enough. ``edges``: the render_depends rows of each side, when the snapshots
    were read without them (``snapshot.read_edges`` of :func:`ordering_nodes`)."""
    changes = list(changes)
    if not changes:
        return []  # (the graphs are read only to order something)
    by_phase = sorted(range(len(changes)), key=lambda i: changes[i].phase)
    if reverse_ties:
        by_phase.reverse()
    rank = [0] * len(changes)
    for position, i in enumerate(by_phase):
        rank[i] = position
    nodes = None if whole_graph else ordering_nodes(changes, current, desired)
    current_edges, desired_edges = edges or (current.rows.get("depends", ()), desired.rows.get("depends", ()))
    current_needs = merged(
        edges_of(current_edges, nodes),
        structural_edges(current.catalog.objects, nodes),
        copy_edges(changes, lambda: current.rows.get("partitions", ())),
    )
    desired_needs = merged(
        edges_of(desired_edges, nodes),
        structural_edges(desired.catalog.objects, nodes),
        column_order_edges(changes, lambda: desired.rows.get("column_types", ())),
    )
    parents = {
        obj.identity: obj.parent for snapshot in (current, desired) for obj in snapshot.catalog.objects if obj.parent
    }
    return dependency_order(
        changes, current_needs, desired_needs, rank, parents, detaches_after_referencing_drops(changes, current.catalog)
    )
