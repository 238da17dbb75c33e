"""The plan: a reviewed SQL file in ``generated/`` and its in-memory form.

File format (version 1)::

    -- schemadiff plan
    -- format: 1
    -- key: value                      (header lines, see HEADER_KEYS)
    -- destructive: step 3 drop table public.old
    -- approved_destructive: none          (the reviewer writes step numbers, or "all")
    -- end header

    -- step 1 | create table public.companies | hazards: - | sha256:1a2b3c4d5e6f
    create table ...;

A plan is read back by its header and its ``-- step N |`` markers, never by splitting on
``;``. The checksum covers the statements only, so a reviewer may not change a statement
without re-sealing the plan (``schemadiff seal``), but comments and the approval line are
free. Each step marker carries a short hash of its statement, so an edit is pinned to its
step and line.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from schemadiff.changes import Action, Change, Hazard
from schemadiff.errors import PlanFileError

FORMAT_VERSION = 1
MAGIC = "-- schemadiff plan"
END_HEADER = "-- end header"
_STEP = re.compile(r"^-- step (\d+) \| (.*?) \| hazards: (.*?)(?: \| (sha256:[0-9a-f]+))?$")
_HEADER = re.compile(r"^-- ([a-z_]+): (.*)$")


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
        """False for statements PostgreSQL refuses inside a transaction block."""
        return not _NON_TRANSACTIONAL.search(self.sql)

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
    approved_destructive: tuple[int, ...] = ()  # step numbers; set by --allow-destructive or a reviewer

    @property
    def unapproved_destructive(self) -> tuple[Step, ...]:
        return tuple(s for s in self.destructive_steps if s.number not in self.approved_destructive)

    @property
    def checksum(self) -> str:
        return statements_checksum([s.sql for s in self.steps])

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


def statements_checksum(statements: list[str]) -> str:
    return "sha256:" + hashlib.sha256(json.dumps(statements).encode()).hexdigest()


def steps_from_changes(changes: list[Change]) -> tuple[Step, ...]:
    return tuple(
        Step(i, change.describe(), change.sql, change.hazards) for i, change in enumerate(changes, start=1)
    )


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
    header = [
        MAGIC,
        f"-- format: {FORMAT_VERSION}",
        f"-- plan_id: {plan.plan_id}",
        f"-- created_at: {plan.created_at}",
        f"-- tool_version: {plan.tool_version}",
        f"-- target: {plan.target}",
        f"-- server_version: {plan.server_version}",
        f"-- from_fingerprint: {plan.from_fingerprint}",
        f"-- to_fingerprint: {plan.to_fingerprint}",
        f"-- source_digest: {plan.source_digest}",
        f"-- statements: {len(plan.steps)}",
        f"-- checksum: {plan.checksum}",
    ]
    destructive = plan.destructive_steps
    if destructive:
        header += [f"-- destructive: step {s.number} {s.description}" for s in destructive]
    else:
        header.append("-- destructive: none")
    approved = ", ".join(str(n) for n in plan.approved_destructive) or "none"
    header.append(f"-- approved_destructive: {approved}")
    header.append(END_HEADER)
    body = []
    for step in plan.steps:
        hazards = ", ".join(h.value for h in step.hazards) or "-"
        body.append(f"-- step {step.number} | {step.description} | hazards: {hazards} | {step.sql_hash}\n{step.sql};\n")
    return "\n".join(header) + "\n\n" + "\n".join(body)


def write_plan(plan: Plan, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / plan.file_name()
    if path.exists():
        raise PlanFileError(f"{path} already exists; not overwriting a plan")
    path.write_text(render_plan_file(plan))
    return path


def read_plan(path: Path) -> Plan:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanFileError(f"{path}: cannot read plan file: {exc}") from None
    return parse_plan(text, str(path))


def parse_plan(text: str, where: str, *, verify: bool = True) -> Plan:
    """Read a plan file; with ``verify`` (the default) its statements must match its checksums."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != MAGIC:
        raise PlanFileError(f"{where}: not a schemadiff plan (first line must be {MAGIC!r})")
    header: dict[str, str] = {}
    try:
        end = next(i for i, ln in enumerate(lines) if ln.strip() == END_HEADER)
    except StopIteration:
        raise PlanFileError(f"{where}: header is not terminated by {END_HEADER!r} (truncated file?)") from None
    for ln in lines[1:end]:
        match = _HEADER.match(ln)
        if match and match.group(1) != "destructive":
            header[match.group(1)] = match.group(2).strip()
    version = header.get("format", "")
    if not version.isdigit():
        raise PlanFileError(f"{where}: header has no valid 'format' line")
    if int(version) > FORMAT_VERSION:
        raise PlanFileError(
            f"{where}: plan format {version} is newer than this schemadiff understands ({FORMAT_VERSION}); upgrade schemadiff"
        )
    missing = [k for k in ("plan_id", "from_fingerprint", "to_fingerprint", "checksum", "statements") if k not in header]
    if missing:
        raise PlanFileError(f"{where}: header lacks {', '.join(missing)}")
    steps = _parse_steps(lines[end + 1 :], end + 2, where)
    if len(steps) != int(header["statements"]):
        raise PlanFileError(
            f"{where}: header announces {header['statements']} statements but the file has {len(steps)} (truncated?)"
        )
    destructive_numbers = {s.number for s in steps if s.destructive}
    approved = _parse_approval(header.get("approved_destructive", "none"), destructive_numbers, where)
    plan = Plan(
        plan_id=header["plan_id"],
        created_at=header.get("created_at", ""),
        tool_version=header.get("tool_version", ""),
        target=header.get("target", ""),
        server_version=header.get("server_version", ""),
        from_fingerprint=header["from_fingerprint"],
        to_fingerprint=header["to_fingerprint"],
        source_digest=header.get("source_digest", ""),
        steps=steps,
        approved_destructive=approved,
    )
    if verify:
        edited = [s for s in steps if s.recorded_hash is None or s.recorded_hash != s.sql_hash]
        if edited:
            shown = ", ".join(f"step {s.number} (line {s.line})" for s in edited)
            raise PlanFileError(
                f"{where}: {shown} changed after the plan was written; review it, then run `schemadiff seal {where}`"
            )
        if plan.checksum != header["checksum"]:
            raise PlanFileError(f"{where}: statements do not match the checksum in the header (edited after it was written?)")
    return plan


def _parse_approval(text: str, destructive: set[int], where: str) -> tuple[int, ...]:
    text = text.strip().lower()
    if text in ("", "none", "-"):
        return ()
    if text == "all":
        return tuple(sorted(destructive))
    try:
        numbers = tuple(sorted({int(n) for n in re.split(r"[,\s]+", text) if n}))
    except ValueError:
        raise PlanFileError(f"{where}: approved_destructive must be 'none', 'all' or step numbers, not {text!r}") from None
    return numbers


def seal_plan(path: Path) -> list[Step]:
    """Recompute the checksums of a reviewed, edited plan file; return the steps that changed."""
    text = path.read_text(encoding="utf-8")
    plan = parse_plan(text, str(path), verify=False)
    changed = [s for s in plan.steps if s.recorded_hash != s.sql_hash]
    path.write_text(render_plan_file(plan))
    return changed


def _parse_steps(lines: list[str], first_line_no: int, where: str) -> tuple[Step, ...]:
    steps: list[Step] = []
    current: tuple[int, str, tuple[Hazard, ...], str | None, int] | None = None
    body: list[str] = []

    def close() -> None:
        if current is None:
            return
        sql = "\n".join(body).strip()
        if sql.endswith(";"):
            sql = sql[:-1].rstrip()
        if not sql:
            raise PlanFileError(f"{where}: step {current[0]} has no statement")
        leading_blank = next((i for i, ln in enumerate(body) if ln.strip()), 0)
        steps.append(Step(current[0], current[1], sql, current[2], current[4] + leading_blank, current[3]))

    for offset, ln in enumerate(lines):
        match = _STEP.match(ln)
        if match:
            close()
            number = int(match.group(1))
            if number != len(steps) + 1:
                raise PlanFileError(f"{where}:{first_line_no + offset}: expected step {len(steps) + 1}, found step {number}")
            statement_line = first_line_no + offset + 1
            current = (number, match.group(2), _parse_hazards(match.group(3), where), match.group(4), statement_line)
            body = []
        elif current is not None:
            body.append(ln)
        elif ln.strip() and not ln.startswith("--"):
            raise PlanFileError(f"{where}:{first_line_no + offset}: statement outside of a step")
    close()
    return tuple(steps)


def _parse_hazards(text: str, where: str) -> tuple[Hazard, ...]:
    if text.strip() == "-":
        return ()
    try:
        return tuple(Hazard(h.strip()) for h in text.split(","))
    except ValueError:
        raise PlanFileError(f"{where}: unknown hazard in {text!r}") from None


__all__ = ["Action", "Plan", "Step", "read_plan", "write_plan", "render_plan_file", "parse_plan", "seal_plan"]
