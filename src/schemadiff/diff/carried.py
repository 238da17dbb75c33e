"""Objects a plan must carry along: unchanged themselves, but gone with something it drops.

Run after every family (it reads their changes):

- **functions, views, policies and triggers that need a view or table dropped and created again,
  or a retyped column** (a SQL-standard body reading a view migra re-creates, a policy whose
  ``USING`` reads one, a trigger's ``WHEN``):
  dropped before it and created again after it (``diff/carried_dependents.py``);
- **indexes (and their comments) and storage parameters of a materialized view that is
  dropped and created again**:
  the drop takes them; their definitions are the same on both sides, so no family plans them;
  they are created again from the desired catalog right after the view;
- **foreign keys that reference a key the plan drops** (a UNIQUE switched to a PRIMARY KEY, a
  key re-created on other columns, its index replaced) **or a table it drops and creates again**
  (converted to or from a partitioned table): PostgreSQL refuses to drop the key (the table)
  while they depend on it. Each is dropped before the key and added again after the new
  one, ``NOT VALID`` then validated (one that references a partitioned table: valid at once),
  with its ON DELETE / ON UPDATE and deferrability as the desired catalog has them. Which key a foreign key depends on is read from ``pg_depend``
  (``queries/render_depends.sql``), not guessed from column names;
- **rules and publication memberships of a table or view dropped and created again**, and
  **rules on a table whose column the plan drops or retypes**, **publication memberships with a
  column list or row filter on a table whose column the plan retypes** (dropped first): created (added)
  again after it, with a rule's enabled state (``diff/rules.py``, ``diff/publications.py``);
- **the row level security switches (``diff/rls.py``) of a table dropped and created again**
  (converted to or from a partitioned table): unchanged, so their family plans nothing, but the
  new table starts without them; **the sequences its serial columns own**: the drop would take
  them, so they are owned by none before it and by their column again after
  (``plain_sequences.carried_ownerships``);
- **grants and comments of tables, views, materialized views, functions, types and policies
  dropped and created again**: the same (``diff/recreated.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from schemadiff.changes import Action, Change
from schemadiff.diff.carried_dependents import carried_dependents
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_sequences import carried_ownerships
from schemadiff.diff.publications import carried_members
from schemadiff.diff.readers import constraint_definition, table_facts
from schemadiff.diff.recreated import dropped_and_created, recreated_grants_and_comments
from schemadiff.diff.rls import carried_switches
from schemadiff.diff.rules import carried_rules
from schemadiff.diff.tables import matview_option_statements
from schemadiff.graph_edges import Edges, lazy_edges
from schemadiff.quoting import quote_ident, quote_literal
from schemadiff.snapshot import Snapshot

_INDEX_FLAGS = re.compile(r"(?: \[(?:invalid|clustered|replica identity)\])+$")  # queries/index.sql


def carried_changes(changes: Sequence[Change], current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    needs = lazy_edges(lambda: current.rows.get("depends", ()))  # (the current side's graph, built once)
    dependents = carried_dependents(changes, current, desired, needs)  # diff/carried_dependents.py
    yield from dependents
    changes = [*changes, *dependents]
    yield from _matview_indexes(changes, desired)
    yield from _foreign_keys(changes, current, desired, needs)
    yield from carried_rules(changes, current, desired, needs)  # diff/rules.py
    yield from carried_members(changes, current, desired)  # diff/publications.py
    yield from carried_switches(dropped_and_created(changes, "table"), desired)  # diff/rls.py
    yield from carried_ownerships(dropped_and_created(changes, "table"), current, desired)  # diff/plain_sequences.py
    carried_functions = {c.identity for c in dependents if c.kind == "function"}
    yield from recreated_grants_and_comments(changes, current, desired, carried_functions)  # diff/recreated.py


def _matview_indexes(changes: Sequence[Change], desired: Snapshot) -> Iterator[Change]:
    def views(action: Action) -> set[str]:
        return {
            c.identity
            for c in changes
            if c.action is action
            and c.sql.lower()
            .lstrip()
            .startswith("drop materialized view" if action is Action.DROP else "create materialized view")
        }

    recreated = views(Action.DROP) & views(Action.CREATE)
    if not recreated:
        return
    for view in sorted(recreated):
        for sql in matview_option_statements(desired, view):
            yield Change("materialized_view", Action.ALTER, view, sql, PHASE_RANK["mv_indexes.create"] + 1)
    planned = {c.identity for c in changes if c.kind == "index" and c.action is Action.CREATE}
    commented = {c.identity for c in changes if c.kind == "comment"}
    for index in sorted(desired.catalog.of_kind("index").values()):
        if index.parent not in recreated or index.identity in planned:
            continue
        yield Change(
            "index",
            Action.CREATE,
            index.identity,
            _INDEX_FLAGS.sub("", index.definition),
            PHASE_RANK["mv_indexes.create"] + 1,
        )
        comment = desired.catalog.get("comment", f"index {index.identity}")
        if comment is not None and f"index {index.identity}" not in commented:
            schema, name = index.identity.split(".", 1)
            yield Change(
                "comment",
                Action.CREATE,
                f"index {index.identity}",
                f"comment on index {quote_ident(schema)}.{quote_ident(name)} is {quote_literal(comment.definition)}",
                PHASE_RANK["mv_indexes.create"] + 2,
            )


def key_index_name(constraint: str) -> str:
    """The index of the key ``constraint`` (``<schema>.<table>.<name>``): it has the constraint's
    name, in the table's schema."""
    schema, _table, name = constraint.split(".")
    return f"{schema}.{name}"


def _foreign_keys(changes: Sequence[Change], current: Snapshot, desired: Snapshot, edges: Edges) -> Iterator[Change]:
    dropped_indexes = {c.identity for c in changes if c.kind == "index" and c.action is Action.DROP}
    dropped_indexes |= {
        key_index_name(c.identity)
        for c in changes
        if c.kind == "constraint" and c.action is Action.DROP and c.identity.count(".") == 2
    }
    recreated = dropped_and_created(changes, "table")  # (a table converted to or from partitioned)
    gone = dropped_indexes | recreated
    if not gone:
        return
    touched = {c.identity for c in changes if c.kind == "constraint"}
    needs = edges()
    for key in sorted(current.catalog.of_kind("constraint").values()):
        if not key.definition.startswith("contype=f ") or key.identity in touched or key.parent in recreated:
            continue  # (one of a table created again: made again with it, or by the server as a partition's copy)
        if not needs.get(key.identity, set()) & gone:
            continue
        wanted = desired.catalog.get("constraint", key.identity)
        if wanted is None or key.identity.count(".") != 2:
            continue  # the plan drops it anyway, or a name with a dot cannot be split back
        schema, table, name = key.identity.split(".")
        qualified, quoted_name = f"{quote_ident(schema)}.{quote_ident(table)}", quote_ident(name)
        definition, validated = constraint_definition(wanted.definition)
        yield Change(
            "constraint",
            Action.DROP,
            key.identity,
            f"alter table {qualified} drop constraint {quoted_name}",
            PHASE_RANK["constraints.drop"] - 1,
        )
        # referencing a partitioned table: added valid at once (PostgreSQL 15 leaves the copies it
        # makes for the partitions NOT VALID when the key is validated afterwards)
        at_once = validated and any(_partitioned(desired, ref) for ref in needs.get(key.identity, ()))
        yield Change(
            "constraint",
            Action.CREATE,
            key.identity,
            f"alter table {qualified} add constraint {quoted_name} {definition}" + ("" if at_once else " not valid"),
            PHASE_RANK["constraints.create"] + 1,
        )
        if validated and not at_once:
            yield Change(
                "constraint",
                Action.ALTER,
                key.identity,
                f"alter table {qualified} validate constraint {quoted_name}",
                PHASE_RANK["constraints.create"] + 1,
            )


def _partitioned(snapshot: Snapshot, table: str) -> bool:
    facts = table_facts(snapshot.catalog, table)
    return facts is not None and facts.kind == "partitioned"
