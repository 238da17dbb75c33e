"""Views over a table whose columns change in a way migra cannot replace, planned without its
inspector: a part of :mod:`schemadiff.diff.plain_structure`.

The server refuses to retype or drop a column a view reads. When a table's columns no longer
begin with the ones it had (a column dropped or retyped, or added before another:
schemainspect's ``has_compatible_columns``), migra drops every view that depends on the table,
directly or through other views (the table's ``dependents_all``, from the views' rewrite rules),
before the table's changes, and creates them again, unchanged, after them: the drops in its
key order, a view waiting while a view that depends on it is still to be dropped; the
creations in its key order, a view waiting while one it depends on is still to be created
(``statements_from_differences``). :func:`view_drops_around_tables` and
:func:`view_creations_around_tables` write the same statements, from the desired side's
dependency edges (``queries/render_depends.sql``: those whose ref is one of the tables or of
the views that name them, ``Light.key_refs``); their grants and comments come back with them
(``diff.recreated``, on either path).

Materialized views go with the views (migra keys and orders both in one group): one is dropped
and created again the same way, its indexes, storage parameters, grants and comments set again
by ``diff.carried`` (on either path). What needs one of those views, or a column the plan
retypes, is carried by ``diff/carried_dependents.py`` as on migra's path: a function with a
SQL-standard body, and what needs such a function in turn (views, functions, policies, triggers,
column defaults, CHECK constraints), and a policy whose ``USING`` or ``WITH CHECK`` reads such a
view. :func:`around_tables` names, from the catalogs, every object that may be among them, whose
rows the light families then read (``diff.light_rows``; the whole dependency graph when a
function may be carried: ``Light.whole_graph``).

Plain here (:func:`around_tables`): every view, materialized view or function that names such
a table, or names such a view or function, on either side (by name anywhere: conservative) is
the same on both sides (not an aggregate), no such view has a trigger and no rule names one;
a new view names none of them, none of them names a dropped view; and no other view or function
differs (migra orders those with them: ``plain_structure``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from dataclasses import dataclass
from typing import Any

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Change
from schemadiff.diff.carried_dependents import graph_node
from schemadiff.diff.migra_passes import dependents, in_passes
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.diff.plain_views import mention_of, view_creations, view_drops
from schemadiff.snapshot import Snapshot


@dataclass(frozen=True)
class AroundTables:
    """What may need a table whose columns migra cannot change in place (``tables``), by name on
    either side (conservative), for the rows the light families read: ``views``, the views and
    materialized views that name one or name such a view or function (as desired has them, in
    identity order: migra re-creates those that depend on the table through views, ``diff.carried``
    those that need a function it carries); ``functions``, those that name one of those tables,
    views or functions (``diff.carried`` carries those that need one, with a SQL-standard body);
    and what names one of those (``diff.carried`` drops and makes again those that need one):
    ``policies``, ``triggers`` (a ``WHEN``), ``columns`` (a default) and ``constraints`` (a
    CHECK or an exclusion constraint)."""

    tables: frozenset[str] = frozenset()
    views: tuple[CatalogObject, ...] = ()
    functions: frozenset[str] = frozenset()
    policies: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()
    columns: frozenset[str] = frozenset()
    constraints: frozenset[str] = frozenset()


# the kinds whose objects may need a relation (and name it in their definitions)
DEPENDENT_KINDS = ("view", "materialized_view", "function")


def mentioned(current: Catalog, desired: Catalog, names: Set[str], kinds: tuple[str, ...]) -> bool:
    """Whether an object of ``kinds`` of either side names one of the relations or functions
    ``names`` (``schema.name``: by its name anywhere, conservative)."""
    return mentioned_in(
        names, (obj for catalog in (current, desired) for kind in kinds for obj in catalog.of_kind(kind).values())
    )


def mentioned_in(names: Set[str], objects: Iterable[CatalogObject]) -> bool:
    """Whether one of ``objects`` names one of the relations or functions ``names``."""
    mention = mention_of(names)
    return any(mention.search(obj.definition) for obj in objects)


def around_tables(current: Catalog, desired: Catalog, tables: Set[str], apart: Set[str]) -> AroundTables | None:
    """What may need one of ``tables`` (:class:`AroundTables`); None when it is not plain here
    (the module's docstring). ``apart``: the new and dropped views (``plain_views``: created
    and dropped apart, before those here)."""
    views = [{**c.of_kind("view"), **c.of_kind("materialized_view")} for c in (current, desired)]
    sides = [{**v, **c.of_kind("function")} for v, c in zip(views, (current, desired), strict=True)]
    over = _named_from(views, tables, set())  # (those migra may re-create: through views alone)
    found = _named_from(sides, tables, over)
    new = {i for i in found & apart if i not in sides[0]}
    gone = {i for i in found & apart if i not in sides[1]}
    over, found = over - new - gone, found - new - gone
    if not found:
        return AroundTables(frozenset(tables))
    nodes = {graph_node(identity) for identity in found}
    if new and mentioned_in(nodes, (sides[1][i] for i in new)):
        return None  # (migra creates a new view after one it re-creates that it needs)
    if gone and mentioned_in(gone, (side[i] for side in sides for i in found if i in side)):
        return None  # (migra drops a view that goes after one it re-creates that needs it)
    if any(
        graph_node(identity).count(".") != 1
        or identity not in sides[0]
        or sides[0][identity] != sides[1].get(identity)
        or sides[0][identity].definition.startswith("aggregate ")
        for identity in found
    ):
        return None  # (one new, dropped or changed, a view that became a materialized view, a dotted name)
    if any(t.parent in over for c in (current, desired) for t in c.of_kind("trigger").values()):
        return None  # (migra re-creates a re-created view's triggers)
    if mentioned(current, desired, nodes, ("rule",)):
        return None  # (diff.rules reads the whole graph for those)
    mention = mention_of(nodes)

    def naming(kind: str) -> frozenset[str]:
        return frozenset(
            i
            for c in (current, desired)
            for i, o in c.of_kind(kind).items()
            if mention.search(o.definition) or (kind == "trigger" and o.parent in found)
        )

    return AroundTables(
        frozenset(tables),
        tuple(sides[1][identity] for identity in sorted(found) if sides[1][identity].kind != "function"),
        frozenset(identity for identity in found if sides[1][identity].kind == "function"),
        naming("policy"),
        naming("trigger"),
        naming("column"),
        naming("constraint"),
    )


def view_drops_around_tables(
    current: Snapshot, around: AroundTables, needs: Mapping[str, set[str]]
) -> Iterator[Change]:
    """migra's drops of the views that depend on ``around.tables`` through views (``needs``:
    :func:`views_needing`), in its order: a view waits while one that depends on it is still to be
    dropped."""
    users = dependents(needs)
    for view in in_migra_order(needs, around.views, lambda identity: users.get(identity, set())):
        yield from view_drops(current, (view,))


def view_creations_around_tables(
    desired: Snapshot, around: AroundTables, needs: Mapping[str, set[str]]
) -> Iterator[Change]:
    """migra's creations again of the views that depend on ``around.tables`` through views
    (``needs``: :func:`views_needing`), in its order: a view waits while one it depends on is still
    to be created."""
    for view in in_migra_order(needs, around.views, needs.__getitem__):
        yield from view_creations(desired, (view,))


def in_migra_order(
    needs: Mapping[str, Set[str]], views: tuple[CatalogObject, ...], waits_on: Callable[[str], Set[str]]
) -> Iterator[CatalogObject]:
    """Those of ``views`` in ``needs``, as ``statements_from_differences`` takes them: passes in
    its key order (the quoted names), a view waiting while one of the views ``waits_on`` its
    identity names is still pending (``migra_passes.in_passes``)."""
    keyed = sorted(
        (view for view in views if view.identity in needs),
        key=lambda view: quoted_relation(*view.identity.split(".", 1)),
    )
    yield from in_passes(keyed, lambda view: view.identity, lambda view: waits_on(view.identity), "views")


def views_needing(desired: Snapshot, around: AroundTables) -> dict[str, set[str]]:
    """Of ``around.views``, those that depend on one of ``around.tables``, directly or through one
    another, each with the others of them it depends on (the desired side's edges)."""
    if not around.views:
        return {}  # (no edge read)
    candidates = {view.identity for view in around.views}
    tables = around.tables
    wanted = candidates | tables
    direct = edges_among(desired.rows.get("depends", ()), candidates, wanted)
    found: set[str] = set()
    reached = set(tables)
    while True:
        more = {identity for identity, refs in direct.items() if identity not in found and refs & reached}
        if not more:
            break
        found |= more
        reached |= more
    return {identity: direct[identity] & found for identity in found}


def _named_from(sides: list[dict[str, CatalogObject]], tables: Set[str], found: set[str]) -> set[str]:
    """``found`` and the objects of ``sides`` that name one of ``tables`` or of those found, until
    none is left (by name anywhere: conservative)."""
    found = set(found)
    names = set(tables) | {graph_node(identity) for identity in found}  # (a function's: without its arguments)
    while True:
        mention = mention_of(names)
        more = {
            identity
            for side in sides
            for identity, obj in side.items()
            if identity not in found and graph_node(identity) not in tables and mention.search(obj.definition)
        }
        if not more:
            return found
        found |= more
        names |= {graph_node(identity) for identity in more}


def edges_among(edges: Iterable[Mapping[str, Any]], nodes: Set[str], refs: Set[str]) -> dict[str, set[str]]:
    """Each of ``nodes`` with those of ``refs`` it depends on but itself (``edges``: render_depends
    rows, their ends read as relations: :func:`edge_relation`)."""
    found: dict[str, set[str]] = {node: set() for node in nodes}
    for edge in edges:
        node, ref = edge_relation(edge, "node"), edge_relation(edge, "ref")
        if node in found and ref in refs and ref != node:
            found[node].add(ref)
    return found


def edge_relation(edge: Mapping[str, Any], end: str) -> str:
    """The relation an end of an edge names (``schema.name``, or ``schema.name.column``: the
    relations here have no dot in their names, ``views_over``)."""
    return ".".join(str(edge[end]).split(".", 2)[:2])
