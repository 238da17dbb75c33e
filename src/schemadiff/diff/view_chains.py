"""Changed views that other views read, planned without migra's inspector: a part of
:mod:`schemadiff.diff.plain_views`.

migra replaces a changed view in place when it can (its columns begin with the ones it had);
otherwise it drops it and creates it again, and with it every view that depends on it, directly
or through other views, as the desired side has them (the view's ``dependents_all``), changed or
not: such a dependent cannot be replaced in place either. The drops come in its key order, a
view waiting while a view that depends on it is still to be dropped; the creations (the views it
replaces in place among them) in its key order, a view waiting while one it depends on is still
to be created (``statements_from_differences``). :func:`selectable_drops` and
:func:`chained_view_creations` write the same statements from the desired side's dependency edges
(``queries/render_depends.sql``: those whose ref is one of the changed views or of the views
that name them, ``Light.key_refs``); the grants, comments, indexes and storage parameters of
those created again come back with them (``diff.carried``, on either path).

A function dropped beside (one a changed view called) is dropped after the views that depend on
it on the current side, which migra cannot replace in place then (their dependents with them):
:func:`selectable_drops` takes migra's passes over the dropped views and functions and these views.

New and dropped views and functions that name one another (``PlainStructure.interleaved_selectables``,
nothing else among views and functions changing): migra creates them in its key order, a view
waiting while a view or function it depends on is still to be created, and drops them so, one
waiting while a view that depends on it is still to be dropped (:func:`selectable_creations`,
:func:`selectable_drops`), from the edges that reach them; the dependencies migra's inspector
knows are a view's (its ``_RETURN`` rule's), never a function's (a SQL-standard body's are not).

Plain here (:func:`chained_views`, :func:`dropped_beside`): nothing but the changed views names
such a function; every view or materialized view that names a changed view,
or names such a view in turn (by name anywhere: conservative), is the same on both sides; what
else may need them is ``plain_views.changeable_views``' to refuse.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Change
from schemadiff.diff.carried_dependents import graph_node
from schemadiff.diff.migra_passes import dependents, in_passes
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_views import mention_of, recreated_views, view_creations, view_drops
from schemadiff.diff.views_over_tables import edge_relation, edges_among, in_migra_order
from schemadiff.snapshot import Snapshot


def chained_views(changed: set[str], current: Catalog, desired: Catalog) -> tuple[CatalogObject, ...] | None:
    """The views and materialized views the same on both sides that name one of the views
    ``changed``, or one of those in turn (by name anywhere: conservative), as desired has them, in
    identity order; None when a new or dropped one names one of them, or one has a dot in its name."""
    sides = [{**c.of_kind("view"), **c.of_kind("materialized_view")} for c in (current, desired)]
    group = set(changed)
    while True:
        mention = mention_of(group)
        more = {i for side in sides for i, v in side.items() if i not in group and mention.search(v.definition)}
        if not more:
            break
        if any(sides[0].get(i) != sides[1].get(i) or i.count(".") != 1 for i in more):
            return None  # (a new or dropped view names one: migra orders it with them)
        group |= more
    return tuple(sides[1][i] for i in sorted(group - changed))


@dataclass(frozen=True)
class Chain:
    """What migra plans of the changed views and their chains (:func:`chain_of`): each view's views
    among them that it depends on (the desired side's edges), those it plans (created again or
    replaced in place) and those it replaces in place, and the relations that depend on each
    function dropped beside on the current side (graph nodes, :func:`function_users`)."""

    needs: Mapping[str, set[str]] = field(default_factory=dict)
    needed_by: Mapping[str, set[str]] = field(default_factory=dict)  # (needs turned round)
    modified: tuple[CatalogObject, ...] = ()
    replaced: frozenset[str] = frozenset()
    users: Mapping[str, set[str]] = field(default_factory=dict)


def chain_of(current: Snapshot, desired: Snapshot, found: PlainStructure) -> Chain:
    """The :class:`Chain` of ``found``'s changed views (empty when none changes: no edge read):
    those migra plans are the changed ones and the dependents (through the others) of those it
    cannot replace in place: whose columns do not begin with the ones they had, or that depend on
    a function dropped beside on the current side."""
    changed, chained = found.changed_views, found.chained_views
    if not changed:
        return Chain()
    users = function_users(current, dropped_function_nodes(found))
    group = {v.identity: v for v in (*changed, *chained)}
    needs = edges_among(desired.rows.get("depends", ()), set(group), set(group))
    needed_by = dependents(needs)
    recreated = {v.identity for v in recreated_views(current, desired, changed)}
    recreated |= {v.identity for v in changed if any(v.identity in needing for needing in users.values())}
    dependents_all: set[str] = set()
    reached = list(recreated)
    while reached:
        for node in needed_by.get(reached.pop(), set()) - dependents_all:
            dependents_all.add(node)
            reached.append(node)
    planned = {v.identity for v in changed} | dependents_all
    replaced = frozenset(v.identity for v in changed) - recreated - dependents_all
    return Chain(needs, needed_by, tuple(group[i] for i in sorted(planned)), replaced, users)


def selectable_drops(current: Snapshot, removed: list[Change], chain: Chain, interleaved: bool) -> Iterator[Change]:
    """migra's drops of what its inspector no longer has (``removed``: views and functions in its
    key order) and of the changed views it creates again and the views that depend on those
    (``chain``), as ``statements_from_differences`` takes them: passes over the first, then the
    second, a function dropped beside waiting while a view that depends on it on the current side
    is still to be dropped, a view while one that depends on it is (the module's docstring);
    ``interleaved``: the dropped views and functions name one another, each waits while one that
    depends on it on the current side is still to be dropped."""
    if not chain.modified and not interleaved:
        yield from removed  # (no edge read)
        return
    # (the views that need each on the current side: among them, or those that needed a dropped function)
    users = _view_edges(current, removed, by="ref") if interleaved else chain.users
    dropped = tuple(v for v in chain.modified if v.identity not in chain.replaced)
    items: list[Change | CatalogObject] = [*removed, *in_migra_order(chain.needs, dropped, lambda identity: set())]

    def waits_on(item: Change | CatalogObject) -> set[str]:
        if isinstance(item, Change):
            return users.get(graph_node(item.identity), set())
        return chain.needed_by.get(item.identity, set())  # (a view waits while one that needs it is)

    for item in in_passes(items, _node, waits_on, "drops"):
        yield from (item,) if isinstance(item, Change) else view_drops(current, (item,))


def _node(item: Change | CatalogObject) -> str:
    """The graph node of a change's object, or a view's identity."""
    return graph_node(item.identity) if isinstance(item, Change) else item.identity


def selectable_creations(desired: Snapshot, added: list[Change], interleaved: bool) -> Iterator[Change]:
    """migra's creations of what its inspector did not have (``added``: new views and functions, in
    its key order): when they name one another (``interleaved``), passes in that order, each
    waiting while one it depends on on the desired side is still to be created."""
    if not interleaved:
        yield from added  # (no edge read)
        return
    needs = _view_edges(desired, added, by="node")
    yield from in_passes(added, _node, lambda change: needs.get(graph_node(change.identity), set()), "creations")


def interleaved_nodes(found: PlainStructure) -> frozenset[str]:
    """The graph nodes of the new and dropped views and functions when they name one another
    (``PlainStructure.interleaved_selectables``): the edges that reach them are read
    (``Light.key_refs``) to order them as migra does."""
    if not found.interleaved_selectables:
        return frozenset()
    functions = (*found.functions.added, *found.functions.dropped)
    return frozenset(v.identity for v in (*found.added_views, *found.dropped_views)) | frozenset(
        graph_node(f.identity) for f in functions
    )


def _view_edges(snapshot: Snapshot, changes: list[Change], by: str) -> dict[str, set[str]]:
    """Among the objects of ``changes`` (views and functions, as graph nodes), by ``ref`` (the
    views that depend on each) or by ``node`` (what each view depends on), from ``snapshot``'s
    edges: those migra's inspector knows, a view's (its ``_RETURN`` rule's), not a function's
    (a SQL-standard body's dependencies are not among them)."""
    nodes = {graph_node(c.identity) for c in changes}
    views = {graph_node(c.identity) for c in changes if c.kind == "view"}
    needs = edges_among(snapshot.rows.get("depends", ()), views, nodes)
    return dependents(needs) if by == "ref" else needs


def dropped_function_nodes(found: PlainStructure) -> frozenset[str]:
    """The graph nodes of the functions dropped beside changed views (:func:`dropped_beside`):
    the edges that reach them are read on the current side (``Light.key_refs``)."""
    if not found.changed_views:
        return frozenset()
    return frozenset(graph_node(f.identity) for f in found.functions.dropped)


def function_users(current: Snapshot, gone: frozenset[str]) -> dict[str, set[str]]:
    """Each of the functions ``gone`` (graph nodes) with the relations that depend on it on the
    current side (its edges)."""
    if not gone:
        return {}
    users: dict[str, set[str]] = {function: set() for function in gone}
    for edge in current.rows.get("depends", ()):
        if edge["ref"] in gone:
            users[str(edge["ref"])].add(edge_relation(edge, "node"))
    return users


def chained_view_creations(desired: Snapshot, chain: Chain) -> Iterator[Change]:
    """migra's creations of the changed views (those it replaces in place too) and of the views
    it drops and creates again with them (``chain``), in its order (the module's docstring)."""
    for view in in_migra_order(chain.needs, chain.modified, chain.needs.__getitem__):
        yield from view_creations(desired, (view,))


def dropped_beside(dropped: tuple[CatalogObject, ...], changed: tuple[CatalogObject, ...], current: Catalog) -> bool:
    """Whether nothing but the ``changed`` views names one of the functions ``dropped`` on the
    current side (by name anywhere: conservative; the functions themselves apart): migra drops such
    a function after the views that need it, which it then cannot replace in place."""
    if not dropped:
        return True
    names = mention_of({graph_node(f.identity) for f in dropped})
    views = {v.identity for v in changed}
    return not any(
        names.search(obj.definition)
        for kind in _NAMING_KINDS
        for identity, obj in current.of_kind(kind).items()
        if not (kind in ("view", "materialized_view") and identity in views) and obj not in dropped
    )


# the catalog kinds whose definitions may call a function (an aggregate is a function: its support functions)
_NAMING_KINDS = (
    "view",
    "materialized_view",
    "function",
    "rule",
    "policy",
    "trigger",
    "column",
    "constraint",
    "index",
    "type",
    "event_trigger",
)
