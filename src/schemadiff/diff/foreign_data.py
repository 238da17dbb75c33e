"""The foreign data family: wrappers, servers, user mappings and foreign tables (migra sees
none of them; our catalog kinds are ``foreign_data_wrapper``, ``foreign_server``,
``user_mapping``, ``foreign_column``, and ``table``/``column`` for foreign tables).

Everything that ``ALTER`` can change is altered in place, so a server keeps its user
mappings (and the secrets set on them out of band): options with ``OPTIONS (drop …, set …,
add …)``, a wrapper's handler and validator, a server's version, a foreign table's columns
(add, drop, type, NOT NULL, default, options) and options. What cannot be altered re-creates
the object: a server whose wrapper or type changes or whose version is removed (with its
mappings and foreign tables), a foreign table whose server changes.

Secret options (password, secret, token, key, credential in the name) are never read, so no
statement here can carry one; ``plan`` warns when schema/ sets one on something the plan
creates (:func:`secret_option_warnings`). See docs/foreign-data.md.

Ordering: everything runs around migra's tables phase: drops (foreign tables and user
mappings, then servers, then wrappers) before creations (wrappers, servers, mappings, foreign
tables), all after the views that may use a foreign table are dropped and before they are
created again, before an extension providing a wrapper is dropped and after it is created.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.foreign_options import Options, alter_options_clause, options_clause, parse_options
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.quoting import quote_ident, quote_literal, quote_role
from schemadiff.snapshot import Snapshot

_TABLES = PHASE_RANK[TABLES_PHASE_NAME]
DROP_DEPENDENT_PHASE = _TABLES + 1  # foreign tables, user mappings
DROP_SERVER_PHASE = _TABLES + 2
DROP_WRAPPER_PHASE = _TABLES + 3
WRAPPER_PHASE = _TABLES + 4
SERVER_PHASE = _TABLES + 5
MAPPING_PHASE = _TABLES + 6
TABLE_PHASE = _TABLES + 7

WRAPPER, SERVER, MAPPING, TABLE = "foreign_data_wrapper", "foreign_server", "user_mapping", "foreign_table"


@dataclass(frozen=True)
class Side:
    """One side's foreign data objects, by identity (render rows of render_foreign_data.sql)."""

    wrappers: dict[str, dict[str, Any]]
    servers: dict[str, dict[str, Any]]
    mappings: dict[str, dict[str, Any]]
    tables: dict[str, dict[str, Any]]


def _qualified(parts: list[str]) -> str:
    return ".".join(quote_ident(p) for p in parts)


def _quoted(row: dict[str, Any]) -> str:
    """How statements name the object: ``"w"``, ``"s"``, ``for "r" server "s"``, ``"schema"."t"``."""
    if row["object"] == "mapping":
        role, server = row["parts"]
        return f"for {quote_role(role)} server {quote_ident(server)}"
    return _qualified(row["parts"])


def read_side(snapshot: Snapshot) -> Side:
    by_object: dict[str, dict[str, dict[str, Any]]] = {"wrapper": {}, "server": {}, "mapping": {}, "table": {}}
    for row in snapshot.rows.get("foreign_data", ()):
        by_object[row["object"]][row["name"]] = {**row, "quoted": _quoted(row)}
    return Side(by_object["wrapper"], by_object["server"], by_object["mapping"], by_object["table"])


def _options(row: dict[str, Any]) -> Options:
    return parse_options(row["options"])


def foreign_data_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = read_side(current), read_side(desired)
    servers_again = _recreated_servers(have, want)
    tables_again = {
        name
        for name, row in want.tables.items()
        if name in have.tables
        and (row["facts"]["server"] != have.tables[name]["facts"]["server"] or row["facts"]["server"] in servers_again)
    }
    mappings_again = {
        name for name, row in want.mappings.items() if name in have.mappings and row["facts"]["server"] in servers_again
    }
    yield from _drops(have, want, servers_again, tables_again, mappings_again)
    yield from _wrappers(have, want)
    yield from _servers(have, want, servers_again)
    yield from _mappings(have, want, mappings_again)
    yield from _tables(have, want, tables_again)


def _recreated_servers(have: Side, want: Side) -> set[str]:
    """Servers on both sides that ALTER SERVER cannot turn into the desired one."""
    again = set()
    for name, row in want.servers.items():
        before = have.servers.get(name)
        if before is None:
            continue
        old, new = before["facts"], row["facts"]
        if (
            old["wrapper"] != new["wrapper"]
            or old["type"] != new["type"]
            or (old["version"] is not None and new["version"] is None)
        ):
            again.add(name)
    return again


def _drops(
    have: Side, want: Side, servers_again: set[str], tables_again: set[str], mappings_again: set[str]
) -> Iterator[Change]:
    for name in sorted(have.tables):
        if name not in want.tables or name in tables_again:
            yield Change(
                TABLE, Action.DROP, name, f"drop foreign table {have.tables[name]['quoted']}", DROP_DEPENDENT_PHASE
            )
    for name in sorted(have.mappings):
        if name not in want.mappings or name in mappings_again:
            yield Change(
                MAPPING, Action.DROP, name, f"drop user mapping {have.mappings[name]['quoted']}", DROP_DEPENDENT_PHASE
            )
    for name in sorted(have.servers):
        if name not in want.servers or name in servers_again:
            yield Change(SERVER, Action.DROP, name, f"drop server {have.servers[name]['quoted']}", DROP_SERVER_PHASE)
    for name in sorted(have.wrappers):
        if name not in want.wrappers:
            yield Change(
                WRAPPER,
                Action.DROP,
                name,
                f"drop foreign data wrapper {have.wrappers[name]['quoted']}",
                DROP_WRAPPER_PHASE,
            )


def _wrappers(have: Side, want: Side) -> Iterator[Change]:
    for name in sorted(want.wrappers):
        row, before = want.wrappers[name], have.wrappers.get(name)
        quoted, facts = row["quoted"], row["facts"]
        if before is None:
            yield Change(WRAPPER, Action.CREATE, name, create_statement(row), WRAPPER_PHASE)
            continue
        for function in ("handler", "validator"):
            if before["facts"][function] != facts[function]:
                clause = f"{function} {_qualified(facts[function])}" if facts[function] else f"no {function}"
                yield Change(
                    WRAPPER, Action.ALTER, name, f"alter foreign data wrapper {quoted} {clause}", WRAPPER_PHASE
                )
        clause = alter_options_clause(_options(before), _options(row))
        if clause:
            yield Change(WRAPPER, Action.ALTER, name, f"alter foreign data wrapper {quoted} {clause}", WRAPPER_PHASE)


def _servers(have: Side, want: Side, again: set[str]) -> Iterator[Change]:
    for name in sorted(want.servers):
        row = want.servers[name]
        before = None if name in again else have.servers.get(name)
        quoted, facts = row["quoted"], row["facts"]
        if before is None:
            yield Change(SERVER, Action.CREATE, name, create_statement(row), SERVER_PHASE)
            continue
        if before["facts"]["version"] != facts["version"]:
            sql = f"alter server {quoted} version {quote_literal(facts['version'])}"
            yield Change(SERVER, Action.ALTER, name, sql, SERVER_PHASE)
        clause = alter_options_clause(_options(before), _options(row))
        if clause:
            yield Change(SERVER, Action.ALTER, name, f"alter server {quoted} {clause}", SERVER_PHASE)


def _mappings(have: Side, want: Side, again: set[str]) -> Iterator[Change]:
    for name in sorted(want.mappings):
        row = want.mappings[name]
        before = None if name in again else have.mappings.get(name)
        if before is None:
            yield Change(MAPPING, Action.CREATE, name, create_statement(row), MAPPING_PHASE)
            continue
        if before["facts"]["hidden"] or row["facts"]["hidden"]:
            continue  # options the inspecting role may not read (schemadiff/user_mappings.py): never guessed
        clause = alter_options_clause(_options(before), _options(row))
        if clause:
            yield Change(MAPPING, Action.ALTER, name, f"alter user mapping {row['quoted']} {clause}", MAPPING_PHASE)


def create_statement(row: dict[str, Any]) -> str:
    """The CREATE statement of a render row of render_foreign_data.sql (also the dump's)."""
    facts = row["facts"]
    parts: list[str] = []
    if row["object"] == "wrapper":
        parts = [f"create foreign data wrapper {_quoted(row)}"]
        parts += [f"handler {_qualified(facts['handler'])}"] if facts["handler"] else []
        parts += [f"validator {_qualified(facts['validator'])}"] if facts["validator"] else []
    elif row["object"] == "server":
        parts = [f"create server {_quoted(row)}"]
        parts += [f"type {quote_literal(facts['type'])}"] if facts["type"] is not None else []
        parts += [f"version {quote_literal(facts['version'])}"] if facts["version"] is not None else []
        parts += [f"foreign data wrapper {quote_ident(facts['wrapper'])}"]
    elif row["object"] == "mapping":
        parts = [f"create user mapping {_quoted(row)}"]
    else:
        columns = ",\n    ".join(_column_spec(c) for c in facts["columns"])
        body = f"(\n    {columns}\n)" if columns else "()"
        parts = [f"create foreign table {_quoted(row)} {body} server {quote_ident(facts['server'])}"]
    parts += [options_clause(_options(row))] if row["options"] else []
    return " ".join(parts)


def _column_spec(column: dict[str, Any]) -> str:
    """A column of CREATE FOREIGN TABLE / ADD COLUMN (the grammar's order: type, options,
    collation, constraints)."""
    parts = [quote_ident(column["name"]), column["type"]]
    options = parse_options(column["options"])
    parts += [options_clause(options)] if options else []
    parts += [f"collate {_qualified(column['collation'])}"] if column["collation"] else []
    parts += ["not null"] if column["not_null"] else []
    parts += [f"default {column['default']}"] if column["default"] is not None else []
    parts += [f"generated always as ({column['generated']}) stored"] if column["generated"] is not None else []
    return " ".join(parts)


def _tables(have: Side, want: Side, again: set[str]) -> Iterator[Change]:
    for name in sorted(want.tables):
        row = want.tables[name]
        before = None if name in again else have.tables.get(name)
        quoted = row["quoted"]
        if before is None:
            yield Change(TABLE, Action.CREATE, name, create_statement(row), TABLE_PHASE)
            continue
        for sql in _column_statements(quoted, before["facts"]["columns"], row["facts"]["columns"]):
            yield Change(TABLE, Action.ALTER, name, sql, TABLE_PHASE)
        clause = alter_options_clause(_options(before), _options(row))
        if clause:
            yield Change(TABLE, Action.ALTER, name, f"alter foreign table {quoted} {clause}", TABLE_PHASE)


def _column_statements(table: str, had: list[dict[str, Any]], wanted: list[dict[str, Any]]) -> Iterator[str]:
    old = {c["name"]: c for c in had}
    new_names = {c["name"] for c in wanted}
    prefix = f"alter foreign table {table}"
    for column in had:
        if column["name"] not in new_names:
            yield f"{prefix} drop column {quote_ident(column['name'])}"
    for column in wanted:
        before = old.get(column["name"])
        if before is None or before["generated"] != column["generated"]:
            if before is not None:
                yield f"{prefix} drop column {quote_ident(column['name'])}"
            yield f"{prefix} add column {_column_spec(column)}"
            continue
        yield from _column_alters(prefix, before, column)


def _column_alters(prefix: str, before: dict[str, Any], column: dict[str, Any]) -> Iterator[str]:
    alter = f"{prefix} alter column {quote_ident(column['name'])}"
    if (before["type"], before["collation"]) != (column["type"], column["collation"]):
        collate = f" collate {_qualified(column['collation'])}" if column["collation"] else ""
        yield f"{alter} type {column['type']}{collate}"
    if before["default"] != column["default"] and before["default"] is not None and column["default"] is None:
        yield f"{alter} drop default"
    elif before["default"] != column["default"]:
        yield f"{alter} set default {column['default']}"
    if before["not_null"] != column["not_null"]:
        yield f"{alter} {'set' if column['not_null'] else 'drop'} not null"
    clause = alter_options_clause(parse_options(before["options"]), parse_options(column["options"]))
    if clause:
        yield f"{alter} {clause}"


# catalog kinds of foreign data (a foreign table is a table whose definition starts "foreign")
def secret_option_warnings(current: Snapshot, desired: Snapshot) -> tuple[str, ...]:
    """What schema/ sets as a secret option on an object this plan creates (or re-creates, or
    that lacks it on the target): plans never carry a secret, so the deployer sets it."""
    have, want = read_side(current), read_side(desired)
    warnings = []
    for label, wanted, had, statement in (
        ("server", want.servers, have.servers, "alter server {quoted}"),
        ("user mapping", want.mappings, have.mappings, "alter user mapping {quoted}"),
        ("foreign data wrapper", want.wrappers, have.wrappers, "alter foreign data wrapper {quoted}"),
        ("foreign table", want.tables, have.tables, "alter foreign table {quoted}"),
    ):
        for name in sorted(wanted):
            row, before = wanted[name], had.get(name)
            missing = [s for s in row["secrets"] if before is None or s not in before["secrets"]]
            if missing:
                where = statement.format(quoted=row["quoted"])
                warnings.append(
                    f"{label} {name}: schema/ sets the secret option{'s' if len(missing) > 1 else ''} {', '.join(missing)}, "
                    f"which the target {'lacks' if before is not None else 'will lack'}: plans never carry secret values; "
                    f"after apply, set {'them' if len(missing) > 1 else 'it'} out of band "
                    f"({where} options (add {missing[0]} '…')) (docs/foreign-data.md)"
                )
    return tuple(warnings)
