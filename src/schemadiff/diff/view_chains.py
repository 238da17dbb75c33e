"""Changed views that other views read, planned without migra's inspector: a part of
:mod:`schemadiff.diff.plain_views`.

migra replaces a changed view in place when it can (its columns begin with the ones it had);
otherwise it drops it and creates it again, and with it every view that depends on it, directly
or through other views, as the desired side has them (the view's ``dependents_all``), changed or
not: such a dependent cannot be replaced in place either. The drops come in its key order, a
view waiting while a view that depends on it is still to be dropped; the creations (the views it
replaces in place among them) in its key order, a view waiting while one it depends on is still
to be created (``statements_from_differences``). :func:`chained_view_drops` and
:func:`chained_view_creations` write the same statements from the desired side's dependency edges
(``queries/render_depends.sql``: those whose ref is one of the changed views or of the views
that name them, ``Light.key_refs``); the grants, comments, indexes and storage parameters of
those created again come back with them (``diff.carried``, on either path).

Plain here (:func:`chained_views`): every view or materialized view that names a changed view,
or names such a view in turn (by name anywhere: conservative), is the same on both sides; what
else may need them is ``plain_views.changeable_views``' to refuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Change
from schemadiff.diff.plain_views import mention_of, recreated_views, view_creations, view_drops
from schemadiff.diff.views_over_tables import edge_relation, in_migra_order
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


def chained_view_drops(
    current: Snapshot, desired: Snapshot, changed: tuple[CatalogObject, ...], chained: tuple[CatalogObject, ...]
) -> Iterator[Change]:
    """migra's drops of the changed views it creates again and of the views that depend on those,
    in its order (the module's docstring)."""
    if not changed:
        return  # (no edge read)
    needs, modified, replaced = _modified(current, desired, changed, chained)
    dropped = tuple(v for v in modified if v.identity not in replaced)
    for view in in_migra_order(needs, dropped, lambda i, pending: any(i in needs[o] for o in pending)):
        yield from view_drops(current, (view,))


def chained_view_creations(
    current: Snapshot, desired: Snapshot, changed: tuple[CatalogObject, ...], chained: tuple[CatalogObject, ...]
) -> Iterator[Change]:
    """migra's creations of the changed views (those it replaces in place too) and of the views
    it drops and creates again with them, in its order (the module's docstring)."""
    if not changed:
        return  # (no edge read)
    needs, modified, _ = _modified(current, desired, changed, chained)
    for view in in_migra_order(needs, modified, lambda i, pending: bool(needs[i] & pending)):
        yield from view_creations(desired, (view,))


def _modified(
    current: Snapshot, desired: Snapshot, changed: tuple[CatalogObject, ...], chained: tuple[CatalogObject, ...]
) -> tuple[dict[str, set[str]], tuple[CatalogObject, ...], set[str]]:
    """For ``changed`` and ``chained`` (as desired has them): each one's views among them that it
    depends on (the desired side's edges), those migra plans (the changed ones and the dependents
    of those it cannot replace), and those of them it replaces in place."""
    group = {v.identity: v for v in (*changed, *chained)}
    needs = _direct_needs(desired.rows.get("depends", ()), set(group))
    recreated = {v.identity for v in recreated_views(current, desired, changed)}
    dependents_all: set[str] = set()
    reached = list(recreated)
    while reached:
        ref = reached.pop()
        for node, refs in needs.items():
            if ref in refs and node not in dependents_all:
                dependents_all.add(node)
                reached.append(node)
    planned = {v.identity for v in changed} | dependents_all
    replaced = {v.identity for v in changed} - recreated - dependents_all
    return needs, tuple(group[i] for i in sorted(planned)), replaced


def _direct_needs(edges: Any, group: set[str]) -> dict[str, set[str]]:
    """Each of ``group`` with the others of ``group`` it depends on (``edges``: render_depends rows)."""
    needs: dict[str, set[str]] = {identity: set() for identity in group}
    for edge in edges:
        node, ref = edge_relation(edge, "node"), edge_relation(edge, "ref")
        if node in group and ref in group and ref != node:
            needs[node].add(ref)
    return needs
