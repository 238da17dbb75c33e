"""Statement spans used to explain server errors (no database needed)."""

from __future__ import annotations

from schemadiff.sqltext import line_column, statement_spans, statement_text, string_value, tokens

TEXT = """-- leading; comment
create table a (x text default 'a;b');
create function f() returns int language plpgsql as $body$ begin return 1; end $body$;
/* c; /* nested; */ */ select E'it\\'s; ok';
create function g() returns int language sql begin atomic select 1; select 2; end;
select "we;ird" from x
"""


def test_statements_respect_quotes_comments_and_atomic_bodies() -> None:
    found = [statement_text(TEXT, s) for s in statement_spans(TEXT)]
    assert found == [
        "create table a (x text default 'a;b')",
        "create function f() returns int language plpgsql as $body$ begin return 1; end $body$",
        "/* c; /* nested; */ */ select E'it\\'s; ok'",
        "create function g() returns int language sql begin atomic select 1; select 2; end",
        'select "we;ird" from x',
    ]


def test_line_column() -> None:
    assert line_column(TEXT, TEXT.index("create function g")) == (5, 1)
    assert line_column(TEXT, TEXT.index("'a;b'")) == (2, 32)


def test_string_values_of_plain_and_escaped_literals() -> None:
    """The server's quote_literal writes a value with a backslash as E'…' (our catalog's enum
    definitions): such labels were not read at all, so a rename of one was refused."""
    literals = "'it''s' E'back\\\\slash\\\\' e'x''y\\'z' E'a\\nb\\x41\\101' E'\\\\'''"
    assert [string_value(t) for t in tokens(literals)] == ["it's", "back\\slash\\", "x'y'z", "a\nbAA", "\\'"]


def test_a_name_is_every_character_past_ascii_as_the_server_reads_it() -> None:
    """Letters past U+FFFF (here U+1D518) are part of a name, as the server reads its UTF-8 bytes;
    they were left out, so the name was cut."""
    words = [t.text for t in tokens("create table café.naïve_1$x (𝔘x int, 日本語 text)") if t.kind == "word"]
    assert words == ["create", "table", "café", "naïve_1$x", "𝔘x", "int", "日本語", "text"]
