"""``apply``'s terminal output: a line per step for a small plan, progress lines for a big one.

For a plan of more than ``FULL_LIST_STEPS`` statements (unless ``full``), steps are counted
and a line is printed every ``ceil(total / 20)`` steps (at least 50) or every ``every_s``
seconds, whichever comes first. Destructive steps are always named on a line of their own;
every other event (start, lock waits and retries, verification) is printed as it comes; a
failure ends apply with an error that names its step.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from schemadiff.apply_model import Event
from schemadiff.summary import FULL_LIST_STEPS, clip

MIN_STEPS_PER_LINE = 50
LINES_PER_PLAN = 20


class ApplyProgress:
    """A reporter for :func:`schemadiff.deploy.deploy` that prints with ``echo``."""

    def __init__(
        self,
        echo: Callable[[str], None],
        *,
        full: bool = False,
        every_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.echo, self.full, self.every_s, self.clock = echo, full, every_s, clock
        self.total: int | None = None
        self._reset()

    def _reset(self) -> None:
        self.first: int | None = None
        self.last: int | None = None
        self.count = 0
        self.seconds = 0.0
        self.since = self.clock()

    @property
    def summarising(self) -> bool:
        return not self.full and self.total is not None and self.total > FULL_LIST_STEPS

    def __call__(self, event: Event) -> None:
        if event.kind == "step" and event.step is not None:
            self._step(event)
            return
        self.flush()
        if event.kind in ("start", "retry"):  # a retry runs the transaction again from its first step
            self.total = event.total if event.kind == "start" else self.total
            self._reset()
        self.echo(f"{event.message}{_timing(event)}")

    def _step(self, event: Event) -> None:
        if not self.summarising:
            mark = "  [DATA_LOSS]" if event.destructive else ""
            self.echo(f"  step {event.step:>3}  {event.message}{mark}{_timing(event)}")
            return
        if event.destructive:
            self.flush()
            self.echo(f"  step {event.step:>3}  {clip(event.message)}  [DATA_LOSS]{_timing(event)}")
            return
        self.first = event.step if self.first is None else self.first
        self.last = event.step
        self.count += 1
        self.seconds += event.seconds or 0.0
        per_line = max(MIN_STEPS_PER_LINE, math.ceil((self.total or 0) / LINES_PER_PLAN))
        if self.count >= per_line or self.clock() - self.since >= self.every_s:
            self.flush()

    def flush(self) -> None:
        """Print the steps counted since the last line, if any."""
        if self.count:
            self.echo(f"  steps {self.first}–{self.last} of {self.total}: {self.count} ran ({self.seconds:.2f}s)")
        self.first = self.last = None
        self.count = 0
        self.seconds = 0.0
        self.since = self.clock()


def _timing(event: Event) -> str:
    return f" ({event.seconds * 1000:.0f} ms)" if event.seconds is not None else ""
