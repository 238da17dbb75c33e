"""The one quoting layer: every name and literal the tool writes into SQL goes through here
(or through ``psycopg.sql``, or the server's own ``quote_ident``/``format()``).

A module of its own, importing nothing of the project, so that every layer can use it
(``schemadiff.diff.readers`` re-exports it for the diff families).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import LiteralString

# one identifier as SQL text writes it: "quoted" (with "" inside) or plain
IDENTIFIER_PATTERN = r'"(?:[^"]|"")+"|[^\s".(]+'


def quote_ident(name: str) -> str:
    """An identifier, always quoted (``"a""b"``); what every name the tool writes goes through."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """A string literal, quotes doubled (backslashes are plain characters: the plans run with
    ``standard_conforming_strings`` on, PostgreSQL's default)."""
    return "'" + text.replace("'", "''") + "'"


def sql_code(text: str) -> LiteralString:
    """Text to run as SQL that is code, never a value: a query file shipped in the package, a
    schema/ file, a plan's reviewed statement, or a statement built by this quoting layer.
    psycopg's ``execute`` is typed for literal strings so that values travel as parameters;
    this is the one place where the project declares which other texts are code."""
    return text  # (mypy reads LiteralString as str; stricter checkers see the declaration)


def quote_role(name: str) -> str:
    """A role as catalogs list it (``pg_policies.roles``, unquoted, ``public`` for PUBLIC):
    quoted but PUBLIC (a role called ``user`` would otherwise mean CURRENT_USER)."""
    return name if name == "public" else quote_ident(name)


def unquote_identifier(identifier: str) -> str:
    """The name an identifier of SQL text stands for: quotes removed, or folded to lower case."""
    if identifier.startswith('"'):
        return identifier[1:-1].replace('""', '"')
    return identifier.lower()


def longest_known_prefix(name: str, known: Callable[[str], bool]) -> str | None:
    """The longest part of ``name`` before one of its dots that ``known`` accepts (a schema of
    "schema.name", the table of "schema.table.column"): names may hold dots, so an identity is
    not split blindly. None when no prefix is known."""
    cut = name.rfind(".")
    while cut > 0:
        if known(name[:cut]):
            return name[:cut]
        cut = name.rfind(".", 0, cut)
    return None


_NAME_LIMIT = 63  # bytes of an identifier (NAMEDATALEN - 1)


def temporary_name(base: str, label: str) -> str:
    """A name for a helper object the tool makes (an index built beside the one it replaces, a
    CHECK that proves NOT NULL): ``<base>_<label>_<hash>``, at most 63 bytes, the same for the
    same ``base`` and ``label`` (a plan made twice writes the same names)."""
    digest = hashlib.sha256(f"{base}\0{label}".encode()).hexdigest()[:6]
    tail = f"_{label}_{digest}"
    head = base.encode()[: _NAME_LIMIT - len(tail)].decode(errors="ignore")
    return head + tail


# a qualified name as the server prints it (each part quoted when it must be): for patterns
QUALIFIED_NAME = r'(?:"(?:[^"]|"")*"|[^\s".]+)\.(?:"(?:[^"]|"")*"|[^\s".]+)'


def unquote_qualified(text: str) -> str:
    """'"My schema".t' -> 'My schema.t': a qualified name as rendered by quote_ident, as an identity."""
    return ".".join(qualified_parts(text))


def qualified_parts(text: str) -> list[str]:
    """'"My schema"."a.b".c' -> ['My schema', 'a.b', 'c']: the names of a qualified name as
    rendered by quote_ident (a dot inside quotes is part of a name)."""
    parts = re.findall(r'"((?:[^"]|"")*)"|([^."]+)', text)
    return [quotedpart.replace('""', '"') if quotedpart or not plain else plain for quotedpart, plain in parts]
