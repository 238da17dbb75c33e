"""Lints of the product's security model, run by ``schemadiff check`` on the desired catalog.

Each rule has a stable id, a name, and a one-line explanation; it reads only our
:class:`~schemadiff.catalog.Catalog`. A rule can be waived per object in schemadiff.yaml
(``lint.disable``, always with a reason).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from schemadiff.catalog import Catalog
from schemadiff.config import LintWaiver


@dataclass(frozen=True)
class Finding:
    rule: str  # stable id, e.g. SD001
    name: str
    object: str
    message: str


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    why: str
    check: Callable[[Catalog], Iterator[tuple[str, str]]]  # (object, message)


def _tables(catalog: Catalog) -> list[str]:
    return sorted(catalog.of_kind("table"))


def _policies_by_table(catalog: Catalog) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for identity, obj in catalog.of_kind("policy").items():
        found.setdefault(obj.parent, []).append((identity, obj.definition))
    return found


def _rls_enabled(catalog: Catalog) -> Iterator[tuple[str, str]]:
    rls = catalog.of_kind("rls")
    for table in _tables(catalog):
        obj = rls.get(table)
        if obj is None or "enabled=true" not in obj.definition:
            yield table, "row level security is not enabled"


def _rls_forced(catalog: Catalog) -> Iterator[tuple[str, str]]:
    rls = catalog.of_kind("rls")
    for table in _tables(catalog):
        obj = rls.get(table)
        if obj is None or "forced=true" not in obj.definition:
            yield table, "row level security is not forced (the table owner bypasses the policies)"


def _has_policy(catalog: Catalog) -> Iterator[tuple[str, str]]:
    policies = _policies_by_table(catalog)
    for table in _tables(catalog):
        if not policies.get(table):
            yield table, "has no policy: with RLS on, nobody but BYPASSRLS roles can read it"


def _company_scoped(catalog: Catalog) -> Iterator[tuple[str, str]]:
    columns = catalog.of_kind("column")
    policies = _policies_by_table(catalog)
    for table in _tables(catalog):
        if f"{table}.company_id" not in columns:
            continue
        for identity, definition in policies.get(table, []):
            expressions = definition.split(" using ", 1)[-1] if " using " in definition else ""
            expressions += definition.split(" with check ", 1)[-1] if " with check " in definition else ""
            if "company_id" not in expressions:
                yield identity, "policy on a table with company_id does not reference company_id"


def _definer_search_path(catalog: Catalog) -> Iterator[tuple[str, str]]:
    for identity, obj in catalog.of_kind("function").items():
        text = obj.definition
        if re.search(r"\bSECURITY DEFINER\b", text) and not re.search(r"^\s*SET search_path\b", text, re.M):
            yield identity, "SECURITY DEFINER function without a fixed search_path (SET search_path = …)"


def _no_anon_policy(catalog: Catalog) -> Iterator[tuple[str, str]]:
    for identity, obj in catalog.of_kind("policy").items():
        roles = re.search(r"\bto (.+?)(?: using | with check |$)", obj.definition)
        names = {r.strip() for r in roles.group(1).split(",")} if roles else set()
        if names & {"anon", "public"}:
            yield identity, f"policy applies to {', '.join(sorted(names & {'anon', 'public'}))} (anon gets nothing)"


def _no_public_grant(catalog: Catalog) -> Iterator[tuple[str, str]]:
    for identity in catalog.of_kind("privilege"):
        if identity.startswith(("table ", "view ", "materialized_view ", "column ")) and identity.endswith(" to PUBLIC"):
            yield identity.rsplit(" to ", 1)[0], "privileges granted to PUBLIC"


RULES: tuple[Rule, ...] = (
    Rule("SD001", "rls-enabled", "every table has row level security enabled", _rls_enabled),
    Rule("SD002", "rls-forced", "every table forces row level security, so the owner is bound too", _rls_forced),
    Rule("SD003", "table-has-policy", "every table has at least one policy", _has_policy),
    Rule("SD004", "policy-company-scoped", "policies of tables with company_id reference company_id", _company_scoped),
    Rule("SD005", "definer-search-path", "SECURITY DEFINER functions set a fixed search_path", _definer_search_path),
    Rule("SD006", "no-anon-policy", "no policy applies to anon (or to PUBLIC, which includes anon)", _no_anon_policy),
    Rule("SD007", "no-public-grant", "no table, view or column is granted to PUBLIC", _no_public_grant),
)


def lint(catalog: Catalog, waivers: tuple[LintWaiver, ...] = ()) -> list[Finding]:
    findings = []
    for rule in RULES:
        for obj, message in rule.check(catalog):
            if any(w.covers(rule.id, obj) or w.covers(rule.name, obj) for w in waivers):
                continue
            findings.append(Finding(rule.id, rule.name, obj, message))
    return findings
