"""Chunks of collations and text search dictionaries and configurations: objects that
belong to a schema, need nothing but their schema (and the extension of a template), and
that columns, indexes, types and functions may use, so they are written right after the
schemas and extensions (``01_collations.sql``, ``01_text_search.sql``).

The text search statements are the ones the diff family writes
(:mod:`schemadiff.diff.text_search`), read from the same queries: a dumped configuration
is created exactly as a plan would create it.
"""

from __future__ import annotations

from schemadiff.diff.text_search import configuration_create_sql, configuration_mapping_sqls, dictionary_create_sql
from schemadiff.dump.errors import DumpError
from schemadiff.dump.fetch import Row
from schemadiff.dump.text import Chunk, Extras
from schemadiff.quoting import quote_literal

_PROVIDERS = {"c": "libc", "i": "icu", "b": "builtin"}


def collation_chunk(row: Row, extras: Extras) -> Chunk:
    """CREATE COLLATION with the provider and locale(s) it was created with (libc: one
    locale, or lc_collate and lc_ctype when they differ; ICU: locale, rules,
    nondeterministic), then its comment."""
    node = f"coll:{row['oid']}"
    provider = _PROVIDERS.get(row["provider"])
    if provider is None:
        raise DumpError(f"collation {row['qname']}: provider {row['provider']!r} cannot be created")
    options = [f"provider = {provider}"]
    if provider == "libc" and row["lc_collate"] != row["lc_ctype"]:
        options += [f"lc_collate = {quote_literal(row['lc_collate'])}", f"lc_ctype = {quote_literal(row['lc_ctype'])}"]
    else:
        locale = row["lc_collate"] if provider == "libc" else row["locale"]
        options.append(f"locale = {quote_literal(locale or '')}")
    if row["rules"] is not None:
        options.append(f"rules = {quote_literal(row['rules'])}")
    if not row["deterministic"]:
        options.append("deterministic = false")
    statements = [f"create collation {row['qname']} ({', '.join(options)});", *extras.comments(node)]
    return Chunk((node,), tuple(statements))


def dictionary_chunk(row: Row, extras: Extras) -> Chunk:
    node = f"tsd:{row['oid']}"
    return Chunk((node,), (dictionary_create_sql(row) + ";", *extras.comments(node)))


def configuration_chunk(row: Row, extras: Extras) -> Chunk:
    """CREATE TEXT SEARCH CONFIGURATION with its parser, then its mappings (token types with
    the same dictionaries in one ADD MAPPING), then its comment."""
    node = f"tsc:{row['oid']}"
    statements = [configuration_create_sql(row), *configuration_mapping_sqls(row)]
    return Chunk((node,), (*(s + ";" for s in statements), *extras.comments(node)))
