"""What apply takes and reports: its options, its events, its outcome (no behaviour)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from schemadiff.plan import Plan
from schemadiff.segments import Segment


@dataclass(frozen=True)
class ApplyOptions:
    """``None`` timeouts: each segment's own, as the plan file states them; a value given
    here (``apply --lock-timeout`` …) overrides every segment's (``long_statement_timeout_ms``:
    those of index builds and validations, ``statement_timeout_ms``: the others)."""

    lock_timeout_ms: int | None = None
    statement_timeout_ms: int | None = None
    long_statement_timeout_ms: int | None = None
    retries: int = 3
    retry_backoff_s: float = 1.0
    lock_wait_s: float = 60.0  # how long a second apply waits for the first
    progress_every_s: float = 5.0  # how often a concurrent index build's progress is reported

    def lock_timeout(self, segment: Segment) -> int:
        return segment.lock_timeout_ms if self.lock_timeout_ms is None else self.lock_timeout_ms

    def statement_timeout(self, segment: Segment) -> int:
        given = self.long_statement_timeout_ms if segment.long_running else self.statement_timeout_ms
        return segment.statement_timeout_ms if given is None else given


@dataclass(frozen=True)
class Event:
    plan_id: str
    kind: str  # start, step, retry, wait, segment, progress, verified, skipped, done
    message: str
    step: int | None = None
    seconds: float | None = None
    total: int | None = None  # "start": the plan's number of statements
    destructive: bool = False  # "step": it may lose data (marked DATA_LOSS, or approved as such)


@dataclass
class Outcome:
    plan_id: str
    status: str  # applied | already_applied | recorded_existing
    seconds: float
    events: list[Event] = field(default_factory=list)


Reporter = Callable[[Event], None]


@dataclass(frozen=True)
class PlanFile:
    plan: Plan
    path: Path
    display: str
