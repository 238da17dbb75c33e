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

Plain here (:func:`views_over`, from the catalogs alone): every view that names such a table,
or names such a view, on either side (by name anywhere: conservative) is a view (not a
materialized one) the same on both sides, without a trigger, named by no function, rule or
policy of either side; no function names such a table; and no other view or function
differs (migra orders those with them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Set
from typing import Any

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Change
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.diff.plain_views import mention_of, view_creations, view_drops
from schemadiff.snapshot import Snapshot

# the kinds whose objects may need a view or a table (and name it in their definitions)
_NAMING_KINDS = ("function", "rule", "policy")


def mentioned(current: Catalog, desired: Catalog, tables: Set[str], kinds: tuple[str, ...]) -> bool:
    """Whether an object of ``kinds`` of either side names one of ``tables`` (by its name
    anywhere: conservative)."""
    mention = mention_of(tables)
    return any(
        mention.search(obj.definition)
        for catalog in (current, desired)
        for kind in kinds
        for obj in catalog.of_kind(kind).values()
    )


def views_over(current: Catalog, desired: Catalog, tables: Set[str]) -> tuple[CatalogObject, ...] | None:
    """The views that may depend on one of ``tables``, those that name one or name such a view
    (as desired has them, in identity order); None when one is not plain here (the module's
    docstring) or a function names one of ``tables``."""
    if mentioned(current, desired, tables, ("function",)):
        return None  # (a function reading such a table: migra's path, where diff.carried carries it)
    views = [{**c.of_kind("view"), **c.of_kind("materialized_view")} for c in (current, desired)]
    found: set[str] = set()
    names = set(tables)
    while True:
        mention = mention_of(names)
        more = {
            identity
            for side in views
            for identity, view in side.items()
            if identity not in found and identity not in tables and mention.search(view.definition)
        }
        if not more:
            break
        found |= more
        names |= more
    if not found:
        return ()
    if any(
        identity.count(".") != 1
        or current.get("view", identity) is None
        or current.get("view", identity) != desired.get("view", identity)
        for identity in found
    ):
        return None  # (a materialized view, a new, dropped or changed view, a dotted name)
    if any(t.parent in found for c in (current, desired) for t in c.of_kind("trigger").values()):
        return None  # (migra re-creates a re-created view's triggers)
    if mentioned(current, desired, found, _NAMING_KINDS):
        return None
    return tuple(desired.of_kind("view")[identity] for identity in sorted(found))


def view_drops_around_tables(
    current: Snapshot, desired: Snapshot, tables: Set[str], views: tuple[CatalogObject, ...]
) -> Iterator[Change]:
    """migra's drops of the views that depend on ``tables`` (``views``: those that may), in its
    order: a view waits while one that depends on it is still to be dropped."""
    needs = _needs(desired, tables, views)
    for view in _in_migra_order(needs, views, lambda i, pending: any(i in needs[other] for other in pending)):
        yield from view_drops(current, (view,))


def view_creations_around_tables(
    desired: Snapshot, tables: Set[str], views: tuple[CatalogObject, ...]
) -> Iterator[Change]:
    """migra's creations again of the views that depend on ``tables`` (``views``: those that
    may), in its order: a view waits while one it depends on is still to be created."""
    needs = _needs(desired, tables, views)
    for view in _in_migra_order(needs, views, lambda i, pending: bool(needs[i] & pending)):
        yield from view_creations(desired, (view,))


def _in_migra_order(
    needs: Mapping[str, set[str]], views: tuple[CatalogObject, ...], waits: Callable[[str, set[str]], bool]
) -> Iterator[CatalogObject]:
    """Those of ``views`` in ``needs``, as ``statements_from_differences`` takes them: passes in
    its key order (the quoted names), each taking every view that no longer ``waits`` on the
    views still pending, until none is."""
    keyed = sorted(
        ((view.identity, view) for view in views if view.identity in needs),
        key=lambda pair: quoted_relation(*pair[0].split(".", 1)),
    )
    pending = {identity for identity, _ in keyed}
    while pending:
        left = len(pending)
        for identity, view in keyed:
            if identity in pending and not waits(identity, pending):
                pending.discard(identity)
                yield view
        if len(pending) == left:  # (the server allows no cycle of views)
            raise AssertionError(f"views depending on one another: {sorted(pending)}")


def _needs(desired: Snapshot, tables: Set[str], views: tuple[CatalogObject, ...]) -> dict[str, set[str]]:
    """Of ``views``, those that depend on one of ``tables``, directly or through one another,
    each with the others of them it depends on (the desired side's edges)."""
    if not views:
        return {}  # (no edge read)
    candidates = {view.identity for view in views}
    wanted = candidates | set(tables)
    direct: dict[str, set[str]] = {identity: set() for identity in candidates}
    for edge in desired.rows.get("depends", ()):
        node, ref = _relation(edge, "node"), _relation(edge, "ref")
        if node in candidates and ref in wanted and ref != node:
            direct[node].add(ref)
    found: set[str] = set()
    reached = set(tables)
    while True:
        more = {identity for identity, refs in direct.items() if identity not in found and refs & reached}
        if not more:
            break
        found |= more
        reached |= more
    return {identity: direct[identity] & found for identity in found}


def _relation(edge: Mapping[str, Any], end: str) -> str:
    """The relation an end of an edge names (``schema.name``, or ``schema.name.column``: the
    relations here have no dot in their names, ``views_over``)."""
    return ".".join(str(edge[end]).split(".", 2)[:2])
