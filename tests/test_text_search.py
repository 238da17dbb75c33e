"""Text search objects: the dictionary options read back, and the plans refused for parsers
and templates (C functions, superuser only). Plans themselves are in tests/cases/text_search/."""

from __future__ import annotations

import pytest

from schemadiff.catalog import SchemaFilter
from schemadiff.diff import diff
from schemadiff.diff.text_search import parse_options
from schemadiff.errors import DiffError
from schemadiff.servers import connect, scratch_database
from schemadiff.snapshot import take_snapshot
from schemadiff.urls import DatabaseUrl

PUBLIC = SchemaFilter(include=("public",), exclude=("schemadiff",))


def test_parse_options_reads_what_the_server_writes() -> None:
    assert parse_options(None) == []
    assert parse_options("language = 'english', stopwords = 'english'") == [
        ("language", "english"),
        ("stopwords", "english"),
    ]
    assert parse_options("\"Odd\" = 'it''s', path = E'a\\\\b'") == [("Odd", "it's"), ("path", "a\\b")]
    with pytest.raises(DiffError):
        parse_options("language = english")


def test_dictionary_options_as_the_server_stores_them(pg_server: DatabaseUrl) -> None:
    """In the order given, names folded, every value a string literal."""
    with scratch_database(pg_server, label="ts") as url, connect(url) as conn:
        conn.execute("create text search dictionary public.d (template = simple, StopWords = english, accept = false)")
        stored = conn.execute("select dictinitoption from pg_ts_dict where dictname = 'd'").fetchone()[0]  # type: ignore[index]
    assert parse_options(stored) == [("stopwords", "english"), ("accept", "false")]


def test_a_parser_or_template_to_create_or_drop_is_refused(pg_server: DatabaseUrl) -> None:
    with scratch_database(pg_server, label="ts") as plain, scratch_database(pg_server, label="ts") as with_parser:
        with connect(with_parser) as conn:
            conn.execute(
                "create text search parser public.words (start = prsd_start, gettoken = prsd_nexttoken,"
                " end = prsd_end, lextypes = prsd_lextype)"
            )
            conn.execute("create text search template public.plain (lexize = dsimple_lexize)")
        have = take_snapshot(plain, PUBLIC, name="target")
        want = take_snapshot(with_parser, PUBLIC, name="desired")
        with pytest.raises(DiffError, match="cannot plan the text search parsers public.words: .* superuser"):
            diff(have, want)
        with connect(with_parser) as conn:
            conn.execute("drop text search parser public.words")
        want = take_snapshot(with_parser, PUBLIC, name="desired")
        with pytest.raises(DiffError, match="cannot plan the text search templates public.plain"):
            diff(want, have)  # it would have to be dropped
        assert diff(want, want) == []
