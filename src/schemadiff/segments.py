"""Segments: the units a plan is applied in, in order.

A segment is either a transaction of consecutive steps, or one statement outside any
transaction (``CREATE INDEX CONCURRENTLY``, ``DROP INDEX CONCURRENTLY``, which PostgreSQL
refuses inside one). Each carries the ``lock_timeout`` and ``statement_timeout`` it runs
under, and, for index builds, ``maintenance_work_mem``: index builds and validations get a
long statement timeout, everything a short lock timeout, so a deploy never queues behind a
long-running query for long (and never makes the queries behind it wait).

In the plan file a segment is one marker line before its first step::

    -- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h

The purposes (``main``, ``build index``, ...) are a fixed vocabulary (:data:`PURPOSES`) and
the settings a fixed list (:data:`SEGMENT_SETTINGS`), so a plan file cannot make apply set
anything else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from schemadiff.errors import PlanFileError

# purpose -> whether its statements run long (index builds and validations scan the table)
PURPOSES: dict[str, bool] = {
    "enum values": False,  # ALTER TYPE … ADD VALUE committed before a later step uses the value
    "attach checks": False,  # CHECKs, foreign keys NOT VALID before a partition is attached or added (online_attach.py)
    "main": False,  # everything that takes only brief locks, in one transaction
    "build index": True,  # CREATE INDEX CONCURRENTLY (no transaction)
    "attach index": False,  # a partitioned table's index, created over its partitions' (attached, not built)
    "validate": True,  # VALIDATE CONSTRAINT in a transaction of its own (SHARE UPDATE EXCLUSIVE)
    "set not null": False,  # SET NOT NULL proven by a validated CHECK (no scan), the CHECK dropped
    "add constraint": False,  # UNIQUE / PRIMARY KEY … USING INDEX of an index built concurrently
    "replica identity": False,  # REPLICA IDENTITY USING INDEX of an index built concurrently
    "foreign key": False,  # a foreign key that needs a key added by an earlier segment (NOT VALID)
    "drop index": False,  # DROP INDEX CONCURRENTLY of the index a new one replaces (no transaction)
    "rename index": False,  # the replacement index takes the old one's name (a partitioned one's dropped there)
    "index": True,  # format 2: a non-transactional statement of the plan
}

# settings a segment may carry (and nothing else): name -> pattern of an accepted value
SEGMENT_SETTINGS: dict[str, re.Pattern[str]] = {
    "maintenance_work_mem": re.compile(r"^\d+(kB|MB|GB|TB)$"),
}

_UNITS = (("h", 3_600_000), ("min", 60_000), ("s", 1_000), ("ms", 1))
_MARKER = re.compile(r"^-- segment (\d+) \| (transaction|no transaction) \| ([a-z ]+) \| (.*)$")


@dataclass(frozen=True)
class Segment:
    number: int
    steps: tuple[int, ...]  # step numbers, ascending
    transactional: bool
    purpose: str  # one of PURPOSES
    lock_timeout_ms: int
    statement_timeout_ms: int  # 0: no limit
    settings: tuple[tuple[str, str], ...] = ()

    @property
    def long_running(self) -> bool:
        return PURPOSES.get(self.purpose, False)


@dataclass(frozen=True)
class Timeouts:
    """The timeouts new segments get (``online:`` in schemadiff.yaml)."""

    lock_timeout_ms: int = 5_000
    statement_timeout_ms: int = 15 * 60_000  # short segments
    long_statement_timeout_ms: int = 6 * 3_600_000  # index builds and validations
    maintenance_work_mem: str | None = None  # for index builds, e.g. "1GB"


class _Stepish(Protocol):
    @property
    def number(self) -> int: ...

    @property
    def transactional(self) -> bool: ...


def legacy_segments(steps: Sequence[_Stepish], timeouts: Timeouts = Timeouts()) -> tuple[Segment, ...]:
    """How a format 2 plan was applied: every transactional step in one transaction, then each
    of the others on its own (with the timeouts apply used for them)."""
    main = tuple(s.number for s in steps if s.transactional)
    segments = [Segment(1, main, True, "main", timeouts.lock_timeout_ms, timeouts.statement_timeout_ms)] if main else []
    for step in steps:
        if not step.transactional:
            segments.append(
                Segment(
                    len(segments) + 1,
                    (step.number,),
                    False,
                    "index",
                    timeouts.lock_timeout_ms,
                    timeouts.statement_timeout_ms,
                )
            )
    return tuple(segments)


def duration_text(ms: int) -> str:
    if ms <= 0:
        return "none"
    for unit, size in _UNITS:
        if ms % size == 0:
            return f"{ms // size}{unit}"
    return f"{ms}ms"  # pragma: no cover - ms divides everything


def parse_duration(text: str, where: str) -> int:
    text = text.strip()
    if text in ("none", "0"):
        return 0
    match = re.fullmatch(r"(\d+)(ms|s|min|h)", text)
    if not match:
        raise PlanFileError(f"{where}: {text!r} is not a duration (like 250ms, 5s, 15min, 6h or none)")
    return int(match.group(1)) * dict(_UNITS)[match.group(2)]


def render_segment(segment: Segment) -> str:
    kind = "transaction" if segment.transactional else "no transaction"
    values = [
        f"lock_timeout {duration_text(segment.lock_timeout_ms)}",
        f"statement_timeout {duration_text(segment.statement_timeout_ms)}",
    ]
    values += [f"{name} {value}" for name, value in segment.settings]
    return f"-- segment {segment.number} | {kind} | {segment.purpose} | {', '.join(values)}"


@dataclass(frozen=True)
class SegmentMarker:
    """A segment line as read, before its steps are known."""

    number: int
    transactional: bool
    purpose: str
    lock_timeout_ms: int
    statement_timeout_ms: int
    settings: tuple[tuple[str, str], ...]

    def with_steps(self, steps: tuple[int, ...]) -> Segment:
        return Segment(
            self.number,
            steps,
            self.transactional,
            self.purpose,
            self.lock_timeout_ms,
            self.statement_timeout_ms,
            self.settings,
        )


def parse_segment_marker(line: str, where: str) -> SegmentMarker | None:
    """The segment of a ``-- segment N | …`` line (None for any other line)."""
    if not line.startswith("-- segment "):
        return None
    match = _MARKER.match(line.rstrip())
    if not match:
        return None  # a comment, maybe inside a statement; a plan without its markers is refused later
    purpose = match.group(3)
    if purpose not in PURPOSES:
        raise PlanFileError(f"{where}: unknown segment purpose {purpose!r}")
    values: dict[str, str] = {}
    for part in match.group(4).split(","):
        name, _, value = part.strip().partition(" ")
        if name in values or not value:
            raise PlanFileError(f"{where}: malformed segment setting {part.strip()!r}")
        values[name] = value.strip()
    try:
        lock, statement = values.pop("lock_timeout"), values.pop("statement_timeout")
    except KeyError:
        raise PlanFileError(f"{where}: a segment line needs lock_timeout and statement_timeout") from None
    for name, value in values.items():
        pattern = SEGMENT_SETTINGS.get(name)
        if pattern is None:
            raise PlanFileError(f"{where}: a segment cannot set {name!r} (only {', '.join(SEGMENT_SETTINGS)})")
        if not pattern.match(value):
            raise PlanFileError(f"{where}: {value!r} is not a valid {name}")
    return SegmentMarker(
        int(match.group(1)),
        match.group(2) == "transaction",
        purpose,
        parse_duration(lock, where),
        parse_duration(statement, where),
        tuple(values.items()),
    )


def check_segments(segments: Sequence[Segment], steps: Sequence[_Stepish], where: str) -> None:
    """Every step in exactly one segment, in order; a statement PostgreSQL refuses inside a
    transaction only in a segment of its own outside one."""
    numbers = [n for segment in segments for n in segment.steps]
    if numbers != [s.number for s in steps]:
        raise PlanFileError(f"{where}: every step must follow a segment line, in order")
    by_number = {s.number: s for s in steps}
    for segment in segments:
        if not segment.steps:
            raise PlanFileError(f"{where}: segment {segment.number} has no step")
        if not segment.transactional and len(segment.steps) != 1:
            raise PlanFileError(f"{where}: segment {segment.number} runs outside a transaction and must hold one step")
        refused = [n for n in segment.steps if segment.transactional and not by_number[n].transactional]
        if refused:
            raise PlanFileError(
                f"{where}: step {refused[0]} cannot run inside a transaction, but segment {segment.number} is one"
            )
