"""``schemadiff check``: the CI gate for a pull request, with no production access.

1. schema/ (with its prelude) loads into an empty database, in the sandbox of
   :mod:`schemadiff.sandbox` (errors name file and line);
2. replaying every plan of generated/ on an empty database yields exactly schema/'s
   fingerprint, so an unplanned change to schema/ or a plan edited off course fails;
3. the security lints of :mod:`schemadiff.lint` pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemadiff.catalog import Catalog, compare_catalogs
from schemadiff.config import Settings
from schemadiff.errors import PlanFileError, SchemadiffError
from schemadiff.fingerprint import fingerprint
from schemadiff.lint import Finding, lint
from schemadiff.plan import Plan
from schemadiff.plan_file import read_plan
from schemadiff.planner import Timings, dev_server, schema_filter
from schemadiff.replay import replay_catalog
from schemadiff.servers import connect
from schemadiff.shadow_fill import desired_catalog, shadow_of
from schemadiff.source import SourceFile, read_source


@dataclass(frozen=True)
class CheckReport:
    schema_fingerprint: str
    replayed_fingerprint: str | None
    plans: int
    findings: tuple[Finding, ...]


def run_check(settings: Settings) -> CheckReport:
    schemas = schema_filter(settings)
    server = dev_server(settings)
    source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
    with shadow_of(
        server, source, schemas, trusted=settings.shadow_trusted, in_memory=settings.shadow_in_memory
    ) as shadow:
        with connect(shadow.url) as conn:  # as the sandbox role, like the load
            desired = desired_catalog(shadow, source, schemas, Timings(), conn)  # as plan makes it
    findings: list[Finding] = []
    plans: list[Plan] = []
    for path in sorted(settings.generated_dir.glob("*.sql"), key=lambda p: p.name):
        try:
            plans.append(read_plan(path))
        except PlanFileError as exc:
            findings.append(Finding("SD102", "plan-file-valid", path.name, str(exc)))
    replayed_fp = None
    if not findings:
        findings.extend(_replay_findings(settings, source.prelude, plans, desired))
        replayed_fp = None if any(f.rule == "SD101" for f in findings) else _replayed_fp(findings, desired)
    findings.extend(lint(desired, settings.lint_waivers))
    return CheckReport(fingerprint(desired), replayed_fp, len(plans), tuple(findings))


def _replayed_fp(findings: list[Finding], desired: Catalog) -> str | None:
    return fingerprint(desired) if not any(f.rule == "SD100" for f in findings) else None


def _replay_findings(
    settings: Settings, prelude: Sequence[SourceFile], plans: list[Plan], desired: Catalog
) -> list[Finding]:
    try:
        replayed = replay_catalog(
            dev_server(settings),
            prelude,
            plans,
            schema_filter(settings),
            trusted=settings.shadow_trusted,
            in_memory=settings.shadow_in_memory,
        )
    except SchemadiffError as exc:
        return [Finding("SD101", "plans-replay", "generated/", str(exc))]
    differences = compare_catalogs(replayed, desired)
    if not differences and plans and plans[-1].to_fingerprint != fingerprint(desired):
        return [Finding("SD100", "plans-match-schema", "generated/", "the last plan's to_fingerprint is not schema/'s")]
    found = []
    for d in differences:
        if d.current is None:
            what = "in schema/ but no plan in generated/ creates it"
        elif d.desired is None:
            what = "created by generated/ but not in schema/"
        else:
            what = "differs between generated/ and schema/"
        found.append(
            Finding(
                "SD100",
                "plans-match-schema",
                f"{d.kind} {d.identity}",
                f"{what}; run `schemadiff plan` and commit the plan",
            )
        )
    return found
