"""Lexical helpers for SQL text: statement spans and positions.

This is *not* a parser and never decides what runs: schema files are always sent to the
server whole. It is used only to explain an error the server reported: to map a character
position to a line and column, and to find the statement around it. It understands
quotes, dollar quotes, comments and ``BEGIN ATOMIC … END`` bodies, which is what is needed
to find statement boundaries.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")
_BEGIN_ATOMIC = re.compile(r"\bbegin\s+atomic\b", re.IGNORECASE)
_ENDS_WITH_END = re.compile(r"\bend\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """A statement: ``text[start:end]`` (end excludes the terminating semicolon)."""

    start: int
    end: int


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a 0-based character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def statement_spans(text: str) -> list[Span]:
    """Top-level statements of ``text``; blank or comment-only pieces are left out."""
    return list(_spans(text))


def has_statement(text: str) -> bool:
    """Whether ``text`` holds a statement (not only blanks and comments): read up to the first one."""
    return next(_spans(text), None) is not None


def _spans(text: str) -> Iterator[Span]:
    start = 0
    i = 0
    n = len(text)
    code: list[str] = []  # the current statement with quoted parts and comments removed
    while i < n:
        ch = text[i]
        if ch == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if ch == "/" and text.startswith("/*", i):
            i = _skip_block_comment(text, i)
            code.append(" ")
            continue
        if ch == "'":
            escaped = i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            i = _skip_quoted(text, i, "'", backslash=escaped)
            code.append("''")
            continue
        if ch == '"':
            i = _skip_quoted(text, i, '"', backslash=False)
            code.append('""')
            continue
        if ch == "$":
            match = _DOLLAR_TAG.match(text, i)
            if match and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
                close = text.find(match.group(0), match.end())
                i = n if close < 0 else close + len(match.group(0))
                code.append("$$")
                continue
        if ch == ";":
            current = "".join(code)
            if _BEGIN_ATOMIC.search(current) and not _ENDS_WITH_END.search(current.rstrip()):
                code.append(ch)
                i += 1
                continue
            if current.strip():
                yield Span(start, i)
            start = i + 1
            code = []
            i += 1
            continue
        code.append(ch)
        i += 1
    if "".join(code).strip():
        yield Span(start, n)


def _skip_block_comment(text: str, i: int) -> int:
    depth = 0
    n = len(text)
    while i < n:
        if text.startswith("/*", i):
            depth += 1
            i += 2
        elif text.startswith("*/", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        else:
            i += 1
    return n


def _skip_quoted(text: str, i: int, quote: str, *, backslash: bool) -> int:
    n = len(text)
    i += 1
    while i < n:
        ch = text[i]
        if backslash and ch == "\\":
            i += 2
            continue
        if ch == quote:
            if i + 1 < n and text[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return n


def span_at(spans: list[Span], offset: int) -> Span | None:
    """The statement containing a 0-based offset (or the next one, if it falls between)."""
    for span in spans:
        if offset <= span.end:
            return span
    return spans[-1] if spans else None


def code_tokens(all_tokens: list[Token], starts: list[int], span: Span) -> list[Token]:
    """The tokens of ``all_tokens`` (in text order; ``starts`` their offsets) that begin
    inside the statement, comments left out: two binary searches, not a scan per statement."""
    low, high = bisect_left(starts, span.start), bisect_left(starts, span.end)
    return [t for t in all_tokens[low:high] if t.kind != "comment"]


def statement_text(text: str, span: Span) -> str:
    """The statement's own text, without leading blank lines and comments."""
    body = text[span.start : span.end]
    lines = body.splitlines()
    while lines and (not lines[0].strip() or lines[0].strip().startswith("--")):
        lines.pop(0)
    return "\n".join(lines).strip()


def first_code_offset(text: str, span: Span) -> int:
    """Offset of the first character of the statement that is not blank or a comment line."""
    body = text[span.start : span.end]
    stripped = statement_text(text, span)
    return span.start + (body.find(stripped[:20]) if stripped else 0)


@dataclass(frozen=True)
class Token:
    """A lexical token: ``kind`` is word, quoted (a "quoted identifier"), string, dollar,
    number, punct or comment (``--`` to the end of the line; block comments are skipped)."""

    kind: str
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        """A word lowercased (as the server folds it); other tokens as they are."""
        return self.text.lower() if self.kind == "word" else self.text


# a letter of a name: any character past ASCII, as the server reads a name's non-ASCII bytes (a
# character class of the ranges took 8 ms to compile at every start and left out those past U+FFFF)
_WORD = re.compile(r"(?:[A-Za-z_]|[^\x00-\x7f])(?:[A-Za-z0-9_$]|[^\x00-\x7f])*")
_NUMBER = re.compile(r"[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?")


def tokens(text: str) -> list[Token]:
    """The tokens of ``text`` (enough to read names in DDL and find line comments)."""
    found: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            found.append(Token("comment", text[i:j], i, j))
            i = j
        elif text.startswith("/*", i):
            i = _skip_block_comment(text, i)
        elif ch == "'" or (ch in "eE" and text.startswith("'", i + 1)):
            quote_at = i if ch == "'" else i + 1
            j = _skip_quoted(text, quote_at, "'", backslash=quote_at != i)
            found.append(Token("string", text[i:j], i, j))
            i = j
        elif ch == '"':
            j = _skip_quoted(text, i, '"', backslash=False)
            found.append(Token("quoted", text[i:j], i, j))
            i = j
        elif ch == "$" and (match := _DOLLAR_TAG.match(text, i)):
            close = text.find(match.group(0), match.end())
            j = n if close < 0 else close + len(match.group(0))
            found.append(Token("dollar", text[i:j], i, j))
            i = j
        elif match := _WORD.match(text, i):
            found.append(Token("word", match.group(0), i, match.end()))
            i = match.end()
        elif match := _NUMBER.match(text, i):
            found.append(Token("number", match.group(0), i, match.end()))
            i = match.end()
        else:
            found.append(Token("punct", ch, i, i + 1))
            i += 1
    return found


def identifier(token: Token) -> str | None:
    """The name a word or quoted-identifier token stands for (words fold to lower case)."""
    if token.kind == "word":
        return token.text.lower()
    if token.kind == "quoted":
        return token.text[1:-1].replace('""', '"')
    return None


def string_value(token: Token) -> str | None:
    """The value of a string literal token: plain ('it''s' -> it's) or escaped
    (E'back\\\\slash' -> back\\slash, as the server's quote_literal writes a backslash)."""
    if token.kind != "string":
        return None
    if token.text.startswith("'"):
        return token.text[1:-1].replace("''", "'")
    return _ESCAPE.sub(_unescape, token.text[2:-1])


# a doubled quote, or a backslash escape, of an E'…' string
_ESCAPE = re.compile(r"''|\\([0-7]{1,3}|x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_SIMPLE_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code is None:
        return "'"
    if code[0] in "01234567":
        return chr(int(code, 8))
    if code[0] in "xuU" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _SIMPLE_ESCAPES.get(code, code)
