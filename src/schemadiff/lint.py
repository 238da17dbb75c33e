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
from schemadiff.errors import ConfigError


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
    names: str  # what the rule's findings (and so its waivers) name, e.g. "tables as schema.table"
    subjects: Callable[[Catalog], set[str]]  # every object a finding of this rule could name


def _tables(catalog: Catalog) -> list[str]:
    """Tables row level security applies to (PostgreSQL has none for foreign tables)."""
    return sorted(i for i, obj in catalog.of_kind("table").items() if not obj.definition.startswith("foreign"))


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
        if identity.startswith(("table ", "view ", "materialized_view ", "column ")) and identity.endswith(
            " to PUBLIC"
        ):
            yield identity.rsplit(" to ", 1)[0], "privileges granted to PUBLIC"


def _of_kind(kind: str) -> Callable[[Catalog], set[str]]:
    return lambda catalog: set(catalog.of_kind(kind))


def _grantable(catalog: Catalog) -> set[str]:
    kinds = ("table", "view", "materialized_view", "column")
    return {f"{kind} {identity}" for kind in kinds for identity in catalog.of_kind(kind)}


_TABLES = "tables as schema.table (public.deals)"
_POLICIES = "policies as schema.table.policy (public.deals.deals_select)"

RULES: tuple[Rule, ...] = (
    Rule(
        "SD001", "rls-enabled", "every table has row level security enabled", _rls_enabled, _TABLES, _of_kind("table")
    ),
    Rule(
        "SD002",
        "rls-forced",
        "every table forces row level security, so the owner is bound too",
        _rls_forced,
        _TABLES,
        _of_kind("table"),
    ),
    Rule("SD003", "table-has-policy", "every table has at least one policy", _has_policy, _TABLES, _of_kind("table")),
    Rule(
        "SD004",
        "policy-company-scoped",
        "policies of tables with company_id reference company_id",
        _company_scoped,
        _POLICIES,
        _of_kind("policy"),
    ),
    Rule(
        "SD005",
        "definer-search-path",
        "SECURITY DEFINER functions set a fixed search_path",
        _definer_search_path,
        "functions with their argument types (public.f(integer, text))",
        _of_kind("function"),
    ),
    Rule(
        "SD006",
        "no-anon-policy",
        "no policy applies to anon (or to PUBLIC, which includes anon)",
        _no_anon_policy,
        _POLICIES,
        _of_kind("policy"),
    ),
    Rule(
        "SD007",
        "no-public-grant",
        "no table, view or column is granted to PUBLIC",
        _no_public_grant,
        "the granted object with its kind (table public.t, view public.v, column public.t.c)",
        _grantable,
    ),
)


def check_waivers(catalog: Catalog, waivers: tuple[LintWaiver, ...]) -> None:
    """A waiver must name a rule that exists and an object that rule can name in schema/ (or
    '*'): a typo must not silently waive nothing, nor a stale waiver outlive its object."""
    by_key = {key: rule for rule in RULES for key in (rule.id, rule.name)}
    for waiver in waivers:
        rule = by_key.get(waiver.rule)
        if rule is None:
            known = ", ".join(f"{r.id} ({r.name})" for r in RULES)
            raise ConfigError(f"lint.disable: unknown rule {waiver.rule!r} (rules: {known})")
        if waiver.object != "*" and waiver.object not in rule.subjects(catalog):
            raise ConfigError(
                f"lint.disable: {rule.id} ({rule.name}) is waived for {waiver.object!r}, which schema/ does not have; "
                f"{rule.id} names {rule.names}"
            )


def lint(catalog: Catalog, waivers: tuple[LintWaiver, ...] = ()) -> list[Finding]:
    check_waivers(catalog, waivers)
    findings = []
    for rule in RULES:
        for obj, message in rule.check(catalog):
            if any(w.covers(rule.id, obj) or w.covers(rule.name, obj) for w in waivers):
                continue
            findings.append(Finding(rule.id, rule.name, obj, message))
    return findings
