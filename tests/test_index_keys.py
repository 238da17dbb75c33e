"""The keys of an index's definition as diff/plain_indexes.py reads them (``index_parts``),
checked against the server: for indexes of every shape the catalog holds (columns and
expressions, calls printed bare, literals and quoted names holding parentheses, commas and
quotes, collations, operator classes, DESC and NULLS, INCLUDE, WHERE, other access methods),
the parts put together again are the definition, and each key's column or expression is what
``pg_get_indexdef(index, column, false)`` prints of that key alone (an expression that is not a
call in its parentheses)."""

from __future__ import annotations

import pytest

from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.diff.plain_indexes import index_parts, recreatable_index
from schemadiff.servers import connect, scratch_database
from schemadiff.urls import DatabaseUrl

TABLE = """
create table public.contacts (
    id integer primary key,
    email text not null,
    "Full, (name)" text,
    during tstzrange,
    tags jsonb,
    score numeric
);
"""
INDEXES = {
    "plain": "(email)",
    "two_columns_desc": "(id desc, email nulls first)",
    "quoted_column": '("Full, (name)" collate "C")',
    "bare_call": "(lower(email))",
    "bare_call_with_options": '(lower(email) collate "C" text_pattern_ops desc nulls last)',
    "coalesce": "(coalesce(\"Full, (name)\", ')(, '''))",
    "expression": "((email || ', (' || id::text))",
    "greatest": "(greatest(score, 0), id)",
    "schema_call": "(pg_catalog.upper(email))",
    "include": "(lower(email)) include (score)",
    "partial": "((score * 2)) where email <> 'x)('",
    "hash": "using hash (email)",
    "gin": "using gin (tags jsonb_path_ops)",
    "gist": "using gist (during)",
    "brin": "using brin (score)",
}


@pytest.fixture(params=["18", "15"])
def server(request: pytest.FixtureRequest) -> DatabaseUrl:
    """The embedded 18, and Debian's 15 (skipped, with its reason, where it is not installed)."""
    return request.getfixturevalue("pg_server" if request.param == "18" else "pg15_server")


def test_every_key_is_read_as_the_server_prints_it(server: DatabaseUrl) -> None:
    with scratch_database(server, label="index_keys") as url, connect(url) as conn:
        conn.execute(TABLE)
        for name, keys in INDEXES.items():
            conn.execute(f"create index contacts_{name} on public.contacts {keys}")
        catalog = inspect_catalog(conn, SchemaFilter(include=("public",)))
        checked = 0
        for identity, index in catalog.of_kind("index").items():
            parts = index_parts(index.definition)
            assert parts is not None, index.definition
            keys = ", ".join(k.term + k.collation + k.opclass + k.order for k in parts.keys)
            assert f"{parts.head} ({keys}){parts.tail}" == index.definition
            for number, key in enumerate(parts.keys, start=1):
                alone = conn.execute(
                    "select pg_catalog.pg_get_indexdef(%s::regclass, %s, false)", (identity, number)
                ).fetchone()
                assert alone is not None
                assert key.term == alone[0], (index.definition, number)
            checked += 1
    assert checked == len(INDEXES) + 1  # (and the primary key's)


def test_only_btree_indexes_of_keys_migra_compares_whole_are_recreatable() -> None:
    head = "CREATE INDEX i ON public.t USING"
    assert recreatable_index(f"{head} btree (lower((email)::text), id DESC) WHERE (score > (0)::numeric)")
    assert recreatable_index(f"{head} btree (COALESCE(name, ')('::text))")
    assert not recreatable_index(f"{head} btree (lower(email) text_pattern_ops)")  # (migra misses the class)
    assert not recreatable_index(f'{head} btree (lower(email) COLLATE "C")')  # (and the collation)
    assert recreatable_index(f"{head} btree (lower(email)) INCLUDE (score)")  # (migra compares the included columns)
    assert recreatable_index(f'{head} btree (email) INCLUDE ("odd ( name", score) WHERE (score > 1)')
    assert not recreatable_index(f"{head} btree (email) NULLS NOT DISTINCT")  # (migra misses it)
    assert not recreatable_index(f"{head} btree (email) INCLUDE (score) NULLS NOT DISTINCT")
    assert not recreatable_index(f"{head} hash (email)")
    assert not recreatable_index(f"{head} btree (lower(email)")  # (unbalanced: not read)
    assert not recreatable_index(f"{head} btree (a gist_trgm_ops (siglen='32'))")
