"""The ``create extension`` statements of schema/ files, found before the files are loaded.

schema/ is loaded by a role without superuser rights (:mod:`schemadiff.sandbox`), which can
create only *trusted* extensions. The others it needs (pgvector is not trusted) are created
beforehand by the privileged connection, ``if not exists``, in the schema the statement
names. Extensions that reach outside the database (connections to other servers or
databases, server files, programs, untrusted procedural languages, cluster-wide WAL) are
refused with the file and line of the statement.

The statements are found with :func:`schemadiff.sqltext.tokens` (comments, quoted strings
and dollar-quoted bodies are skipped), so a ``create extension`` inside a function body or
a comment does not count; the server still parses and runs the file as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from schemadiff.errors import SchemaSourceError
from schemadiff.source import SourceFile
from schemadiff.sqltext import Token, identifier, line_column, string_value, tokens

# never created for schema/: they reach outside the scratch database
REFUSED_EXTENSIONS: dict[str, str] = {
    "dblink": "it connects to other databases and servers",
    "postgres_fdw": "it connects to other databases and servers",
    "file_fdw": "it reads server files and runs programs",
    "adminpack": "it writes server files",
    "plperlu": "it is an untrusted language (runs code as the server's OS user)",
    "plpython3u": "it is an untrusted language (runs code as the server's OS user)",
    "plpython2u": "it is an untrusted language (runs code as the server's OS user)",
    "plpythonu": "it is an untrusted language (runs code as the server's OS user)",
    "pltclu": "it is an untrusted language (runs code as the server's OS user)",
    "pg_walinspect": "it reads the WAL of the whole cluster",
    "pg_logicalinspect": "it reads the WAL of the whole cluster",
}


@dataclass(frozen=True)
class ExtensionRequest:
    """One ``create extension`` statement of a schema file."""

    name: str
    schema: str | None  # WITH SCHEMA, None: the server's choice (first schema of search_path)
    version: str | None
    cascade: bool
    if_not_exists: bool
    path: str  # file, as shown to users
    line: int
    column: int


def extension_requests(files: Iterable[SourceFile]) -> list[ExtensionRequest]:
    """Every top-level ``create extension`` of ``files``, in load order."""
    found = []
    for source_file in files:
        if "extension" not in source_file.text.lower():
            continue  # (no keyword can be spelled without its letters: the file has no such statement)
        code = [t for t in tokens(source_file.text) if t.kind != "comment"]
        for i, token in enumerate(code):
            if token.word != "create" or i + 1 >= len(code) or code[i + 1].word != "extension":
                continue
            if i > 0 and not (code[i - 1].kind == "punct" and code[i - 1].text == ";"):
                continue  # not the start of a statement (e.g. `comment on ...` never has it, but be strict)
            request = _parse(source_file, code, i)
            if request is not None:
                found.append(request)
    return found


def _parse(source_file: SourceFile, code: list[Token], at: int) -> ExtensionRequest | None:
    i = at + 2
    if_not_exists = _words(code, i, ("if", "not", "exists"))
    if if_not_exists:
        i += 3
    if i >= len(code):
        return None
    name = identifier(code[i])
    if name is None:
        return None
    i += 1
    schema = version = None
    cascade = False
    while i < len(code) and not (code[i].kind == "punct" and code[i].text == ";"):
        word = code[i].word
        if word == "schema" and i + 1 < len(code):
            schema = identifier(code[i + 1])
            i += 2
        elif word == "version" and i + 1 < len(code):
            version = identifier(code[i + 1]) or string_value(code[i + 1])
            i += 2
        elif word == "cascade":
            cascade = True
            i += 1
        else:  # WITH, and anything else (the server will judge)
            i += 1
    line, column = line_column(source_file.text, code[at].start)
    return ExtensionRequest(name, schema, version, cascade, if_not_exists, source_file.display, line, column)


def _words(code: list[Token], i: int, words: tuple[str, ...]) -> bool:
    return all(i + k < len(code) and code[i + k].word == w for k, w in enumerate(words))


def refuse_outside_reaching(requests: Iterable[ExtensionRequest]) -> None:
    """A :class:`SchemaSourceError` for the first extension that would reach outside the database."""
    for r in requests:
        why = REFUSED_EXTENSIONS.get(r.name)
        if why is not None:
            raise SchemaSourceError(
                f"{r.path}:{r.line}:{r.column}: extension {r.name} is refused in schema/: {why}\n"
                "  hint: schema/ is loaded without superuser rights and may not reach outside its scratch database "
                "(README: Trust model); create it in the prelude of the platform, or set shadow.trusted: true "
                "in schemadiff.yaml if this schema really needs it",
                path=r.path,
                line=r.line,
                column=r.column,
            )
