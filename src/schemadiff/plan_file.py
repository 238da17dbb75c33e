"""Plan files on disk: written whole and never over another file, read back and verified,
sealed after a reviewed edit, approved step by step (the format: :mod:`schemadiff.plan`)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from schemadiff.atomic_files import create_exclusively, replace_atomically
from schemadiff.changes import Hazard
from schemadiff.errors import PlanFileError
from schemadiff.plan import (
    BOM,
    END_HEADER,
    FORMAT_VERSION,
    MAGIC,
    READABLE_FORMATS,
    Approval,
    Plan,
    Step,
    render_plan_file,
)
from schemadiff.segments import Segment, SegmentMarker, check_segments, legacy_segments, parse_segment_marker

_STEP = re.compile(r"^-- step (\d+) \| (.*?) \| hazards: (.*?)(?: \| (sha256:[0-9a-f]+))?$")
_HEADER = re.compile(r"^-- ([a-z_]+): (.*)$")
_APPROVAL = re.compile(r"^step (\d+) (sha256:[0-9a-f]{12})$")
# header lines the plan renders itself: they must read exactly as rendered
_RENDERED_KEYS = frozenset(
    {
        "format",
        "plan_id",
        "created_at",
        "tool_version",
        "target",
        "members",
        "server_version",
        "from_fingerprint",
        "to_fingerprint",
        "source_digest",
        "statements",
        "destructive",
        "approved_destructive",
    }
)


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
    plan = sorting_last(plan, [p.stem for p in directory.glob("*.sql")])
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
_STAMP = re.compile(r"\d{14}")  # a plan id's time: YYYYmmddHHMMSS


def sorting_last(plan: Plan, names: Collection[str]) -> Plan:
    """``plan`` with an id that sorts after each of ``names`` (the plans of its folder, which
    ``apply`` runs in name order): when a plan made in the same second (or stamped later) has a
    name sorting after this one's, this id's time becomes the second after that plan's. Its own
    name with a number (``<plan_id>_2``: written at once by another run) does not count."""
    own = re.compile(re.escape(plan.plan_id) + r"_\d+")
    later = [n[:14] for n in names if n > plan.plan_id and not own.fullmatch(n) and _STAMP.fullmatch(n[:14])]
    if not later or not _STAMP.fullmatch(plan.plan_id[:14]):
        return plan
    stamp = datetime.strptime(max(later), "%Y%m%d%H%M%S") + timedelta(seconds=1)
    return replace(plan, plan_id=stamp.strftime("%Y%m%d%H%M%S") + plan.plan_id[14:])


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
        raise PlanFileError(
            f"{path}: cannot write plan file: {exc.strerror or exc}; no plan file was written"
        ) from None


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
    if int(version) not in READABLE_FORMATS and verify:
        raise PlanFileError(
            f"{where}: plan format {version} is no longer applied: its checksum does not cover its approvals and "
            f"annotations. Review the file, then run `schemadiff seal {where}` to rewrite it in format "
            f"{FORMAT_VERSION} (approve its destructive steps again with `schemadiff approve`)"
        )
    missing = [
        k for k in ("plan_id", "from_fingerprint", "to_fingerprint", "checksum", "statements") if k not in header
    ]
    if missing:
        raise PlanFileError(f"{where}: header lacks {', '.join(missing)}")
    steps, markers = _parse_steps(lines[end + 1 :], end + 2, where)
    segments = _segments(markers, steps, int(version), where)
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
        members=tuple(m for m in header.get("members", "").split(", ") if m),
        server_version=header.get("server_version", ""),
        from_fingerprint=header["from_fingerprint"],
        to_fingerprint=header["to_fingerprint"],
        source_digest=header.get("source_digest", ""),
        steps=steps,
        approvals=approvals,
        segments=segments,
        format=int(version),
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
    canonical = [
        ln
        for ln in render_plan_file(plan).splitlines()[1:]
        if (m := _HEADER.match(ln)) and m.group(1) in _RENDERED_KEYS
    ]
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
    a plan of format 1 or 2 in the current format). Edited steps get their hazards from ``annotate``
    (statements → hazards); approvals of statements that changed are dropped."""
    text = _read_text(path)
    plan = parse_plan(text, str(path), verify=False)
    changed = [s for s in plan.steps if s.recorded_hash != s.sql_hash]
    if annotate is not None and changed:
        fresh = annotate([s.sql for s in plan.steps])
        numbers = {s.number for s in changed}
        plan = replace(
            plan,
            steps=tuple(replace(s, hazards=fresh[i]) if s.number in numbers else s for i, s in enumerate(plan.steps)),
        )
    kept = plan.approved_steps
    dropped = tuple(a.step for a in plan.approvals if a.step not in kept)
    plan = replace(plan, approvals=tuple(a for a in plan.approvals if a.step in kept))
    if plan.format < FORMAT_VERSION:
        plan = replace(plan, format=FORMAT_VERSION, segments=_as_format_3(plan, str(path)))
    write_text_atomically(path, render_plan_file(plan))
    return SealResult(tuple(changed), dropped)


def _as_format_3(plan: Plan, where: str) -> tuple[Segment, ...]:
    """The segments of an older plan, applied as it was written (its transactional steps in
    one transaction, then the others); refused when that order is not the order of its steps."""
    segments = legacy_segments(plan.steps)
    if [n for segment in segments for n in segment.steps] != [s.number for s in plan.steps]:
        raise PlanFileError(
            f"{where}: a statement that runs outside a transaction comes before transactional ones; this older plan "
            "cannot be rewritten in the current format with the same meaning: make the plan again"
        )
    return segments


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


def _segments(
    markers: list[tuple[SegmentMarker, int]], steps: tuple[Step, ...], version: int, where: str
) -> tuple[Segment, ...]:
    """The plan's segments from its segment lines (``(marker, steps before it)``); a plan of
    format 2 has none (see ``Plan.execution``)."""
    if version < 3:
        if markers:
            raise PlanFileError(f"{where}: segment lines belong to plan format 3, not {version}")
        return ()
    if not steps:
        return ()
    expected = list(range(1, len(markers) + 1))
    if [m.number for m, _ in markers] != expected:
        raise PlanFileError(f"{where}: segments must be numbered 1, 2, … in order")
    bounds = [before for _, before in markers] + [len(steps)]
    segments = tuple(
        marker.with_steps(tuple(s.number for s in steps[bounds[i] : bounds[i + 1]]))
        for i, (marker, _) in enumerate(markers)
    )
    check_segments(segments, steps, where)
    return segments


def _parse_steps(
    lines: list[str], first_line_no: int, where: str
) -> tuple[tuple[Step, ...], list[tuple[SegmentMarker, int]]]:
    steps: list[Step] = []
    markers: list[tuple[SegmentMarker, int]] = []
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
        marker = parse_segment_marker(ln, f"{where}:{first_line_no + offset}")
        if marker is not None:
            close()
            current = None
            markers.append((marker, len(steps)))
            continue
        match = _STEP.match(ln)
        if match:
            close()
            number = int(match.group(1))
            if number != len(steps) + 1:
                raise PlanFileError(
                    f"{where}:{first_line_no + offset}: expected step {len(steps) + 1}, found step {number}"
                )
            statement_line = first_line_no + offset + 1
            current = (number, match.group(2), _parse_hazards(match.group(3), where), match.group(4), statement_line)
            body = []
        elif current is not None:
            body.append(ln)
        elif ln.strip() and not ln.startswith("--"):
            raise PlanFileError(f"{where}:{first_line_no + offset}: statement outside of a step")
    close()
    return tuple(steps), markers


def _parse_hazards(text: str, where: str) -> tuple[Hazard, ...]:
    if text.strip() == "-":
        return ()
    try:
        return tuple(Hazard(h.strip()) for h in text.split(","))
    except ValueError:
        raise PlanFileError(f"{where}: unknown hazard in {text!r}") from None
