"""migra's passes over statements that wait on one another, as ``statements_from_differences``
takes its pending creations or drops: in their order, pass after pass, each pass taking every
statement that no longer waits on one still pending, until none is left. The light families
mirror its order with them (``diff/views_over_tables.py``, ``diff/view_chains.py``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from typing import TypeVar

Item = TypeVar("Item")


def in_passes(
    items: Sequence[Item], node: Callable[[Item], str], waits_on: Callable[[Item], Set[str]], what: str
) -> Iterator[Item]:
    """``items`` in passes in their order (see the module's docstring): an item waits while one of
    the nodes ``waits_on`` names, other than its own ``node``, is the node of an item still
    pending. ``what``: the items, for the error when they wait on one another (a cycle, which the
    server allows none of among the objects migra orders so)."""
    pending = Counter(node(item) for item in items)
    left = list(range(len(items)))
    while left:
        waiting = []
        for at in left:
            item, own = items[at], node(items[at])
            if any(other != own and other in pending for other in waits_on(item)):
                waiting.append(at)
                continue
            pending[own] -= 1
            if not pending[own]:
                del pending[own]
            yield item
        if len(waiting) == len(left):
            raise AssertionError(f"{what} waiting on one another: {sorted(pending)}")
        left = waiting


def dependents(needs: Mapping[str, Set[str]]) -> dict[str, set[str]]:
    """``needs`` (each node with those it depends on) turned round: each node with those that
    depend on it (a node no one depends on: absent)."""
    found: dict[str, set[str]] = {}
    for node, refs in needs.items():
        for ref in refs:
            found.setdefault(ref, set()).add(node)
    return found
