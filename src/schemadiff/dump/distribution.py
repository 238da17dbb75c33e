"""``15_distribution.sql`` of a dump of a Citus database: the calls that distribute its tables,
after every table file (the tables, their keys and indexes exist) and before the triggers.

Order: reference tables, then Citus local tables, then the distributed tables, each after the
tables its foreign keys reference (Citus distributes a table only once what it references is
distributed). In each colocation group, the first table of that order starts the group
(``colocate_with => 'none'`` and the shard count); the others join it, after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from schemadiff.dump.errors import DumpError
from schemadiff.dump.fetch import Row
from schemadiff.dump.graph import CycleError, topological_order
from schemadiff.dump.text import Chunk
from schemadiff.quoting import quote_literal

DISTRIBUTION_FILE = "15_distribution.sql"
_METHOD_RANK = {"reference": 0, "citus local": 1, "hash": 2}


def citus_extension_chunks(rows: Iterable[Row]) -> list[Chunk]:
    """``create extension citus`` where tables are distributed (Citus's extension lives in
    pg_catalog, outside the managed schemas the extensions are dumped from)."""
    return [Chunk((), ("create extension if not exists citus;",))] if any(True for _ in rows) else []


def distribution_chunks(rows: Iterable[Row], constraints: Iterable[Row]) -> list[Chunk]:
    by_relid = {row["relid"]: row for row in rows}
    for row in by_relid.values():
        if row["method"] not in _METHOD_RANK:
            raise DumpError(f"{row['qname']}: Citus tables of kind {row['method']} cannot be dumped yet")
    fk_needs: dict[str, set[str]] = {str(relid): set() for relid in by_relid}
    for con in constraints:
        if (
            con["contype"] == "f"
            and con["relid"] in by_relid
            and con["frelid"] in by_relid
            and con["relid"] != con["frelid"]
        ):
            fk_needs[str(con["relid"])].add(str(con["frelid"]))

    def key(node: str) -> tuple[int, str]:
        row = by_relid[int(node)]
        return (_METHOD_RANK[row["method"]], row["qname"])

    first_of_group: dict[int, str] = {}
    for node in _ordered(fk_needs, fk_needs, key, by_relid):
        group = by_relid[int(node)]["colocation"]
        if by_relid[int(node)]["method"] == "hash" and group:
            first_of_group.setdefault(group, node)
    needs = {node: set(refs) for node, refs in fk_needs.items()}
    leaders: dict[int, str] = {}
    for node in needs:
        first = (
            first_of_group.get(by_relid[int(node)]["colocation"]) if by_relid[int(node)]["method"] == "hash" else None
        )
        if first is not None and first != node:
            needs[node].add(first)
            leaders[int(node)] = by_relid[int(first)]["qname"]
    ordered = _ordered(needs, needs, key, by_relid)
    return [Chunk((), (_statement(by_relid[int(node)], leaders.get(int(node))) + ";",)) for node in ordered]


def _ordered(
    nodes: Iterable[str], needs: dict[str, set[str]], key: Callable[[str], tuple[int, str]], by_relid: dict[int, Row]
) -> list[str]:
    try:
        return topological_order(nodes, needs, key)
    except CycleError as exc:
        names = ", ".join(by_relid[int(n)]["qname"] for n in exc.nodes)
        raise DumpError(f"cannot order the distribution of these tables: {names}") from None


def _statement(row: Row, leader: str | None) -> str:
    table = quote_literal(row["qname"])
    if row["method"] == "reference":
        return f"select create_reference_table({table})"
    if row["method"] == "citus local":
        return f"select citus_add_local_table_to_metadata({table})"
    column = quote_literal(row["column_name"])
    if leader is not None:
        return f"select create_distributed_table({table}, {column}, colocate_with => {quote_literal(leader)})"
    return (
        f"select create_distributed_table({table}, {column}, colocate_with => 'none', shard_count => {row['shards']})"
    )
