"""Rate a plan's changes: the hazards of each statement in the context of the whole plan
and of the catalog it runs on.

One function for both ends of the gate: ``plan`` rates the changes its diff families made,
and ``apply`` rates the statements it is about to run (kinds read back from the statements
themselves, the catalog read from the target), so what apply asks approval for never comes
from the plan file's own annotations (``rederive_hazards``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change, Hazard
from schemadiff.classify import classify
from schemadiff.hazards import (
    column_collation,
    column_type,
    dropped_policy_hazards,
    hazards_for,
    widening_hazards,
)
from schemadiff.quoting import IDENTIFIER_PATTERN, QUALIFIED_NAME, longest_known_prefix, unquote_qualified
from schemadiff.retype_merge import alter_table_subcommands, retype_parts, type_change_at
from schemadiff.sqltext import Token, identifier

# Hazards that only matter for a table that already exists (holds rows, is read, has users).
_ONLY_FOR_EXISTING = {
    Hazard.INDEX_BUILD,
    Hazard.ACCESS_EXCLUSIVE_LOCK,
    Hazard.TABLE_REWRITE,
    Hazard.SHARE_LOCK,
    Hazard.SHARE_ROW_EXCLUSIVE_LOCK,
    Hazard.LONG_VALIDATION,
    Hazard.INDEX_DROPPED,
    Hazard.ACCESS_NARROWED,
    Hazard.DATA_MOVED,
}
_WIDENED = {Hazard.ACCESS_WIDENED, Hazard.SECURITY}
_ON_ONLY = re.compile(
    rf"^(?:CREATE (?:UNIQUE )?INDEX (?:{IDENTIFIER_PATTERN}) ON ONLY (?P<table>{QUALIFIED_NAME}) |alter table only"
    rf" (?P<keyed>{QUALIFIED_NAME}) add constraint (?:{IDENTIFIER_PATTERN}) (?:UNIQUE|PRIMARY KEY) (?!.* using index ))",
    re.I | re.S,
)
_BROAD_ROLES = frozenset({"public", "anon"})


def rate_changes(changes: Sequence[Change], current: Catalog) -> list[Change]:
    """``changes`` with their hazards, in the same order; ``current`` is the catalog the
    plan starts from (a column's old type decides whether a type change loses data, a
    dropped policy's kind whether access widens or narrows)."""
    new_tables = {c.identity for c in changes if c.kind == "table" and c.action is Action.CREATE}
    recreated_views = _recreated(changes, "view")
    recreated_indexes = _recreated(changes, "index")
    rated = [_rated(change, new_tables, recreated_views, recreated_indexes, current) for change in changes]
    return _attaches_building(_beside_default_partitions(rated, current), current)


def _attaches_building(changes: list[Change], current: Catalog) -> list[Change]:
    """An ATTACH builds, under its ACCESS EXCLUSIVE lock, each index of the parent (before the plan)
    that the table has not got (before the plan, or built by the plan before it): INDEX_BUILD, for
    a table that exists before the plan."""
    if not any(c.kind == "table" and " attach partition " in c.sql.lower() for c in changes):
        return changes
    from schemadiff.online_attach import index_shape, joined  # (they read diff.readers)

    new = {c.identity for c in changes if c.kind == "table" and c.action is Action.CREATE}  # (empty: built at once)
    shapes: dict[str, dict[str, str]] = {}  # table -> its indexes' shapes, as the plan goes
    for index in current.of_kind("index").values():
        shapes.setdefault(index.parent, {})[index.identity] = index_shape(index.definition)
    result = []
    for change in changes:
        if change.kind == "index" and change.action is Action.CREATE and (on := _INDEX_ON.search(change.sql)):
            shapes.setdefault(unquote_qualified(on["table"]), {})[change.identity] = index_shape(change.sql)
        elif change.kind == "index" and change.action is Action.DROP:
            for table in shapes.values():
                table.pop(change.identity, None)
        elif change.action is Action.ALTER and (found := joined(change)) is not None and found[0] not in new:
            if set(shapes.get(found[1], {}).values()) - set(shapes.get(found[0], {}).values()):
                change = replace(change, hazards=tuple(dict.fromkeys((*change.hazards, Hazard.INDEX_BUILD))))
        result.append(change)
    return result


_INDEX_ON = re.compile(rf" ON (?:ONLY )?(?P<table>{QUALIFIED_NAME}) USING ", re.I)


def _beside_default_partitions(changes: list[Change], current: Catalog) -> list[Change]:
    """A new partition of a table with a DEFAULT partition: that one is scanned for rows of the new
    bound under ACCESS EXCLUSIVE (flagged on the CREATE, whose own table is new)."""
    if not any(c.kind == "table" and c.action is Action.CREATE and " partition of " in c.sql.lower() for c in changes):
        return changes
    from schemadiff.online_attach import joined  # (they read diff.readers)
    from schemadiff.online_default_partition import default_partitions

    defaults = default_partitions(current)
    scanning = (Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.LONG_VALIDATION)
    return [
        replace(c, hazards=tuple(dict.fromkeys((*c.hazards, *scanning))))
        if c.action is Action.CREATE and (found := joined(c)) is not None and found[1] in defaults
        else c
        for c in changes
    ]


def _rated(
    change: Change, new_tables: set[str], recreated_views: set[str], recreated_indexes: set[str], current: Catalog
) -> Change:
    """``change`` with its hazards; a statement merged from type changes of one table
    (:mod:`schemadiff.retype_merge`) with the union of theirs, each rated as its own statement,
    in the order of the hazard registry."""
    parts = retype_parts(change.sql) if change.kind == "column" and change.action is Action.ALTER else None
    if parts is None:
        return _with_hazards(change, new_tables, recreated_views, recreated_indexes, current)
    hazards: set[Hazard] = set()
    for sql in parts:
        part = Change("column", Action.ALTER, classify(sql).identity, sql, change.phase)
        hazards.update(_with_hazards(part, new_tables, recreated_views, recreated_indexes, current).hazards)
    return replace(change, hazards=tuple(h for h in Hazard if h in hazards))  # (in the registry's order)


def _table_of(identity: str, new_tables: set[str], current: Catalog) -> str | None:
    """The table of a column, constraint, trigger, policy or rule identity (``schema.table.name``):
    the longest prefix that is a table, new or existing (names may hold dots)."""
    return longest_known_prefix(identity, lambda t: t in new_tables or current.get("table", t) is not None)


def _recreated(changes: Sequence[Change], kind: str) -> set[str]:
    """Objects of ``kind`` the plan drops and creates again."""
    created = {c.identity for c in changes if c.kind == kind and c.action is Action.CREATE}
    return created & {c.identity for c in changes if c.kind == kind and c.action is Action.DROP}


def rederive_hazards(statements: Sequence[str], current: Catalog) -> list[tuple[Hazard, ...]]:
    """The hazards of a plan's statements, from nothing but the statements and the catalog
    of the database they are about to run on. A statement whose kind cannot be read from its
    text may do anything: it is rated DATA_LOSS, so it runs only when approved."""
    changes = []
    for sql in statements:
        found = classify(sql)
        changes.append(Change(found.kind, found.action, found.identity, sql, 0))
    rated = rate_changes(changes, current)
    result = []
    for change in rated:
        hazards = change.hazards
        unknown = change.kind == "object"
        hidden_loss = Hazard.DATA_LOSS not in hazards_for(change) and alter_table_drops_data(change.sql)
        if (unknown or hidden_loss) and Hazard.DATA_LOSS not in hazards:
            hazards = (Hazard.DATA_LOSS, *hazards)
        result.append(hazards)
    return result


def static_hazards(statements: Sequence[str]) -> list[tuple[Hazard, ...]]:
    """``rederive_hazards`` without a database: a column type change counts as DATA_LOSS
    (whether the new type holds every old value needs the column's current type)."""
    return rederive_hazards(statements, Catalog(0, ()))


_NOT_A_COLUMN = frozenset({"constraint", "default", "not", "expression", "identity"})


def alter_table_drops_data(sql: str) -> bool:
    """Whether an ``ALTER TABLE`` drops a column or changes a column's type in any of its
    subcommands (read token by token, so a name or string that looks like another
    subcommand cannot hide one; the optional COLUMN keyword is optional here too)."""
    found = alter_table_subcommands(sql)
    return found is not None and any(_subcommand_drops_data(subcommand) for subcommand in found[1])


def _subcommand_drops_data(subcommand: list[Token]) -> bool:
    lowered = [t.word if t.kind == "word" else None for t in subcommand]
    if not lowered:
        return False
    if lowered[0] == "drop":
        return len(lowered) > 1 and (
            lowered[1] == "column" or (lowered[1] not in _NOT_A_COLUMN and identifier(subcommand[1]) is not None)
        )
    return type_change_at(subcommand) is not None


def _of_partitioned_table(index: str, current: Catalog) -> bool:
    """Whether ``index`` is a partitioned table's (``current``'s catalog)."""
    found = current.get("index", index)
    table = current.get("table", found.parent) if found is not None else None
    return table is not None and table.definition.startswith("partitioned")


def _builds_nothing(change: Change, current: Catalog) -> bool:
    """A ``CREATE INDEX … ON ONLY`` of a partitioned table, or a key added to one ``ONLY``: it
    builds nothing (an invalid index until its partitions' are attached)."""
    match = _ON_ONLY.match(change.sql) if change.action is Action.CREATE else None
    table = current.get("table", unquote_qualified(match["table"] or match["keyed"])) if match else None
    return table is not None and table.definition.startswith("partitioned")


def _with_hazards(
    change: Change, new_tables: set[str], recreated_views: set[str], recreated_indexes: set[str], current: Catalog
) -> Change:
    hazards = hazards_for(change)
    if change.kind == "policy" and change.action is Action.DROP:
        policy = current.get("policy", change.identity)
        found = dropped_policy_hazards(policy.definition if policy else None)
        hazards = tuple(h for h in hazards if h not in (Hazard.ACCESS_WIDENED, Hazard.ACCESS_NARROWED)) + found
    if (
        change.kind == "index"
        and change.action is Action.DROP
        and change.identity in recreated_indexes
        and not _of_partitioned_table(change.identity, current)  # (its partitions' go with it, built again later)
    ):
        hazards = tuple(h for h in hazards if h is not Hazard.INDEX_DROPPED)  # built again by this plan
    if _builds_nothing(change, current):
        hazards = tuple(h for h in hazards if h not in (Hazard.SHARE_LOCK, Hazard.INDEX_BUILD))
    if Hazard.DATA_LOSS in hazards and change.kind == "column" and change.action is Action.ALTER:
        column = current.get("column", change.identity)
        widened = (
            widening_hazards(column_type(column.definition), change.sql, column_collation(column.definition))
            if column
            else None
        )
        if widened is not None:  # every value fits the new type
            kept = tuple(h for h in hazards if h not in (Hazard.DATA_LOSS, Hazard.TABLE_REWRITE))
            hazards = tuple(dict.fromkeys(widened + kept))
    if change.kind == "view" and change.action is Action.DROP and change.identity in recreated_views:
        # dropped only to be created again by this plan (a view holds no rows; a
        # materialized view is filled again by its CREATE)
        hazards = tuple(h for h in hazards if h is not Hazard.DATA_LOSS)
    if _on_new_table(change, new_tables, current):
        hazards = tuple(h for h in hazards if h not in _ONLY_FOR_EXISTING)
    if _grants_on_new_table_to_named_roles(change, new_tables, current):
        # a new table's own policies and grants to named roles are reviewed with the table;
        # anything reaching PUBLIC or anon stays flagged
        hazards = tuple(h for h in hazards if h not in _WIDENED)
    return replace(change, hazards=hazards)


def _grants_on_new_table_to_named_roles(change: Change, new_tables: set[str], current: Catalog) -> bool:
    """A policy, or a grant to a named role other than anon, on a table this plan creates."""
    if change.kind == "policy":
        table = _table_of(change.identity, new_tables, current)
        # migra renders "… for <command>\nto <roles>\nusing …": the roles are on their own line
        found = re.search(r"(?:^|\s)to\s+(.+?)(?:\s+using\b|\s+with\s+check\b|$)", change.sql.lower(), re.S | re.M)
        roles = found.group(1).split("\n")[0] if found else ""
        broad = any(role.strip().strip('"') in _BROAD_ROLES for role in roles.split(","))
    elif change.kind == "privilege" and change.action is Action.CREATE and " on table " in change.identity:
        # identity: "<privilege> on table <schema.table> to <grantee>"
        target, grantee = change.identity.split(" on table ", 1)[1].rsplit(" to ", 1)
        table = target
        broad = grantee.strip('"').lower() in _BROAD_ROLES
    else:
        return False
    return table in new_tables and not broad


def _on_new_table(change: Change, new_tables: set[str], current: Catalog) -> bool:
    if change.kind in ("table", "distribution"):
        return change.identity in new_tables
    if change.kind == "owner":  # identity "table <schema.table>" (diff/owners.py, classify)
        return change.identity.startswith("table ") and change.identity[6:] in new_tables
    if change.kind in {"column", "constraint", "rls", "trigger", "policy", "rule"}:
        table = change.identity if change.kind == "rls" else _table_of(change.identity, new_tables, current)
        return table in new_tables
    if change.kind == "privilege" and " on table " in change.identity:
        # identity: "<privilege> on table <schema.table> to|from <grantee>"
        target = change.identity.split(" on table ", 1)[1]
        return any(target.rsplit(f" {word} ", 1)[0] in new_tables for word in ("to", "from") if f" {word} " in target)
    if change.kind == "index":
        on = change.sql.lower().split(" on ", 1)
        if len(on) == 2:
            table = on[1].replace("only ", "", 1).split()[0].replace('"', "")
            return table in new_tables
    return False
