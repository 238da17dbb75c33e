"""The columns that another table's or a type's change reaches: inheritance children's and
typed tables'.

PostgreSQL applies a parent's ``ADD COLUMN``, ``DROP COLUMN``, ``ALTER COLUMN … TYPE``,
``SET/DROP DEFAULT`` and ``SET/DROP NOT NULL`` to its inheritance children too (a child's column
that is only inherited is dropped with the parent's; one the child declares itself stays, its
own). migra plans each table's columns on their own, so a child got the parent's statement a
second time, which failed (``column … already exists``, ``cannot drop inherited column``,
``cannot alter inherited column``) or, for a NOT NULL, made a constraint of the child's own name
where the parent's reaches it under the parent's (PostgreSQL 18).

:func:`inherited_column_changes` leaves out a child's column change when a parent of the child
(the same parents on both sides) changes its column of that name the same way in the plan: the
same statement but for the table. A child's change that differs from its parent's (a default of
its own) stays: the dependency graph orders it after the parent's (``ordering``, rule 2); and a
child whose own default the parent's SET/DROP DEFAULT would replace gets it set again after it
(and a NOT NULL its parent's DROP NOT NULL takes along). A generated column of the child that
reads a column whose retype its parent's makes is set aside before the parent's retype (the
steps ``generated_readers`` wrote for the child's retype, made steps of the parent's). A
column the child declares itself and whose parent's goes keeps its drop, which fails (the column
is inherited until the parent's drop, which the graph orders after its dependents'): a known gap
(docs/architecture.md).

A new child is created ``INHERITS (…)`` with its own columns only (:func:`child_declarations`):
those it does not inherit, and those it declares itself too (``attislocal``: with a default of
its own, say); and on PostgreSQL 18 the NOT NULL constraints of its own on inherited columns
(``CONSTRAINT … NOT NULL col``, as a primary key of the child's declares one), which take another
name than the parent's that it would inherit (and cannot be renamed once inherited).

A typed table's (``CREATE TABLE … OF type``) columns are its type's attributes: an ``ALTER TYPE
… CASCADE`` (``diff/types.py``) adds, drops or retypes them, so their own changes are left out.
:func:`inheriting_nodes` names the children's and partitions' columns that a parent's column
change reaches, for the ordering.

Partitions (whose columns migra does not plan) are ``partition_columns``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.not_null import not_null_names
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.diff.readers import inheritance_parents, partition_parent, table_facts
from schemadiff.diff.types import typed_tables_of
from schemadiff.graph_edges import ALTER_ONLY
from schemadiff.quoting import (
    QUALIFIED_NAME,
    longest_known_prefix,
    quote_ident,
    unquote_identifier,
    unquote_qualified,
)
from schemadiff.snapshot import Snapshot

# what a column statement does to a column's default (after its table's name)
_DEFAULT = re.compile(r"alter column \S.* (?:set default .+|drop default)", re.S | re.I)
_ALTERED_COLUMN = re.compile(r'alter column (?P<column>"(?:[^"]|"")*"|[^\s"]+) ', re.I)  # (what a statement does)
_RETYPE = re.compile(r"\bset data type\b", re.I)  # (what a column's type change does)
_DROP_NOT_NULL = re.compile(r"alter column \S.* drop not null", re.S | re.I)
# a column's statement: its table, and what it does to it
_COLUMN_STATEMENT = re.compile(rf"alter table (?:only )?(?P<table>{QUALIFIED_NAME}) (?P<rest>.+)", re.S | re.I)


def inherited_column_changes(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """``changes`` without the inheritance children's column changes their parents' make."""
    changes = _without_typed_columns(changes, current)
    children = _kept_children(current.catalog, desired.catalog)
    if not children:
        return changes
    by_identity: dict[tuple[str, Action], list[Change]] = {}
    for change in changes:
        if change.kind == "column":
            by_identity.setdefault((change.identity, change.action), []).append(change)
    candidates = [
        c for c in changes if c.kind == "column" and longest_known_prefix(c.identity, children.__contains__) is not None
    ]
    if not candidates:
        return changes
    dropped = {c.identity for c in candidates if c.action is Action.DROP}
    local = rows_by_identity(current, "column_types", dropped)
    made: set[int] = set()
    reached: dict[str, tuple[str, str]] = {}  # a child's column whose retype its parent's makes -> the parent's, name
    for change in candidates:
        table = longest_known_prefix(change.identity, children.__contains__)
        assert table is not None
        column = change.identity[len(table) + 1 :]
        if change.action is Action.DROP and local.get(change.identity, {}).get("local", True):
            continue  # (its own too: it stays after its parent's drop)
        mine = _what_it_does(change.sql, table)
        if mine is None:
            continue
        for parent in children[table]:
            theirs = by_identity.get((f"{parent}.{column}", change.action), ())
            if any(_what_it_does(other.sql, parent) == mine for other in theirs):
                made.add(id(change))
                if change.action is Action.ALTER and _RETYPE.search(mine):
                    reached[change.identity] = (f"{parent}.{column}", column)
                break
    remaining = [c for c in changes if id(c) not in made]
    kept = [_set_aside_for(c, reached) for c in remaining]
    kept = _before_parents_retype(kept, {id(c) for c, was in zip(kept, remaining) if c is not was})
    return kept + _own_defaults_again(kept, children, current, desired)


def _without_typed_columns(changes: list[Change], current: Snapshot) -> list[Change]:
    """``changes`` without the columns added to, dropped from or retyped on a typed table (``OF``
    a composite type) whose type the plan alters: ``ALTER TYPE … CASCADE`` changes them (a typed
    table's columns cannot be added, dropped or retyped on their own)."""
    altered = {c.identity for c in changes if c.kind == "type" and c.action is Action.ALTER and " cascade" in c.sql}
    typed = {t for identity in altered for t in typed_tables_of(current.catalog, identity)}
    if not typed:
        return changes
    return [
        c
        for c in changes
        if not (
            c.kind == "column"
            and c.identity.rpartition(".")[0] in typed
            and (c.action is not Action.ALTER or _RETYPE.search(c.sql))
        )
    ]


def _before_parents_retype(changes: list[Change], moved: set[int]) -> list[Change]:
    """``changes`` with the ``moved`` ones (by ``id``: those :func:`_set_aside_for` made changes of
    a parent's retyped column) placed just before its type change, in no later phase (one
    object's changes keep the order of their phases, then of the list: ``ordering``, rule 1)."""
    if not moved:
        return changes
    targets = {c.identity for c in changes if id(c) in moved}
    placed: list[Change] = []
    for change in changes:
        if change.identity in targets and change.kind == "column" and _RETYPE.search(change.sql):
            placed.extend(
                replace(c, phase=min(c.phase, change.phase))
                for c in changes
                if id(c) in moved and c.identity == change.identity
            )
        if id(change) not in moved:
            placed.append(change)
    return placed


def _set_aside_for(change: Change, reached: Mapping[str, tuple[str, str]]) -> Change:
    """A change that ``generated_readers`` made a change of a child's retyped column (a generated
    column that reads it set aside before the type change: its statement alters another column)
    is made one of the parent's column whose retype reaches the child's, so that it keeps its
    place before that (``ordering``, rule 1). ``reached``: the child's column -> (the parent's
    column, the column's name)."""
    found = reached.get(change.identity)
    if found is None or change.kind != "column":
        return change
    parent, name = found
    altered = _ALTERED_COLUMN.match(_what_it_does(change.sql, change.identity[: -len(name) - 1]) or "")
    if altered is not None and unquote_identifier(altered["column"]) == name:
        return change  # (the child's column's own: a default of its own, say)
    return replace(change, identity=parent)


def _own_defaults_again(
    changes: list[Change], children: Mapping[str, tuple[str, ...]], current: Snapshot, desired: Snapshot
) -> list[Change]:
    """A parent's SET or DROP DEFAULT reaches its children: a child whose desired default is not
    its parent's gets its own set again (after its parent's: ``ordering``, rule 2), unless the plan
    sets it already. So does a parent's DROP NOT NULL: a child that keeps its NOT NULL gets it set
    again (before PostgreSQL 18, where the child's is always dropped; from 18 when it was only
    inherited: a column the child declares itself keeps a NOT NULL constraint of its own)."""
    again = []
    reached, made = _reached(changes, children, desired, _DEFAULT)
    rows = rows_by_identity(desired, "column_types", set(reached) | set(reached.values()))
    for mine, theirs in sorted(reached.items()):
        row, parent_row = rows.get(mine), rows.get(theirs)
        if row is None or parent_row is None or row["generated"]:
            continue
        if row["default_expression"] == parent_row["default_expression"]:
            continue
        action = f"set default {row['default_expression']}" if row["default_expression"] else "drop default"
        again.append(_column_change(row, action, made[theirs].phase))
    reached, made = _reached(changes, children, desired, _DROP_NOT_NULL)
    rows = rows_by_identity(desired, "column_types", set(reached))
    before = rows_by_identity(current, "column_types", set(reached))
    for mine, theirs in sorted(reached.items()):
        row, had = rows.get(mine), before.get(mine)
        if row is None or had is None or not row["not_null"] or not had["not_null"]:
            continue
        if desired.catalog.server_version_num >= 180000 and had["local"]:
            continue  # (its NOT NULL constraint is its own too: it stays)
        again.append(_column_change(row, "set not null", made[theirs].phase))
    return again


def _reached(
    changes: list[Change], children: Mapping[str, tuple[str, ...]], desired: Snapshot, does: re.Pattern[str]
) -> tuple[dict[str, str], dict[str, Change]]:
    """The children's columns that the parents' column ALTERs which ``does`` match reach, each
    with its parent's column (none of the child that the plan changes the same way itself), and
    those ALTERs by column."""
    made: dict[str, Change] = {}  # column -> its change that matches
    for change in changes:
        if change.kind == "column" and change.action is Action.ALTER:
            if does.fullmatch(_what_it_does(change.sql, change.identity.rpartition(".")[0]) or "") is not None:
                made[change.identity] = change
    reached: dict[str, str] = {}  # child's column -> its parent's
    for table, parents in children.items():
        for parent in parents:
            for column in sorted(c for c in made if desired.catalog.get("column", c) and c.startswith(f"{parent}.")):
                mine = f"{table}.{column[len(parent) + 1 :]}"
                if mine not in made and mine not in reached and desired.catalog.get("column", mine) is not None:
                    reached[mine] = column
    return reached, made


def _column_change(row: Mapping[str, Any], action: str, phase: int) -> Change:
    """``ALTER TABLE … ALTER COLUMN … <action>`` of the column of the render row ``row``."""
    table = quoted_relation(row["schema_name"], row["table_name"])
    sql = f"alter table {table} alter column {quote_ident(row['column_name'])} {action}"
    return Change("column", Action.ALTER, row["identity"], sql, phase)


def child_declarations(table: str, columns: Mapping[str, Any], desired: Snapshot) -> list[str]:
    """The column and NOT NULL declarations of the new inheritance child ``table`` (an identity)
    in its ``CREATE TABLE … INHERITS``; ``columns``: migra's inspected columns of it, by name
    (``creation_clause``). A column is inherited when a parent of the child (our catalog: every
    parent, where migra's inspector reads the first) has one of its name."""
    parents = inheritance_parents(desired.catalog, table)
    inherited = {name for name in columns if any(desired.catalog.get("column", f"{p}.{name}") for p in parents)}
    local = rows_by_identity(desired, "column_types", {f"{table}.{name}" for name in inherited})
    own = {name for name in columns if name not in inherited or local.get(f"{table}.{name}", {}).get("local", False)}
    declared = [column.creation_clause for name, column in columns.items() if name in own]
    names = not_null_names(desired)
    for name in columns:
        mine = names.get((table, name))
        if mine is None or name in own:
            continue
        theirs = next((names[(p, name)]["name"] for p in parents if (p, name) in names), None)
        if theirs is not None and theirs != mine["name"]:
            declared.append(f"constraint {quote_ident(mine['name'])} not null {quote_ident(name)}")
    return declared


def _kept_children(current: Catalog, desired: Catalog) -> dict[str, tuple[str, ...]]:
    """The inheritance children with the same parents on both sides -> the parents' identities."""
    children = {}
    for identity in desired.of_kind("table").keys() & current.of_kind("table").keys():
        after, before = table_facts(desired, identity), table_facts(current, identity)
        if after is None or before is None or after.inherits is None or after.inherits != before.inherits:
            continue
        children[identity] = inheritance_parents(desired, identity)
    return children


def _what_it_does(sql: str, table: str) -> str | None:
    """What the column statement ``sql`` does to ``table`` (the statement after its table's name),
    or None when it is not a statement of that table alone."""
    found = _COLUMN_STATEMENT.fullmatch(sql.strip().rstrip(";"))
    if found is None or unquote_qualified(found["table"]) != table:
        return None
    return found["rest"]


def inheriting_nodes(changes: Iterable[Change], *catalogs: Catalog) -> frozenset[str]:
    """The columns of inheritance children and partitions (down every level) that inherit a column
    the ``changes`` add, alter or drop, on either of ``catalogs``: an ADD, ALTER or DROP of a
    parent's column reaches them, so what needs them (a view over a child's column) is ordered around it
    (``ordering``), and
    their edges are read with the changes' own (``change_nodes.needing_nodes``)."""
    altered = {c.identity for c in changes if c.kind == "column" and c.action is not Action.RENAME}
    found: set[str] = set()
    if not altered:
        return frozenset()
    for catalog in catalogs:
        children: dict[str, list[str]] = {}
        for identity, table in catalog.of_kind("table").items():
            if " inherits (" not in table.definition and " partition of " not in table.definition:
                continue
            parents = inheritance_parents(catalog, identity)
            partitioned = partition_parent(catalog, identity)
            for parent in (*parents, *((partitioned,) if partitioned else ())):
                children.setdefault(parent, []).append(identity)
        if not children:
            continue
        for identity in altered:
            column = catalog.get("column", identity)
            if column is None:
                continue
            name = identity[len(column.parent) :]  # (".<column>")
            tables = [column.parent]
            while tables:
                for child in children.get(tables.pop(), ()):
                    if f"{child}{name}" not in found:
                        found.add(f"{child}{name}")
                        tables.append(child)
    return frozenset(found | {node + ALTER_ONLY for node in found})
