"""Columns added to, dropped from or changed on existing tables, planned without migra's
inspector: the column part of :mod:`schemadiff.diff.plain_structure` (which says when they are
plain), and a column's declaration, as migra writes it, for a new table's ``create table`` too.

Per table (in migra's order) the dropped columns, the added ones and then the changed ones, each
group by name; a changed one's ``alter column … set default`` / ``drop default`` before ``set not
null`` / ``drop not null``, and those before ``set data type … using c::t``, which
``diff/column_types.py`` then corrects as on migra's path (a USING hint, the default dropped around
the type change, a plan refused when no cast converts the values). A type change is plain when
:func:`retypable` says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from schemadiff.catalog import Catalog, CatalogObject, made_up_name
from schemadiff.changes import Action, Change
from schemadiff.diff.column_types import fix_column_types
from schemadiff.diff.generated_readers import around_generated_readers
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.plain_constraints import member_name, table_key
from schemadiff.diff.plain_functions import reheaded_names
from schemadiff.diff.plain_policies import rows_by_identity
from schemadiff.diff.plain_views import mention_of, word_of
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

_TYPE_AND_COLLATION = re.compile(r"^(.*?)(?: not null)?(?: default .*)?$", re.S)
_IDENTITY_KIND = {"a": "always", "d": "by default"}  # (pg_attribute.attidentity)
_GENERATED = {"s": "stored", "v": "virtual"}
GENERATION = " generated always as ("  # (queries/column.sql: a generated column's; an identity says "as identity")
_IDENTITY = re.compile(r" generated (always|by default) as identity")  # (queries/column.sql)
_GENERATED_KINDS = (") stored", ") virtual")


def retypable(
    current: Catalog, desired: Catalog, retyped: tuple[CatalogObject, ...], have: Mapping[str, CatalogObject]
) -> bool:
    """Whether migra's ``set data type … using c::t`` (with ``diff/column_types.py``'s
    corrections) is all the plan does for the columns ``retyped`` (their types or collations
    change: ``set data type … collate …``, as migra writes it): neither type names a type of
    either side (migra recasts an enum's through text). The policies that use one of them are
    dropped and created around it (:func:`column_policies`)."""
    types = [t for c in retyped for t in (type_and_collation(have[c.identity]), type_and_collation(c))]
    user_types = {*current.of_kind("type"), *desired.of_kind("type")}
    return not (user_types and any(mention_of(user_types).search(t) for t in types))


def column_policies(current: Catalog, desired: Catalog, columns: tuple[CatalogObject, ...]) -> frozenset[str]:
    """The policies of either side, of any table, that name one of ``columns`` (retyped or
    dropped; by name, anywhere: conservative): those that may use one, whose rows the light
    families read (:func:`blocked_policies` tells from the server's dependencies)."""
    if not columns:
        return frozenset()
    named = word_of({member_name(c.identity) for c in columns})
    return frozenset(
        p.identity
        for catalog in (current, desired)
        for p in catalog.of_kind("policy").values()
        if named.search(p.definition)
    )


def blocked_policies(current: Snapshot, desired: Snapshot, named: frozenset[str]) -> frozenset[str]:
    """Of the policies ``named`` (:func:`column_policies`, ``plain_functions.function_policies``),
    those whose expressions use a column (``render_policy_depends.sql``, the current side's) whose
    type changes or that goes, or a function whose header changes, as ``diff/policies.py`` finds
    them (the light families plan no relation a policy uses dropped)."""
    blocked = set()
    reheaded: frozenset[str] | None = None  # (plain_functions.reheaded_names, read at the first function row)
    for row in current.rows.get("policy_depends", ()) if named else ():
        identity = f"{row['schema']}.{row['table_name']}.{row['name']}"
        if identity in named and row["ref_kind"] == "function":  # (plain_functions.function_policies)
            reheaded = reheaded_names(current.catalog, desired.catalog) if reheaded is None else reheaded
            if f"{row['ref_schema']}.{row['ref_name']}" in reheaded:
                blocked.add(identity)
            continue
        if row["ref_kind"] != "column" or identity not in named:
            continue
        column = f"{row['ref_schema']}.{row['ref_name']}.{row['ref_column']}"
        old, new = current.catalog.get("column", column), desired.catalog.get("column", column)
        if (old is not None or new is not None) and (
            old is None or new is None or column_type(old) != column_type(new)
        ):
            blocked.add(identity)
    return frozenset(blocked)


def appended_to(current: Catalog, desired: Catalog, tables: set[str]) -> set[str]:
    """Those of ``tables`` whose columns, in their order (``Catalog.column_positions``), names
    and types, begin with the ones they had: migra's inspector can replace such a table
    (``has_compatible_columns``), so it re-creates nothing that depends on it. Not one whose
    positions are unknown on a side."""

    def in_order(catalog: Catalog) -> dict[str, list[tuple[int, str, str]]]:
        found: dict[str, list[tuple[int, str, str]]] = {table: [] for table in tables}
        for column in catalog.of_kind("column").values():
            if column.parent in found:
                position = catalog.column_positions.get(column.identity, -1)
                found[column.parent].append((position, member_name(column.identity), column_type(column)))
        return {table: sorted(columns) for table, columns in found.items()}

    before, after = in_order(current), in_order(desired)
    return {
        table
        for table in tables
        if all(p >= 0 for p, _, _ in (*before[table], *after[table]))
        and [c[1:] for c in after[table][: len(before[table])]] == [c[1:] for c in before[table]]
    }


def column_type(column: CatalogObject) -> str:
    """A column's type with its type modifier (``format_type``), without its collation."""
    return type_and_collation(column).split(" collate ", 1)[0]


def regenerated_column(before: CatalogObject, after: CatalogObject) -> bool:
    """Whether a column (``queries/column.sql``) is generated on both sides, stored or virtual
    alike, and only its expression changes (the generated-columns family's ``set expression``,
    ``diff/columns.py``)."""
    had, has = before.definition.split(GENERATION, 1), after.definition.split(GENERATION, 1)
    if len(had) != 2 or len(has) != 2 or had[0] != has[0]:
        return False
    return had[1] != has[1] and any(had[1].endswith(kind) and has[1].endswith(kind) for kind in _GENERATED_KINDS)


def degenerated_column(before: CatalogObject, after: CatalogObject) -> bool:
    """Whether a stored generated column becomes a plain one, nothing else of it changing (no
    default, the same type, collation and NOT NULL): ``alter column … drop expression``, as migra
    writes it (PostgreSQL refuses it for a virtual column; a default needs it dropped first)."""
    had = before.definition.split(GENERATION, 1)
    return len(had) == 2 and had[0] == after.definition and had[1].endswith(") stored")


def identity_of(column: CatalogObject) -> str:
    """A column's identity (queries/column.sql): ``always``, ``by default``, or ``""``."""
    found = _IDENTITY.search(column.definition)
    return found.group(1) if found else ""


def without_identity(column: CatalogObject) -> str:
    """A column's definition (queries/column.sql) without its identity."""
    return _IDENTITY.sub("", column.definition)


def type_and_collation(column: CatalogObject) -> str:
    """A column's definition (queries/column.sql) without its NOT NULL, identity and default."""
    found = _TYPE_AND_COLLATION.match(_IDENTITY.sub("", column.definition))
    assert found is not None  # (the pattern matches every string)
    return found.group(1)


def column_changes(
    current: Snapshot,
    desired: Snapshot,
    columns: tuple[tuple[CatalogObject, ...], tuple[CatalogObject, ...], tuple[CatalogObject, ...]],
    *,
    retyped: bool,
) -> list[Change]:
    """Per table in migra's order: the dropped columns, the added ones, the changed ones (the
    three of ``columns``; those changed as desired has them); ``retyped``: a changed one's type
    changes."""
    dropped, added, changed = columns
    before = rows_by_identity(current, "column_types", {c.identity for c in (*dropped, *changed)})
    after = rows_by_identity(desired, "column_types", {c.identity for c in (*added, *changed)})
    work = [(table_key(c), 0, c.identity) for c in dropped]
    work += [(table_key(c), 1, c.identity) for c in added]
    work += [(table_key(c), 2, c.identity) for c in changed]
    changes: list[Change] = []
    for table, group, identity in sorted(work, key=lambda w: (w[0], w[1], member_name(w[2]))):
        prefix = f"alter table {table}"
        if group == 0:
            changes.append(_change(Action.DROP, identity, f"{prefix} drop column {quote_ident(member_name(identity))}"))
        elif group == 1:
            changes.append(_change(Action.CREATE, identity, f"{prefix} add column {declaration(after[identity])}"))
        else:
            for clause in _alterations(before[identity], after[identity]):
                changes.append(_change(Action.ALTER, identity, f"{prefix} {clause}"))
    # (the USING hints, a refusal without a cast, a default dropped around the type, the generated
    # columns that read it set aside: as on migra's path)
    if not retyped:
        return changes
    return around_generated_readers(fix_column_types(changes, current, desired), current, desired)


def declaration(row: Mapping[str, Any]) -> str:
    """A column as migra declares it; an identity's sequence named when PostgreSQL would name it
    otherwise (as ``migra_fixes`` adds); a generated column's expression after its NOT NULL."""
    clause = f"{quote_ident(row['column_name'])} {row['declared_type']}"
    if row["collation"]:
        clause += f" collate {row['collation']}"
    if row["identity_generation"]:
        clause += f" generated {_IDENTITY_KIND[row['identity_generation']]} as identity"
        clause += _sequence_name(row)
    if row["not_null"]:
        clause += " not null"
    if row["generated"]:  # (its expression; 's': stored, 'v': virtual, PostgreSQL 18, as migra_fixes writes it)
        clause += f" generated always as ({row['default_expression']}) {_GENERATED[row['generated']]}"
    elif row["default_expression"]:
        clause += f" default {row['default_expression']}"
    return clause


def _alterations(before: Mapping[str, Any], after: Mapping[str, Any]) -> Iterator[str]:
    """migra's clauses for a column whose default (or generation expression: dropped), NOT NULL,
    identity or type changed, in its order: the default, a NOT NULL added, the identity, a NOT
    NULL dropped, the type."""
    column = quote_ident(after["column_name"])
    if before["default_expression"] != after["default_expression"]:
        if after["default_expression"]:
            yield f"alter column {column} set default {after['default_expression']}"
        elif before["generated"] and not after["generated"]:
            yield f"alter column {column} drop expression"  # (plain_columns.degenerated_column)
        else:
            yield f"alter column {column} drop default"
    if after["not_null"] and not before["not_null"]:
        yield f"alter column {column} set not null"
    if before["identity_generation"] != after["identity_generation"]:
        yield f"alter column {column} {_identity_alteration(before, after)}"
    if before["not_null"] and not after["not_null"]:
        yield f"alter column {column} drop not null"
    if (before["declared_type"], before["collation"]) != (after["declared_type"], after["collation"]):
        yield retype_clause(after)


def retype_clause(after: Mapping[str, Any]) -> str:
    """A column's type (and collation) set to its render row's (``after``), as migra writes it."""
    column, declared = quote_ident(after["column_name"]), after["declared_type"]
    collate = f" collate {after['collation']}" if after["collation"] else ""
    return f"alter column {column} set data type {declared}{collate} using {column}::{declared}"


def _identity_alteration(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    """A column's identity added (its sequence named when PostgreSQL would name it otherwise, as
    ``migra_fixes`` adds), dropped, or set to the other kind."""
    if not after["identity_generation"]:
        return "drop identity"
    kind = _IDENTITY_KIND[after["identity_generation"]]
    if before["identity_generation"]:
        return f"set generated {kind}"
    return f"add generated {kind} as identity{_sequence_name(after)}"


def _sequence_name(row: Mapping[str, Any]) -> str:
    """`` (sequence name …)`` for an identity column whose sequence PostgreSQL would name otherwise."""
    schema, name = row["identity_sequence"]
    if (schema, name) == (row["schema_name"], made_up_name(row["table_name"], row["column_name"], "seq")):
        return ""
    return f" (sequence name {quote_ident(schema)}.{quote_ident(name)})"


def _change(action: Action, identity: str, sql: str) -> Change:
    return Change("column", action, identity, sql, PHASE_RANK[TABLES_PHASE_NAME])
