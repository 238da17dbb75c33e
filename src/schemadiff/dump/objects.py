"""Chunks of the objects that are not tables: schemas, extensions, types, functions,
sequences, views and materialized views. Each chunk holds the CREATE statement, then the
object's comments, then its privileges."""

from __future__ import annotations

from collections.abc import Iterable

from schemadiff.dump.fetch import Row
from schemadiff.dump.text import Chunk, Extras, comment_statement, reloptions_clause, sequence_options

PUBLIC_SCHEMA_COMMENT = "standard public schema"  # set by initdb; not worth repeating
_PARALLEL = {"s": "safe", "r": "restricted"}


def schema_chunk(row: Row, extras: Extras) -> Chunk:
    """``create schema if not exists`` (not for public, which every database has), the
    comment when it is not public's default one, and the grants on the schema."""
    node = f"nsp:{row['oid']}"
    statements = []
    if row["name"] == "public":
        rows = extras.comment_rows(node)
        current = rows[0]["description"] if rows else None
        if current != PUBLIC_SCHEMA_COMMENT:
            statements.append(comment_statement("schema public", rows[0]["literal"] if rows else None))
    else:
        statements.append(f"create schema if not exists {row['qname']};")
        statements.extend(extras.comments(node))
    statements.extend(extras.privileges(node, f"schema {row['qname']}", "schema"))
    return Chunk((node,), tuple(statements))


def extension_chunk(row: Row, extras: Extras) -> Chunk:
    """``create extension if not exists`` with its schema and installed version (the
    fingerprint includes the version); the comment only when it is not the one of the
    extension's control file, which CREATE EXTENSION sets."""
    node = f"ext:{row['oid']}"
    statements = [
        f"create extension if not exists {row['qname']} with schema {row['qschema']} version {row['version']};"
    ]
    rows = extras.comment_rows(node)
    current = rows[0]["description"] if rows else None
    if current != row["default_comment"]:
        statements.append(comment_statement(f"extension {row['qname']}", rows[0]["literal"] if rows else None))
    return Chunk((node,), tuple(statements))


def type_chunk(row: Row, extras: Extras) -> Chunk:
    """CREATE TYPE (enum, composite, range) or CREATE DOMAIN, then its comments and grants."""
    node = f"type:{row['oid']}"
    qname, typtype = row["qname"], row["typtype"]
    statements: list[str] = []
    if typtype == "e":
        labels = ", ".join(row["labels"])
        if len(labels) > 80:
            labels = "\n    " + ",\n    ".join(row["labels"]) + "\n"
        statements.append(f"create type {qname} as enum ({labels});")
    elif typtype == "d":
        head = f"create domain {qname} as {row['base']}"
        if row["collation"]:
            head += f" collate {row['collation']}"
        if row["default_expr"] is not None:
            head += f" default {row['default_expr']}"
        if row["notnull"]:
            head += " not null"
        valid = [c for c in row["constraints"] if c["validated"]]
        lines = [head] + [f"    constraint {c['name']} {c['def']}" for c in valid]
        statements.append("\n".join(lines) + ";")
        statements.extend(
            f"alter domain {qname} add constraint {c['name']} {c['def']};"
            for c in row["constraints"]
            if not c["validated"]
        )
    elif typtype == "c":
        attributes = [
            f"    {a['name']} {a['type']}" + (f" collate {a['collation']}" if a["collation"] else "")
            for a in row["attributes"]
        ]
        body = ("\n" + ",\n".join(attributes) + "\n") if attributes else ""
        statements.append(f"create type {qname} as ({body});")
    else:  # range
        options = [f"subtype = {row['subtype']}"]
        if row["opclass"]:
            options.append(f"subtype_opclass = {row['opclass']}")
        if row["range_collation"]:
            options.append(f"collation = {row['range_collation']}")
        if row["subdiff"]:
            options.append(f"subtype_diff = {row['subdiff']}")
        options.append(f"multirange_type_name = {row['multirange']}")
        statements.append(f"create type {qname} as range (\n    " + ",\n    ".join(options) + "\n);")
    statements.extend(extras.comments(node))
    target = f"{'domain' if typtype == 'd' else 'type'} {qname}"
    statements.extend(extras.privileges(node, target, "type"))
    return Chunk((node,), tuple(statements))


def function_chunk(row: Row, extras: Extras) -> Chunk:
    """A function or procedure as pg_get_functiondef renders it (CREATE OR REPLACE, body
    and attributes included), or CREATE AGGREGATE; then its comment and privileges."""
    node = f"fn:{row['oid']}"
    if row["prokind"] == "a":
        statement = _aggregate(row)
    else:
        statement = row["def"].rstrip() + ";"
    word = "procedure" if row["prokind"] == "p" else "function"
    target = f"{word} {row['qname']}({row['identity_args']})"
    statements = [statement, *extras.comments(node), *extras.privileges(node, target, "function")]
    return Chunk((node,), tuple(statements))


def _aggregate(row: Row) -> str:
    options = [f"sfunc = {row['agg_sfunc']}", f"stype = {row['agg_stype']}"]
    for key in ("finalfunc", "combinefunc", "serialfunc", "deserialfunc", "initcond", "sortop"):
        if row[f"agg_{key}"] is not None:
            options.append(f"{key} = {row[f'agg_{key}']}")
    if row["parallel"] in _PARALLEL:
        options.append(f"parallel = {_PARALLEL[row['parallel']]}")
    return f"create aggregate {row['qname']}({row['agg_args']}) (\n    " + ",\n    ".join(options) + "\n);"


def sequence_chunk(row: Row, extras: Extras) -> Chunk:
    """CREATE SEQUENCE with the options that differ from the defaults (OWNED BY is set in
    the owning table's file, after the table exists); then comments and grants."""
    node = f"rel:{row['oid']}"
    options = sequence_options(row, with_type=True)
    unlogged = "unlogged " if row["unlogged"] else ""
    statement = f"create {unlogged}sequence {row['qname']}" + "".join(f" {o}" for o in options) + ";"
    statements = [statement, *extras.comments(node), *extras.privileges(node, f"sequence {row['qname']}", "sequence")]
    return Chunk((node,), tuple(statements))


def view_chunk(row: Row, indexes: Iterable[Row], extras: Extras) -> Chunk:
    """CREATE VIEW or CREATE MATERIALIZED VIEW (with its indexes) from pg_get_viewdef."""
    node = f"rel:{row['oid']}"
    query = row["def"].rstrip().rstrip(";")
    options = reloptions_clause(row["reloptions"])
    provides = [node]
    if row["relkind"] == "v":
        statements = [f"create view {row['qname']}{options} as\n{query};"]
    else:
        using = f" using {row['am']}" if row["am"] and row["am"] != "heap" else ""
        data = "with data" if row["populated"] else "with no data"
        statements = [f"create materialized view {row['qname']}{using}{options} as\n{query}\n{data};"]
    statements.extend(extras.comments(node))
    for index in sorted(indexes, key=lambda i: i["qname"]):
        provides.append(f"rel:{index['oid']}")
        statements.append(index["def"] + ";")
        statements.extend(extras.comments(f"rel:{index['oid']}"))
        if index["clustered"]:
            statements.append(f"alter materialized view {row['qname']} cluster on {index['name']};")
    statements.extend(extras.privileges(node, row["qname"], "table"))
    return Chunk(tuple(provides), tuple(statements))
