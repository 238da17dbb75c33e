"""Functions and views that need a relation the plan drops and creates again, for ``diff/carried.py``.

migra drops and creates again the views that depend on a table it cannot replace (a column
retyped or dropped under them) and those that depend on a view it re-creates, as its inspector
reads their dependencies from the views' rewrite rules. It does not follow a function: one
with a SQL-standard body (``begin atomic … end``) that reads such a view, or one that takes or
returns the view's row type, needs the view in ``pg_depend``, and the server then refuses to
drop the view; one that reads a column the plan retypes makes the server refuse ``ALTER COLUMN
… TYPE``, and so does one that reads a column of an enum created again under its name (one that
loses a label), whose old type it also keeps from being dropped; a domain, range or composite type
created again (``DROP TYPE``) is kept by every function that takes or returns it, and ``ALTER TYPE …
ALTER ATTRIBUTE … TYPE`` is refused under one whose SQL-standard body reads the attribute. So the
unchanged functions (not aggregates) that need a relation the plan drops and creates again (or one
of its columns), a type it creates again, a column or an attribute it retypes, are dropped before
that and created again after it, and so
are the unchanged views and functions that need those functions, until none is left: the
dependency order (``schemadiff/ordering.py``) puts each drop before what it needed goes and each
creation after what it needs is back. Their grants and comments are set again (``diff/recreated.py``),
a materialized view's indexes too (``diff/carried.py``). So are the unchanged policies that need
such a relation or function (a subquery on a view in ``USING``), and the unchanged triggers that
need one or a retyped column (a ``WHEN`` condition: the server refuses ``ALTER COLUMN … TYPE``
under it) or are on a view carried here: dropped and created again, in their state. And the
unchanged column defaults and CHECK (or exclusion) constraints that call a function carried here:
the default dropped and set again, the constraint dropped and added again (NOT VALID, validated).
A function that changes and that the plan replaces in place (``CREATE OR REPLACE``) but needs
such a relation is dropped before it too; its family's creation comes after it.

The edges are those of ``queries/render_depends.sql`` on the current side, where a function is
named without its arguments: every unchanged overload of such a name is carried.

Left out: an index or a generated column that calls a function carried here keeps the server
from dropping it (the plan then fails, inside its transaction: an index built again online would
need the old function until the new one exists); so does a rule whose action reads a relation
dropped and created again. (A trigger created again gets its ``ENABLE REPLICA``/``ALWAYS``/
``DISABLE`` state back after its creation.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.plain_columns import GENERATION
from schemadiff.diff.plain_constraints import constraint_additions, constraint_drops
from schemadiff.diff.plain_functions import carried_function_changes, replaced_function_drops
from schemadiff.diff.plain_policies import quoted_relation, recreated_policies, rows_by_identity
from schemadiff.diff.plain_triggers import state_restorations, trigger_creations, trigger_drops
from schemadiff.diff.plain_views import view_creations, view_drops
from schemadiff.diff.readers import retyped_columns
from schemadiff.diff.recreated import dropped_and_created
from schemadiff.graph_edges import Edges
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

_VIEW_KINDS = ("view", "materialized_view")


def carried_dependents(changes: Sequence[Change], current: Snapshot, desired: Snapshot, edges: Edges) -> list[Change]:
    """The drops and creations of the functions, views, policies and triggers that need what
    ``changes`` drop and create again or retype (see the module's docstring); none when nothing is.
    ``edges``: the current side's dependency graph."""
    types = dropped_and_created(changes, "type", (Action.RENAME,))  # (an enum losing a label: renamed, then dropped)
    gone = dropped_and_created(changes, "view") | dropped_and_created(changes, "table") | types
    gone |= dropped_and_created(changes, "foreign_table")  # (diff/foreign_data.py: the views over it too)
    gone |= dropped_and_created(changes, "type")  # (a domain, range or composite type created again)
    gone |= retyped_columns(changes, current.catalog, desired.catalog, types)
    gone |= _retyped_attributes(changes, current, desired)
    if not gone:
        return []
    needs = edges()
    selectables: dict[str, list[CatalogObject]] = {}  # functions and views by node (a function: without arguments)
    for obj in _unchanged(changes, current, desired, ("function", *_VIEW_KINDS)):
        selectables.setdefault(graph_node(obj.identity), []).append(obj)
    carried: dict[str, list[CatalogObject]] = {}
    found = True
    while found:
        found = False
        for node, objects in selectables.items():
            if node not in carried and any(_reaches(ref, gone) for ref in needs.get(node, ())):
                carried[node] = objects
                gone.add(node)
                found = True
    replaced = _replaced_needing(changes, current, gone, needs)
    routines = {obj.identity for objects in carried.values() for obj in objects if obj.kind == "function"}
    relations = tuple(obj for objects in carried.values() for obj in objects if obj.kind in _VIEW_KINDS)
    on_relations = {obj.identity for obj in relations}
    policies = _unchanged(changes, current, desired, ("policy",))
    triggers = _unchanged(changes, current, desired, ("trigger",))
    carried_policies = frozenset(
        p.identity for p in policies if any(_reaches(r, gone) for r in needs.get(p.identity, ()))
    )
    carried_triggers = tuple(
        t for t in triggers if t.parent in on_relations or any(_reaches(ref, gone) for ref in needs.get(t.identity, ()))
    )
    return [
        *replaced_function_drops(current, replaced),
        *carried_function_changes(current, desired, routines),
        *view_drops(current, (), relations),
        *view_creations(desired, (), relations),
        *recreated_policies(current, desired, carried_policies),
        *trigger_drops((), carried_triggers),
        *trigger_creations(desired, (), carried_triggers),
        *state_restorations(carried_triggers),
        *_calling(changes, current, desired, needs, {graph_node(r) for r in routines}),
    ]


def _replaced_needing(
    changes: Sequence[Change], current: Snapshot, gone: set[str], needs: Mapping[str, set[str]]
) -> set[str]:
    """The functions (their current identities) that the plan replaces in place (created with
    ``CREATE OR REPLACE``, not dropped) and that need what it drops and creates again: the server
    refuses that drop while they need it, so they are dropped first (their creation stays their
    family's, after what they need is back)."""
    of_functions = [c for c in changes if c.kind == "function"]
    created = {c.identity for c in of_functions if c.action is Action.CREATE}
    replaced = created - {c.identity for c in of_functions if c.action is Action.DROP}
    needing = {node for node in replaced if any(_reaches(ref, gone) for ref in needs.get(node, ()))}
    return {i for i in current.catalog.of_kind("function") if graph_node(i) in needing}


def _calling(
    changes: Sequence[Change], current: Snapshot, desired: Snapshot, needs: Mapping[str, set[str]], routines: set[str]
) -> list[Change]:
    """The unchanged column defaults and CHECK and exclusion constraints that call one of
    ``routines`` (carried functions, by node): dropped before them and made again after (a
    constraint NOT VALID, then validated, as the constraints family adds one)."""
    if not routines:
        return []

    def calls(node: str) -> bool:
        return not routines.isdisjoint(needs.get(node, ()))

    defaults = {
        c.identity for c in _unchanged(changes, current, desired, ("column",)) if GENERATION not in c.definition
    }
    rows = rows_by_identity(desired, "column_types", {c for c in defaults if calls(c)})
    constraints = tuple(
        c
        for c in _unchanged(changes, current, desired, ("constraint",))
        if c.definition.startswith(("contype=c ", "contype=x ")) and calls(c.identity)
    )
    found: list[Change] = []
    for identity, row in sorted(rows.items()):
        head = f"alter table {quoted_relation(row['schema_name'], row['table_name'])} alter column"
        column, phase = quote_ident(row["column_name"]), PHASE_RANK[TABLES_PHASE_NAME]
        found.append(Change("column", Action.ALTER, identity, f"{head} {column} drop default", phase))
        found.append(
            Change("column", Action.ALTER, identity, f"{head} {column} set default {row['default_expression']}", phase)
        )
    found += constraint_drops(constraints, primary=False)
    found += constraint_additions(desired, (), constraints)
    return found


def _retyped_attributes(changes: Sequence[Change], current: Snapshot, desired: Snapshot) -> set[str]:
    """The attributes of composite types whose type (or collation) the changes alter (``ALTER
    TYPE … ALTER ATTRIBUTE … TYPE``), as nodes of the graph: ``<schema>.<type>.<attribute>``."""
    altered = {c.identity for c in changes if c.kind == "type" and c.action is Action.ALTER}
    if not altered:
        return set()
    before = rows_by_identity(current, "types", altered)
    found = set()
    for identity, row in rows_by_identity(desired, "types", altered).items():
        old = before.get(identity)
        if old is None or row["kind"] != "composite" or old["kind"] != "composite":
            continue
        had = {a["name"]: (a["type"], a["collation"]) for a in old["attributes"]}
        found |= {
            f"{identity}.{a['name']}"
            for a in row["attributes"]
            if a["name"] in had and had[a["name"]] != (a["type"], a["collation"])
        }
    return found


def _unchanged(
    changes: Sequence[Change], current: Snapshot, desired: Snapshot, kinds: tuple[str, ...]
) -> list[CatalogObject]:
    """The objects of ``kinds`` the same on both sides (not aggregates) whose node no change of
    those kinds is about (a function's: its name, as its changes name it)."""
    touched = {c.identity for c in changes if c.kind in kinds}  # (a materialized view's changes: kind "view")
    return [
        obj
        for kind in kinds
        for identity, obj in sorted(current.catalog.of_kind(kind).items())
        if graph_node(identity) not in touched
        and desired.catalog.get(kind, identity) == obj
        and not obj.definition.startswith("aggregate ")
    ]


def graph_node(identity: str) -> str:
    """An object's node in the dependency graph: a function's identity without its arguments."""
    return identity.split("(", 1)[0]


def _reaches(ref: str, gone: set[str]) -> bool:
    """Whether the node ``ref`` is one of ``gone`` or a column of one (``<relation>.<column>``)."""
    return ref in gone or ref.rpartition(".")[0] in gone
