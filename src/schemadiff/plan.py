"""The plan: a reviewed SQL file in ``generated/`` and its in-memory form.

File format (version 3)::

    -- schemadiff plan
    -- format: 3
    -- key: value                      (header lines: plan_id, created_at, … checksum;
                                        ``members`` for a plan made for a group)
    -- destructive: step 3 drop table public.old
    -- approved_destructive: step 3 sha256:1a2b3c4d5e6f   (or "none"; written by `schemadiff approve`)
    -- end header

    -- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
    -- step 1 | create table public.companies | hazards: - | sha256:1a2b3c4d5e6f
    create table ...;

    -- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
    -- step 2 | create index public.messages_x | hazards: - | sha256:…
    create index concurrently ...;

A plan is read back by its header, its ``-- segment N |`` and ``-- step N |`` markers, never
by splitting on ``;``. Segments are what apply runs as one unit, in order: a transaction of
consecutive steps, or one statement outside any transaction, each with its own timeouts
(:mod:`schemadiff.segments`). The checksum is the sha256 of the file's canonical text (every
header line, every segment and step marker, every statement; only the checksum line itself
is blank), so nothing that means something can change without ``schemadiff seal`` (an edited
statement) or ``schemadiff approve`` (an approval): both are deliberate acts that show in the
file's diff. Other comment lines are free. Each step marker carries a short hash of its
statement, so an edit is pinned to its step and line, and an approval names the step by that
hash, so it cannot move to another statement.

Format 2 (no segment lines) is still read and applied as it was written: its transactional
steps in one transaction, then each of the others alone.

``apply`` does not take a plan's word for its hazards: it derives them again from the
statements and the target's catalog (``rating.rederive_hazards``); the annotations are for
the reviewer.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from schemadiff.changes import Action, Change, Hazard
from schemadiff.errors import PlanFileError
from schemadiff.segments import Segment, legacy_segments, render_segment

FORMAT_VERSION = 3
READABLE_FORMATS = (2, 3)
MAGIC = "-- schemadiff plan"
END_HEADER = "-- end header"
BOM = "\ufeff"


@dataclass(frozen=True)
class Approval:
    """A reviewer's approval of one destructive step, bound to its statement's hash."""

    step: int
    sql_hash: str

    def render(self) -> str:
        return f"step {self.step} {self.sql_hash}"


@dataclass(frozen=True)
class Step:
    number: int
    description: str
    sql: str
    hazards: tuple[Hazard, ...] = ()
    line: int = field(default=0, compare=False)  # line of the statement in its plan file
    recorded_hash: str | None = field(default=None, compare=False)  # the marker's hash, as read

    @property
    def sql_hash(self) -> str:
        return "sha256:" + hashlib.sha256(self.sql.encode()).hexdigest()[:12]

    @property
    def transactional(self) -> bool:
        return runs_in_transaction(self.sql)

    @property
    def destructive(self) -> bool:
        return Hazard.DATA_LOSS in self.hazards


@dataclass(frozen=True)
class Plan:
    plan_id: str
    created_at: str
    tool_version: str
    target: str
    server_version: str
    from_fingerprint: str
    to_fingerprint: str
    source_digest: str
    steps: tuple[Step, ...]
    changes: tuple[Change, ...] = field(default=(), compare=False)  # only for a plan made in this run
    approvals: tuple[Approval, ...] = ()  # set by --allow-destructive or `schemadiff approve`
    segments: tuple[Segment, ...] = ()  # empty: format 2's (see ``execution``)
    format: int = FORMAT_VERSION
    members: tuple[str, ...] = ()  # ``plan --group``: the members in the plan's *from* state when it was made

    def __post_init__(self) -> None:
        if self.format >= 3 and not self.segments and self.steps:  # made without segments: as format 2 runs
            object.__setattr__(self, "segments", legacy_segments(self.steps))

    @property
    def execution(self) -> tuple[Segment, ...]:
        """The segments apply runs, in order (a format 2 plan's as it was written)."""
        return self.segments or legacy_segments(self.steps)

    @property
    def approved_steps(self) -> frozenset[int]:
        """Steps approved for *their current statement* (an approval of another hash approves nothing)."""
        by_number = {s.number: s for s in self.steps}
        return frozenset(
            a.step for a in self.approvals if a.step in by_number and by_number[a.step].sql_hash == a.sql_hash
        )

    def approve(self, numbers: Collection[int]) -> Plan:
        """This plan with ``numbers`` approved (added to the approvals it has)."""
        by_number = {s.number: s for s in self.steps}
        unknown = sorted(set(numbers) - set(by_number))
        if unknown:
            raise PlanFileError(f"plan {self.plan_id} has no step {', '.join(map(str, unknown))}")
        chosen = self.approved_steps | set(numbers)
        return replace(self, approvals=tuple(Approval(n, by_number[n].sql_hash) for n in sorted(chosen)))

    @property
    def checksum(self) -> str:
        return content_checksum(self)

    @property
    def destructive_steps(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.destructive)

    @property
    def empty(self) -> bool:
        return not self.steps

    def gate(self, live: str, later_to: Collection[str] = ()) -> str:
        """What apply does on a database whose fingerprint is ``live``: ``"in_effect"`` when
        it is this plan's *to* or the *to* of a later plan of the same run (recorded, nothing
        runs), ``"run"`` when it is the plan's *from*, else ``"refuse"``."""
        if live == self.to_fingerprint or live in later_to:
            return "in_effect"
        return "run" if live == self.from_fingerprint else "refuse"

    def file_name(self) -> str:
        return f"{self.plan_id}.sql"


# statements that PostgreSQL refuses inside a transaction block
_NON_TRANSACTIONAL = re.compile(
    r"^\s*(create\s+(unique\s+)?index\s+concurrently|drop\s+index\s+concurrently|reindex\b.*\bconcurrently|"
    r"alter\s+system|vacuum|create\s+database|drop\s+database)\b",
    re.I,
)


def runs_in_transaction(sql: str) -> bool:
    """False for statements PostgreSQL refuses inside a transaction block."""
    return not _NON_TRANSACTIONAL.search(sql)


def content_checksum(plan: Plan) -> str:
    """sha256 of the plan's canonical text with the checksum line left blank."""
    return "sha256:" + hashlib.sha256(_render(plan, checksum="").encode()).hexdigest()


def steps_from_changes(changes: list[Change]) -> tuple[Step, ...]:
    return tuple(Step(i, change.describe(), change.sql, change.hazards) for i, change in enumerate(changes, start=1))


def render_step(step: Step) -> str:
    hazards = ", ".join(h.value for h in step.hazards) or "-"
    return f"-- step {step.number} | {step.description} | hazards: {hazards} | {step.sql_hash}\n{step.sql};\n"


def render_body(
    steps: tuple[Step, ...], segments: tuple[Segment, ...], step_marker: Callable[[Step], str] = render_step
) -> str:
    """The plan's statements, each segment's marker before its first step."""
    opening = {segment.steps[0]: segment for segment in segments if segment.steps}
    body = []
    for step in steps:
        segment = opening.get(step.number)
        body.append((render_segment(segment) + "\n" if segment else "") + step_marker(step))
    return "\n".join(body)


def slug_for(changes: list[Change], from_empty: bool) -> str:
    if from_empty:
        return "initial"
    if not changes:
        return "empty"
    first = changes[0]
    name = first.identity.split(".")[-1].split("(")[0]
    slug = f"{first.action.value}_{first.kind}_{name}"
    if len({(c.kind, c.identity) for c in changes}) > 1:
        slug += "_and_more"
    return slugify(slug)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60] or "plan"


def render_plan_file(plan: Plan) -> str:
    return _render(plan, checksum=plan.checksum)


def _render(plan: Plan, checksum: str) -> str:
    header = [
        MAGIC,
        f"-- format: {plan.format}",
        f"-- plan_id: {plan.plan_id}",
        f"-- created_at: {plan.created_at}",
        f"-- tool_version: {plan.tool_version}",
        f"-- target: {plan.target}",
        *([f"-- members: {', '.join(plan.members)}"] if plan.members else []),
        f"-- server_version: {plan.server_version}",
        f"-- from_fingerprint: {plan.from_fingerprint}",
        f"-- to_fingerprint: {plan.to_fingerprint}",
        f"-- source_digest: {plan.source_digest}",
        f"-- statements: {len(plan.steps)}",
        f"-- checksum: {checksum}",
    ]
    destructive = plan.destructive_steps
    if destructive:
        header += [f"-- destructive: step {s.number} {s.description}" for s in destructive]
    else:
        header.append("-- destructive: none")
    approved = ", ".join(a.render() for a in plan.approvals) or "none"
    header.append(f"-- approved_destructive: {approved}")
    header.append(END_HEADER)
    return "\n".join(header) + "\n\n" + render_body(plan.steps, plan.segments if plan.format >= 3 else ())


__all__ = ["Action", "Approval", "Plan", "Segment", "Step", "render_plan_file", "render_body", "render_step"]
