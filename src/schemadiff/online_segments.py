"""An arrangement's groups as the plan's segments (purpose, transaction or not, timeouts,
settings), and what the segments prove about their statements' hazards."""

from __future__ import annotations

import re
from dataclasses import replace

from schemadiff.catalog import Catalog
from schemadiff.changes import Change, Hazard
from schemadiff.online import SET_NOT_NULL
from schemadiff.online_attach import ATTACHES, bound_helper, not_null_helper
from schemadiff.online_default_partition import default_partitions, joined, proven_outside
from schemadiff.online_groups import Group
from schemadiff.quoting import qualified_parts, unquote_identifier
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
    their LONG_VALIDATION, which the statement alone cannot tell, is dropped. ``current``: the
    catalog the plan starts from."""
    proven = {
        n for s in segments if s.purpose == "set not null" for n in s.steps if SET_NOT_NULL.match(changes[n - 1].sql)
    }
    validated: set[str] = set()
    defaults = default_partitions(current) if any(joined(c) for c in changes) else {}
    for segment in segments:
        for n in segment.steps:
            change = changes[n - 1]
            if segment.purpose == "validate":
                validated.add(change.identity)
            elif (m := SET_NOT_NULL.match(change.sql)) and _helper_of(m["table"], m["column"]) in validated:
                proven.add(n)
            elif joined(change) and proven_outside(change, validated, defaults):
                attach = ATTACHES.search(change.sql)
                if attach is None or _bound_of(attach["table"]) in validated:
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
