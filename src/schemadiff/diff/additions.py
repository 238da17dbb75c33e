"""Columns and indexes added to existing tables, planned without migra's inspector.

The most common changes a pull request makes are a new column and a new index. When those
are all the structure that differs (besides :data:`schemadiff.diff.LIGHT_KINDS`), the plan is
known from our catalog and render rows alone, and schemainspect is not read:
:func:`plain_additions` says when (conservatively, from the catalogs alone, before any detail is
read), and :func:`addition_changes` writes exactly the statements migra writes for them
(``alter table … add column …`` in its tables phase, tables in its order and columns by name;
the index's definition in its indexes phase, by name), with the same kind, identity and phase.
The corpus checks, for every case this applies to, that the light families plan exactly what
every family plans (``tests/casehelp.py``, ``check_light_families``).

Plain means: the table exists on both sides with the same definition and is an ordinary table
(no partitioning, no inheritance); a column is neither generated nor an identity, and no view,
materialized view or function of either side mentions its table's name (migra recreates the
dependents of a table whose columns it cannot simply append); an index backs no constraint
(a constraint would differ too) and replaces none (its name is new).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Change
from schemadiff.classify import classify
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

_DEPENDENT_KINDS = ("view", "materialized_view", "function")
_KINDS = frozenset({"column", "index"})


@dataclass(frozen=True)
class Additions:
    columns: tuple[CatalogObject, ...]
    indexes: tuple[CatalogObject, ...]


def plain_additions(current: Catalog, desired: Catalog) -> Additions | None:
    """The columns and indexes ``desired`` adds to existing tables, when every column and index
    that differs is such a plain addition; None when any differs otherwise."""
    columns = _added(current, desired, "column")
    indexes = _added(current, desired, "index")
    if columns is None or indexes is None:
        return None
    for obj in (*columns, *indexes):
        if not _existing_ordinary_table(current, desired, obj.parent):
            return None
    if any("generated" in column.definition for column in columns):
        return None
    if any(" [" in index.definition for index in indexes):  # invalid, clustered, replica identity
        return None
    if columns and _mentioned(current, desired, {c.parent for c in columns}):
        return None
    return Additions(columns, indexes)


def _added(current: Catalog, desired: Catalog, kind: str) -> tuple[CatalogObject, ...] | None:
    have, want = current.of_kind(kind), desired.of_kind(kind)
    if any(want.get(identity) != obj for identity, obj in have.items()):
        return None  # one dropped or changed
    return tuple(obj for identity, obj in sorted(want.items()) if identity not in have)


def _existing_ordinary_table(current: Catalog, desired: Catalog, table: str) -> bool:
    before, after = current.get("table", table), desired.get("table", table)
    if before is None or before != after or table.count(".") != 1:  # (a dotted name: its parts are unknown)
        return False
    definition = after.definition
    return definition.startswith("ordinary ") and " inherits (" not in definition and " partition of " not in definition


def _mentioned(current: Catalog, desired: Catalog, tables: set[str]) -> bool:
    """Whether a view, materialized view or function of either side names one of ``tables``
    (by its name anywhere: conservative)."""
    names = "|".join(sorted(re.escape(identity.split(".", 1)[1]) for identity in tables))
    mention = re.compile(rf"(?<![\w$])({names})(?![\w$])", re.IGNORECASE)
    return any(
        mention.search(obj.definition)
        for catalog in (current, desired)
        for kind in _DEPENDENT_KINDS
        for obj in catalog.of_kind(kind).values()
    )


def addition_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The statements migra writes for the plain additions (none unless there are such)."""
    found = plain_additions(current.catalog, desired.catalog)
    if found is None:
        return
    yield from _column_changes(desired, {c.identity for c in found.columns})
    yield from _index_changes(desired, {i.identity for i in found.indexes})


def _column_changes(desired: Snapshot, wanted: set[str]) -> Iterator[Change]:
    rows = [row for row in desired.rows.get("column_types", ()) if row["identity"] in wanted]
    for row in sorted(rows, key=lambda r: (_key(r["schema_name"], r["table_name"]), r["column_name"])):
        clause = f"{quote_ident(row['column_name'])} {row['declared_type']}"
        if row["collation"]:
            clause += f" collate {row['collation']}"
        if row["not_null"]:
            clause += " not null"
        if row["default_expression"]:
            clause += f" default {row['default_expression']}"
        yield _change(f"alter table {_key(row['schema_name'], row['table_name'])} add column {clause}", "table")


def _index_changes(desired: Snapshot, wanted: set[str]) -> Iterator[Change]:
    rows = [row for row in desired.rows.get("indexes", ()) if row["identity"] in wanted]
    for row in sorted(rows, key=lambda r: _key(r["schema_name"], r["index_name"])):
        yield _change(str(row["definition"]), "index", "indexes.create")


def _key(schema: Any, name: Any) -> str:
    """A relation as migra keys (and so orders) it: both names quoted."""
    return f"{quote_ident(str(schema))}.{quote_ident(str(name))}"


def _change(sql: str, default_kind: str, phase: str = TABLES_PHASE_NAME) -> Change:
    found = classify(sql, default_kind)  # (as diff/migra_engine.py names migra's statements)
    return Change(found.kind, found.action, found.identity, sql, PHASE_RANK[phase])
