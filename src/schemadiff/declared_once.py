"""schema/ declares each object once: an ``if not exists`` the server skips is an error.

``create table if not exists deals`` in two files loads the first and skips the second with
a NOTICE ("relation "deals" already exists, skipping"): the second file's extra column
would be lost without a word. So while schema/ loads, the server's notices are captured
(psycopg's notice handler); a NOTICE with a ``duplicate_*`` SQLSTATE (class 42) about an
object that did not exist before schema/ started loading is an error naming the file and
line of the skipped statement (and, when found, where the object was first declared).
Objects that existed before (the empty database's ``public`` and ``plpgsql``, the
prelude's, the extensions schemadiff created for the sandbox) may be re-declared with ``if
not exists``.

Notices carry a position only sometimes; without one, the statement is found by reading
the file's ``… if not exists <name>`` statements (the lexer of :mod:`schemadiff.sqltext`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import psycopg
from psycopg.errors import Diagnostic

from schemadiff.errors import SchemaSourceError
from schemadiff.source import SourceFile, load_files
from schemadiff.sqltext import Span, Token, first_code_offset, identifier, line_column, statement_spans, tokens

# names of what exists before schema/ loads, by the kind word the server's notices use
_BEFORE = """
select 'schema', n.nspname::text from pg_catalog.pg_namespace n
union all select 'extension', e.extname::text from pg_catalog.pg_extension e
union all select 'relation', c.relname::text from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema')
union all select 'type', t.typname::text from pg_catalog.pg_type t
  join pg_catalog.pg_namespace n on n.oid = t.typnamespace where n.nspname not in ('pg_catalog', 'information_schema')
union all select 'collation', c.collname::text from pg_catalog.pg_collation c
  join pg_catalog.pg_namespace n on n.oid = c.collnamespace where n.nspname <> 'pg_catalog'
union all select 'statistics object', s.stxname::text from pg_catalog.pg_statistic_ext s
union all select 'server', s.srvname::text from pg_catalog.pg_foreign_server s
"""
_QUOTED = r'["»“„]((?:[^"«”]|"")*)["«”]'
_NOTICE = re.compile(rf"^(?P<kind>[a-z -]+?) {_QUOTED}(?: of relation {_QUOTED})?")


@dataclass(frozen=True)
class _Skipped:
    message: str
    kind: str | None  # schema, relation, extension, column, ... (None: message not in English)
    name: str | None
    relation: str | None  # of a column
    position: int | None  # 0-based offset in the file, when the server gave one


def load_schema_files(
    conn: psycopg.Connection,
    files: Sequence[SourceFile],
    *,
    explain: Callable[[psycopg.Error], str | None] | None = None,
) -> None:
    """:func:`schemadiff.source.load_files`, and an error for a skipped re-declaration."""
    before = {(str(k), str(n)) for k, n in conn.execute(_BEFORE).fetchall()}
    names_before = {n for _, n in before}
    heard: list[_Skipped] = []

    def on_notice(diag: Diagnostic) -> None:
        state = diag.sqlstate or ""
        if diag.severity_nonlocalized != "NOTICE" or not state.startswith("42") or not _is_duplicate(state):
            return
        message = (diag.message_primary or "").strip()
        match = _NOTICE.match(message)
        position = int(diag.statement_position) - 1 if diag.statement_position else None
        if match is None:
            heard.append(_Skipped(message, None, None, None, position))
        else:
            heard.append(_Skipped(message, match["kind"], _unquote(match.group(2)), _unquote(match.group(3)), position))

    def existed(s: _Skipped) -> bool:
        if s.name is None:
            return False
        if s.kind == "column":
            return ("relation", s.relation or "") in before
        if s.kind is not None and s.kind in {k for k, _ in before}:
            return (s.kind, s.name) in before
        return s.name in names_before

    conn.add_notice_handler(on_notice)
    try:
        for i, source_file in enumerate(files):
            heard.clear()
            load_files(conn, [source_file], explain=explain)
            problems = [s for s in heard if not existed(s)]
            if problems:
                raise _error(source_file, problems, files[: i + 1])
    finally:
        conn.remove_notice_handler(on_notice)


def _unquote(name: str | None) -> str | None:
    return name.replace('""', '"') if name is not None else None


def _is_duplicate(state: str) -> bool:
    return state in {"42P07", "42P06", "42710", "42701", "42P04", "42723", "42712", "42P05", "42P03"}


def _error(source_file: SourceFile, problems: list[_Skipped], loaded: Sequence[SourceFile]) -> SchemaSourceError:
    offsets = _locate(source_file.text, problems)
    lines = []
    first_line: int | None = None
    first_column: int | None = None
    for skipped, offset in zip(problems, offsets):
        where = source_file.display
        if offset is not None:
            line, column = line_column(source_file.text, offset)
            where += f":{line}:{column}"
            if first_line is None:
                first_line, first_column = line, column
        declared = _first_declaration(skipped, loaded, source_file, offset) if skipped.kind != "column" else None
        earlier = f" (first declared at {declared})" if declared else ""
        lines.append(
            f"{where}: {skipped.message}: this `if not exists` skipped an object schema/ already "
            f"declared{earlier}, so this declaration is ignored"
        )
    shown = lines[:10] + ([f"(and {len(lines) - 10} more)"] if len(lines) > 10 else [])
    return SchemaSourceError(
        "\n".join(shown) + "\n  hint: schema/ declares each object once: merge the declarations into one "
        "(what a skipped declaration adds, a column for instance, would otherwise be lost)",
        path=source_file.display,
        line=first_line,
        column=first_column,
    )


def _named(toks: list[Token], i: int) -> tuple[str | None, int]:
    """The last part of the (qualified) name starting at token i, and the token after it."""
    name = None
    while i < len(toks) and (part := identifier(toks[i])) is not None:
        name, i = part, i + 1
        if i < len(toks) and toks[i].text == ".":
            i += 1
        else:
            break
    return name, i


def _if_not_exists_names(text: str, span: Span) -> list[str]:
    toks = [t for t in tokens(text[span.start : span.end]) if t.kind != "comment"]
    names = []
    for i in range(len(toks) - 3):
        if [t.word for t in toks[i : i + 3]] == ["if", "not", "exists"]:
            name, _ = _named(toks, i + 3)
            if name is not None:
                names.append(name)
    return names


def _locate(text: str, problems: list[_Skipped]) -> list[int | None]:
    """The offset of each skipped statement: the server's position, else the i-th of the
    last n ``if not exists <name>`` statements of the file (the first may have created it)."""
    spans = statement_spans(text)
    candidates: dict[str, list[int]] = {}
    for span in spans:
        for name in _if_not_exists_names(text, span):
            candidates.setdefault(name, []).append(first_code_offset(text, span))
    wanted: dict[str, int] = {}
    for p in problems:
        if p.name is not None:
            wanted[p.name] = wanted.get(p.name, 0) + 1
    used: dict[str, int] = {}
    offsets: list[int | None] = []
    for p in problems:
        if p.position is not None or p.name is None:
            offsets.append(p.position)
            continue
        found = candidates.get(p.name, [])
        index = len(found) - wanted[p.name] + used.get(p.name, 0)
        used[p.name] = used.get(p.name, 0) + 1
        offsets.append(found[index] if 0 <= index < len(found) else (found[-1] if found else None))
    return offsets


def _first_declaration(
    skipped: _Skipped, loaded: Sequence[SourceFile], current: SourceFile, offset: int | None
) -> str | None:
    """file:line of the first ``create … <name>`` statement among the files loaded so far."""
    if skipped.name is None:
        return None
    for source_file in loaded:
        text = source_file.text
        for span in statement_spans(text):
            start = first_code_offset(text, span)
            if source_file is current and offset is not None and start >= offset:
                break
            toks = [t for t in tokens(text[span.start : span.end])[:12] if t.kind != "comment"]
            if not toks or toks[0].word != "create":
                continue
            for i in range(1, len(toks)):
                name, after = _named(toks, i)
                if name == skipped.name and (
                    after >= len(toks) or toks[after].text in ("(", ";") or toks[after].kind == "word"
                ):
                    line, _ = line_column(text, start)
                    return f"{source_file.display}:{line}"
    return None
