"""schemainspect, corrected where it writes names or literals into SQL without escaping them.

schemainspect (under migra) renders most names with ``quoted_identifier``, but a few of its
statements and one of its queries paste names or literals between quotes as they are:

- enum labels in ``CREATE TYPE … AS ENUM ('…')`` (and in its ``ADD VALUE`` statements): a
  label ``it's`` broke the statement, and a crafted label injected SQL into the plan;
- the column in the recast of a replaced enum (``ALTER COLUMN <name> TYPE …``);
- policy roles in ``CREATE POLICY … TO …``: a role named ``a"b`` or ``user`` (which, bare,
  means CURRENT_USER) broke or changed the statement;
- ``DROP TRIGGER IF EXISTS "…" ON "…"."…"``: names containing ``"``;
- the collation's provider and locale, and the extension version, in their literals;
- a replaced enum of a 63-byte name is renamed to ``<name>__old_version_to_be_dropped``,
  which the server cuts back to the name itself (the rename fails): the name is shortened;
- a column's collation: read without its schema and quoted as one name (``collate
  "bytewise"``, found only through ``search_path``; a collation of another schema was not
  found), and left out of ``CREATE TABLE`` (a new table's column lost its collation): read
  qualified by the server's ``quote_ident`` and written in the column's definition;
- the partition/inheritance parent of a table (``parent_table``), built by its query as
  ``'"' || schema || '"."' || name || '"'``: a parent named ``a"b`` crashed the inspection
  (no relation has that key) and would be pasted into ``ATTACH PARTITION`` / ``INHERITS``;
  and a table inheriting from two parents made its subquery return two rows (the inspection
  failed): the first parent only is read (our catalog has them all).

And one filter of its queries is corrected: each leaves out the objects of extensions as the
objects with *any* dependency on an extension, where membership is ``deptype = 'e'``. A table
that merely depends on one (Citus records a normal dependency of every distributed table on
``citus``; ``ALTER … DEPENDS ON EXTENSION``) was invisible to migra: its changes were never
planned. :func:`_members_only` adds the deptype to every such filter.

:func:`inspector` builds schemainspect's inspector with that query corrected and its objects
of those kinds given subclasses whose statements quote through ``diff.readers`` (the one
quoting layer). Nothing else about the objects changes (same attributes, same equality), so
migra compares and orders exactly as before. The site-packages are never touched.
"""

from __future__ import annotations

import warnings
from typing import Any

from schemadiff.diff.enum_replacement import TEMPORARY_SUFFIX, temporary_name
from schemadiff.quoting import quote_ident, quote_literal, quote_role

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from schemainspect.inspected import ColumnInfo
    from schemainspect.misc import connection_from_s_or_c
    from schemainspect.pg.obj import (
        COMMANDTYPES,
        InspectedCollation,
        InspectedEnum,
        InspectedExtension,
        InspectedRowPolicy,
        InspectedTrigger,
        PostgreSQL,
    )

_COLLATION_NAME = """(SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t
     WHERE"""
_COLLATION_QUALIFIED = """(SELECT quote_ident(cn.nspname) || '.' || quote_ident(c.collname)
     FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.collnamespace, pg_catalog.pg_type t
     WHERE"""
_PARENT_UNQUOTED = """'"' || nmsp_parent.nspname || '"."' || parent.relname || '"'"""
_PARENT_QUOTED = (
    """'"' || replace(nmsp_parent.nspname, '"', '""') || '"."' || replace(parent.relname, '"', '""') || '"'"""
)

# one parent per table: a table inheriting from two made the subquery return two rows, and the
# inspection fail (``diff/inherited_columns.py`` declares a child's columns from our catalog)
_PARENT_FILTER = "where child.oid = c.oid)"
_FIRST_PARENT = "where child.oid = c.oid order by pg_inherits.inhseqno limit 1)"


class QuotingEnum(InspectedEnum):
    @property
    def quoted_elements(self) -> str:
        return ", ".join(quote_literal(label) for label in self.elements)

    @property
    def create_statement(self) -> str:
        return f"create type {self.quoted_full_name} as enum ({self.quoted_elements});"

    def alter_rename_statement(self, new_name: str) -> str:
        return f"alter type {self.quoted_full_name} rename to {quote_ident(temporary_name(new_name.removesuffix(TEMPORARY_SUFFIX)))};"

    def drop_statement_with_rename(self, new_name: str) -> str:
        return f"drop type {quote_ident(self.schema)}.{quote_ident(temporary_name(new_name.removesuffix(TEMPORARY_SUFFIX)))};"

    def change_statements(self, new: Any) -> list[str]:
        if not self.can_be_changed_to(new):
            raise ValueError
        statements, previous = [], None
        for label in new.elements:
            if label not in self.elements:
                where = f"after {quote_literal(previous)}" if previous else f"before {quote_literal(self.elements[0])}"
                statements.append(f"alter type {self.quoted_full_name} add value {quote_literal(label)} {where};")
            previous = label
        return statements


class QuotingColumn(ColumnInfo):
    """A table column; its ``collation`` is read qualified and quoted (``public.bytewise``)."""

    @property
    def collation_subclause(self) -> str:
        return f" collate {self.collation}" if self.collation else ""

    @property
    def creation_clause(self) -> str:
        clause = f"{self.quoted_name} {self.dbtypestr}{self.collation_subclause}"
        if self.is_identity:
            clause += f" generated {'always' if self.is_identity_always else 'by default'} as identity"
        if self.not_null:
            clause += " not null"
        if self.is_generated:
            clause += f" generated always as ({self.default}) stored"
        elif self.default:
            clause += f" default {self.default}"
        return clause

    @property
    def add_column_clause(self) -> str:
        return f"add column {self.creation_clause}"

    def change_enum_statement(self, table_name: str) -> str:
        if not self.is_enum:
            raise ValueError
        enum = self.enum.quoted_full_name
        return f"alter table {table_name} alter column {self.quoted_name} type {enum} using {self.quoted_name}::text::{enum};"


class QuotingRowPolicy(InspectedRowPolicy):
    @property
    def create_statement(self) -> str:
        using = f"\nusing ({self.qual})" if self.qual else ""
        check = f"\nwith check ({self.withcheck})" if self.withcheck else ""
        roles = ", ".join(quote_role(r) for r in self.roles)
        return (
            f"create policy {self.quoted_name}\non {self.quoted_full_table_name}\nas {self.permissiveness}\n"
            f"for {COMMANDTYPES[self.commandtype]}\nto {roles}{using}{check};\n"
        )


class QuotingTrigger(InspectedTrigger):
    @property
    def drop_statement(self) -> str:
        return f"drop trigger if exists {quote_ident(self.name)} on {quote_ident(self.schema)}.{quote_ident(self.table_name)};"


class QuotingCollation(InspectedCollation):
    @property
    def create_statement(self) -> str:
        return (
            f"create collation if not exists {self.quoted_full_name} "
            f"(provider = {quote_literal(self.provider)}, locale = {quote_literal(self.locale)});"
        )


class QuotingExtension(InspectedExtension):
    @property
    def create_statement(self) -> str:
        version = f" version {quote_literal(self.version)}" if self.version else ""
        return f"create extension if not exists {self.quoted_name} with schema {self.quoted_schema}{version};"

    @property
    def update_statement(self) -> str | None:
        return f"alter extension {self.quoted_name} update to {quote_literal(self.version)};" if self.version else None


# inspector dict -> (schemainspect's class, ours)
_SUBCLASSES: dict[str, tuple[type, type]] = {
    "enums": (InspectedEnum, QuotingEnum),
    "rlspolicies": (InspectedRowPolicy, QuotingRowPolicy),
    "triggers": (InspectedTrigger, QuotingTrigger),
    "collations": (InspectedCollation, QuotingCollation),
    "extensions": (InspectedExtension, QuotingExtension),
}


class QuotingPostgreSQL(PostgreSQL):
    """schemainspect's inspector, with the parent-table query quoting and the subclasses above."""

    ALL_RELATIONS_QUERY: str  # schemainspect's query text (a class attribute of its untyped base)

    def load_all(self) -> None:
        self.ALL_RELATIONS_QUERY = _corrected(self.ALL_RELATIONS_QUERY)
        for name in _EXTENSION_FILTERED:
            setattr(self, name, _members_only(getattr(self, name), name))
        super().load_all()
        for prop, (theirs, ours) in _SUBCLASSES.items():
            for obj in getattr(self, prop).values():
                if type(obj) is theirs:
                    obj.__class__ = ours  # adds no state: only the statements differ
        for relation in self.relations.values():
            for column in relation.columns.values():
                if type(column) is ColumnInfo:
                    column.__class__ = QuotingColumn


def _corrected(query: Any) -> Any:
    return _replaced(
        query,
        "ALL_RELATIONS_QUERY",
        (
            (_PARENT_UNQUOTED, _PARENT_QUOTED),
            (_PARENT_FILTER, _FIRST_PARENT),
            (_COLLATION_NAME, _COLLATION_QUALIFIED),
        ),
    )


def _replaced(query: Any, name: str, replacements: tuple[tuple[str, str], ...]) -> Any:
    """schemainspect's query ``name`` (text, or SQLAlchemy's ``text()``) with each ``(old, new)``
    replaced; an error when an ``old`` is no longer there (its text changed: review this module)."""
    from sqlalchemy import text

    source = getattr(query, "text", query)
    for old, new in replacements:
        if old not in source:
            raise RuntimeError(f"schemainspect's {name} changed: review schemadiff.inspect_quoting")
        source = source.replace(old, new)
    return text(source) if hasattr(query, "text") else source


# the queries that leave out the objects of extensions (schemainspect/pg/sql/*.sql)
_EXTENSION_FILTERED: tuple[str, ...] = (
    "ALL_RELATIONS_QUERY",
    "INDEXES_QUERY",
    "SEQUENCES_QUERY",
    "CONSTRAINTS_QUERY",
    "FUNCTIONS_QUERY",
    "TYPES_QUERY",
    "DOMAINS_QUERY",
    "ENUMS_QUERY",
    "DEPS_QUERY",
    "SCHEMAS_QUERY",
    "TRIGGERS_QUERY",
)
_ANY_EXTENSION_DEPENDENCY = "d.refclassid = 'pg_extension'::regclass"


def _members_only(query: Any, name: str) -> Any:
    """``query`` with its extension filter narrowed to extension members (``deptype = 'e'``)."""
    return _replaced(query, name, ((_ANY_EXTENSION_DEPENDENCY, f"{_ANY_EXTENSION_DEPENDENCY} and d.deptype = 'e'"),))


def inspector(session: Any) -> Any:
    """schemainspect's inspector of the database behind a sqlbag session (as ``get_inspector``)."""
    return QuotingPostgreSQL(connection_from_s_or_c(session))
