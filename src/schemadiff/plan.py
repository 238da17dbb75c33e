"""The plan: a reviewed SQL file in ``generated/`` and its in-memory form.

File format (version 2)::

    -- schemadiff plan
    -- format: 2
    -- key: value                      (header lines: plan_id, created_at, … checksum)
    -- destructive: step 3 drop table public.old
    -- approved_destructive: step 3 sha256:1a2b3c4d5e6f   (or "none"; written by `schemadiff approve`)
    -- end header

    -- step 1 | create table public.companies | hazards: - | sha256:1a2b3c4d5e6f
    create table ...;

A plan is read back by its header and its ``-- step N |`` markers, never by splitting on
``;``. The checksum is the sha256 of the file's canonical text (every header line, every step
marker with its description and hazards, every statement; only the checksum line itself is
blank), so nothing that means something can change without ``schemadiff seal`` (an edited
statement) or ``schemadiff approve`` (an approval): both are deliberate acts that show in the
file's diff. Other comment lines are free. Each step marker carries a short hash of its
statement, so an edit is pinned to its step and line, and an approval names the step by that
hash, so it cannot move to another statement.

``apply`` does not take a plan's word for its hazards: it derives them again from the
statements and the target's catalog (``rating.rederive_hazards``); the annotations are for
the reviewer.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from schemadiff.atomic_files import create_exclusively, replace_atomically
from schemadiff.changes import Action, Change, Hazard
from schemadiff.errors import PlanFileError

FORMAT_VERSION = 2
MAGIC = "-- schemadiff plan"
END_HEADER = "-- end header"
BOM = "\ufeff"
_STEP = re.compile(r"^-- step (\d+) \| (.*?) \| hazards: (.*?)(?: \| (sha256:[0-9a-f]+))?$")
_HEADER = re.compile(r"^-- ([a-z_]+): (.*)$")
_APPROVAL = re.compile(r"^step (\d+) (sha256:[0-9a-f]{12})$")
# header lines the plan renders itself: they must read exactly as rendered
_RENDERED_KEYS = frozenset({
    "format", "plan_id", "created_at", "tool_version", "target", "server_version", "from_fingerprint",
    "to_fingerprint", "source_digest", "statements", "destructive", "approved_destructive",
})


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
    approvals: tuple[Approval, ...] = ()  # set by --allow-destructive or `schemadiff approve`

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


def statements_checksum(statements: list[str]) -> str:
    """The checksum of format 1 plans (statements only); read to recognise them."""
    return "sha256:" + hashlib.sha256(json.dumps(statements).encode()).hexdigest()


def content_checksum(plan: Plan) -> str:
    """sha256 of the plan's canonical text with the checksum line left blank."""
    return "sha256:" + hashlib.sha256(_render(plan, checksum="").encode()).hexdigest()


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
    return _render(plan, checksum=plan.checksum)


def _render(plan: Plan, checksum: str) -> str:
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
    body = []
    for step in plan.steps:
        hazards = ", ".join(h.value for h in step.hazards) or "-"
        body.append(f"-- step {step.number} | {step.description} | hazards: {hazards} | {step.sql_hash}\n{step.sql};\n")
    return "\n".join(header) + "\n\n" + "\n".join(body)


def write_plan(plan: Plan, out: str | None, generated_dir: Path) -> tuple[Plan, Path]:
    """Write a new plan file, whole or not at all, never over an existing file; return the
    plan as written and its path.

    ``out`` (``plan --out``) names the file to create; it names a folder only when it is an
    existing directory or ends with ``/``. Without it the plan goes to ``generated_dir``. In a
    folder the file is ``<plan_id>.sql``; when that name is taken (two plans in the same
    second), the plan gets the next free id (``<plan_id>_2``, ...), so both plans are kept."""
    out = out or None
    if out is not None and not out.endswith(("/", os.sep)) and not Path(out).is_dir():
        path = Path(out)
        _make_folder(path.parent)
        try:
            _create(path, render_plan_file(plan))
        except FileExistsError:
            raise PlanFileError(
                f"{path} already exists; not overwriting it: give --out a new file name or a directory"
            ) from None
        return plan, path
    directory = Path(out) if out is not None else generated_dir
    _make_folder(directory)
    for attempt in range(1, _MAX_SAME_NAME + 1):
        written = plan if attempt == 1 else replace(plan, plan_id=f"{plan.plan_id}_{attempt}")
        path = directory / written.file_name()
        try:
            _create(path, render_plan_file(written))
        except FileExistsError:
            continue
        return written, path
    raise PlanFileError(f"{directory}: {_MAX_SAME_NAME} plans named {plan.plan_id}*.sql already exist")


_MAX_SAME_NAME = 100


def _make_folder(directory: Path) -> None:
    if directory.exists() and not directory.is_dir():
        raise PlanFileError(f"{directory} is not a directory: cannot write a plan file into it")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlanFileError(f"{directory}: cannot create the plan folder: {exc.strerror or exc}") from None


def _create(path: Path, text: str) -> None:
    """Create the plan file whole (``FileExistsError`` when the name is taken)."""
    try:
        create_exclusively(path, text.encode("utf-8"))
    except FileExistsError:
        raise
    except OSError as exc:
        raise PlanFileError(f"{path}: cannot write plan file: {exc.strerror or exc}; no plan file was written") from None


def read_plan(path: Path) -> Plan:
    return parse_plan(_read_text(path), str(path))


def parse_plan(text: str, where: str, *, verify: bool = True) -> Plan:
    """Read a plan file. With ``verify`` (the default) every statement must match its step's
    hash, every approval the statement it names, and the whole canonical text the checksum;
    without it (``seal``) a plan of format 1 is read too, its approvals dropped."""
    lines = text.removeprefix(BOM).splitlines()  # an editor may have saved it with a byte order mark
    if not lines or lines[0].strip() != MAGIC:
        raise PlanFileError(f"{where}: not a schemadiff plan (first line must be {MAGIC!r})")
    try:
        end = next(i for i, ln in enumerate(lines) if ln.strip() == END_HEADER)
    except StopIteration:
        raise PlanFileError(f"{where}: header is not terminated by {END_HEADER!r} (truncated file?)") from None
    header: dict[str, str] = {}
    rendered_lines: list[str] = []
    for ln in lines[1:end]:
        match = _HEADER.match(ln.rstrip())
        if match and match.group(1) in _RENDERED_KEYS:
            rendered_lines.append(ln.rstrip())
        if match and match.group(1) != "destructive":
            header[match.group(1)] = match.group(2).strip()
    version = header.get("format", "")
    if not version.isdigit():
        raise PlanFileError(f"{where}: header has no valid 'format' line")
    if int(version) > FORMAT_VERSION:
        raise PlanFileError(
            f"{where}: plan format {version} is newer than this schemadiff understands ({FORMAT_VERSION}); upgrade schemadiff"
        )
    if int(version) < FORMAT_VERSION and verify:
        raise PlanFileError(
            f"{where}: plan format {version} is no longer applied: its checksum does not cover its approvals and "
            f"annotations. Review the file, then run `schemadiff seal {where}` to rewrite it in format "
            f"{FORMAT_VERSION} (approve its destructive steps again with `schemadiff approve`)"
        )
    missing = [k for k in ("plan_id", "from_fingerprint", "to_fingerprint", "checksum", "statements") if k not in header]
    if missing:
        raise PlanFileError(f"{where}: header lacks {', '.join(missing)}")
    steps = _parse_steps(lines[end + 1 :], end + 2, where)
    if not header["statements"].isdigit() or len(steps) != int(header["statements"]):
        raise PlanFileError(
            f"{where}: header announces {header['statements']} statements but the file has {len(steps)} (truncated?)"
        )
    approvals = _parse_approvals(header.get("approved_destructive", "none"), where) if int(version) >= 2 else ()
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
        approvals=approvals,
    )
    if verify:
        _verify(plan, header["checksum"], rendered_lines, where)
    return plan


def _verify(plan: Plan, checksum: str, rendered_lines: list[str], where: str) -> None:
    edited = [s for s in plan.steps if s.recorded_hash is None or s.recorded_hash != s.sql_hash]
    if edited:
        shown = ", ".join(f"step {s.number} (line {s.line})" for s in edited)
        raise PlanFileError(
            f"{where}: {shown} changed after the plan was written; review it, then run `schemadiff seal {where}`"
        )
    by_number = {s.number: s for s in plan.steps}
    for approval in plan.approvals:
        step = by_number.get(approval.step)
        if step is None or step.sql_hash != approval.sql_hash:
            found = f"is {step.sql_hash}" if step else "does not exist"
            raise PlanFileError(
                f"{where}: the approval of step {approval.step} names statement {approval.sql_hash}, but that step "
                f"{found}; an approval cannot move to another statement: approve with `schemadiff approve {where}`"
            )
    canonical = [ln for ln in render_plan_file(plan).splitlines()[1:] if (m := _HEADER.match(ln)) and m.group(1) in _RENDERED_KEYS]
    if checksum != plan.checksum or rendered_lines != canonical:
        raise PlanFileError(
            f"{where}: the plan's header, step annotations or approvals do not match its checksum (edited after it "
            f"was written?). Approvals are given with `schemadiff approve {where} --step N`; a reviewed edit of a "
            f"statement is accepted with `schemadiff seal {where}`"
        )


def _parse_approvals(text: str, where: str) -> tuple[Approval, ...]:
    text = text.strip()
    if text in ("", "none"):
        return ()
    approvals = []
    for part in text.split(","):
        match = _APPROVAL.match(part.strip())
        if not match:
            raise PlanFileError(
                f"{where}: approved_destructive must be 'none' or 'step N sha256:…' entries written by "
                f"`schemadiff approve`, not {part.strip()!r}"
            )
        approvals.append(Approval(int(match.group(1)), match.group(2)))
    return tuple(approvals)


def seal_plan(path: Path, annotate: Callable[[list[str]], list[tuple[Hazard, ...]]] | None = None) -> SealResult:
    """Accept a reviewed, edited plan file: recompute its step hashes and checksum (and write
    a format 1 plan in the current format). Edited steps get their hazards from ``annotate``
    (statements → hazards); approvals of statements that changed are dropped."""
    text = _read_text(path)
    plan = parse_plan(text, str(path), verify=False)
    changed = [s for s in plan.steps if s.recorded_hash != s.sql_hash]
    if annotate is not None and changed:
        fresh = annotate([s.sql for s in plan.steps])
        numbers = {s.number for s in changed}
        plan = replace(plan, steps=tuple(
            replace(s, hazards=fresh[i]) if s.number in numbers else s for i, s in enumerate(plan.steps)
        ))
    kept = plan.approved_steps
    dropped = tuple(a.step for a in plan.approvals if a.step not in kept)
    plan = replace(plan, approvals=tuple(a for a in plan.approvals if a.step in kept))
    write_text_atomically(path, render_plan_file(plan))
    return SealResult(tuple(changed), dropped)


def approve_plan(path: Path, numbers: Collection[int] | None) -> Plan:
    """Approve steps of a verified plan file (``None``: every step annotated destructive)."""
    plan = parse_plan(_read_text(path), str(path))
    chosen = [s.number for s in plan.destructive_steps] if numbers is None else numbers
    approved = plan.approve(chosen)
    write_text_atomically(path, render_plan_file(approved))
    return approved


@dataclass(frozen=True)
class SealResult:
    changed: tuple[Step, ...]
    dropped_approvals: tuple[int, ...]


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanFileError(f"{path}: cannot read plan file: {exc}") from None


def write_text_atomically(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` through a temporary file in the same folder."""
    try:
        replace_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise PlanFileError(f"{path}: cannot write plan file: {exc.strerror or exc}; the file is unchanged") from None


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


__all__ = ["Action", "Approval", "Plan", "Step", "read_plan", "write_plan", "render_plan_file", "parse_plan", "seal_plan", "approve_plan"]
