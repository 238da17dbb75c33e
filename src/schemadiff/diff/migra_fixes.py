"""Corrections of migra's statements, applied to its changes before they join the plan.

Each fix is ``(changes, current, desired) -> changes`` and documents the migra behaviour it
corrects; ``tests/cases/`` holds a case for each. Statements are recognised by their
(kind, identity) from ``classify`` or by the exact text migra renders for an object.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from schemadiff.catalog import made_up_name
from schemadiff.changes import Action, Change
from schemadiff.diff.column_types import fix_column_types
from schemadiff.diff.columns import changed_generation_expressions, migra_statement
from schemadiff.diff.generated_readers import around_generated_readers
from schemadiff.diff.inherited_columns import child_declarations
from schemadiff.diff.partitions import fix_partition_changes
from schemadiff.diff.phases import EARLY_FUNCTIONS_PHASE, LATE_FUNCTION_DROPS_PHASE, PHASE_RANK
from schemadiff.diff.plain_triggers import TRIGGER_STATES
from schemadiff.diff.plain_views import option_alterations
from schemadiff.diff.readers import (
    migra_tables,
    migra_views,
    sequence_facts,
    table_facts,
    unquote_qualified,
    view_options,
)
from schemadiff.diff.sequences import create_sequence_statement
from schemadiff.diff.temporal_keys import temporal_keys
from schemadiff.quoting import IDENTIFIER_PATTERN, quote_ident
from schemadiff.snapshot import Snapshot

Fix = Callable[[list[Change], Snapshot, Snapshot], list[Change]]


def _sql(statement: str) -> str:
    return statement.strip().rstrip(";").strip()


def _placeholders(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra emits ``select 1; -- create index …`` for the index of an exclusion constraint."""
    return [c for c in changes if not c.sql.lower().startswith("select 1;")]


def _generated_expressions(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """A changed generation expression is planned by diff/columns.py (SET EXPRESSION)."""
    wrong = {migra_statement(row) for row in changed_generation_expressions(current, desired)}
    return [c for c in changes if c.sql not in wrong]


def _virtual_columns(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra renders every generated column STORED; PostgreSQL 18's VIRTUAL ones are not."""
    fixed = []
    tables = migra_tables(desired)
    for change in changes:
        if change.action is Action.CREATE and change.kind in ("table", "column"):
            table_identity = change.identity if change.kind == "table" else change.identity.rsplit(".", 1)[0]
            table = tables.get(table_identity)
            for name, column in table.columns.items() if table is not None else ():
                obj = desired.catalog.get("column", f"{table_identity}.{name}")
                if column.is_generated and obj is not None and obj.definition.endswith(" virtual"):
                    stored = column.creation_clause
                    change = replace(
                        change, sql=change.sql.replace(stored, stored.removesuffix(" stored") + " virtual")
                    )
        fixed.append(change)
    return fixed


def _inheritance_children(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra's CREATE TABLE … INHERITS lists the inherited columns too, which makes them the
    child's own as well (they would survive a DROP COLUMN on the parent): they are left out, but
    for those the child declares itself too (``inherited_columns.child_declarations``)."""
    fixed = []
    tables = migra_tables(desired)
    for change in changes:
        table = None
        if change.kind == "table" and change.action is Action.CREATE:
            table = tables.get(change.identity)
        if table is not None and table.parent_table and not table.partition_def:
            every = ",\n".join("    " + c.creation_clause for c in table.columns.values())
            own = ",\n".join("    " + d for d in child_declarations(change.identity, table.columns, desired))
            if every in change.sql:
                change = replace(change, sql=change.sql.replace(every, own))
            facts = table_facts(desired.catalog, change.identity)
            first = f"inherits ({table.parent_table})"
            if facts and facts.inherits and "," in facts.inherits and first in change.sql:  # (the inspector's first)
                change = replace(change, sql=change.sql.replace(first, f"inherits ({facts.inherits})"))
        fixed.append(change)
    return fixed


def _typed_tables(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra creates a typed table (``CREATE TABLE … OF type``) as an ordinary one with the type's
    columns: it is created ``OF`` its type, its columns' NOT NULL and defaults given ``WITH
    OPTIONS`` (its keys and other constraints are added after, as any table's)."""
    fixed = []
    tables = migra_tables(desired)
    for change in changes:
        creates = change.kind == "table" and change.action is Action.CREATE
        facts = table_facts(desired.catalog, change.identity) if creates else None
        of_type = facts.of_type if facts is not None else None
        table = tables.get(change.identity) if of_type is not None else None
        if of_type is not None and table is not None:
            options = [
                f"    {quote_ident(c.name)} with options"
                + (" not null" if c.not_null else "")
                + (f" default {c.default}" if c.default else "")
                for c in table.columns.values()
                if c.not_null or c.default
            ]
            head = change.sql.split(" (", 1)[0]
            body = " (\n" + ",\n".join(options) + "\n)" if options else ""
            change = replace(change, sql=f"{head} of {of_type}{body}")
        fixed.append(change)
    return fixed


def _foreign_keys_dropped_first(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra drops unique constraints and foreign keys in name order, so a unique constraint
    that a foreign key still uses can come first (and fails): foreign keys go first."""
    fks = {_constraint_identity(c) for c in current.inspector.constraints.values() if c.is_fk}
    return [
        replace(c, phase=c.phase - 1)
        if c.kind == "constraint"
        and c.action is Action.DROP
        and c.identity in fks
        and c.phase == PHASE_RANK["constraints.drop"]
        else c
        for c in changes
    ]


def _constraint_identity(constraint: Any) -> str:
    return f"{constraint.schema}.{constraint.table_name}.{constraint.name}"


def _not_valid_constraints(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra adds every check/foreign key ``not valid`` and validates it right after, also when
    the desired constraint is NOT VALID (rendering "NOT VALID not valid"); and it drops and
    re-adds a constraint that only needs ``VALIDATE CONSTRAINT``."""
    want, have = desired.inspector.constraints, current.inspector.constraints
    not_valid = {_constraint_identity(c) for c in want.values() if c.definition.endswith(" NOT VALID")}
    validate_only = {
        _constraint_identity(c)
        for key, c in want.items()
        if key in have
        and have[key].definition == c.definition + " NOT VALID"
        and (have[key].is_deferrable, have[key].initially_deferred) == (c.is_deferrable, c.initially_deferred)
    }
    fixed = []
    for change in changes:
        if change.kind == "constraint" and change.identity in validate_only and change.action is not Action.ALTER:
            continue
        if change.kind == "constraint" and change.identity in not_valid:
            if change.action is Action.ALTER and " validate constraint " in change.sql:
                continue
            change = replace(change, sql=change.sql.replace(" NOT VALID not valid", " NOT VALID"))
        fixed.append(change)
    return fixed


_DEFERRABILITY = (" DEFERRABLE INITIALLY DEFERRED", " DEFERRABLE")


def _without_deferrability(definition: str) -> str:
    for suffix in _DEFERRABILITY:
        definition = definition.replace(suffix, "")
    return definition


def _deferrable_foreign_keys(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra drops and re-adds (and so re-validates) a foreign key whose only change is being
    DEFERRABLE / INITIALLY DEFERRED; ALTER CONSTRAINT changes that in place."""
    have = current.inspector.constraints
    altered = {}
    for key, fk in desired.inspector.constraints.items():
        before = have.get(key)
        if (
            fk.is_fk
            and before is not None
            and before.is_fk
            and before.definition != fk.definition
            and _without_deferrability(before.definition) == _without_deferrability(fk.definition)
        ):
            clause = "deferrable" if fk.is_deferrable else "not deferrable"
            if fk.is_deferrable:
                clause += " initially deferred" if fk.initially_deferred else " initially immediate"
            altered[_constraint_identity(fk)] = (
                f"alter table {fk.quoted_full_table_name} alter constraint {fk.quoted_name} {clause}"
            )
    fixed = []
    for change in changes:
        if change.kind == "constraint" and change.identity in altered:
            if change.action is Action.CREATE:
                fixed.append(replace(change, action=Action.ALTER, sql=altered[change.identity]))
            continue
        fixed.append(change)
    return fixed


def _sequence_options(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra creates a sequence without its options (type, bounds, increment, cache, cycle,
    UNLOGGED): they are written into its CREATE SEQUENCE (diff/sequences.py leaves such a
    sequence alone; it sets the options of identity sequences and of existing ones)."""
    statements = {}
    for key, sequence in desired.inspector.sequences.items():
        if key in current.inspector.sequences:
            continue
        obj = desired.catalog.get("sequence", f"{sequence.schema}.{sequence.name}")
        if obj is not None:
            statements[_sql(sequence.create_statement)] = create_sequence_statement(
                sequence.quoted_full_name, sequence_facts(obj.definition)
            )
    return [replace(c, sql=statements[c.sql]) if c.kind == "sequence" and c.sql in statements else c for c in changes]


def _trigger_states(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra drops and recreates a trigger whose ENABLE/DISABLE state changes, and renders
    the state as a second statement in the same step; a state of its own is one ALTER TABLE."""
    have = current.inspector.triggers
    only_state = {
        key: t
        for key, t in desired.inspector.triggers.items()
        if key in have and have[key].enabled != t.enabled and have[key].full_definition == t.full_definition
    }
    identities = {f"{t.schema}.{t.table_name}.{t.name}": t for t in only_state.values()}
    fixed = []
    for change in changes:
        trigger = identities.get(change.identity) if change.kind == "trigger" else None
        if trigger is not None:
            if change.action is Action.CREATE:
                fixed.append(_trigger_state_change(trigger, change.phase))
            continue
        if change.kind == "trigger" and change.action is Action.CREATE and ";\nALTER TABLE " in change.sql:
            create, alter = change.sql.split(";\nALTER TABLE ", 1)
            fixed.append(replace(change, sql=create))
            fixed.append(replace(change, action=Action.ALTER, sql="ALTER TABLE " + alter))
            continue
        fixed.append(change)
    return fixed


def _trigger_state_change(trigger: Any, phase: int) -> Change:
    table = f"{trigger.quoted_full_selectable_name}"
    sql = f"alter table {table} {TRIGGER_STATES[trigger.enabled]} {trigger.quoted_name}"
    return Change("trigger", Action.ALTER, f"{trigger.schema}.{trigger.table_name}.{trigger.name}", sql, phase)


def _view_options(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra ignores view options (security_invoker, security_barrier, check_option): they are
    written into its CREATE OR REPLACE VIEW (which resets them otherwise), and set or reset
    with ALTER VIEW on views it leaves alone."""
    created = {c.identity for c in changes if c.kind == "view" and c.action is Action.CREATE}
    fixed = []
    views = migra_views(desired)  # (a materialized view is no "view" of our catalog: left alone)
    for change in changes:
        created_view = change.kind == "view" and change.action is Action.CREATE
        view = views.get(change.identity) if created_view and desired.catalog.get("view", change.identity) else None
        if view is not None:
            options = view_options(_definition(desired, change.identity))
            prefix = f"create or replace view {view.quoted_full_name} as"
            if options and change.sql.startswith(prefix):
                change = replace(
                    change,
                    sql=f"create or replace view {view.quoted_full_name} with ({', '.join(options)}) as"
                    + change.sql[len(prefix) :],
                )
        fixed.append(change)
    for view in desired.inspector.views.values():
        identity = f"{view.schema}.{view.name}"
        before = current.catalog.get("view", identity)
        if identity in created or before is None or view.relationtype != "v":
            continue
        fixed.extend(
            option_alterations(identity, view.quoted_full_name, before.definition, _definition(desired, identity))
        )
    return fixed


def _definition(snapshot: Snapshot, view: str) -> str:
    obj = snapshot.catalog.get("view", view)
    if obj is None:
        raise KeyError(f"view {view} is not in the catalog")
    return obj.definition


def _functions(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """Three gaps of migra's function handling:

    - it compares functions without their SET options, COST, ROWS, LEAKPROOF, …, so a change
      of only those is never planned: such a function is replaced with its full definition;
    - CREATE OR REPLACE cannot change a return type: the old function is dropped first;
    - it creates functions after tables, constraints and indexes, so a check constraint, a
      default or an index expression calling a new function fails: a new function that
      depends on no relation this plan creates is created before the tables; symmetrically
      it drops functions before the tables, columns and indexes that use them: a function
      that is dropped for good goes after the tables.
    """
    want, have = desired.inspector.functions, current.inspector.functions
    created = {_sql(f.create_statement): key for key, f in want.items()}
    dropped = {_sql(f.drop_statement): key for key, f in have.items()}
    creates = {
        created[c.sql] for c in changes if c.kind == "function" and c.action is Action.CREATE and c.sql in created
    }
    drops = {dropped[c.sql] for c in changes if c.kind == "function" and c.action is Action.DROP and c.sql in dropped}
    fixed = list(changes)
    for key, function in want.items():
        before = have.get(key)
        if before is None:
            continue
        identity = f"{function.schema}.{function.name}"
        if key not in creates and before.full_definition != function.full_definition:
            fixed.append(
                Change(
                    "function",
                    Action.CREATE,
                    identity,
                    _sql(function.create_statement),
                    PHASE_RANK["selectables.create"],
                )
            )
        elif key in creates and key not in drops and before.result_string != function.result_string:
            fixed.append(
                Change("function", Action.DROP, identity, _sql(before.drop_statement), PHASE_RANK["selectables.drop"])
            )
    recreated_names = {(want[key].schema, want[key].name) for key in creates}
    for_good = {
        sql
        for sql, key in dropped.items()
        if key in drops and (have[key].schema, have[key].name) not in recreated_names
    }
    fixed = [
        replace(c, phase=LATE_FUNCTION_DROPS_PHASE)
        if c.kind == "function" and c.action is Action.DROP and c.sql in for_good
        else c
        for c in fixed
    ]
    return _early_functions(fixed, current, desired, created, drops)


def _early_functions(
    changes: list[Change], current: Snapshot, desired: Snapshot, created: dict[str, str], drops: set[str]
) -> list[Change]:
    late_relations = {
        key
        for key, r in desired.inspector.relations.items()
        if key not in current.inspector.relations and r.relationtype != "c"
    }
    dropped_names = {(f.schema, f.name) for key, f in current.inspector.functions.items() if key in drops}
    early: set[str] = set()
    candidates = [
        created[c.sql]
        for c in changes
        if c.kind == "function"
        and c.action is Action.CREATE
        and c.phase == PHASE_RANK["selectables.create"]
        and c.sql in created
    ]
    progress = True
    while progress:
        progress = False
        for key in candidates:
            function = desired.inspector.functions[key]
            if key in early or key in current.inspector.functions or (function.schema, function.name) in dropped_names:
                continue  # replaces a function of this name: after its drop
            deps = set(function.dependent_on)
            pending_functions = {k for k in candidates if k not in early}
            if not deps & late_relations and not deps & pending_functions - {key}:
                early.add(key)
                progress = True
    if not early:
        return changes
    moved = {_sql(desired.inspector.functions[key].create_statement) for key in early}
    late = [
        c
        for c in changes
        if c.kind == "function"
        and c.action is Action.CREATE
        and c.sql not in moved
        and c.phase == PHASE_RANK["selectables.create"]
    ]
    setting = next(c for c in changes if c.kind == "setting")
    fixed = [replace(setting, phase=EARLY_FUNCTIONS_PHASE)]
    for change in changes:
        if change.kind == "function" and change.sql in moved:
            change = replace(change, phase=EARLY_FUNCTIONS_PHASE)
        elif change is setting and not late:
            continue  # every function it was for now comes early
        fixed.append(change)
    return fixed


_AS_IDENTITY = re.compile(r"\bgenerated (?:always|by default) as identity\b")


def _identity_sequence_names(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra adds an identity column (``ADD COLUMN … GENERATED … AS IDENTITY``, ``ALTER COLUMN …
    ADD GENERATED …``) without its sequence's name, so PostgreSQL names it
    ``<table>_<column>_seq``: a sequence named otherwise in schema/ gets ``SEQUENCE NAME``."""
    names: dict[str, str] = {}
    for sequence in desired.catalog.of_kind("sequence").values():
        owner = re.search(
            rf" owned by ((?:{IDENTIFIER_PATTERN})(?:\.(?:{IDENTIFIER_PATTERN})){{2}}) identity$", sequence.definition
        )
        if owner:  # the column as the server quotes it (only where needed): compared unquoted
            names[unquote_qualified(owner.group(1))] = sequence.identity
    by_table: dict[str, list[str]] = {}
    for column in sorted(names):
        by_table.setdefault(column.rsplit(".", 1)[0], []).append(column)
    fixed = []
    for change in changes:
        if change.action is Action.DROP or not _AS_IDENTITY.search(change.sql) or "sequence name" in change.sql:
            fixed.append(change)
            continue
        if change.kind == "column" and change.identity in names:
            found = _AS_IDENTITY.search(change.sql)
            change = replace(change, sql=_with_sequence_name(change.sql, found, change.identity, names))  # type: ignore[arg-type]  # found: the match tested above
        elif change.kind == "table" and change.action is Action.CREATE:
            for column in by_table.get(change.identity, ()):
                line = re.search(
                    rf"^\s*{re.escape(quote_ident(column.rsplit('.', 1)[1]))} .*?{_AS_IDENTITY.pattern}",
                    change.sql,
                    re.M,
                )
                if line is not None:
                    change = replace(change, sql=_with_sequence_name(change.sql, line, column, names))
        fixed.append(change)
    return fixed


def _with_sequence_name(sql: str, found: re.Match[str], column: str, names: dict[str, str]) -> str:
    """``sql`` with ``SEQUENCE NAME`` given to the identity that ``found`` ends at, unless the
    column's sequence has the name PostgreSQL would give it anyway."""
    schema, table, name = column.split(".")
    sequence = names[column]
    if sequence == f"{schema}.{made_up_name(table, name, 'seq')}":
        return sql
    seq_schema, seq_name = sequence.split(".", 1)
    clause = f"sequence name {quote_ident(seq_schema)}.{quote_ident(seq_name)}"
    rest = sql[found.end() :]
    rest = f" ({clause} {rest.lstrip()[1:]}" if rest.lstrip().startswith("(") else f" ({clause}){rest}"
    return sql[: found.end()] + rest


FIXES: tuple[Fix, ...] = (
    _placeholders,
    _generated_expressions,
    _virtual_columns,
    _inheritance_children,
    _typed_tables,
    _foreign_keys_dropped_first,
    _not_valid_constraints,
    temporal_keys,
    fix_column_types,
    around_generated_readers,
    _deferrable_foreign_keys,
    _sequence_options,
    _identity_sequence_names,
    _trigger_states,
    _view_options,
    _functions,
    fix_partition_changes,
)


def fix_migra_changes(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    for fix in FIXES:
        changes = fix(changes, current, desired)
    return changes
