"""Schemas and extensions, planned without migra's inspector: the part of
:mod:`schemadiff.diff.plain_structure` that creates and drops schemas, and creates, drops and
updates extensions, from our catalog alone (``queries/schema.sql``, ``queries/extension.sql``).

A new schema is written as migra writes it, ``create schema if not exists``, in its
schemas.create phase (first of all), a dropped one ``drop schema if exists`` in its schemas.drop
phase (last of all); a new extension ``create extension if not exists … with schema … version
'…'`` in its extensions.create phase, a dropped one ``drop extension if exists`` in its
extensions.drop phase (after the tables), one whose version alone changes ``alter extension …
update to '…'`` in its extensions.alter phase; each group in migra's key order (the names, not
quoted). What an extension's creation brings along (its comment, its objects) is left to the
families that plan it on either path (its comment: the comments family and its baselines).

Plain means: an extension stays in its schema (migra writes no ``alter extension … set
schema``), and every definition reads as ``queries/extension.sql`` writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.quoting import quote_ident, quote_literal, unquote_identifier

# (queries/extension.sql) "schema <the schema as quote_ident prints it> version <the version>"
_EXTENSION = re.compile(r'schema ("(?:[^"]|"")*"|[^" ]+) version (.+)', re.S)


@dataclass(frozen=True)
class PlainExtensions:
    """The schemas that come and go, and the extensions that come, go or change version."""

    added_schemas: tuple[CatalogObject, ...] = ()
    dropped_schemas: tuple[CatalogObject, ...] = ()
    added: tuple[CatalogObject, ...] = ()
    dropped: tuple[CatalogObject, ...] = ()
    updated: tuple[CatalogObject, ...] = ()  # (as desired has them)


def plain_extensions(
    have_schemas: Mapping[str, CatalogObject],
    want_schemas: Mapping[str, CatalogObject],
    have: Mapping[str, CatalogObject],
    want: Mapping[str, CatalogObject],
) -> PlainExtensions | None:
    """The schemas and extensions that differ, when all of them are plain; None otherwise."""
    if any(have_schemas[name] != want_schemas[name] for name in have_schemas.keys() & want_schemas.keys()):
        return None  # (a schema's definition is a constant: something this module does not know)
    if any(_parts(e) is None for e in (*have.values(), *want.values())):
        return None
    changed = [want[name] for name in sorted(have.keys() & want.keys()) if have[name] != want[name]]
    if any(_schema_of(have[e.identity]) != _schema_of(e) for e in changed):
        return None  # moved to another schema
    return PlainExtensions(
        added_schemas=tuple(want_schemas[name] for name in sorted(want_schemas.keys() - have_schemas.keys())),
        dropped_schemas=tuple(have_schemas[name] for name in sorted(have_schemas.keys() - want_schemas.keys())),
        added=tuple(want[name] for name in sorted(want.keys() - have.keys())),
        dropped=tuple(have[name] for name in sorted(have.keys() - want.keys())),
        updated=tuple(changed),
    )


def schema_and_extension_creations(found: PlainExtensions) -> Iterator[Change]:
    """migra's new schemas, new extensions and extension updates, in their phases."""
    for schema in found.added_schemas:
        sql = f"create schema if not exists {quote_ident(schema.identity)}"
        yield Change("schema", Action.CREATE, schema.identity, sql, PHASE_RANK["schemas.create"])
    for extension in found.added:
        in_schema, version = _parts(extension) or ("", "")
        sql = (
            f"create extension if not exists {quote_ident(extension.identity)} with schema {quote_ident(in_schema)}"
            f" version {quote_literal(version)}"
        )
        yield Change("extension", Action.CREATE, extension.identity, sql, PHASE_RANK["extensions.create"])
    for extension in found.updated:
        _, version = _parts(extension) or ("", "")
        sql = f"alter extension {quote_ident(extension.identity)} update to {quote_literal(version)}"
        yield Change("extension", Action.ALTER, extension.identity, sql, PHASE_RANK["extensions.alter"])


def extension_drops(found: PlainExtensions) -> Iterator[Change]:
    for extension in found.dropped:
        sql = f"drop extension if exists {quote_ident(extension.identity)}"
        yield Change("extension", Action.DROP, extension.identity, sql, PHASE_RANK["extensions.drop"])


def schema_drops(found: PlainExtensions) -> Iterator[Change]:
    for schema in found.dropped_schemas:
        sql = f"drop schema if exists {quote_ident(schema.identity)}"
        yield Change("schema", Action.DROP, schema.identity, sql, PHASE_RANK["schemas.drop"])


def _schema_of(extension: CatalogObject) -> str | None:
    parts = _parts(extension)
    return parts[0] if parts else None


def _parts(extension: CatalogObject) -> tuple[str, str] | None:
    """An extension's schema (its name) and version, from its catalog definition."""
    found = _EXTENSION.fullmatch(extension.definition)
    return (unquote_identifier(found.group(1)), found.group(2)) if found else None
