"""Schemas and extensions planned without migra's inspector (diff/plain_extensions.py): a diff of
two real databases that imports no schemainspect, plans what every family plans and, applied,
leaves nothing to do, both ways; the rules that keep an extension on migra's path are checked on
catalogs. The corpus (tests/casehelp.py, check_light_families) checks the same for each of its
cases on the path (extensions/*, schemas/create_schema)."""

from __future__ import annotations

from pathlib import Path

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.plain_extensions import PlainExtensions
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_structure import plain_structure
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_pair, loaded_pair

PUBLIC = CatalogObject("schema", "public", "schema", "")
CITEXT = CatalogObject("extension", "citext", "schema public version 1.6", "")


def test_extensions_take_the_path_unless_one_moves() -> None:
    newer = CatalogObject("extension", "citext", "schema public version 1.8", "")
    assert plain_structure(Catalog(180000, (PUBLIC, CITEXT)), Catalog(180000, (PUBLIC, newer))) == PlainStructure(
        extensions=PlainExtensions(updated=(newer,))
    )
    quoted = CatalogObject("schema", "My Ext", "schema", "")
    moved = CatalogObject("extension", "citext", 'schema "My Ext" version 1.6', "")
    assert plain_structure(Catalog(180000, (PUBLIC,)), Catalog(180000, (PUBLIC, quoted, moved))) == PlainStructure(
        extensions=PlainExtensions(added_schemas=(quoted,), added=(moved,))
    )
    assert plain_structure(Catalog(180000, (PUBLIC, CITEXT)), Catalog(180000, (PUBLIC, quoted, moved))) is None
    unknown = CatalogObject("extension", "citext", "installed somewhere", "")
    assert plain_structure(Catalog(180000, (PUBLIC,)), Catalog(180000, (PUBLIC, unknown))) is None


CURRENT = "create table public.accounts (id integer primary key);\n"
DESIRED = (
    CURRENT
    + """
create schema "Extensions";
create extension citext with schema "Extensions" version '1.6';
create extension pg_trgm with schema public;
create table public.users (id integer primary key, email "Extensions".citext not null);
"""
)


def test_schemas_and_extensions_are_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A schema and two extensions (one in it, at a version of its own) created before the table
    that uses one of them, and dropped after it the other way: without schemainspect, as every
    family plans them; applied, nothing is left to do."""
    with loaded_pair(pg_server, empty_db, "_extensions", CURRENT, DESIRED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert 'create schema if not exists "Extensions";' in forward, forward
        assert """create extension if not exists "citext" with schema "Extensions" version '1.6';""" in forward
        assert 'create extension if not exists "pg_trgm" with schema "public" version' in forward, forward
        assert forward.index("create extension") < forward.index("create table"), forward
        assert backward.index("drop table") < backward.index('drop extension if exists "citext";'), backward
        assert backward.rstrip().endswith('drop schema if exists "Extensions";'), backward
        both_ways(tmp_path, empty_db, other, forward, backward)
