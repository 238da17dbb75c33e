"""The fleet commands' reports: text (terminal, CI logs), Markdown (``plan``, a PR comment)
and JSON (``fleet-plan``, ``fleet-apply``, ``fleet-drift`` documents, docs/schemas/).

Members are named, never their URLs. Long member lists are cut in text and Markdown
(``and N more``); JSON lists every member.
"""

from __future__ import annotations

from typing import Any

from schemadiff.fleet_apply import APPLIED, FAILED, SKIPPED, UP_TO_DATE, FleetApply
from schemadiff.fleet_drift import DRIFTED, IN_SYNC, PENDING, UNREACHABLE, FleetDrift
from schemadiff.fleet_plan import FleetPlan, StatePlan
from schemadiff.json_output import document, dumps
from schemadiff.render import render_markdown
from schemadiff.summary import MARKDOWN_BUDGET

SHOWN_MEMBERS = 12  # members named on a line of text or Markdown
SHOWN_STATES = 50  # lines of states, pending and unreachable members
DETAILED_PLANS = 5  # plans summarised in a Markdown comment


def short(fp: str | None) -> str:
    return "-" if not fp else fp.removeprefix("sha256:")[:12]


def names(members: tuple[str, ...] | list[str], limit: int = SHOWN_MEMBERS) -> str:
    shown = ", ".join(members[:limit])
    return shown + (f" and {len(members) - limit} more" if len(members) > limit else "")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# ---- plan --group


def render_fleet_plan(result: FleetPlan, fmt: str, *, full: bool = False) -> str:
    """Text or Markdown. Markdown stays under GitHub's comment limit unless ``full``: the
    states past ``SHOWN_STATES`` are counted, and the first ``DETAILED_PLANS`` plans get their
    own summaries within what is left of the budget (the others are listed by file)."""
    if fmt == "json":
        return dumps(document("fleet-plan", fleet_plan_dict(result)))
    markdown = fmt == "markdown"
    lines = [
        ("### " if markdown else "")
        + f"schemadiff plan --group {result.group}: {_count(result.members, 'member')}, "
        + f"{_count(len(result.written), 'plan')} written"
    ]
    bullet = "- " if markdown else "  "
    entries = [_state_line(state) for state in result.states]
    entries += [f"pending: {m} has plans of generated/ to run first: {', '.join(p)}" for m, p in result.pending]
    entries += [f"unreachable: {member}: {why}" for member, why in result.unreachable]
    shown = entries if full else entries[:SHOWN_STATES]
    lines += [bullet + entry for entry in shown]
    if len(entries) > len(shown):
        lines.append(f"{bullet}… and {len(entries) - len(shown)} more (`--format json` lists every member)")
    if markdown:  # each plan's own summary, as `plan --format markdown` writes it for one target
        detailed = result.written if full else result.written[:DETAILED_PLANS]
        room = (MARKDOWN_BUDGET - len("\n".join(lines)) - 200) // max(1, len(detailed))
        for state in detailed:
            assert state.plan is not None
            target = f"group {result.group}"
            lines += ["", render_markdown(state.plan, target=target, written_to=state.path, full=full, budget=room)]
        if len(result.written) > len(detailed):
            lines.append(
                f"\n… {len(result.written) - len(detailed)} more plans written (`--format json` lists each with its members)"
            )
    return "\n".join(lines)


def _state_line(state: StatePlan) -> str:
    who = f"{_count(len(state.members), 'member')} ({names(state.members)})"
    if state.status == "planned":
        return f"plan {state.path} for {who}, from state {short(state.fingerprint)}"
    if state.status == "in_sync":
        return f"no changes for {who}"
    return f"not planned: {who}: {state.message}"


def fleet_plan_dict(result: FleetPlan) -> dict[str, Any]:
    return {
        "group": result.group,
        "members": result.members,
        "states": [
            {
                "fingerprint": s.fingerprint,
                "members": list(s.members),
                "status": s.status,
                "plan_file": s.path,
                "plan_id": s.plan.plan_id if s.plan is not None and s.status == "planned" else None,
                "statements": len(s.plan.steps) if s.plan is not None else 0,
                "destructive_steps": len(s.plan.destructive_steps) if s.plan is not None else 0,
                "message": s.message,
            }
            for s in result.states
        ],
        "pending": [{"member": m, "plans": list(p)} for m, p in result.pending],
        "unreachable": [{"member": m, "message": why} for m, why in result.unreachable],
        "seconds": result.seconds,
        "warnings": list(result.warnings),
    }


# ---- apply --group

_WORDS = {APPLIED: "applied", UP_TO_DATE: "up to date", FAILED: "FAILED", SKIPPED: "skipped"}


def render_fleet_apply(result: FleetApply, fmt: str) -> str:
    if fmt == "json":
        return dumps(document("fleet-apply", fleet_apply_dict(result)))
    header = ("member", "from", "to", "status", "seconds")
    rows = [
        (r.member, short(r.from_fingerprint), short(r.to_fingerprint), _WORDS[r.status], f"{r.seconds:.2f}")
        for r in result.rows
    ]
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
    table = ["  ".join(str(c).ljust(w) for c, w in zip(line, widths)).rstrip() for line in [header, *rows]]
    counts = ", ".join(f"{result.count(s)} {_WORDS[s].lower()}" for s in (APPLIED, UP_TO_DATE, FAILED, SKIPPED))
    lines = [f"schemadiff apply --group {result.group}: {counts} in {result.seconds:.2f}s", *table]
    problems = [r for r in result.rows if r.status in (FAILED, SKIPPED) and r.message]
    lines += [f"{r.member}: {r.message}" for r in problems if r.status == FAILED]
    skipped = [r.member for r in problems if r.status == SKIPPED]
    if skipped:
        lines.append(
            f"skipped ({problems[-1].message if problems else ''}): {names(skipped)}; run again to finish them"
        )
    return "\n".join(lines)


def fleet_apply_dict(result: FleetApply) -> dict[str, Any]:
    return {
        "group": result.group,
        "members": [
            {
                "member": r.member,
                "status": r.status,
                "from_fingerprint": r.from_fingerprint,
                "to_fingerprint": r.to_fingerprint,
                "plans": list(r.plans),
                "seconds": r.seconds,
                "message": r.message,
            }
            for r in result.rows
        ],
        "counts": {s: result.count(s) for s in (APPLIED, UP_TO_DATE, FAILED, SKIPPED)},
        "seconds": result.seconds,
    }


# ---- drift --group


def render_fleet_drift(result: FleetDrift, fmt: str) -> str:
    if fmt == "json":
        return dumps(document("fleet-drift", fleet_drift_dict(result)))
    markdown = fmt == "markdown"
    counts = ", ".join(
        f"{len(result.with_status(s))} {s.replace('_', ' ')}" for s in (DRIFTED, PENDING, IN_SYNC, UNREACHABLE)
    )
    lines = [("### " if markdown else "") + f"schemadiff drift --group {result.group}: {counts}"]
    bullet = "- " if markdown else "  "
    for status in (DRIFTED, PENDING):
        for state in result.states:
            members = tuple(m.member for m in result.with_status(status) if m.fingerprint == state.fingerprint)
            if not members or state.report is None:
                continue
            security = sum(i.security for i in state.report.items)
            lines.append(
                f"{bullet}{status}: {_count(len(members), 'member')} ({names(members)}), state {short(state.fingerprint)}: "
                f"{_count(len(state.report.items), 'difference')}" + (f", {security} security" if security else "")
            )
            for item in state.report.items[:20]:
                flag = "[security] " if item.security else ""
                lines.append(f"{bullet}    {flag}{item.change} {item.kind} {item.identity}")
            if len(state.report.items) > 20:
                lines.append(f"{bullet}    … and {len(state.report.items) - 20} more")
    in_sync = [m.member for m in result.with_status(IN_SYNC)]
    if in_sync:
        lines.append(f"{bullet}in sync: {_count(len(in_sync), 'member')} ({names(in_sync)})")
    for m in result.with_status(UNREACHABLE):
        lines.append(f"{bullet}unreachable: {m.member}: {m.message}")
    return "\n".join(lines)


def fleet_drift_dict(result: FleetDrift) -> dict[str, Any]:
    return {
        "group": result.group,
        "drifted": result.drifted,
        "desired_fingerprint": result.desired_fingerprint,
        "members": [
            {"member": m.member, "status": m.status, "fingerprint": m.fingerprint, "message": m.message}
            for m in result.members
        ],
        "states": [
            {
                "fingerprint": s.fingerprint,
                "members": list(s.members),
                "items": [
                    {"kind": i.kind, "identity": i.identity, "change": i.change, "security": i.security}
                    for i in (s.report.items if s.report is not None else ())
                ],
                "message": s.message,
            }
            for s in result.states
        ],
        "seconds": result.seconds,
    }
