"""Columns added to existing tables, planned without migra's inspector.

The most common change a pull request makes is a new column. When that is all the structure
that differs (besides :data:`schemadiff.diff.LIGHT_KINDS`), the plan is known from our catalog
and render rows alone, and schemainspect is not read: :func:`added_plain_columns` says when
(conservatively, from the catalogs alone, before any detail is read), and
:func:`added_column_changes` writes exactly the statements migra's tables phase writes for it
(``alter table … add column …``, tables in migra's order, columns by name), with the same kind,
identity and phase. The corpus checks, for every case this applies to, that the light families
plan exactly what every family plans (``tests/casehelp.py``, ``check_light_families``).

Plain means: the table exists on both sides with the same definition, is an ordinary table
(no partitioning, no inheritance), the column is neither generated nor an identity, and no view,
materialized view or function of either side mentions the table's name (migra recreates the
dependents of a table whose columns it cannot simply append).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Change
from schemadiff.classify import classify
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

_DEPENDENT_KINDS = ("view", "materialized_view", "function")


def added_plain_columns(current: Catalog, desired: Catalog) -> tuple[CatalogObject, ...] | None:
    """The columns ``desired`` adds to existing tables, when every column that differs is such
    a plain addition; None when any column differs otherwise (dropped, changed, generated, of a
    new, partitioned or inheriting table, or of a table something may depend on)."""
    have = current.of_kind("column")
    want = desired.of_kind("column")
    if any(want.get(identity) != column for identity, column in have.items()):
        return None  # a column dropped or changed
    added = tuple(column for identity, column in sorted(want.items()) if identity not in have)
    tables = set()
    for column in added:
        before, after = current.get("table", column.parent), desired.get("table", column.parent)
        if before is None or before != after or "generated" in column.definition:
            return None
        if not after.definition.startswith("ordinary ") or " inherits (" in after.definition:
            return None
        if " partition of " in after.definition:
            return None
        if column.parent.count(".") != 1:
            return None  # a name with a dot: which part is the table's name is not known
        tables.add(column.parent)
    if not tables:
        return added
    names = "|".join(sorted(re.escape(identity.split(".", 1)[1]) for identity in tables))
    mentioned = re.compile(rf"(?<![\w$])({names})(?![\w$])", re.IGNORECASE)  # (its name anywhere: conservative)
    for catalog in (current, desired):
        for kind in _DEPENDENT_KINDS:
            if any(mentioned.search(obj.definition) for obj in catalog.of_kind(kind).values()):
                return None
    return added


def added_column_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """``alter table … add column …`` for the plain columns ``desired`` adds, as migra writes them."""
    added = added_plain_columns(current.catalog, desired.catalog)
    if not added:
        return
    wanted = {column.identity for column in added}
    rows = [row for row in desired.rows.get("column_types", ()) if row["identity"] in wanted]

    def migra_order(row: dict[str, object]) -> tuple[str, str]:  # its tables' keys, then column names
        return f"{quote_ident(str(row['schema_name']))}.{quote_ident(str(row['table_name']))}", str(row["column_name"])

    for row in sorted(rows, key=migra_order):
        clause = f"{quote_ident(row['column_name'])} {row['declared_type']}"
        if row["collation"]:
            clause += f" collate {row['collation']}"
        if row["not_null"]:
            clause += " not null"
        if row["default_expression"]:
            clause += f" default {row['default_expression']}"
        table = f"{quote_ident(row['schema_name'])}.{quote_ident(row['table_name'])}"
        sql = f"alter table {table} add column {clause}"
        found = classify(sql, "table")
        yield Change(found.kind, found.action, found.identity, sql, PHASE_RANK[TABLES_PHASE_NAME])
