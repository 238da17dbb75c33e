"""The publications family (logical replication); migra ignores publications.

Scope (``queries/publication.sql``): a publication belongs to no schema, so it is managed when
every table and schema it publishes is in a managed schema, or, when it publishes none (FOR
ALL TABLES, or none yet), when no include list limits the managed schemas.

A publication's subscribers keep their state only while it exists, so it is altered, never
dropped and created again, except when it switches to or from FOR ALL TABLES (no ALTER for
that):

- options: ``ALTER PUBLICATION … SET (publish = …, publish_via_partition_root = …,
  publish_generated_columns = …)``, only those that differ;
- published tables and schemas: ``ALTER PUBLICATION … ADD | DROP TABLE … / TABLES IN SCHEMA
  …``. A table whose column list or row filter changes is dropped from the publication and
  added again in the same transaction: the drop comes early, before the plan drops a column
  the old list or filter names (PostgreSQL refuses that drop while the publication needs the
  column), the add late, after the plan adds a column the new one names; a single ``SET
  TABLE`` could be placed right for only one of them.

Drops run with the trigger drops (before tables and schemas are dropped), additions and new
publications with the triggers (after every table and column exists). ``carried`` adds back
the memberships of a table the plan re-creates, and takes a filtered member out and back in
around a column type change (:func:`carried_members`).

Whether a publication changed is read from our catalog (names qualified); the statements
are written from ``queries/render_publications.sql``. A publication's owner and comment are
not compared.

FOR ALL TABLES and FOR TABLES IN SCHEMA need a superuser: a schema/ holding them loads only
with ``shadow: {trusted: true}`` (the sandbox refuses them with that hint).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import quote_literal
from schemadiff.diff.rules import recreated_relations, retyped_tables
from schemadiff.snapshot import Snapshot

DROP_PHASE = PHASE_RANK["triggers.drop"] + 3
CREATE_PHASE = PHASE_RANK["triggers.create"] + 3
_DEFAULT_PUBLISH = "insert, update, delete, truncate"
_GENERATED = {"n": "none", "s": "stored", "false": "none", "true": "stored"}


def _rows(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in snapshot.rows.get("publications", ())}


def _members(row: dict[str, Any]) -> dict[str, dict[str, str]]:
    """key ('table s.t', 'tables in schema s') -> member (clause, drop_clause)."""
    return {m["key"]: m for m in row["members"]}


def _catalog_member(snapshot: Snapshot, pub: str, key: str) -> str | None:
    """The member's catalog definition (names qualified): what decides whether it changed."""
    found = snapshot.catalog.get("publication", f"{pub} {key}")
    return found.definition if found is not None else None


def option_values(row: dict[str, Any]) -> dict[str, str]:
    """option -> value as written in WITH / SET (...), for every option the server has."""
    values = {
        "publish": quote_literal(row["publish"]),
        "publish_via_partition_root": "true" if row["via_root"] else "false",
    }
    if row["generated"] is not None:
        values["publish_generated_columns"] = _GENERATED[row["generated"]]
    return values


_DEFAULTS = {
    "publish": quote_literal(_DEFAULT_PUBLISH),
    "publish_via_partition_root": "false",
    "publish_generated_columns": "none",
}


def create_statement(row: dict[str, Any]) -> str:
    """``create publication`` with its tables and schemas (or FOR ALL TABLES) and the options
    that are not the defaults."""
    sql = f"create publication {row['quoted_name']}"
    if row["all_tables"]:
        sql += " for all tables"
    elif row["members"]:
        sql += " for " + ", ".join(m["clause"] for m in row["members"])
    options = [f"{k} = {v}" for k, v in option_values(row).items() if _DEFAULTS[k] != v]
    return sql + (f" with ({', '.join(options)})" if options else "")


def publication_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = _rows(current), _rows(desired)
    for name in sorted(have):
        row = have[name]
        if name not in want or want[name]["all_tables"] != row["all_tables"]:
            yield Change("publication", Action.DROP, name, f"drop publication {row['quoted_name']}", DROP_PHASE)
    for name in sorted(want):
        row, before = want[name], have.get(name)
        if before is None or before["all_tables"] != row["all_tables"]:
            yield Change("publication", Action.CREATE, name, create_statement(row), CREATE_PHASE)
        else:
            yield from _altered(current, desired, before, row)


def _altered(current: Snapshot, desired: Snapshot, before: dict[str, Any], row: dict[str, Any]) -> Iterator[Change]:
    name, quoted = row["name"], row["quoted_name"]
    old, new = option_values(before), option_values(row)
    changed = [f"{k} = {v}" for k, v in new.items() if old.get(k) != v]
    if changed:
        yield Change(
            "publication", Action.ALTER, name, f"alter publication {quoted} set ({', '.join(changed)})", CREATE_PHASE
        )
    had, has = _members(before), _members(row)
    for key in sorted(had):
        if key not in has or _catalog_member(current, name, key) != _catalog_member(desired, name, key):
            sql = f"alter publication {quoted} drop {had[key]['drop_clause']}"
            yield Change("publication", Action.DROP, f"{name} {key}", sql, DROP_PHASE)
    for key in sorted(has):
        if key not in had or _catalog_member(current, name, key) != _catalog_member(desired, name, key):
            sql = f"alter publication {quoted} add {has[key]['clause']}"
            yield Change("publication", Action.CREATE, f"{name} {key}", sql, CREATE_PHASE)


def carried_members(changes: Sequence[Change], current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """Publication memberships the plan must take down and put back: those of a table it drops
    and creates again (the drop takes them), and those with a column list or row filter on a
    table whose column type it changes (PostgreSQL refuses the change while a row filter uses
    the column; dropped first, by table). Added again after, unless this family already does."""
    recreated, retyped = recreated_relations(changes), retyped_tables(changes, current)
    if not recreated and not retyped:
        return
    planned = {(c.identity, c.action) for c in changes if c.kind == "publication"}
    have = _rows(current)
    for name, row in sorted(_rows(desired).items()):
        if (name, Action.CREATE) in planned or name not in have:
            continue  # created with every member
        had = _members(have[name])
        for key, member in sorted(_members(row).items()):
            table, identity = key.removeprefix("table "), f"{name} {key}"
            if not key.startswith("table ") or (identity, Action.CREATE) in planned:
                continue
            reshaped = table in retyped and key in had and bool(_catalog_member(current, name, key))
            if reshaped and (identity, Action.DROP) not in planned:
                sql = f"alter publication {row['quoted_name']} drop {had[key]['drop_clause']}"
                yield Change("publication", Action.DROP, identity, sql, DROP_PHASE)
            if reshaped or table in recreated:
                yield Change(
                    "publication",
                    Action.CREATE,
                    identity,
                    f"alter publication {row['quoted_name']} add {member['clause']}",
                    CREATE_PHASE,
                )
