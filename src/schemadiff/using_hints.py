"""USING hints: how a column's values are converted when its type changes.

``ALTER TABLE … ALTER COLUMN … TYPE`` converts every stored value with a cast; where the
server has none from the old type to the new one (``bigint`` → ``timestamptz``, ``integer`` →
``boolean`` over an enum, …) the statement fails at apply, so the plan refuses instead
(``diff/column_types.py``) and asks for a hint. In schema/, a line comment
``-- schemadiff:using <expression>`` on a column of ``create table (…)`` (after the column on
its line, or on the line above it, as rename hints) gives the expression:

    create table public.events (
        happened_at timestamptz not null  -- schemadiff:using to_timestamp(happened_at / 1000.0)
    );

The expression is SQL over the table's columns as they are before the change (the target's
types) and is written into the plan as ``… TYPE timestamp with time zone USING <expression>``;
it is read lexically (one expression: no ``;``, balanced parentheses) and the plan's
statement is checked by the server when it runs, in the plan's transaction. A hint on a
column whose type does not change is not used (it can stay in schema/ after the change).

The module also records where each column of ``create table (…)`` is declared, so that the
refusal names the file and line to put the hint on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from schemadiff.errors import SchemaSourceError
from schemadiff.rename_hints import (  # the same lexical reading as rename hints
    _created_table,
    _same_line,
    table_elements,
)
from schemadiff.source import SourceFile
from schemadiff.sqltext import Token, code_tokens, identifier, line_column, statement_spans, tokens

MARKER = "schemadiff:using"


@dataclass(frozen=True)
class UsingHint:
    column: str  # schema.table.column
    expression: str
    origin: str  # file:line of the hint


@dataclass(frozen=True)
class ColumnHints:
    """What schema/ says about its columns beyond the catalog: USING hints, and where each
    column is declared (``schema.table.column`` → ``file:line``). Files without a hint are
    read for their columns' lines only if a message asks for one (``declared_at``): the
    tokenizer is most of the time of reading a big schema/."""

    using: dict[str, UsingHint] = field(default_factory=dict)
    declared: dict[str, str] = field(default_factory=dict)  # the columns of the files read for hints
    unread: tuple[SourceFile, ...] = ()

    @cached_property
    def declared_at(self) -> dict[str, str]:
        declared = dict(self.declared)
        for source_file in self.unread:
            for column, where in column_hints_in_text(source_file.text, source_file.display).declared.items():
                declared.setdefault(column, where)
        return declared


class _HintError(Exception):
    pass


def column_hints_in_files(files: Iterable[SourceFile]) -> ColumnHints:
    using: dict[str, UsingHint] = {}
    declared: dict[str, str] = {}
    unread: list[SourceFile] = []
    for source_file in files:
        if MARKER not in source_file.text:
            unread.append(source_file)
            continue
        found = column_hints_in_text(source_file.text, source_file.display)
        for column, hint in found.using.items():
            if column in using:
                raise SchemaSourceError(
                    f"{hint.origin}: a second USING hint for column {column} (the first: {using[column].origin})",
                    path=source_file.display,
                )
            using[column] = hint
        for column, where in found.declared.items():
            declared.setdefault(column, where)
    return ColumnHints(using, declared, tuple(unread))


def column_hints_in_text(text: str, display: str) -> ColumnHints:
    """The USING hints of one file and the line of every column its ``create table`` declares."""
    all_tokens = tokens(text)
    starts = [t.start for t in all_tokens]
    using: dict[str, UsingHint] = {}
    declared: dict[str, str] = {}
    tables: list[tuple[tuple[str, str], list[list[Token]], tuple[int, int]]] = []  # (table, elements, statement span)
    for span in statement_spans(text):
        code = code_tokens(all_tokens, starts, span)
        table = _created_table(code, [t.word for t in code]) if code else None
        if table is not None:
            elements = _elements(code)
            tables.append((table, elements, (span.start, span.end)))
            for element in elements:
                name = _column_name(element)
                if name is not None:
                    declared[f"{table[0]}.{table[1]}.{name}"] = f"{display}:{line_column(text, element[0].start)[0]}"
    for hint in (t for t in all_tokens if t.kind == "comment" and t.text[2:].strip().startswith(MARKER)):
        line, column = line_column(text, hint.start)
        try:
            found = _hint(hint, text, tables, f"{display}:{line}")
        except _HintError as exc:
            raise SchemaSourceError(
                f"{display}:{line}:{column}: {exc}", path=display, line=line, column=column, statement=hint.text
            ) from None
        if found.column in using:
            raise SchemaSourceError(
                f"{display}:{line}:{column}: a second USING hint for column {found.column}",
                path=display,
                line=line,
                column=column,
                statement=hint.text,
            )
        using[found.column] = found
    return ColumnHints(using, declared)


def _hint(
    hint: Token, text: str, tables: list[tuple[tuple[str, str], list[list[Token]], tuple[int, int]]], origin: str
) -> UsingHint:
    expression = hint.text[2:].strip()[len(MARKER) :].strip()
    if not expression:
        raise _HintError("the USING hint gives no expression (-- schemadiff:using <expression>)")
    check_expression(expression)
    for table, elements, (start, end) in tables:
        if not elements or not start < hint.start <= end + _line_rest(text, end):
            continue
        trailing = [e for e in elements if e[0].start < hint.start and _same_line(text, e[-1].end, hint.start)]
        following = [e for e in elements if e[0].start > hint.start]
        element = trailing[-1] if trailing else (following[0] if following else None)
        name = _column_name(element) if element else None
        if name is None:
            raise _HintError(
                "a USING hint must be on a column of create table (…): after it on its line, or on the line above"
            )
        return UsingHint(f"{table[0]}.{table[1]}.{name}", expression, origin)
    raise _HintError("a USING hint must be inside create table (…), on the line of the column whose type changes")


def _line_rest(text: str, offset: int) -> int:
    """Characters from ``offset`` to the end of its line (a hint after the statement's end)."""
    end = text.find("\n", offset)
    return (len(text) if end < 0 else end) - offset


def check_expression(expression: str) -> None:
    """One SQL expression, lexically: parentheses balanced and no ``;`` outside strings (the
    hint is pasted into the plan's ALTER TABLE, so it must not end or extend the statement)."""
    depth = 0
    for token in tokens(expression):
        if token.kind == "comment":
            raise _HintError("the USING expression cannot hold a comment")
        if token.kind == "punct" and token.text == ";":
            raise _HintError("the USING expression cannot hold ';' (one expression, not statements)")
        depth += {"(": 1, ")": -1}.get(token.text, 0) if token.kind == "punct" else 0
        if depth < 0:
            raise _HintError("the USING expression closes a parenthesis it did not open")
    if depth:
        raise _HintError("the USING expression leaves a parenthesis open")


def _elements(code: list[Token]) -> list[list[Token]]:
    """The comma-separated elements inside ``create table … (…)``, without their commas."""
    bare = (e[:-1] if e and e[-1].text == "," else e for e in table_elements(code))
    return [e for e in bare if e]


_NOT_COLUMNS = {"constraint", "primary", "unique", "check", "foreign", "exclude", "like"}


def _column_name(element: list[Token]) -> str | None:
    if element[0].word in _NOT_COLUMNS:
        return None
    return identifier(element[0])
