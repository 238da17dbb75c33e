"""Tenant schemas: one database, schema/'s *template* schema instantiated once per tenant.

A ``schemas:`` group (:mod:`schemadiff.fleet_config`) makes every schema of a database that
matches a pattern (or that a query lists) a member. Each member is compared with schema/ as
if its schema were named like the template, so members in the same state share a
fingerprint and one plan, whatever their names:

- a member's catalog is read for its schema alone and its names are *presented* under the
  template's (:func:`presented_catalog`): its fingerprint is the template's;
- a state's plan is made against one member (the shadow's template schema renamed to that
  member's name by the server, so every definition the server prints follows), then its
  statements name the template (:func:`template_plan`);
- applying it to a member names the member again (:func:`member_plan`), and its history
  row is the member's own (``<plan id>@<schema>``).

Names are swapped token by token (:mod:`schemadiff.sqltext`): an identifier in the position
of a schema (before a ``.``, after ``SCHEMA``, or alone). Strings and function bodies are
never rewritten: a plan whose strings or bodies name the schema (``tenant.t`` in PL/pgSQL,
``SET search_path TO 'tenant'``) is refused, as each tenant would get the template's text.
Objects outside the member's schema (the prelude's, shared tables) are not the member's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.config import Tenant
from schemadiff.errors import DiffError
from schemadiff.plan import Approval, Plan, Step
from schemadiff.quoting import quote_ident
from schemadiff.sqltext import Token, identifier, tokens

_SCHEMA_KEYWORDS = frozenset({"schema", "schemas"})
Row = TypeVar("Row")


def requalify(text: str, old: str, new: str) -> str:
    """``text`` with every identifier naming schema ``old`` (before a ``.``, after the keyword
    SCHEMA, or the whole text) replaced by ``new`` quoted as needed; strings, bodies and
    comments untouched."""
    if old == new or old.lower() not in text.lower():
        return text
    found = tokens(text)
    code = [t for t in found if t.kind != "comment"]
    swaps: list[Token] = []
    for i, token in enumerate(code):
        if identifier(token) != old:
            continue
        before = code[i - 1] if i else None
        after = code[i + 1] if i + 1 < len(code) else None
        qualifier = after is not None and after.text == "." and (before is None or before.text != ".")
        named = _after_schema_keyword(code, i)
        alone = len(code) == 1
        if qualifier or named or alone:
            swaps.append(token)
    out, at = [], 0
    for token in swaps:
        out += [text[at : token.start], quote_ident(new)]
        at = token.end
    out.append(text[at:])
    return "".join(out)


def _after_schema_keyword(code: list[Token], i: int) -> bool:
    """Whether token ``i`` names a schema after SCHEMA (``CREATE SCHEMA IF NOT EXISTS x``,
    ``GRANT USAGE ON SCHEMA a, x``)."""
    j = i - 1
    while j >= 0 and code[j].kind == "word" and code[j].word in ("if", "not", "exists"):
        j -= 1
    while j >= 1 and code[j].text == "," and code[j - 1].kind in ("word", "quoted"):
        j -= 2  # an earlier name of the list
    return j >= 0 and code[j].kind == "word" and code[j].word in _SCHEMA_KEYWORDS


def _raw_identity(identity: str, old: str, new: str) -> str:
    """A catalog identity (raw names joined by '.', with words before: ``type s.t to PUBLIC``,
    ``schema s``, ``function s.f(s.t)``): the schema wherever a name starts, before a '.',
    or after the word schema."""
    if identity == old:
        return new
    if old not in identity:
        return identity
    name = re.escape(old)
    swapped = re.sub(rf"(?:(?<=^)|(?<=[ (,])){name}(?=\.)", new, identity)
    return re.sub(rf"(?<=\bschema ){name}(?=$| )", new, swapped)


def presented_catalog(catalog: Catalog, tenant: Tenant) -> Catalog:
    """``catalog`` (read for the tenant's schema alone) with that schema named as the template."""
    old, new = tenant.schema, tenant.template
    return Catalog(
        catalog.server_version_num,
        tuple(
            CatalogObject(
                o.kind,
                _raw_identity(o.identity, old, new),
                requalify(o.definition, old, new),
                _raw_identity(o.parent, old, new),
            )
            for o in catalog.objects
        ),
    )


def _named_in_text(content: str, name: str) -> bool:
    """Whether a string's or body's text names schema ``name`` (``name.x``, ``"name".x`` or
    exactly ``name``, as a search_path setting would)."""
    bare = re.escape(name)
    quoted = re.escape(quote_ident(name))
    pattern = rf"(?i)(?<![\w$]){bare}\s*\.|{quoted}\s*\."
    return content.strip("'\"$ ").lower() == name.lower() or re.search(pattern, content) is not None


def _check_literals(sql: str, names: tuple[str, ...], where: str) -> None:
    for token in tokens(sql):
        if token.kind in ("string", "dollar"):
            for name in names:
                if _named_in_text(token.text, name):
                    raise DiffError(
                        f"{where} names schema {name} inside a string or function body ({token.text[:60]!r}): "
                        "tenant schemas cannot plan it, as every tenant would get the same text; use unqualified "
                        "names and the search_path instead"
                    )


def _check_unused(sql: str, name: str, where: str) -> None:
    """Refuse a statement that already uses ``name`` for something (an alias, a column, a
    table): swapping a schema to that name would make the two one."""
    if any(identifier(t) == name for t in tokens(sql) if t.kind in ("word", "quoted")):
        raise DiffError(
            f"{where} already uses the name {name} (an alias, a column or a table), which it would give the "
            "tenant's schema too: tenant schemas cannot plan it; rename the template schema in schema/ (or that name)"
        )


def template_plan(plan: Plan, tenant: Tenant, from_fp: str, to_fp: str) -> Plan:
    """A plan made against member ``tenant`` with its statements naming the template schema,
    and the fingerprints of the presented catalogs."""
    steps: list[Step] = []
    for step in plan.steps:
        where = f"step {step.number} ({step.description})"
        _check_literals(step.sql, (tenant.schema, tenant.template), where)
        _check_unused(step.sql, tenant.template, where)
        swapped = requalify(step.sql, tenant.schema, tenant.template)
        _check_unused(swapped, tenant.schema, where)  # (every mention of the member's schema was swapped)
        steps.append(
            replace(
                step,
                sql=swapped,
                description=requalify_words(step.description, tenant.schema, tenant.template),
            )
        )
    return _with_steps(replace(plan, from_fingerprint=from_fp, to_fingerprint=to_fp), tuple(steps))


def member_plan(plan: Plan, tenant: Tenant, where: str) -> Plan:
    """A plan of the template (as its file says) for one member: its statements name the
    member's schema, its id is the member's own in the history."""
    steps: list[Step] = []
    for step in plan.steps:
        _check_literals(step.sql, (tenant.template,), f"{where}: step {step.number}")
        _check_unused(step.sql, tenant.schema, f"{where}: step {step.number}")
        swapped = requalify(step.sql, tenant.template, tenant.schema)
        _check_unused(swapped, tenant.template, f"{where}: step {step.number}")
        steps.append(
            replace(
                step,
                sql=swapped,
                description=requalify_words(step.description, tenant.template, tenant.schema),
            )
        )
    return _with_steps(replace(plan, plan_id=member_plan_id(plan.plan_id, tenant)), tuple(steps))


def _with_steps(plan: Plan, steps: tuple[Step, ...]) -> Plan:
    """``plan`` with new statements; its approvals follow them (an approval binds a statement's hash)."""
    approved = plan.approved_steps
    by_number = {s.number: s for s in steps}
    return replace(plan, steps=steps, approvals=tuple(Approval(n, by_number[n].sql_hash) for n in sorted(approved)))


def requalify_words(text: str, old: str, new: str) -> str:
    """A step's description (``create table tenant_1.t``): the schema before a '.' swapped."""
    return re.sub(rf"(?<![\w$.]){re.escape(old)}(?=\.)", new, text)


def member_plan_id(plan_id: str, tenant: Tenant | None) -> str:
    """The id a plan is recorded under in a member's history."""
    return plan_id if tenant is None else f"{plan_id}@{tenant.schema}"


def member_history(rows: dict[str, Row], tenant: Tenant | None) -> dict[str, Row]:
    """A database's history rows as one member sees them: a tenant's own rows by plan id; the
    database's own (plan ids never hold '@') for a database."""
    if tenant is None:
        return {key: row for key, row in rows.items() if "@" not in key}
    suffix = "@" + tenant.schema
    return {key.removesuffix(suffix): row for key, row in rows.items() if key.endswith(suffix)}
