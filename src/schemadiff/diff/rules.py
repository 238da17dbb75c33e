"""The rules family: rewrite rules (``CREATE RULE``) on tables and views; migra ignores them.

A view's own ``_RETURN`` rule is the view (migra's), never a rule here. A rule is compared by
its server-rendered definition (``pg_get_ruledef``) and its enabled state:

- a rule only the current side has is dropped with the other trigger drops, before the
  tables and functions it references can be dropped;
- a new rule is created with the triggers, after every table, view and function exists;
- a rule whose definition changed is replaced in place (``CREATE OR REPLACE RULE``: the rule
  never goes missing between two statements);
- a changed enabled state is ``ALTER TABLE … ENABLE | DISABLE [REPLICA | ALWAYS] RULE``.

The dependency order (``ordering.py``) names a rule ``<schema>.<table>.<rule>`` like the
changes here, so a rule waits for the tables and functions it needs in the desired catalog.
``carried`` puts back the rules of a table or view the plan re-creates, and takes a rule down
and back up around a column drop or type change on a table it uses (:func:`carried_rules`).
A rule on a view is always enabled (PostgreSQL has no ENABLE/DISABLE RULE for views). A
rule's comment is not compared (our comment kinds do not cover rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import parent_of
from schemadiff.graph_edges import Edges
from schemadiff.snapshot import Snapshot

DROP_PHASE = PHASE_RANK["triggers.drop"] + 2
CREATE_PHASE = PHASE_RANK["triggers.create"] + 2
ENABLED_WORDS = {"O": "enable", "D": "disable", "R": "enable replica", "A": "enable always"}
_CREATE_RULE = re.compile(r"^CREATE RULE ", re.I)
_RETYPE = re.compile(r"\balter column\b.*\btype\b", re.I | re.S)


def _rows(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    """identity ``schema.table.rule`` -> render_rules row."""
    return {f"{row['table_name']}.{row['name']}": row for row in snapshot.rows.get("rules", ())}


def _definition(snapshot: Snapshot, identity: str, row: dict[str, Any]) -> str:
    """What decides whether a rule changed: the catalog's definition (names qualified, so a
    search_path difference between the two sides is no change), without the enabled state."""
    found = snapshot.catalog.get("rule", identity)
    text = found.definition if found is not None else row["def"]
    return re.sub(r" enabled=[ODRA]$", "", text)


def enabled_statement(row: dict[str, Any]) -> str:
    """``alter table <t> enable|disable … rule <r>`` for the row's enabled state."""
    return f"alter table {row['quoted_table']} {ENABLED_WORDS[row['enabled']]} rule {row['quoted_name']}"


def replace_statement(row: dict[str, Any]) -> str:
    """The rule's definition as ``CREATE OR REPLACE RULE``."""
    return _CREATE_RULE.sub("CREATE OR REPLACE RULE ", row["def"], count=1)


def rule_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = _rows(current), _rows(desired)
    for identity in sorted(have.keys() - want.keys()):
        row = have[identity]
        yield Change(
            "rule", Action.DROP, identity, f"drop rule {row['quoted_name']} on {row['quoted_table']}", DROP_PHASE
        )
    for identity in sorted(want):
        row, before = want[identity], have.get(identity)
        if before is None:
            yield Change("rule", Action.CREATE, identity, row["def"], CREATE_PHASE)
        elif _definition(current, identity, before) != _definition(desired, identity, row):
            yield Change("rule", Action.ALTER, identity, replace_statement(row), CREATE_PHASE)
        if row["enabled"] != (before["enabled"] if before is not None else "O"):
            yield Change("rule", Action.ALTER, identity, enabled_statement(row), CREATE_PHASE)


RELATION_KINDS = frozenset({"table", "view", "materialized_view"})


def recreated_relations(changes: Sequence[Change]) -> set[str]:
    """Tables and views the plan drops and creates again (their rules and publication
    memberships go with the drop)."""

    def named(action: Action) -> set[str]:
        return {c.identity for c in changes if c.kind in RELATION_KINDS and c.action is action}

    return named(Action.DROP) & named(Action.CREATE)


def retyped_tables(changes: Sequence[Change], current: Snapshot) -> set[str]:
    """Tables the plan changes a column's type of."""
    return {
        parent_of(current.catalog, "column", c.identity)
        for c in changes
        if c.kind == "column" and c.action is Action.ALTER and _RETYPE.search(c.sql)
    }


def _reshaped_tables(changes: Sequence[Change], current: Snapshot) -> set[str]:
    """Tables the plan drops a column of or changes a column's type of: PostgreSQL refuses
    both while a rule uses the column."""
    return {
        parent_of(current.catalog, "column", c.identity)
        for c in changes
        if c.kind == "column" and (c.action is Action.DROP or c.action is Action.ALTER and _RETYPE.search(c.sql))
    }


def carried_rules(changes: Sequence[Change], current: Snapshot, desired: Snapshot, edges: Edges) -> Iterator[Change]:
    """Rules the plan must take down and put back: those of a table or view it drops and
    creates again (the drop takes them), and those that use a table whose column it drops or
    retypes (dropped first, before the column changes; ``pg_depend`` of the current side says
    which, by table, so a rule on such a table counts even when it does not use the column).
    Created again after, with their enabled state, unless this family already does."""
    recreated, reshaped = recreated_relations(changes), _reshaped_tables(changes, current)
    if not recreated and not reshaped:
        return
    # (the graph is read only where a rule may use a reshaped table: diff.light_rows reads
    # no edges for a plan that drops columns of a database without rules)
    rules = _rows(current)
    needs = edges() if reshaped and rules else {}  # (``edges``: the current side's graph)
    dropped = {c.identity for c in changes if c.kind == "rule" and c.action is Action.DROP}
    rebuilt = {identity for identity, row in _rows(desired).items() if row["table_name"] in recreated}
    for identity, row in sorted(rules.items()):
        if row["table_name"] not in recreated and identity not in dropped and needs.get(identity, set()) & reshaped:
            yield Change(
                "rule", Action.DROP, identity, f"drop rule {row['quoted_name']} on {row['quoted_table']}", DROP_PHASE
            )
            rebuilt.add(identity)
    planned: dict[str, set[str]] = {}
    for change in changes:
        if change.kind == "rule" and change.action is not Action.DROP:
            planned.setdefault(change.identity, set()).add(change.sql)
    for identity, row in sorted(_rows(desired).items()):
        if identity not in rebuilt:
            continue
        statements = planned.get(identity, set())
        if not any(_CREATE_RULE.match(sql) or sql.startswith("CREATE OR REPLACE RULE ") for sql in statements):
            yield Change("rule", Action.CREATE, identity, row["def"], CREATE_PHASE)
        state = enabled_statement(row)
        if row["enabled"] != "O" and state not in statements:
            yield Change("rule", Action.ALTER, identity, state, CREATE_PHASE)
