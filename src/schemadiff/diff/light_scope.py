"""What the light families plan and read: the kinds only they plan (:data:`LIGHT_KINDS`), the
kinds their own family plans on either path (:data:`OWN_FAMILY_KINDS`), what two catalogs differ
in when the light families plan them (:class:`Light`, found by ``diff.light_structure``), and the
render rows a side is read with for them (:func:`light_rows`, :func:`plan_rows`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Change
from schemadiff.diff.collations import collation_changes
from schemadiff.diff.event_triggers import event_trigger_changes
from schemadiff.diff.foreign_data import foreign_data_changes
from schemadiff.diff.not_null import not_null_name_changes
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_rebuilt import MEMBER_KINDS
from schemadiff.diff.publications import publication_changes
from schemadiff.diff.rules import rule_changes
from schemadiff.diff.text_search import text_search_changes
from schemadiff.snapshot import RowScope, Snapshot

Family = Callable[[Snapshot, Snapshot], Iterable[Change]]

# kinds whose differences only the light families plan, from the catalog and the render rows
# (owners: the owners family, which runs after every family on either path)
LIGHT_KINDS = frozenset({"rls", "privilege", "default_privilege", "comment", "row", "owner"})

# kinds that their own family alone plans on either path (migra writes none of them): kind ->
# that family and the render rows it reads; light kinds too (the rows read when they differ)
OWN_FAMILY_KINDS: dict[str, tuple[Family, tuple[str, ...]]] = {
    "collation": (collation_changes, ()),
    "not_null_name": (not_null_name_changes, ("not_null",)),
    "event_trigger": (event_trigger_changes, ("event_triggers",)),
    **{
        kind: (foreign_data_changes, ("foreign_data",))
        for kind in ("foreign_data_wrapper", "foreign_server", "user_mapping", "foreign_column")
    },
    **{
        # (and every comment: a re-created dictionary or configuration gets its unchanged one again)
        kind: (text_search_changes, ("text_search_dictionaries", "text_search_configurations", "comments"))
        for kind in (
            "text_search_dictionary",
            "text_search_configuration",
            "text_search_parser",
            "text_search_template",
        )
    },
    "rule": (rule_changes, ("rules",)),
    "publication": (publication_changes, ("publications",)),
}


@dataclass(frozen=True)
class Light:
    """Two catalogs the light families plan: ``found``, the plain structure that differs, and ``kinds``, every kind
    that differs (:func:`light_structure`). ``whole_graph``: what runs after the families reads the whole
    dependency graph of the current side (the rules on a table the plan drops or retypes a column of:
    ``diff.rules``; what needs a domain, range or composite type that changes, a function it may carry around a
    table whose columns migra cannot change in place: ``diff/carried_dependents.py``). ``key_refs``: the indexes
    the plan drops (a key's by the key's name), the views it may drop and create again and the columns it
    retypes (and their tables), such tables (``diff/views_over_tables.py``), the foreign tables that differ
    (one may be created again): ``diff.carried`` reads the edges that reach them, for the foreign keys on them
    and the functions that need them (``diff/carried_dependents.py``), and the views over such tables, for
    migra's order. ``not_null_tables``:
    the tables whose NOT NULL names differ, and their partitions' parents (the NOT NULL names family reads those
    tables' rows only). ``comments``: the catalog identities of the comments that differ (the comments family
    reads those objects' rows only), and of those of the changed views and their columns and of the changed
    policies (``diff.recreated`` comments one dropped and created again)."""

    found: PlainStructure
    kinds: frozenset[str]
    whole_graph: bool = False
    key_refs: frozenset[str] = frozenset()
    comments: frozenset[str] = frozenset()
    not_null_tables: frozenset[str] = frozenset()
    retyped_triggers: frozenset[str] = frozenset()  # on the tables of retyped columns (diff/carried_dependents.py)
    generated_columns: tuple[CatalogObject, ...] = ()  # of the tables of retyped columns (diff/generated_readers.py)
    generated_indexes: frozenset[str] = frozenset()  # of those columns' tables (dropped with one, before 17)
    generated_constraints: frozenset[str] = frozenset()  # of those columns' tables (the same)


def own_kinds(light: Light) -> frozenset[str]:
    """The kinds whose :data:`OWN_FAMILY_KINDS` families run: those that differ, and foreign_column's
    when a foreign table differs (the foreign data family plans it: ``diff/plain_foreign.py``)."""
    return light.kinds | ({"foreign_column"} if light.found.foreign_tables else frozenset())


# the render rows the light families (and what runs after every family: carried, owners, the
# order) read; the corpus checks that they need no other (casehelp.check_light_families).
# light_rows leaves out the edges when the order alone reads them.
LIGHT_ROWS = frozenset(
    {
        "column_types",
        "indexes",
        "constraints",
        "policies",
        "triggers",
        "views",
        "functions",
        "depends",
        "rules",
        "publications",
        "owners",
        "default_privileges",
        "comment_baselines",
    }
)


def light_rows(light: Light) -> RowScope:
    """What the light families read of the render rows of a side, for ``light``:
    :data:`LIGHT_ROWS`, and of the columns, indexes, constraints, policies and triggers only the
    rows of those that differ (the others are the same on both sides) and of what may need a table whose
    columns migra cannot change in place (``diff/views_over_tables.py``); the comments and the grants only
    when they differ (:func:`light_families`); the dependency edges only when ``diff.carried``
    reads the whole graph (``Light.whole_graph``), or those that reach the indexes the plan drops
    (``Light.key_refs``); ``snapshot.read_edges`` reads those of the plan's objects, for the
    order; and the rows of the :data:`OWN_FAMILY_KINDS` that differ."""
    found = light.found
    columns = (
        frozenset(
            c.identity
            for c in (
                *found.new_table_columns,
                *found.added_columns,
                *found.dropped_columns,
                *found.changed_columns,
                *found.regenerated_columns,
            )
        )
        | {c.identity for c in light.generated_columns}
        | found.around_moved.columns
        | found.partition_columns
        | found.enum_columns
    )
    rebuilt = {kind: {m.identity for m in found.rebuilt_members if m.kind == kind} for kind in MEMBER_KINDS}
    indexes = (
        frozenset(i.identity for i in (*found.added_indexes, *found.dropped_indexes, *found.redefined_indexes))
        | rebuilt["index"]  # (diff/plain_rebuilt.py: created again with their table)
        | light.generated_indexes  # (diff/generated_readers.py: those dropped with a generated column, before 17)
        | found.staying_copies  # (partitions.indexes_dropped_with_parent: created again after their parent's drop)
    )
    constraints = (
        frozenset(
            c.identity
            for c in (
                *found.added_constraints,
                *found.dropped_constraints,
                *found.changed_constraints.every,
            )
        )
        | light.generated_constraints  # (as light.generated_indexes)
        | rebuilt["constraint"]
        | found.around_moved.constraints
    )
    policies = (
        frozenset(p.identity for p in (*found.added_policies, *found.dropped_policies, *found.changed_policies))
        | found.column_policies
        | found.around_moved.policies
        | rebuilt["policy"]
    )
    triggers = (
        frozenset(t.identity for t in (*found.added_triggers, *found.changed_triggers))
        | light.retyped_triggers
        | found.around_moved.triggers
        | rebuilt["trigger"]
    )
    views = frozenset(
        v.identity for v in (*found.added_views, *found.changed_views, *found.chained_views, *found.around_moved.views)
    )
    functions = (
        frozenset(f.identity for f in (*found.functions.added, *found.functions.dropped, *found.functions.changed))
        | found.around_moved.functions
        | found.view_readers
    )
    names = set(LIGHT_ROWS)
    identities: dict[str, frozenset[str]] = {}
    if found.types.identities:
        names.add("types")
        identities["types"] = found.types.identities
    recreated = (
        found.changed_views
        or found.around_moved.views
        or found.around_moved.functions
        or found.view_readers
        or found.types.others
        or found.types.replaced_enums
        or found.functions.reheaded
        or found.functions.aggregates
        or found.foreign_tables
        or found.rebuilt_tables  # (its grants and comments set again: diff/recreated.py)
    )
    if "comment" in light.kinds or found.changed_policies or found.column_policies or recreated:
        names.add("comments")
        identities["comments"] = light.comments
    if "privilege" in light.kinds or recreated:
        names.add("privileges")  # (diff.recreated grants a view, a type or a function created again what it had)
    if found.partitioned or found.repartitioned_tables:
        # (the copies of parents' members: partitions.fix_plain_partition_changes; the bounds of the
        # tables attached: online_attach)
        names.add("partitions")
    if found.column_policies:
        names.add("policy_depends")  # (which use a retyped or dropped column: plain_columns.blocked_policies)
    if found.retyped_columns:
        names.add("casts")  # (diff/column_types.py: whether a cast converts the values)
    matviews = (
        *found.optioned_matviews,
        *(
            v
            for v in (*found.changed_views, *found.chained_views, *found.around_moved.views)
            if v.kind == "materialized_view"
        ),
    )
    if found.changed_tables or matviews:  # (diff.carried sets a re-created materialized view's again)
        names.add("table_options")
        identities["table_options"] = frozenset(t.identity for t in (*found.changed_tables, *matviews))
    if found.functions.aggregates:  # (an aggregate created again gets its grants and comment again)
        names.add("aggregates")
        identities.pop("comments", None)  # (read whole: the family names an aggregate's comment its own way)
    for kind in own_kinds(light) & OWN_FAMILY_KINDS.keys():
        names.update(OWN_FAMILY_KINDS[kind][1])
        if "comments" in OWN_FAMILY_KINDS[kind][1]:
            identities.pop("comments", None)  # (read whole)
    if "not_null_name" in light.kinds:
        identities["not_null"] = light.not_null_tables
    if light.generated_columns:  # (diff/generated_readers.py: a NOT NULL set again under its name)
        names.add("not_null")
        identities["not_null"] = identities.get("not_null", frozenset()) | {c.parent for c in light.generated_columns}
    identities.update(
        column_types=columns,
        indexes=indexes,
        constraints=constraints,
        policies=policies,
        triggers=triggers,
        views=views,
        functions=functions,
    )
    if light.whole_graph:
        pass  # (every edge, read with the details)
    elif light.key_refs:
        identities["depends"] = light.key_refs
    else:  # the order reads the edges of the changes' objects (snapshot.read_edges)
        names.discard("depends")
    return RowScope(frozenset(names), identities)


def plan_rows(light: Light, foreign_data: bool) -> RowScope:
    """What a plan that the light families make reads of the details of both sides, the
    target's and the shadow's (or the shadow's renamed back): what the light families read
    (:func:`light_rows`; the plan's order reads the edges of its changes' objects apart,
    ``scoped_diff.scoped_changes``), and the foreign data when schema/ declares some
    (``foreign_data``: the warnings about its secret options read them)."""
    found = light_rows(light)
    return RowScope(found.names | ({"foreign_data"} if foreign_data else set()), found.identities)
