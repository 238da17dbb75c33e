"""The edges of the dependency graph a plan is ordered by (:mod:`schemadiff.ordering`): those
``queries/render_depends.sql`` reads (:func:`edges_of`), those a catalog's objects imply
(:func:`structural_edges`), the order of the columns a plan adds (:func:`column_order_edges`) and
the partitions' copies of their parents' indexes and constraints (:func:`copy_edges`).
Nodes are named the way changes name objects (``change_nodes.object_name``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from typing import Any

from schemadiff.catalog import REPLICA_IDENTITY_FLAG
from schemadiff.changes import Action, Change
from schemadiff.quoting import unquote_qualified

ALTER_ONLY = " (alter)"  # a node suffix in render_depends.sql: what only the object's ALTERs need
_ARGUMENTS = re.compile(r"\(.*\)$", re.S)
_SCHEMA_KINDS = frozenset({"table", "view", "materialized_view", "type", "sequence", "function", "collation", "index"})


def edges_of(rows: Iterable[Mapping[str, Any]], nodes: Set[str] | None = None) -> dict[str, set[str]]:
    """node -> the nodes it needs; only the edges of ``nodes`` when given (:func:`needing_nodes`)."""
    needs: dict[str, set[str]] = {}
    for row in rows:
        node = str(row["node"])
        if nodes is None or node in nodes:
            needs.setdefault(node, set()).add(str(row["ref"]))
    return needs


def structural_edges(objects: Iterable[Any], nodes: Set[str] | None = None) -> dict[str, set[str]]:
    """Needs that ``pg_depend`` holds as automatic dependencies, from a catalog's objects: a
    table's column, constraint, index, trigger or policy needs the table; an object of a
    schema needs the schema. And one it does not hold: a table's ALTERs (``REPLICA IDENTITY
    USING INDEX``) need the index that is its replica identity (``queries/index.sql``'s flag).
    Only the edges of ``nodes`` when given (:func:`needing_nodes`)."""
    needs: dict[str, set[str]] = {}
    for obj in objects:
        name = _ARGUMENTS.sub("", obj.identity) if obj.identity.endswith(")") else obj.identity
        if obj.kind == "index" and obj.definition.endswith(REPLICA_IDENTITY_FLAG):
            if nodes is None or obj.parent + ALTER_ONLY in nodes:
                needs.setdefault(obj.parent + ALTER_ONLY, set()).add(name)
        if nodes is not None and name not in nodes:
            continue
        if obj.parent and obj.parent != name:
            needs.setdefault(name, set()).add(obj.parent)
        if obj.kind in _SCHEMA_KINDS and "." in name:
            needs.setdefault(name, set()).add(name.split(".", 1)[0])
    return needs


def column_order_edges(
    changes: Sequence[Change], rows: Callable[[], Iterable[Mapping[str, Any]]]
) -> dict[str, set[str]]:
    """Each column a plan adds to a table needing the one it adds before it in the table's
    desired order (``rows``: the desired side's ``render_column_types.sql`` rows, their
    ``position``): ADD COLUMN appends, and no ``pg_depend`` row orders two new columns."""
    added = {c.identity for c in changes if c.kind == "column" and c.action is Action.CREATE}
    if len(added) < 2:
        return {}
    by_table: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for row in rows():
        if row["identity"] in added:
            by_table.setdefault((row["schema_name"], row["table_name"]), []).append(
                (int(row["position"]), str(row["identity"]))
            )
    needs: dict[str, set[str]] = {}
    for columns in by_table.values():
        columns.sort()
        for (_, before), (_, after) in zip(columns, columns[1:]):
            needs.setdefault(after, set()).add(before)
    return needs


def copy_edges(changes: Sequence[Change], rows: Callable[[], Iterable[Mapping[str, Any]]]) -> dict[str, set[str]]:
    """Each copy of a parent's index or constraint on a partition or inheritance child needing its
    parent's (``rows``: the current side's ``render_partitions.sql`` rows), when the plan frees a
    table (DETACH PARTITION, NO INHERIT) and drops an index or constraint: a freed table's copies
    become its own, and its drops of them (after it is freed) precede the drops of its former
    parent's (which would take them along while it is attached); and the freed table needing the
    constraints of its parent that the plan drops, so that a copy it keeps as its own is not taken
    along before it is freed (an index copy goes with its parent's index: ``partition_indexes``).
    ``pg_depend`` holds these as partition dependencies, which ``render_depends.sql`` leaves out
    (a CHECK inherited by a child: none)."""
    frees = {c.identity for c in changes if c.kind == "table" and c.action is Action.ALTER and _DETACH.search(c.sql)}
    drops = {c.identity for c in changes if c.kind in ("index", "constraint") and c.action is Action.DROP}
    if not frees or not drops:
        return {}
    needs: dict[str, set[str]] = {}
    for row in rows():
        if row["kind"] not in ("index", "constraint"):
            continue
        if row["identity"] in drops:
            needs.setdefault(str(row["identity"]), set()).add(str(row["parent_identity"]))
        if row["kind"] == "constraint" and row["parent_identity"] in drops:
            table = unquote_qualified(str(row["quoted_name"]))  # (a constraint's row names its table)
            if table in frees:
                needs.setdefault(table, set()).add(str(row["parent_identity"]))
    return needs


_DETACH = re.compile(r"\b(?:detach partition|no inherit)\b", re.I)  # (frees a table's copies)


def merged(*graphs: Mapping[str, set[str]]) -> dict[str, set[str]]:
    needs: dict[str, set[str]] = {}
    for graph in graphs:
        for node, refs in graph.items():
            needs.setdefault(node, set()).update(refs)
    return needs


Edges = Callable[[], Mapping[str, set[str]]]


def lazy_edges(rows: Callable[[], Iterable[Mapping[str, Any]]]) -> Edges:
    """:func:`edges_of` the rows ``rows()`` gives, computed on the first call and then kept: the
    parts of ``diff.carried`` that read the graph share one map (tens of thousands of edges on
    migra's path), and none is built when none of them needs it."""
    found: list[Mapping[str, set[str]]] = []

    def edges() -> Mapping[str, set[str]]:
        if not found:
            found.append(edges_of(rows()))
        return found[0]

    return edges
