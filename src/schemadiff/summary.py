"""Summaries that fit where they go: a big plan in a terminal, a pull-request comment.

A plan of a few dozen statements is listed whole. A bigger one is summarised: its statements
grouped by action and kind with counts, its destructive (``DATA_LOSS``) and widened-access
(``ACCESS_WIDENED``) steps listed one by one up to a cap (then counted), and the rest left to
the plan file. Steps that only narrow access (``ACCESS_NARROWED``) are a list of their own
(:func:`narrowed_steps`), never mixed with those that widen it.
Markdown is also held to a character budget under GitHub's comment limit, whatever the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from schemadiff.changes import Action, Hazard
from schemadiff.plan import Plan, Step

# GitHub refuses an issue or pull-request comment longer than this (characters)
GITHUB_COMMENT_LIMIT = 65_536
# what schemadiff's Markdown may use: leaves room for what posts it (a sticky comment's marker, a preamble)
MARKDOWN_BUDGET = 60_000
FULL_LIST_STEPS = 60  # a plan of at most this many statements is listed whole in the terminal
DESTRUCTIVE_CAP = 100  # destructive steps listed one by one before the rest are counted
SECURITY_CAP = 50  # the same for ACCESS_WIDENED steps that are not destructive (and for ACCESS_NARROWED ones)
WARNING_CAP = 10
DESCRIPTION_WIDTH = 200  # a listed description longer than this is cut (the plan file has it whole)
_ACTION_ORDER = {a.value: i for i, a in enumerate(Action)}
T = TypeVar("T")


def action_of(step: Step) -> str:
    return step.description.split(" ", 1)[0]


def kind_of(step: Step) -> str:
    parts = step.description.split(" ", 2)
    return parts[1] if len(parts) > 1 else "?"


def clip(text: str, width: int = DESCRIPTION_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@dataclass
class Group:
    """The statements of a plan that do one action to one kind of object."""

    action: str
    kind: str
    count: int = 0
    hazards: set[str] = field(default_factory=set)

    @property
    def hazard_text(self) -> str:
        return ", ".join(h.value for h in Hazard if h.value in self.hazards)


def groups(steps: Iterable[Step]) -> list[Group]:
    """Statements grouped by (action, kind): actions in create/alter/drop/rename order, kinds
    in the order the plan first reaches them."""
    found: dict[tuple[str, str], Group] = {}
    for step in steps:
        key = (action_of(step), kind_of(step))
        group = found.setdefault(key, Group(*key))
        group.count += 1
        group.hazards.update(h.value for h in step.hazards)
    return sorted(found.values(), key=lambda g: _ACTION_ORDER.get(g.action, len(_ACTION_ORDER)))


_WIDENING = (Hazard.ACCESS_WIDENED, Hazard.SECURITY)  # SECURITY: plan files of earlier versions


def widens_access(step: Step) -> bool:
    return any(h in step.hazards for h in _WIDENING)


def security_steps(plan: Plan) -> tuple[Step, ...]:
    """Steps that widen access (``ACCESS_WIDENED``, or the legacy ``SECURITY`` of an older
    plan file) and are not also destructive (those are listed with the destructive ones)."""
    return tuple(s for s in plan.steps if widens_access(s) and not s.destructive)


def narrowed_steps(plan: Plan) -> tuple[Step, ...]:
    """Steps that only narrow access: not destructive, and widening nothing."""
    return tuple(
        s for s in plan.steps if Hazard.ACCESS_NARROWED in s.hazards and not widens_access(s) and not s.destructive
    )


def is_big(plan: Plan) -> bool:
    return len(plan.steps) > FULL_LIST_STEPS


class Budget:
    """Characters left for a Markdown document (each line counts its newline)."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, lines: Sequence[str], reserve: int = 0) -> bool:
        """Count ``lines`` in if they fit with ``reserve`` characters to spare."""
        size = sum(len(line) + 1 for line in lines)
        if size + reserve > self.left:
            return False
        self.left -= size
        return True


def listed(
    items: Sequence[T],
    render: Callable[[T], list[str]],
    *,
    cap: int | None,
    budget: Budget | None = None,
    reserve: int = 0,
) -> tuple[list[str], int]:
    """The lines of the first ``items`` (at most ``cap``, and what fits ``budget`` with
    ``reserve`` to spare), and how many were left out."""
    lines: list[str] = []
    shown = 0
    for item in items if cap is None else items[:cap]:
        item_lines = render(item)
        if budget is not None and not budget.take(item_lines, reserve):
            break
        lines += item_lines
        shown += 1
    return lines, len(items) - shown


# hazards of a step that holds a write-blocking lock for as long as a build, a rewrite or a copy (Citus) lasts
_BLOCKING = (Hazard.SHARE_LOCK, Hazard.INDEX_BUILD, Hazard.TABLE_REWRITE, Hazard.DATA_MOVED)


def blocking_steps(plan: Plan) -> tuple[Step, ...]:
    """Steps on tables that already exist which have no online form: they block writes to the
    table for as long as their build or rewrite lasts (an online plan keeps them as they are)."""
    return tuple(s for s in plan.steps if any(h in _BLOCKING for h in s.hazards))


def execution_text(plan: Plan) -> str:
    """How the plan runs: "in one transaction", or its segments counted by purpose."""
    segments = plan.execution
    if len(segments) == 1:
        return "in one transaction" if segments[0].transactional else "as one statement outside a transaction"
    parts: list[str] = []
    for purpose in dict.fromkeys(s.purpose for s in segments):
        same = [s for s in segments if s.purpose == purpose]
        kind = "no transaction" if not same[0].transactional else "transaction"
        parts.append(f"{len(same)} × {purpose} ({kind})" if len(same) > 1 else f"{purpose} ({kind})")
    return f"in {len(segments)} segments: " + ", ".join(parts)
