"""An arrangement's groups as the plan's segments (purpose, transaction or not, timeouts,
settings), and what the segments prove about their statements' hazards."""

from __future__ import annotations

import re
from dataclasses import replace

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change, Hazard
from schemadiff.online import SET_NOT_NULL
from schemadiff.online_attach import ATTACHES, bound_helper, joined, not_null_helper
from schemadiff.online_default_partition import default_partitions, proven_outside
from schemadiff.online_groups import Group
from schemadiff.quoting import (
    IDENTIFIER_PATTERN,
    QUALIFIED_NAME,
    qualified_parts,
    unquote_identifier,
    unquote_qualified,
)
from schemadiff.segments import PURPOSES, Segment, Timeouts

_VECTOR_METHODS = re.compile(r"\bUSING (hnsw|ivfflat)\b")  # pgvector builds: maintenance_work_mem


def segments_for(groups: list[Group], timeouts: Timeouts) -> tuple[list[Change], tuple[Segment, ...]]:
    """The changes in execution order and the segments that hold them (step numbers from 1)."""
    ordered: list[Change] = []
    segments: list[Segment] = []
    for group in groups:
        first = len(ordered) + 1
        ordered.extend(group.changes)
        long_running = PURPOSES[group.purpose]
        settings: tuple[tuple[str, str], ...] = ()
        if (
            group.purpose == "build index"
            and timeouts.maintenance_work_mem
            and any(_VECTOR_METHODS.search(c.sql) for c in group.changes)
        ):
            settings = (("maintenance_work_mem", timeouts.maintenance_work_mem),)
        segments.append(
            Segment(
                len(segments) + 1,
                tuple(range(first, len(ordered) + 1)),
                group.transactional,
                group.purpose,
                timeouts.lock_timeout_ms,
                timeouts.long_statement_timeout_ms if long_running else timeouts.statement_timeout_ms,
                settings,
            )
        )
    return ordered, tuple(segments)


def proven_by_checks(changes: list[Change], segments: tuple[Segment, ...], current: Catalog) -> list[Change]:
    """The SET NOT NULL of a "set not null" segment does not scan (a validated CHECK proves it),
    nor does one whose CHECK an earlier segment validated, nor an ATTACH whose bound's CHECK
    an earlier segment validated (``online_attach``), nor an ATTACH or a partition created beside
    a default partition whose CHECK an earlier segment validated (``online_default_partition``):
    their LONG_VALIDATION, which the statement alone cannot tell, is dropped. Not an ATTACH's when
    a foreign key of the parent (before the plan, or added by it before) has no valid copy on the
    table yet: the ATTACH validates the copy it makes. ``current``: the catalog the plan starts from."""
    proven = {
        n for s in segments if s.purpose == "set not null" for n in s.steps if SET_NOT_NULL.match(changes[n - 1].sql)
    }
    validated: set[str] = set()
    defaults = default_partitions(current) if any(joined(c) for c in changes) else {}
    keys = _foreign_keys(current) if any(ATTACHES.match(c.sql) for c in changes) else {}
    for segment in segments:
        for n in segment.steps:
            change = changes[n - 1]
            if change.kind == "constraint" and change.action is Action.CREATE and (key := _ADDS_KEY.match(change.sql)):
                keys.setdefault(unquote_qualified(key["table"]), set()).add(unquote_identifier(key["name"]))
            if segment.purpose == "validate":
                validated.add(change.identity)
            elif (m := SET_NOT_NULL.match(change.sql)) and _helper_of(m["table"], m["column"]) in validated:
                proven.add(n)
            elif joined(change) and proven_outside(change, validated, defaults):
                attach = ATTACHES.match(change.sql)
                if attach is None or (
                    _bound_of(attach["table"]) in validated and _copies_valid(change, keys, validated, current)
                ):
                    proven.add(n)
    return [
        replace(c, hazards=tuple(h for h in c.hazards if h is not Hazard.LONG_VALIDATION)) if i in proven else c
        for i, c in enumerate(changes, start=1)
    ]


def _helper_of(table: str, column: str) -> str:
    """The identity of the CHECK that proves ``table``'s SET NOT NULL of ``column`` (as written)."""
    schema, name = qualified_parts(table)
    return f"{schema}.{name}.{not_null_helper(name, unquote_identifier(column))}"


def _bound_of(table: str) -> str:
    """The identity of the CHECK that proves the bound of ``table`` (as written) when it is attached."""
    schema, name = qualified_parts(table)
    return f"{schema}.{name}.{bound_helper(name)}"


_ADDS_KEY = re.compile(
    rf"^alter table (?:only )?(?P<table>{QUALIFIED_NAME}) add constraint (?P<name>{IDENTIFIER_PATTERN}) foreign key \(",
    re.I,
)


def _foreign_keys(current: Catalog) -> dict[str, set[str]]:
    """The names of each table's foreign keys (the table's identity: its constraints' prefix)."""
    found: dict[str, set[str]] = {}
    for identity, constraint in current.of_kind("constraint").items():
        if constraint.definition.startswith("contype=f "):
            found.setdefault(constraint.parent, set()).add(identity[len(constraint.parent) + 1 :])
    return found


def _copies_valid(attach: Change, keys: dict[str, set[str]], validated: set[str], current: Catalog) -> bool:
    """Whether every foreign key of the parent an ATTACH joins (``keys``: the names by table) has a
    copy of its name on the table, valid before the plan or validated by an earlier segment."""
    found = joined(attach)
    assert found is not None
    table, parent = found
    for name in keys.get(parent, ()):
        copy = current.get("constraint", f"{table}.{name}")
        if f"{table}.{name}" not in validated and (copy is None or not copy.definition.endswith(" validated=true")):
            return False
    return True
