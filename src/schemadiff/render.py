"""A plan → text (terminal), Markdown (pull-request comment) or JSON (machines).

What a reviewer must not miss comes first: steps that widen access (Markdown), destructive
steps, steps that still block writes (no online form), steps that narrow access. Text and Markdown fit
where they go (a big plan is summarised, Markdown stays under GitHub's comment limit: see
:mod:`schemadiff.summary`); JSON is always complete.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from schemadiff.changes import HAZARD_HELP, Action, Hazard
from schemadiff.json_output import document, dumps
from schemadiff.plan import Plan, Step
from schemadiff.summary import (
    DESTRUCTIVE_CAP,
    GITHUB_COMMENT_LIMIT,
    MARKDOWN_BUDGET,
    SECURITY_CAP,
    WARNING_CAP,
    Budget,
    blocking_steps,
    clip,
    execution_text,
    groups,
    is_big,
    listed,
    narrowed_steps,
    security_steps,
)

_BLOCKING_NOTE = "no online form: each blocks writes to its table while it runs"

_SIGN = {Action.CREATE.value: "+", Action.ALTER.value: "~", Action.DROP.value: "-", Action.RENAME.value: ">"}


def _action(step: Step) -> str:
    return step.description.split(" ", 1)[0]


def counts(plan: Plan) -> dict[str, int]:
    found = Counter(_action(s) for s in plan.steps)
    return {a.value: found.get(a.value, 0) for a in Action}


def _summary(c: dict[str, int]) -> str:
    """ "3 to create, 1 to alter, 0 to drop" (and ", 2 to rename" when there are renames)."""
    text = f"{c['create']} to create, {c['alter']} to alter, {c['drop']} to drop"
    return text + (f", {c['rename']} to rename" if c["rename"] else "")


def hazard_counts(plan: Plan) -> dict[str, int]:
    found = Counter(h.value for s in plan.steps for h in s.hazards)
    return {h.value: found[h.value] for h in Hazard if found[h.value]}


def _step_line(s: Step) -> str:
    hazards = f"  [{', '.join(h.value for h in s.hazards)}]" if s.hazards else ""
    return f"  step {s.number:>3}  {clip(s.description)}{hazards}"


def _more(n: int, what: str, written_to: str | None) -> str:
    where = f"the plan file {written_to}" if written_to else "the plan file"
    return f"  … and {n} more {what} (all in {where}; `--full` lists them here)"


def render_text(
    plan: Plan, *, target: str, written_to: str | None, warnings: tuple[str, ...] = (), full: bool = False
) -> str:
    """A plan of at most FULL_LIST_STEPS statements (or any plan with ``full``) is listed
    whole; a bigger one is summarised (see :mod:`schemadiff.summary`)."""
    lines = [f"warning: {w}" for w in warnings]
    if plan.empty:
        lines.append(f"No changes: target {target} matches schema/ ({plan.to_fingerprint[:19]}…).")
        return "\n".join(lines)
    c = counts(plan)
    lines.append(f"Plan {plan.plan_id} for target {target}")
    lines.append(f"  from {plan.from_fingerprint[:19]}…  to {plan.to_fingerprint[:19]}…")
    lines.append(f"  {len(plan.steps)} statements: {_summary(c)}")
    lines.append(f"  runs {execution_text(plan)}")
    whole = full or not is_big(plan)
    destructive = plan.destructive_steps
    if destructive:
        lines.append(f"\nDESTRUCTIVE ({len(destructive)}): review before applying")
        shown, rest = listed(destructive, lambda s: [_step_line(s)], cap=None if whole else DESTRUCTIVE_CAP)
        lines += shown + ([_more(rest, "destructive steps", written_to)] if rest else [])
    blocking = blocking_steps(plan)
    if blocking:
        lines.append(f"\nBLOCKING WRITES ({len(blocking)}): {_BLOCKING_NOTE}")
        shown, rest = listed(blocking, lambda s: [_step_line(s)], cap=None if whole else DESTRUCTIVE_CAP)
        lines += shown + ([_more(rest, "blocking steps", written_to)] if rest else [])
    if whole:
        lines.append("\nSteps:")
        for s in plan.steps:
            hazards = f"  [{', '.join(h.value for h in s.hazards)}]" if s.hazards else ""
            lines.append(f"  {_SIGN.get(_action(s), '~')} {s.number:>3}  {s.description}{hazards}")
    else:
        for title, steps, what in (
            ("ACCESS WIDENED ({}): review who gains access", security_steps(plan), "steps widening access"),
            (
                "ACCESS NARROWED ({}): check that nobody loses access they need",
                narrowed_steps(plan),
                "steps narrowing access",
            ),
        ):
            if steps:
                lines.append("\n" + title.format(len(steps)))
                shown, rest = listed(steps, lambda s: [_step_line(s)], cap=SECURITY_CAP)
                lines += shown + ([_more(rest, what, written_to)] if rest else [])
        lines.append("\nBy kind:")
        found = groups(plan.steps)
        width = max(len(f"{g.action} {g.kind}") for g in found)
        lines += [f"  {g.action + ' ' + g.kind:<{width}}  {g.count:>6}  {g.hazard_text}".rstrip() for g in found]
        where = f"the plan file {written_to}" if written_to else "the plan file"
        lines.append(
            f"\nSteps: {len(plan.steps)} statements, not listed one by one here: see {where} "
            "(`schemadiff plan --full` or `-v` lists them)"
        )
    hc = hazard_counts(plan)
    if hc:
        lines.append("\nHazards:")
        lines += [f"  {code} ({n}): {HAZARD_HELP[Hazard(code)]}" for code, n in hc.items()]
    if written_to:
        lines.append(f"\nWrote {written_to}")
    return "\n".join(lines)


def render_markdown(
    plan: Plan,
    *,
    target: str,
    written_to: str | None,
    warnings: tuple[str, ...] = (),
    full: bool = False,
    budget: int = MARKDOWN_BUDGET,
) -> str:
    """A pull-request comment: at most ``budget`` characters (under GitHub's 65,536) unless
    ``full``. Destructive and security steps come first (capped, then counted), the counts by
    kind, and as many statements as fit; the plan file has them all."""
    room = Budget(10**12 if full else budget)
    lines = [f"> **Warning:** {clip(w, 500)}" for w in warnings[: None if full else WARNING_CAP]]
    if len(warnings) > len(lines):
        lines.append(f"> … and {len(warnings) - len(lines)} more warnings")
    if plan.empty:
        lines.append(f"### schemadiff: no changes for `{target}`")
        return "\n".join(lines) + "\n"
    c = counts(plan)
    where = f"`{written_to}`" if written_to else "the plan file"
    lines.append(f"### schemadiff plan for `{target}`: {len(plan.steps)} statements: {_summary(c)}")
    lines.append("")
    if written_to:
        lines.append(f"Plan file: `{written_to}`  ")
    lines.append(f"From `{plan.from_fingerprint[:19]}…` to `{plan.to_fingerprint[:19]}…`, runs {execution_text(plan)}")
    room.take(lines)
    tail = ["", "</details>", ""]
    reserve = 400  # for the notes of what was left out and the closing lines
    sections: list[tuple[str, tuple[Step, ...], int]] = [
        (":unlock: Access widened", security_steps(plan), SECURITY_CAP),  # first: who gains access is reviewed first
        (":warning: Destructive statements", plan.destructive_steps, DESTRUCTIVE_CAP),
        (f":hourglass: Blocking writes: {_BLOCKING_NOTE}", blocking_steps(plan), DESTRUCTIVE_CAP),
        (":lock: Access narrowed", narrowed_steps(plan), SECURITY_CAP),
    ]
    for title, steps, cap in sections:
        if not steps:
            continue
        head = ["", f"#### {title} ({len(steps)})", ""]
        room.take(head)
        shown, rest = listed(
            steps,
            lambda s: [f"- step {s.number}: `{clip(s.description) if not full else s.description}`"],
            cap=None if full else cap,
            budget=room,
            reserve=reserve,
        )
        lines += head + shown
        if rest:
            note = f"- … and {rest} more: see {where}"
            room.take([note])
            lines.append(note)
    found = groups(plan.steps)
    by_kind = ["", "| action | kind | statements | hazards |", "| --- | --- | --- | --- |"]
    by_kind += [f"| {g.action} | {g.kind} | {g.count} | {g.hazard_text} |" for g in found]
    if room.take(by_kind, reserve):
        lines += by_kind
    hc = hazard_counts(plan)
    hazards = ["", "| hazard | statements | meaning |", "| --- | --- | --- |"]
    hazards += [f"| `{code}` | {n} | {HAZARD_HELP[Hazard(code)]} |" for code, n in hc.items()]
    if hc and room.take(hazards, reserve):
        lines += hazards
    head = ["", "<details><summary>Statements</summary>", "", "```sql"]
    room.take(head)
    shown, rest = listed(plan.steps, _markdown_statement, cap=None, budget=room, reserve=reserve)
    lines += head + shown + ["```"]
    if rest:
        first = len(plan.steps) - rest + 1
        lines += [
            "",
            f"Statements {first} to {len(plan.steps)} ({rest} of {len(plan.steps)}) are not shown "
            f"(a comment is limited to {GITHUB_COMMENT_LIMIT:,} characters): see {where}.",
        ]
    lines += tail
    return "\n".join(lines)


def _markdown_statement(s: Step) -> list[str]:
    hazards = f" [{', '.join(h.value for h in s.hazards)}]" if s.hazards else ""
    return [f"-- step {s.number}: {s.description}{hazards}", s.sql + ";"]


def plan_as_dict(plan: Plan, *, target: str, written_to: str | None, warnings: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "target": target,
        "plan_id": None if plan.empty else plan.plan_id,
        "file": written_to,
        "changes": not plan.empty,
        "from_fingerprint": plan.from_fingerprint,
        "to_fingerprint": plan.to_fingerprint,
        "checksum": plan.checksum,
        "counts": counts(plan),
        "hazards": hazard_counts(plan),
        "destructive": [s.number for s in plan.destructive_steps],
        "segments": [
            {
                "number": g.number,
                "purpose": g.purpose,
                "transactional": g.transactional,
                "steps": list(g.steps),
                "lock_timeout_ms": g.lock_timeout_ms,
                "statement_timeout_ms": g.statement_timeout_ms,
            }
            for g in plan.execution
        ],
        "warnings": list(warnings),
        "steps": [
            {
                "number": s.number,
                "action": _action(s),
                "description": s.description,
                "hazards": [h.value for h in s.hazards],
                "sql": s.sql,
            }
            for s in plan.steps
        ],
    }


def render_json(
    plan: Plan, *, target: str, written_to: str | None, warnings: tuple[str, ...] = (), full: bool = False
) -> str:
    """The versioned document of docs/json-output.md; always complete (``full`` is accepted
    for symmetry and changes nothing)."""
    return dumps(document("plan", plan_as_dict(plan, target=target, written_to=written_to, warnings=warnings)))


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}
