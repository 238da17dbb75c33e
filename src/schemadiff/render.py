"""A plan → text (terminal), Markdown (pull-request comment) or JSON (machines).

Destructive steps always come first, so a reviewer cannot miss them.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from schemadiff.changes import HAZARD_HELP, Action, Hazard
from schemadiff.plan import Plan, Step

JSON_SHAPE_VERSION = 1
_SIGN = {Action.CREATE.value: "+", Action.ALTER.value: "~", Action.DROP.value: "-", Action.RENAME.value: ">"}


def _action(step: Step) -> str:
    return step.description.split(" ", 1)[0]


def counts(plan: Plan) -> dict[str, int]:
    found = Counter(_action(s) for s in plan.steps)
    return {a.value: found.get(a.value, 0) for a in Action}


def _summary(c: dict[str, int]) -> str:
    """"3 to create, 1 to alter, 0 to drop" (and ", 2 to rename" when there are renames)."""
    text = f"{c['create']} to create, {c['alter']} to alter, {c['drop']} to drop"
    return text + (f", {c['rename']} to rename" if c["rename"] else "")


def hazard_counts(plan: Plan) -> dict[str, int]:
    found = Counter(h.value for s in plan.steps for h in s.hazards)
    return {h.value: found[h.value] for h in Hazard if found[h.value]}


def render_text(plan: Plan, *, target: str, written_to: str | None, warnings: tuple[str, ...] = ()) -> str:
    lines = [f"warning: {w}" for w in warnings]
    if plan.empty:
        lines.append(f"No changes: target {target} matches schema/ ({plan.to_fingerprint[:19]}…).")
        return "\n".join(lines)
    c = counts(plan)
    lines.append(f"Plan {plan.plan_id} for target {target}")
    lines.append(f"  from {plan.from_fingerprint[:19]}…  to {plan.to_fingerprint[:19]}…")
    lines.append(f"  {len(plan.steps)} statements: {_summary(c)}")
    destructive = plan.destructive_steps
    if destructive:
        lines.append(f"\nDESTRUCTIVE ({len(destructive)}): review before applying")
        lines += [f"  step {s.number:>3}  {s.description}" for s in destructive]
    lines.append("\nSteps:")
    for s in plan.steps:
        hazards = f"  [{', '.join(h.value for h in s.hazards)}]" if s.hazards else ""
        lines.append(f"  {_SIGN.get(_action(s), '~')} {s.number:>3}  {s.description}{hazards}")
    hc = hazard_counts(plan)
    if hc:
        lines.append("\nHazards:")
        lines += [f"  {code} ({n}): {HAZARD_HELP[Hazard(code)]}" for code, n in hc.items()]
    if written_to:
        lines.append(f"\nWrote {written_to}")
    return "\n".join(lines)


def render_markdown(plan: Plan, *, target: str, written_to: str | None, warnings: tuple[str, ...] = ()) -> str:
    lines = [f"> **Warning:** {w}" for w in warnings]
    if plan.empty:
        lines.append(f"### schemadiff: no changes for `{target}`")
        return "\n".join(lines) + "\n"
    c = counts(plan)
    lines.append(f"### schemadiff plan for `{target}`: {_summary(c)}")
    lines.append("")
    if written_to:
        lines.append(f"Plan file: `{written_to}`  ")
    lines.append(f"From `{plan.from_fingerprint[:19]}…` to `{plan.to_fingerprint[:19]}…`")
    destructive = plan.destructive_steps
    if destructive:
        lines += ["", f"#### :warning: Destructive statements ({len(destructive)})", ""]
        lines += [f"- step {s.number}: `{s.description}`" for s in destructive]
    hc = hazard_counts(plan)
    if hc:
        lines += ["", "| hazard | statements | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{code}` | {n} | {HAZARD_HELP[Hazard(code)]} |" for code, n in hc.items()]
    lines += ["", "<details><summary>Statements</summary>", "", "```sql"]
    for s in plan.steps:
        hazards = f" [{', '.join(h.value for h in s.hazards)}]" if s.hazards else ""
        lines.append(f"-- step {s.number}: {s.description}{hazards}")
        lines.append(s.sql + ";")
    lines += ["```", "", "</details>", ""]
    return "\n".join(lines)


def plan_as_dict(plan: Plan, *, target: str, written_to: str | None, warnings: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "version": JSON_SHAPE_VERSION,
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


def render_json(plan: Plan, *, target: str, written_to: str | None, warnings: tuple[str, ...] = ()) -> str:
    return json.dumps(plan_as_dict(plan, target=target, written_to=written_to, warnings=warnings), indent=2)


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}
