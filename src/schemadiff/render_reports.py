"""Drift and check reports → text, Markdown, JSON. The JSON shapes are versioned and
documented in docs/json-output.md. Markdown stays under GitHub's comment limit unless
``full`` (what does not fit is counted, with the command that shows it all)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from schemadiff.check import CheckReport
from schemadiff.drift import DriftItem, DriftReport
from schemadiff.json_output import document, dumps
from schemadiff.summary import GITHUB_COMMENT_LIMIT, MARKDOWN_BUDGET, Budget, clip, listed

_STATUS_TEXT = {
    "in_sync": "no drift: the live schema matches schema/",
    "pending": "schema/ has changes that are not deployed yet (the live schema is what the last applied plan made)",
    "out_of_band": "the live schema was changed outside schemadiff (it differs from what was last applied)",
}


def _short(text: str | None, width: int = 160) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[:width] + "…"


def drift_as_dict(report: DriftReport) -> dict[str, Any]:
    return {
        "target": report.target,
        "status": report.status,
        "drifted": report.drifted,
        "live_fingerprint": report.live_fingerprint,
        "desired_fingerprint": report.desired_fingerprint,
        "last_applied_plan": report.last_applied,
        "security_items": sum(1 for i in report.items if i.security),
        "items": [asdict(i) | {"reconcile": list(i.reconcile)} for i in report.items],
        "reconcile": list(report.reconcile),
        "warnings": list(report.warnings),
    }


def drift_text(report: DriftReport) -> str:
    lines = [f"warning: {w}" for w in report.warnings]
    lines.append(f"target {report.target}: {_STATUS_TEXT[report.status]}")
    if report.last_applied:
        lines.append(f"  last applied plan: {report.last_applied}")
    for item in report.items:
        tag = "SECURITY " if item.security else ""
        lines.append(f"\n{tag}{item.change}: {item.kind} {item.identity}")
        if item.expected is not None:
            lines.append(f"  expected: {_short(item.expected)}")
        if item.actual is not None:
            lines.append(f"  actual:   {_short(item.actual)}")
        for sql in item.reconcile:
            lines.append(f"  reconcile: {_short(sql, 200)};")
    if report.reconcile:
        lines.append("\nReconciling script (what `schemadiff plan` would write):")
        lines += ["  " + f"{sql};".replace("\n", "\n    ") for sql in report.reconcile]
    return "\n".join(lines)


_RESERVE = 400  # room kept for the notes of what was left out and the closing lines


def _left_out(rest: int, what: str, command: str) -> str:
    return (
        f"… and {rest} more {what} not shown (a comment is limited to {GITHUB_COMMENT_LIMIT:,} characters): "
        f"`{command} --full` or `--format json` lists them all"
    )


def drift_markdown(report: DriftReport, *, full: bool = False, budget: int = MARKDOWN_BUDGET) -> str:
    room = Budget(10**12 if full else budget)
    lines = [f"### schemadiff drift: `{report.target}` — {report.status}", "", _STATUS_TEXT[report.status], ""]
    room.take(lines)

    def row(i: DriftItem) -> list[str]:
        flag = ":rotating_light:" if i.security else ""
        identity = i.identity if full else clip(i.identity)
        return [
            f"| {flag} | {i.change} | {i.kind} | `{identity}` | `{_short(i.expected, 80)}` | `{_short(i.actual, 80)}` |"
        ]

    if report.items:
        head = ["| | change | kind | object | expected | actual |", "| --- | --- | --- | --- | --- | --- |"]
        room.take(head)
        rows, rest = listed(report.items, row, cap=None, budget=room, reserve=_RESERVE)
        lines += head + rows
        if rest:
            lines += ["", _left_out(rest, "drifted objects", "schemadiff drift")]
    if report.reconcile:
        head = ["", "<details><summary>Reconciling script</summary>", "", "```sql"]
        room.take(head)
        script, rest = listed(report.reconcile, lambda sql: [f"{sql};"], cap=None, budget=room, reserve=_RESERVE)
        lines += head + script + ["```"]
        if rest:
            lines += ["", _left_out(rest, "statements", "schemadiff drift")]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def render_drift(report: DriftReport, fmt: str, *, full: bool = False) -> str:
    if fmt == "json":
        return dumps(document("drift", drift_as_dict(report)))
    if fmt == "markdown":
        return drift_markdown(report, full=full)
    return drift_text(report)


def check_as_dict(report: CheckReport, warnings: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "schema_fingerprint": report.schema_fingerprint,
        "plans": report.plans,
        "plans_match_schema": report.replayed_fingerprint == report.schema_fingerprint,
        "findings": [asdict(f) for f in report.findings],
        "warnings": list(warnings),
    }


def render_check(report: CheckReport, fmt: str, *, full: bool = False, warnings: tuple[str, ...] = ()) -> str:
    """``warnings`` go into the JSON document (the CLI prints them on stderr for the others)."""
    if fmt == "json":
        return dumps(document("check", check_as_dict(report, warnings)))
    lines = []
    if fmt == "markdown":
        room = Budget(10**12 if full else MARKDOWN_BUDGET)
        lines.append(f"### schemadiff check: {len(report.findings)} finding(s)")
        shown, rest = listed(
            report.findings,
            lambda f: [
                f"- **{f.rule}** `{f.object if full else clip(f.object)}`: {f.message if full else clip(f.message, 1000)}"
            ],
            cap=None,
            budget=room,
            reserve=_RESERVE,
        )
        lines += shown + ([f"- {_left_out(rest, 'findings', 'schemadiff check')}"] if rest else [])
        return "\n".join(lines) + "\n"
    matched = "yes" if report.replayed_fingerprint == report.schema_fingerprint else "NO"
    lines.append(f"schema/ loads; {report.plans} plan(s) in generated/; they lead to schema/: {matched}")
    lines += [f"{f.rule} {f.name}: {f.object}: {f.message}" for f in report.findings]
    if not report.findings:
        lines.append("no findings")
    return "\n".join(lines)
