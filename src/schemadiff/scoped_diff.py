"""A diff of two sides whose details were read scoped to what differs (``diff.light_rows``):
the light families' changes, ordered by the dependency edges of their objects only, read from
each side's database (``snapshot.read_edges``), both at once; a side read whole (a schema
directory's shadow, a desired-state cache entry) gives its whole graph. `schemadiff diff` uses
it, and `plan` whenever the light families plan it: a cold plan on the target and the shadow
(renamed back, for rename hints), a plan from the cache entry on the target against the
entry's whole rows (:func:`against_whole`)."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from schemadiff.catalog import SchemaFilter
from schemadiff.changes import Change
from schemadiff.diff import Light, ordered, ordering_nodes, unordered_changes
from schemadiff.snapshot import RowScope, Snapshot, read_edges
from schemadiff.urls import DatabaseUrl


def scoped_changes(
    current: Snapshot,
    desired: Snapshot,
    light: Light | None,
    scope: RowScope | None,
    urls: tuple[DatabaseUrl | None, DatabaseUrl | None],
    schemas: SchemaFilter,
    extra: Sequence[Change] = (),
) -> list[Change]:
    """The ordered changes from ``current`` to ``desired`` (and ``extra``: a plan's renames),
    read with ``scope`` (None: whole, and migra's path when ``light`` is None). ``urls``: each
    side's database, None for a side whose edges were read whole (a schema directory's)."""
    changes = unordered_changes(current, desired, extra, light=light)
    if not changes:
        return []
    nodes = ordering_nodes(changes, current, desired)

    def edges(found: Snapshot, url: DatabaseUrl | None) -> Any:
        if url is None or scope is None or scope.whole_graph:
            return found.rows["depends"]  # (read whole with the details)
        return read_edges(url, schemas, nodes)  # only the edges of the changes' objects

    with ThreadPoolExecutor(max_workers=2) as readers:
        read = readers.submit(edges, current, urls[0]), readers.submit(edges, desired, urls[1])
        return ordered(changes, current, desired, edges=(read[0].result(), read[1].result()))


# the render rows (and comments) whose family compares every row the desired side has, not
# only those of the identities that differ: read whole on a side diffed against a whole one
_COMPARED_WHOLE = frozenset({"comments", "not_null"})


def against_whole(scope: RowScope) -> RowScope:
    """``scope`` for a side diffed against a side whose details were read whole (a schema
    directory's shadow, a desired-state cache entry): the same, but of the comments and of the
    NOT NULL constraints' names every row when they are taken. The families look the other rows
    up by the identities that differ, but those two families compare every row of the desired
    side (a comment's row names no catalog identity that the whole side could be narrowed by);
    the corpus plans every light direction so, both ways round (``casehelp.check_light_families``)."""
    return RowScope(
        scope.names, {name: found for name, found in scope.identities.items() if name not in _COMPARED_WHOLE}
    )
