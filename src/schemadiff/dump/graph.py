"""Dependency graphs of the dump: deterministic topological order and cycle detection.

Nodes are the strings of ``dump_depend.sql`` ('rel:<oid>', 'fn:<oid>', ...). OIDs never
reach the output: every order is decided by a caller-given sort key made of names, so two
databases built from the same SQL (with different OIDs) give the same order.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from schemadiff.dump.fetch import Row


class CycleError(ValueError):
    """The graph has a cycle; ``nodes`` are those left unordered (the cycle and what needs it)."""

    def __init__(self, nodes: list[str]) -> None:
        super().__init__(f"dependency cycle among {len(nodes)} objects")
        self.nodes = nodes


def dependency_map(rows: Iterable[Row], dumped: set[str]) -> dict[str, frozenset[str]]:
    """node -> the dumped nodes it needs, from the rows of ``dump_depend.sql``; pairs that
    involve an object the dump does not write are dropped."""
    needs: dict[str, set[str]] = {}
    for row in rows:
        node, ref = row["node"], row["ref"]
        if node in dumped and ref in dumped and node != ref:
            needs.setdefault(node, set()).add(ref)
    return {node: frozenset(refs) for node, refs in needs.items()}


def topological_order(nodes: Iterable[str], needs: Mapping[str, Iterable[str]], key: Callable[[str], Any]) -> list[str]:
    """``nodes`` ordered so that each comes after those it needs (only needs among
    ``nodes`` count); among the nodes that are ready, the smallest ``key`` goes first.
    Raises :class:`CycleError` when no such order exists."""
    members = set(nodes)
    waiting: dict[str, set[str]] = {n: {r for r in needs.get(n, ()) if r in members and r != n} for n in members}
    needed_by: dict[str, list[str]] = {n: [] for n in members}
    for node, refs in waiting.items():
        for ref in refs:
            needed_by[ref].append(node)
    ready = [(key(n), n) for n, refs in waiting.items() if not refs]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, node = heapq.heappop(ready)
        order.append(node)
        for dependent in needed_by[node]:
            refs = waiting[dependent]
            refs.discard(node)
            if not refs:
                heapq.heappush(ready, (key(dependent), dependent))
    if len(order) != len(members):
        placed = set(order)
        left = sorted((n for n in members if n not in placed), key=key)
        raise CycleError(left)
    return order


def strongly_connected(nodes: Iterable[str], edges: Mapping[str, Iterable[str]]) -> dict[str, int]:
    """node -> number of its strongly connected component (Tarjan, iterative). Two nodes
    share a number exactly when each can reach the other."""
    members = set(nodes)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    component: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    counter = components = 0

    def successors(node: str) -> list[str]:
        return sorted(n for n in edges.get(node, ()) if n in members)

    for root in sorted(members):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, successors(root))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                nxt = pending.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, successors(nxt)))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = components
                    if member == node:
                        break
                components += 1
    return component
