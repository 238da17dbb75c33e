"""Column defaults, CHECK constraints and policies that are already a fixpoint, found without
re-creating each one.

:mod:`schemadiff.fixpoint` re-creates every object whose definition the server deparses; in a
product-shaped schema most of them are column defaults, CHECK constraints and policies, and
most of those repeat (``now()``, ``'{}'::jsonb``, ``length(name) <= 200``, ``company_id =
current_company()`` on many tables). How the server prints such an expression parsed again
depends only on its text, on the type, typmod and collation of the columns of its table it
names (a default names none) and on the database's other objects, the same for every table of
the shadow. So each distinct case is parsed once, in a temporary probe table: one column per
default (``DEFAULT <printed text>``, stored by the code path of ``ALTER COLUMN … SET
DEFAULT``); the named columns plus a ``CHECK (<printed text>)`` per constraint (the path of
``ADD CONSTRAINT``) or a policy with the same ``USING`` and ``WITH CHECK`` (the path of
``ALTER POLICY``), many cases to a table. An object whose probe prints the same text is a
fixpoint already and is not re-created; the others are, as before. A probe holds only the
columns the catalog says the expression names: an expression that names anything else of its
table (a whole row, say) fails to parse there, and is re-created.

The probes are made in a savepoint that is rolled back: they leave nothing behind. A probe
table the server refuses (no TEMP privilege, an expression it rejects there) settles none of
its cases: those objects are re-created. Measured: re-creating 2,000 defaults one by one takes
about as long as probing 2,000 columns (0.2 s), so the gain is the deduplication: at 3,000
product-shaped tables, 6,000 defaults, 3,000 checks and 3,000 policies are 4 probe cases.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import psycopg

from schemadiff.query_files import query
from schemadiff.quoting import quote_ident, quote_literal, sql_code

PROBE_WIDTH = 1000  # columns, and checks or policies, per probe table (PostgreSQL allows 1,600 columns)
_log = logging.getLogger(__name__)

_Named = tuple[tuple[str, str], ...]  # the (name, type) of each column of its table an expression names
_Default = tuple[str, str]  # a default case: its printed expression, its column's type
_Check = tuple[str, _Named]  # a CHECK case: its printed expression
_Policy = tuple[str | None, str | None, _Named]  # a policy case: its printed USING and WITH CHECK
_Case = TypeVar("_Case", _Default, _Check, _Policy)


@dataclass
class _ProbeTable(Generic[_Case]):
    """Cases packed into one probe table: the columns they name, with one type each."""

    columns: dict[str, str] = field(default_factory=dict)  # name -> type
    cases: list[_Case] = field(default_factory=list)

    def takes(self, named: _Named) -> bool:
        """Room left, and no column of ``named`` declared here with another type."""
        return (
            len(self.cases) < PROBE_WIDTH
            and len(self.columns | dict(named)) <= PROBE_WIDTH
            and all(self.columns.get(name, kind) == kind for name, kind in named)
        )


def settled_keys(conn: psycopg.Connection, params: Mapping[str, object]) -> frozenset[str]:
    """The fixpoint keys (as in ``queries/fixpoint.sql``) of the column defaults, CHECK
    constraints and policies whose printed text, parsed again in the same context, prints the
    same. ``conn``: in the fixpoint's transaction, its settings pinned (``search_path = ''``)."""
    defaults: list[tuple[str, _Default]] = []
    checks: list[tuple[str, _Check]] = []
    policies: list[tuple[str, _Policy]] = []
    for kind, key, first, second, names, types in conn.execute(
        sql_code(query("fixpoint_probes")), params, prepare=False
    ):
        if kind == "default":
            defaults.append((key, (first, second)))
        elif kind == "check":
            checks.append((key, (first, _named(names, types))))
        else:
            policies.append((key, (first, second, _named(names, types))))
    with conn.transaction(force_rollback=True):  # (a savepoint: the probes leave nothing behind)
        printed_defaults = _probed(conn, "default", _packed(sorted({c for _, c in defaults}), lambda c: ()))
        printed_checks = _probed(conn, "check", _packed(sorted({c for _, c in checks}), lambda c: c[1]))
        printed_policies = _probed(conn, "policy", _packed(sorted({c for _, c in policies}, key=repr), lambda c: c[2]))
    return frozenset(
        [key for key, case in defaults if printed_defaults.get(case) == case[:1]]
        + [key for key, case in checks if printed_checks.get(case) == case[:1]]
        + [key for key, case in policies if printed_policies.get(case) == case[:2]]
    )


def _named(names: list[str], types: list[str]) -> _Named:
    return tuple(zip(names, types, strict=True))


def _packed(cases: list[_Case], named: Callable[[_Case], _Named]) -> list[_ProbeTable[_Case]]:
    """``cases`` packed into probe tables, first fit."""
    tables: list[_ProbeTable[_Case]] = []
    for case in cases:
        table = next((t for t in tables if t.takes(named(case))), None)
        if table is None:
            table = _ProbeTable()
            tables.append(table)
        table.columns.update(named(case))
        table.cases.append(case)
    return tables


def _probed(
    conn: psycopg.Connection, kind: str, tables: list[_ProbeTable[_Case]]
) -> dict[_Case, tuple[str | None, ...]]:
    """case -> the texts its probe prints (a default's or a CHECK's expression; a policy's USING
    and WITH CHECK), for the cases of ``tables``; none for a table the server refused."""
    printed: dict[_Case, tuple[str | None, ...]] = {}
    for n, table in enumerate(tables):
        name = f"schemadiff_probe_{kind}_{n}"
        elements, after = _declared(kind, name, table)
        if _created(conn, name, elements, after):
            oid = f"{quote_literal('pg_temp.' + quote_ident(name))}::pg_catalog.regclass"
            for element, *texts in conn.execute(sql_code(_PRINTED[kind] + oid)):
                printed[table.cases[int(element[1:])]] = tuple(texts)
    return printed


def _declared(kind: str, name: str, table: _ProbeTable[Any]) -> tuple[list[str], list[str]]:
    """The probe table's elements (columns, constraints) and the statements run on it after
    (policies), for a table of ``kind``'s cases; the i-th case's column, constraint or policy is
    named c<i> or p<i>."""
    columns = [f"{quote_ident(column)} {type_}" for column, type_ in table.columns.items()]
    if kind == "default":
        return [f"c{i} {type_} default {default}" for i, (default, type_) in enumerate(table.cases)], []
    if kind == "check":
        return columns + [f"constraint c{i} check ({check})" for i, (check, _) in enumerate(table.cases)], []
    return columns, [
        f"create policy p{i} on pg_temp.{quote_ident(name)}"
        + (f" using ({qual})" if qual is not None else "")
        + (f" with check ({with_check})" if with_check is not None else "")
        for i, (qual, with_check, _) in enumerate(table.cases)
    ]


# what the server prints of a probe table (completed with its oid): (element name, texts)
_PRINTED = {
    "default": "select a.attname::text, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) from pg_catalog.pg_attrdef ad"
    " join pg_catalog.pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum where ad.adrelid = ",
    "check": "select con.conname::text, pg_catalog.pg_get_expr(con.conbin, con.conrelid)"
    " from pg_catalog.pg_constraint con where con.contype = 'c' and con.conrelid = ",
    "policy": "select pol.polname::text, pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),"
    " pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) from pg_catalog.pg_policy pol where pol.polrelid = ",
}


def _created(conn: psycopg.Connection, table: str, elements: list[str], after: list[str]) -> bool:
    """Whether the server made the probe table ``table`` (``elements``: its columns and
    constraints), each in a savepoint rolled back if refused; then the statements ``after`` (its
    policies), each in its own: one the server refuses (it names a whole row, say) is left out."""
    if not _refused(conn, f"create temporary table {quote_ident(table)} ({', '.join(elements)})"):
        for statement in after:
            _refused(conn, statement)
        return True
    return False


def _refused(conn: psycopg.Connection, statement: str) -> bool:
    try:
        with conn.transaction():
            conn.execute(sql_code(statement))
        return False
    except psycopg.Error as exc:
        _log.debug("probe refused: %s", exc)
        return True
