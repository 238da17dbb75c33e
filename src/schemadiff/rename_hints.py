"""Rename hints: where they are written and which object each one is on.

In schema/, a line comment ``-- schemadiff:renamed-from <old name>`` marks the object it
is on as the old object renamed:

- right before a statement (among its leading comments): the object the statement creates
  (``create table|view|materialized view|sequence|type|index|policy|function|procedure``,
  or ``alter table … add constraint <name>``);
- inside ``create table (…)``: the column or named constraint on the same line (a comment
  after it) or on the next line (a comment above it);
- inside ``create type … as enum (…)``: the label on the same line, or on the next line.

The old name is a bare name (``full_name``, ``"Old Name"``, an enum label as ``'old'``);
an object keeps its schema. In schemadiff.yaml, ``renames:`` lists the same thing as
``{kind, from: <old object's identity>, to: <new name>}``.

This is lexical reading of the statement's head, not parsing: the server has already loaded
the file, and every hint is then checked against the loaded catalog (``renames.resolve``).
"""

from __future__ import annotations

from collections.abc import Iterable

from schemadiff.errors import ConfigError, SchemaSourceError
from schemadiff.renames import KINDS, Rename
from schemadiff.source import SourceFile
from schemadiff.sqltext import Token, code_tokens, identifier, line_column, statement_spans, string_value, tokens

MARKER = "schemadiff:renamed-from"
DEFAULT_SCHEMA = "public"

_CREATE_KINDS = {
    "table": "table",
    "view": "view",
    "sequence": "sequence",
    "type": "type",
    "domain": "type",
    "index": "index",
    "policy": "policy",
    "function": "function",
    "procedure": "function",
}
_MODIFIERS = {"or", "replace", "temp", "temporary", "unlogged", "unique", "global", "local", "recursive"}
_TABLE_CONSTRAINT_WORDS = {"primary", "unique", "check", "foreign", "exclude", "like"}


class _HintError(Exception):
    pass


def hints_in_files(files: Iterable[SourceFile]) -> list[Rename]:
    found: list[Rename] = []
    for source_file in files:
        if MARKER in source_file.text:
            found.extend(hints_in_text(source_file.text, source_file.display))
    return found


def hints_in_text(text: str, display: str) -> list[Rename]:
    all_tokens = tokens(text)
    spans = statement_spans(text)
    starts = [t.start for t in all_tokens]
    found: list[Rename] = []
    for hint in (t for t in all_tokens if t.kind == "comment" and t.text[2:].strip().startswith(MARKER)):
        line, column = line_column(text, hint.start)
        origin = f"{display}:{line}"
        old_text = hint.text[2:].strip()[len(MARKER) :].strip()
        span = next((s for s in spans if hint.start < s.end), None)
        code = code_tokens(all_tokens, starts, span) if span else []
        try:
            if not old_text:
                raise _HintError("the hint names no old name")
            found.append(_hint_on(code, hint, text, old_text, origin))
        except _HintError as exc:
            raise SchemaSourceError(
                f"{display}:{line}:{column}: {exc}", path=display, line=line, column=column, statement=hint.text
            ) from None
    return found


def _hint_on(code: list[Token], hint: Token, text: str, old_text: str, origin: str) -> Rename:
    line_start = text.rfind("\n", 0, hint.start) + 1
    leading = not code or hint.start < code[0].start
    if leading and text[line_start : hint.start].strip():
        raise _HintError("this hint follows the end of a statement: put it on a line of its own above the statement")
    if not code:
        raise _HintError("the hint is not followed by a statement")
    words = [t.word for t in code]
    if leading:
        return _statement_hint(code, words, old_text, origin)
    if words[:2] == ["create", "type"] and "enum" in words:
        return _enum_label_hint(code, words, hint, text, old_text, origin)
    table = _created_table(code, words)
    if table is None:
        raise _HintError(
            "a hint inside a statement must be inside create table (…) or create type … as enum (…); "
            "put it above a statement to rename what the statement creates"
        )
    return _table_element_hint(code, table, hint, text, old_text, origin)


def _statement_hint(code: list[Token], words: list[str], old_text: str, origin: str) -> Rename:
    i = 1
    if words[0] == "alter" and words[1:2] == ["table"]:
        altered, i = _qualified(code, _skip(words, 2, "if", "exists", "only"))
        if words[i : i + 2] == ["add", "constraint"]:
            constraint = _qualified(code, i + 2)[0][1]
            return Rename("constraint", altered[0], _bare(old_text), constraint, parent=altered[1], origin=origin)
        raise _HintError("on alter table, a hint can only be on 'add constraint <name>'")
    if words[0] != "create":
        raise _HintError(f"a hint must be on a create statement, not on {words[0]!r}")
    while i < len(words) and words[i] in _MODIFIERS:
        i += 1
    if words[i : i + 2] == ["materialized", "view"]:
        kind, i = "materialized_view", i + 2
    elif i < len(words) and words[i] in _CREATE_KINDS:
        kind, i = _CREATE_KINDS[words[i]], i + 1
    else:
        raise _HintError(f"schemadiff cannot rename what this statement creates (renamable: {', '.join(KINDS)})")
    i = _skip(words, i, "concurrently", "if", "not", "exists")
    (schema, name), i = _qualified(code, i)
    if kind == "policy" or kind == "index":
        if words[i : i + 1] != ["on"]:
            raise _HintError(f"cannot read the table of this {kind}")
        (schema, table), _ = _qualified(code, _skip(words, i + 1, "only"))
        if kind == "policy":
            return Rename("policy", schema, _bare(old_text), name, parent=table, origin=origin)
    old_schema, old = _name(old_text)
    if old_schema not in (None, schema):
        raise _HintError(f"{old_text} is in another schema: moving an object to another schema is not a rename")
    return Rename(kind, schema, old, name, origin=origin)


def _enum_label_hint(code: list[Token], words: list[str], hint: Token, text: str, old_text: str, origin: str) -> Rename:
    (schema, name), _ = _qualified(code, 2)
    labels = [t for t in code if t.kind == "string"]
    before = [t for t in labels if t.end <= hint.start and _same_line(text, t.end, hint.start)]
    after = [t for t in labels if t.start > hint.start]
    label = before[-1] if before else (after[0] if after else None)
    if label is None:
        raise _HintError("no enum label follows this hint")
    return Rename("enum_value", schema, _label_text(old_text), string_value(label) or "", parent=name, origin=origin)


def _created_table(code: list[Token], words: list[str]) -> tuple[str, str] | None:
    if words[0] != "create":
        return None
    i = 1
    while i < len(words) and words[i] in _MODIFIERS:
        i += 1
    if words[i : i + 1] != ["table"]:
        return None
    name, _ = _qualified(code, _skip(words, i + 1, "if", "not", "exists"))
    return name


def table_elements(code: list[Token]) -> list[list[Token]]:
    """The elements inside ``create table … (…)``, each with the comma that ends it (a hint
    after that comma, on its line, is on the element)."""
    elements: list[list[Token]] = []
    depth = 0
    for token in code:
        if token.text == "(":
            depth += 1
            if depth == 1:
                elements.append([])
                continue
        elif token.text == ")":
            depth -= 1
            if depth == 0:
                break
        if depth >= 1:
            elements[-1].append(token)
            if depth == 1 and token.text == ",":
                elements.append([])
    return elements


def _table_element_hint(
    code: list[Token], table: tuple[str, str], hint: Token, text: str, old_text: str, origin: str
) -> Rename:
    """The column or named constraint of ``create table (…)`` that the hint is on."""
    elements = table_elements(code)
    trailing = [e for e in elements if e and e[0].start < hint.start and _same_line(text, e[-1].end, hint.start)]
    following = [e for e in elements if e and e[0].start > hint.start]
    element = trailing[-1] if trailing else (following[0] if following else None)
    if element is None:
        raise _HintError("no column or constraint of the table follows this hint")
    first = element[0].word
    if first == "constraint" and len(element) > 1:
        kind, name = "constraint", identifier(element[1])
    elif first in _TABLE_CONSTRAINT_WORDS:
        raise _HintError("only a named constraint (constraint <name> …) can be renamed")
    else:
        kind, name = "column", identifier(element[0])
    if name is None:
        raise _HintError("cannot read the name this hint is on")
    return Rename(kind, table[0], _bare(old_text), name, parent=table[1], origin=origin)


def _label_text(text: str) -> str:
    """An enum label as written in a hint or in config: 'Quoted' (quotes doubled inside) or bare."""
    return text[1:-1].replace("''", "'") if len(text) > 1 and text[0] == text[-1] == "'" else text


def _same_line(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _skip(words: list[str], i: int, *skippable: str) -> int:
    while i < len(words) and words[i] in skippable:
        i += 1
    return i


def _qualified(code: list[Token], i: int) -> tuple[tuple[str, str], int]:
    """``[schema.]name`` starting at token i: ((schema, name), index after it)."""
    parts: list[str] = []
    while i < len(code):
        name = identifier(code[i])
        if name is None:
            break
        parts.append(name)
        i += 1
        if i < len(code) and code[i].text == ".":
            i += 1
            continue
        break
    if not parts:
        raise _HintError("cannot read the name of the object this hint is on")
    return ((parts[-2] if len(parts) > 1 else DEFAULT_SCHEMA), parts[-1]), i


def _name(text: str) -> tuple[str | None, str]:
    """An old name as written in a hint: ``old``, ``"Old"``, ``schema.old``."""
    found = tokens(text)
    parts = [identifier(t) for t in found if t.text != "."]
    if not parts or any(p is None for p in parts) or len(parts) > 2 or len(found) != 2 * len(parts) - 1:
        raise _HintError(f'cannot read {text!r} as a name (quote it with "…" if needed)')
    names = [p for p in parts if p is not None]
    return (names[0] if len(names) == 2 else None), names[-1]


def _bare(text: str) -> str:
    schema, name = _name(text)
    if schema is not None:
        raise _HintError(f"{text}: a column, constraint or policy is renamed within its table: give the bare old name")
    return name


def hints_from_config(entries: Iterable[tuple[str, str, str]], origin: str) -> list[Rename]:
    """``renames:`` of schemadiff.yaml: (kind, from identity, to name) per entry."""
    found = []
    for index, (kind, old, new) in enumerate(entries):
        where = f"{origin} renames[{index}]"
        found.append(_config_rename(kind, old, new, where))
    return found


def _config_rename(kind: str, old: str, new: str, where: str) -> Rename:
    try:
        if kind not in KINDS:
            raise _HintError(f"cannot rename a {kind!r} (renamable: {', '.join(KINDS)})")
        args = None
        if kind == "function":
            if not old.endswith(")") or "(" not in old:
                raise _HintError("a function's 'from' is schema.name(argument types), e.g. public.f(integer, text)")
            old, args = old[: old.index("(")], old[old.index("(") + 1 : -1].strip()
        found = [t for t in tokens(old) if t.text != "."]
        names = [identifier(t) if kind != "enum_value" or t is not found[-1] else _label(t) for t in found]
        child = kind in ("column", "constraint", "policy", "enum_value")
        if any(n is None for n in names) or len(names) != (3 if child else 2):
            shape = "schema.table.name (schema.type.'label' for enum_value)" if child else "schema.name"
            raise _HintError(f"'from' must be {shape}, got {old!r}")
        schema, parent, name = (names[0], names[1], names[2]) if child else (names[0], "", names[1])
        if kind == "enum_value":
            new_name = _label_text(new)
        else:
            new_schema, new_name = _name(new)
            if new_schema not in (None, schema):
                raise _HintError("'to' is the new name, in the same schema")
        return Rename(kind, schema or "", name or "", new_name or "", parent=parent or "", args=args, origin=where)
    except _HintError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _label(token: Token) -> str | None:
    """An enum label in config: 'Quoted' keeps its case, a bare word is taken as written."""
    return string_value(token) if token.kind == "string" else token.text if token.kind == "word" else None
