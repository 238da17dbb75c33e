"""The enum replacement family: enums that lose, rename or move a label, replaced when only
table columns use them, on either path (after the enums family, ``diff/enums.py``, which adds
labels in place).

PostgreSQL cannot remove, rename (without a hint) or reorder the labels of an enum in place. Such
an enum is replaced as migra replaces it, statement for statement: each column that uses it
loses its default, the old type is renamed out of the way (``<name>__old_version_to_be_dropped``,
the name shortened to fit in 63 bytes), the new one created under its name, each column recast
through text (``DATA_LOSS``: a row whose label is gone fails the cast), its default set again,
and the old type dropped. Its grants, comment and owner come back as for any object created
again (``diff/recreated.py``, ``diff/owners.py``).

Replaced here (and migra shown no difference for it, ``migra_adjust``) when, on both sides,
nothing but columns of ordinary tables that both sides have uses it: no view, function,
constraint, index, policy, trigger, rule, other type (a domain over it, an array's element, a
composite's attribute) names it (by name anywhere: conservative), each column that names it
is of exactly that type, not generated, not an identity, the same on both sides, and nothing
may use those columns so that the server refuses to recast one (no view, rule, policy or
function names such a table, no trigger or policy of one names such a column, none of its
columns is generated). Any other
replacement stays migra's (it re-creates the views and functions that use the enum).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.enums import enum_creation, quoted_enum
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.plain_columns import GENERATION, identity_of, type_and_collation
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.diff.plain_tables import existing_ordinary_table
from schemadiff.diff.plain_views import mention_of, word_of
from schemadiff.diff.readers import enum_labels, is_add_value_change, type_kind
from schemadiff.quoting import quote_ident, unquote_qualified
from schemadiff.snapshot import Snapshot

TEMPORARY_SUFFIX = "__old_version_to_be_dropped"
PHASE = PHASE_RANK[TABLES_PHASE_NAME]
# kinds whose objects may read a table's columns (and name the table in their definitions)
_READERS = ("view", "materialized_view", "rule", "policy", "function")
# kinds whose definitions are no use of a type (text, grants, flags) or that are checked apart (columns)
_NOT_USES = frozenset(
    {"table", "column", "comment", "privilege", "default_privilege", "owner", "row", "rls", "not_null_name", "schema"}
)


def temporary_name(name: str) -> str:
    """migra's temporary name for a replaced enum (``<name>__old_version_to_be_dropped``)
    within 63 bytes: the server would cut the suffix off a long name, and the rename would
    then collide with the name itself. The name is shortened, the suffix kept."""
    while len((name + TEMPORARY_SUFFIX).encode()) > 63:
        name = name[:-1]
    return name + TEMPORARY_SUFFIX


def replaceable_enums(current: Catalog, desired: Catalog) -> dict[str, tuple[str, ...]]:
    """The enums of both sides that change otherwise than by gaining labels and that only columns
    use (see the module's docstring), each with those columns' identities, sorted."""
    found: dict[str, tuple[str, ...]] = {}
    for identity, after in desired.of_kind("type").items():
        before = current.get("type", identity)
        if before is None or before == after or type_kind(before) != "enum" or type_kind(after) != "enum":
            continue
        had, has = enum_labels(before), enum_labels(after)
        if had is None or has is None or is_add_value_change(had, has) or identity.count(".") != 1:
            continue
        columns = _using_columns(current, desired, identity)
        if columns is not None:
            found[identity] = columns
    return found


def _using_columns(current: Catalog, desired: Catalog, identity: str) -> tuple[str, ...] | None:
    """The columns that use the enum ``identity``, when nothing else names it on either side."""
    named = word_of({identity.split(".", 1)[1]})
    columns: set[str] = set()
    tables: set[str] = set()
    for catalog in (current, desired):
        for kind in catalog.kinds() - _NOT_USES:
            if any(
                named.search(obj.definition)
                for obj in catalog.of_kind(kind).values()
                if not (kind == "type" and obj.identity == identity)
            ):
                return None
        for column in catalog.of_kind("column").values():
            if not named.search(column.definition):
                continue
            if (
                unquote_qualified(type_and_collation(column)) != identity
                or GENERATION in column.definition
                or identity_of(column)
                or current.get("column", column.identity) != desired.get("column", column.identity)
                or not existing_ordinary_table(current, desired, column.parent)
            ):
                return None
            columns.add(column.identity)
            tables.add(column.parent)
    if tables and _needs_tables(current, desired, tables, columns):
        return None
    return tuple(sorted(columns))


def _needs_tables(current: Catalog, desired: Catalog, tables: set[str], columns: set[str]) -> bool:
    """Whether something may use the ``columns`` of ``tables`` so that ``ALTER COLUMN … TYPE`` is
    refused, on either side: a view, rule, policy or function that names one of the tables, a
    trigger or policy of one that names one of the columns (by name: conservative), a generated
    column of one. migra's path then."""
    named = mention_of(tables)
    used = word_of({column.rsplit(".", 1)[1] for column in columns})  # (the last part: a column's name)
    for catalog in (current, desired):
        if any(named.search(obj.definition) for kind in _READERS for obj in catalog.of_kind(kind).values()):
            return True
        if any(
            obj.parent in tables and used.search(obj.definition)
            for kind in ("trigger", "policy")
            for obj in catalog.of_kind(kind).values()
        ):
            return True
        if any(c.parent in tables and GENERATION in c.definition for c in catalog.of_kind("column").values()):
            return True
    return False


def enum_replacement_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The statements that replace the :func:`replaceable_enums`, in migra's order: the columns'
    defaults dropped, each enum renamed and created again (by its quoted name), the columns
    recast, their defaults set again, the old enums dropped. The columns go table by table (by
    quoted name), each table's by name."""
    enums = replaceable_enums(current.catalog, desired.catalog)
    if not enums:
        return
    rows = {row["identity"]: row for row in desired.rows.get("types", ()) if row["identity"] in enums}
    enum_of = {column: rows[enum] for enum, columns in enums.items() for column in columns}
    columns = rows_by_identity(desired, "column_types", set(enum_of))
    order = sorted(
        columns.values(), key=lambda r: (quoted_relation(r["schema_name"], r["table_name"]), r["column_name"])
    )
    defaulted = [r for r in order if r["default_expression"] is not None]
    for row in defaulted:
        yield _column_change(row, "drop default")
    replaced = sorted(rows.values(), key=quoted_enum)
    for row in replaced:
        rename = f"alter type {quoted_enum(row)} rename to {quote_ident(temporary_name(row['type_name']))}"
        yield Change("type", Action.RENAME, row["identity"], rename, PHASE)
        yield Change("type", Action.CREATE, row["identity"], enum_creation(row), PHASE)
    for row in order:
        column, enum = quote_ident(row["column_name"]), quoted_enum(enum_of[row["identity"]])
        yield _column_change(row, f"type {enum} using {column}::text::{enum}")
    for row in defaulted:
        yield _column_change(row, f"set default {row['default_expression']}")
    for row in replaced:
        old = temporary_name(row["type_name"])
        sql = f"drop type {quoted_relation(row['schema_name'], old)}"
        yield Change("type", Action.DROP, f"{row['schema_name']}.{old}", sql, PHASE)


def _column_change(row: Mapping[str, Any], clause: str) -> Change:
    table = quoted_relation(row["schema_name"], row["table_name"])
    sql = f"alter table {table} alter column {quote_ident(row['column_name'])} {clause}"
    return Change("column", Action.ALTER, row["identity"], sql, PHASE)
