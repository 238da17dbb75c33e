"""The types family: domains, range types and composite types (enums stay with migra and
``diff/enums.py``; their render rows, read by the same query, are left out here).

migra ignores domains and range types entirely; it creates composite types after the
tables (so a table with a column of a new composite type fails) and replaces a changed one
by drop + create (failing, or losing data, when a table uses it). This family plans them
from ``queries/render_types.sql``; composite types are hidden from migra (``migra_adjust``).

- domain: CREATE DOMAIN (NOT VALID constraints added after, as PostgreSQL requires);
  ALTER DOMAIN for a changed default, NOT NULL and constraints (``VALIDATE CONSTRAINT``
  when only the validation differs); a changed base type or collation is drop + create;
- range type: CREATE TYPE … AS RANGE; a changed one is drop + create (there is no ALTER);
- composite type: ALTER TYPE … ADD/DROP/ALTER ATTRIBUTE when the attributes kept keep their
  order and new ones come last; otherwise drop + create.

New types are created right after the enums (before sequences, functions and tables), in
the order domains, ranges, composites; dropped ones go after the tables that used them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import quote_ident, table_facts, unquote_qualified
from schemadiff.snapshot import Snapshot

CREATE_PHASE = PHASE_RANK["enums.create"] + 2
DROP_PHASE = PHASE_RANK["enums.drop"] + 1
_ORDER = {"domain": 0, "range": 1, "composite": 2}

Row = dict[str, Any]


def _rows(snapshot: Snapshot) -> dict[str, Row]:
    """The domains, range types and composite types (not the enums) by identity."""
    return {row["identity"]: row for row in snapshot.rows.get("types", ()) if row["kind"] != "enum"}


def type_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = _rows(current), _rows(desired)
    for identity in sorted(have.keys() - want.keys()):
        yield _change(
            Action.DROP, have[identity], f"drop {_word(have[identity])} {have[identity]['quoted_name']}", DROP_PHASE
        )
    for identity in _creation_order(want):
        new, old = want[identity], have.get(identity)
        if old is not None and old["kind"] != new["kind"]:
            yield _change(Action.DROP, old, f"drop {_word(old)} {old['quoted_name']}", CREATE_PHASE)
            old = None
        if new["kind"] == "domain":
            yield from _domain(old, new)
        elif new["kind"] == "range":
            if old is None or _range_definition(old) != _range_definition(new):
                if old is not None:
                    yield _change(Action.DROP, old, f"drop type {old['quoted_name']}", CREATE_PHASE)
                yield _change(
                    Action.CREATE,
                    new,
                    f"create type {new['quoted_name']} as range ({_range_definition(new)})",
                    CREATE_PHASE,
                )
        else:
            typed = old is not None and old["attributes"] != new["attributes"]  # (an ALTER: its typed tables)
            yield from _composite(old, new, typed_tables_of(current.catalog, identity) if typed else frozenset())


def _creation_order(rows: dict[str, Row]) -> list[str]:
    ordered: list[str] = []
    pending = sorted(rows, key=lambda i: (_ORDER[rows[i]["kind"]], i))
    while pending:  # a domain over a domain of this schema comes after it
        ready = [i for i in pending if rows[i].get("base_identity") not in pending]
        ready = ready or pending[:1]
        ordered += ready
        pending = [i for i in pending if i not in ready]
    return ordered


def _word(row: Row) -> str:
    return "domain" if row["kind"] == "domain" else "type"


def _change(action: Action, row: Row, sql: str, phase: int = CREATE_PHASE) -> Change:
    return Change("type", action, row["identity"], sql, phase)


def _domain(old: Row | None, new: Row) -> Iterator[Change]:
    name = new["quoted_name"]
    if old is not None and (old["base_type"], old["collation"]) != (new["base_type"], new["collation"]):
        yield _change(Action.DROP, old, f"drop domain {name}")
        old = None
    if old is None:
        sql = f"create domain {name} as {new['base_type']}"
        sql += f" collate {new['collation']}" if new["collation"] else ""
        sql += f" default {new['default_expr']}" if new["default_expr"] is not None else ""
        sql += " not null" if new["not_null"] else ""
        valid = [c for c in new["constraints"] if c["validated"]]
        sql += "".join(f" constraint {quote_ident(c['name'])} {c['definition']}" for c in valid)
        yield _change(Action.CREATE, new, sql)
        for c in new["constraints"]:
            if not c["validated"]:
                yield _change(
                    Action.ALTER, new, f"alter domain {name} add constraint {quote_ident(c['name'])} {c['definition']}"
                )
        return
    if old["default_expr"] != new["default_expr"]:
        clause = "drop default" if new["default_expr"] is None else f"set default {new['default_expr']}"
        yield _change(Action.ALTER, new, f"alter domain {name} {clause}")
    if old["not_null"] != new["not_null"]:
        yield _change(Action.ALTER, new, f"alter domain {name} {'set' if new['not_null'] else 'drop'} not null")
    had = {c["name"]: c for c in old["constraints"]}
    wanted = {c["name"]: c for c in new["constraints"]}
    for cname in sorted(had):
        before, after = had[cname], wanted.get(cname)
        if (
            after is None
            or _unvalidated(before["definition"]) != _unvalidated(after["definition"])
            or before["validated"]
            and not after["validated"]
        ):
            yield _change(Action.ALTER, new, f"alter domain {name} drop constraint {quote_ident(cname)}")
    for cname in sorted(wanted):
        before, after = had.get(cname), wanted[cname]
        if (
            before is not None
            and _unvalidated(before["definition"]) == _unvalidated(after["definition"])
            and not (before["validated"] and not after["validated"])
        ):
            if after["validated"] and not before["validated"]:
                yield _change(Action.ALTER, new, f"alter domain {name} validate constraint {quote_ident(cname)}")
            continue
        yield _change(
            Action.ALTER, new, f"alter domain {name} add constraint {quote_ident(cname)} {after['definition']}"
        )


def _unvalidated(definition: str) -> str:
    return definition.removesuffix(" NOT VALID")


def _range_definition(row: Row) -> str:
    parts = [f"subtype = {row['subtype']}"]
    for key, option in (
        ("subtype_opclass", "subtype_opclass"),
        ("range_collation", "collation"),
        ("canonical", "canonical"),
        ("subtype_diff", "subtype_diff"),
    ):
        if row[key]:
            parts.append(f"{option} = {row[key]}")
    parts.append(f"multirange_type_name = {row['multirange']}")
    return ", ".join(parts)


def _attribute(attribute: Row) -> str:
    collate = f" collate {attribute['collation']}" if attribute["collation"] else ""
    return f"{quote_ident(attribute['name'])} {attribute['type']}{collate}"


def _composite(old: Row | None, new: Row, typed: frozenset[str] = frozenset()) -> Iterator[Change]:
    """A composite type created, dropped or altered; ``typed``: the typed tables of it (``CREATE
    TABLE … OF``), whose columns its ALTER changes with it (``CASCADE``)."""
    name = new["quoted_name"]
    if old is not None and old["attributes"] != new["attributes"]:
        actions = _attribute_actions(old["attributes"], new["attributes"])
        if actions is not None:
            cascade = " cascade" if typed else ""
            yield _change(Action.ALTER, new, f"alter type {name} {', '.join(a + cascade for a in actions)}")
            return
        yield _change(Action.DROP, old, f"drop type {name}")
        old = None
    if old is None:
        yield _change(
            Action.CREATE, new, f"create type {name} as ({', '.join(_attribute(a) for a in new['attributes'])})"
        )


def typed_tables_of(catalog: Catalog, type_identity: str) -> frozenset[str]:
    """The typed tables of the composite type ``type_identity`` (``CREATE TABLE … OF``)."""
    return frozenset(
        identity
        for identity, table in catalog.of_kind("table").items()
        if " of type " in table.definition
        and (facts := table_facts(catalog, identity)) is not None
        and facts.of_type is not None
        and unquote_qualified(facts.of_type) == type_identity
    )


def _attribute_actions(old: list[Row], new: list[Row]) -> list[str] | None:
    """ALTER TYPE actions turning ``old`` into ``new``, or None when the order cannot be kept."""
    new_names = [a["name"] for a in new]
    kept = [a for a in old if a["name"] in new_names]
    if [a["name"] for a in kept] != new_names[: len(kept)]:
        return None
    actions = [f"drop attribute {quote_ident(a['name'])}" for a in old if a["name"] not in new_names]
    for before, after in zip(kept, new):
        if (before["type"], before["collation"]) != (after["type"], after["collation"]):
            collate = f" collate {after['collation']}" if after["collation"] else ""
            actions.append(f"alter attribute {quote_ident(after['name'])} type {after['type']}{collate}")
    actions += [f"add attribute {_attribute(a)}" for a in new[len(kept) :]]
    return actions
