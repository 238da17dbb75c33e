"""Order a plan's changes by the dependencies between their objects (``pg_depend``).

The families' changes come ranked by phase (migra's fixed phases plus our offsets): right for
most plans, but no list of phases can order a chain of different kinds, such as a column
default calling a function that returns another table's row type. Here the phase order is
only the tie-break:

- a change that creates an object, or alters it in a way that may add a reference (anything
  but an ``ALTER … DROP …``), comes after the changes that create or alter what that object
  needs in the *desired* catalog that the plan creates;
- a change that drops an object comes before the changes that drop what it needed in the
  *current* catalog;
- the drop of an object comes before its creation (a re-created object);

and among the changes free to go, the one earliest in phase order goes first, so a plan the
phases already order right keeps its order exactly. Dependencies that form a cycle (which
PostgreSQL itself resolves with separate statements, e.g. ``ALTER … OWNED BY``) are broken
by taking the earliest change in phase order.

Objects are matched by name: a change's identity, without a function's argument list, and
the names of ``queries/render_depends.sql``; a change that names no object (a grant, a
comment, a setting) is only ordered by phase.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from schemadiff.changes import Action, Change

_ARGUMENTS = re.compile(r"\(.*\)$", re.S)
_DROPS = re.compile(r"\bdrop\b", re.I)


def object_name(change: Change) -> str:
    return _ARGUMENTS.sub("", change.identity)


def edges_of(rows: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """node -> the nodes it needs."""
    needs: dict[str, set[str]] = {}
    for row in rows:
        needs.setdefault(str(row["node"]), set()).add(str(row["ref"]))
    return needs


def dependency_order(changes: Sequence[Change], current_needs: Mapping[str, set[str]],
                     desired_needs: Mapping[str, set[str]]) -> list[Change]:
    """``changes`` (in phase order) reordered only where a dependency requires it."""
    makers: dict[str, list[int]] = {}
    needers: dict[str, list[int]] = {}
    droppers: dict[str, list[int]] = {}
    for i, change in enumerate(changes):
        name = object_name(change)
        if change.action is Action.DROP:
            droppers.setdefault(name, []).append(i)
        elif change.action is not Action.ALTER:  # an altered object already exists: nothing waits for it
            makers.setdefault(name, []).append(i)
        if change.action is Action.CREATE or change.action is Action.ALTER and not _DROPS.search(change.sql):
            needers.setdefault(name, []).append(i)
    after: list[set[int]] = [set() for _ in changes]  # after[j]: the changes j must follow

    def link(first: Iterable[int], then: Iterable[int]) -> None:
        for j in then:
            after[j].update(i for i in first if i != j)

    for name, indexes in needers.items():
        for needed in desired_needs.get(name, ()):
            link(makers.get(needed, ()), indexes)
    for name, indexes in droppers.items():
        for needed in current_needs.get(name, ()):
            link(indexes, droppers.get(needed, ()))
        link(indexes, makers.get(name, ()))
    return [changes[i] for i in _stable_topological(after)]


def _stable_topological(after: list[set[int]]) -> list[int]:
    """Kahn's algorithm choosing the smallest free index first; a cycle is broken at its
    smallest index."""
    waiting = [len(a) for a in after]
    followers: list[list[int]] = [[] for _ in after]
    for j, firsts in enumerate(after):
        for i in firsts:
            followers[i].append(j)
    free = [j for j, count in enumerate(waiting) if count == 0]
    heapq.heapify(free)
    done = [False] * len(after)
    result: list[int] = []
    while len(result) < len(after):
        if not free:  # a cycle: release its earliest change
            heapq.heappush(free, min(j for j, d in enumerate(done) if not d))
        j = heapq.heappop(free)
        if done[j]:
            continue
        done[j] = True
        result.append(j)
        for k in followers[j]:
            waiting[k] -= 1
            if waiting[k] == 0 and not done[k]:
                heapq.heappush(free, k)
    return result
