"""One ALTER TABLE for the column type changes of a table that follow each other in a plan.

An ``ALTER COLUMN … SET DATA TYPE`` that is not binary coercible rewrites the whole table and
rebuilds its indexes, under an ACCESS EXCLUSIVE lock. Widening three integer keys of a table
to bigint in three statements rewrites it three times; one ALTER TABLE holding the three
subcommands rewrites it once (the server computes every new column from the old row in one
pass). So the type changes of one table that are next to each other in a transaction of the
plan become one statement, their subcommands in plan order. Only neighbours are merged: the
dependency order has already put between two type changes whatever must run between them
(a default dropped, a view or a function carried), so nothing moves.

Not merged into one statement:

- a subcommand whose ``USING`` expression names another column of the run, or whose column
  another subcommand's ``USING`` names (a ``-- schemadiff:using`` hint may): in one statement
  every ``USING`` reads the old row, in two the later one reads the earlier one's new value;
- the same column twice (the server refuses it in one statement).

A merged statement is one step. Its hazards are the union of its subcommands', each rated as
the statement it was (:func:`retype_parts`, used by :mod:`schemadiff.rating` on ``plan`` and
again on ``apply``, which reads the subcommands back from the statement).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemadiff.changes import Action, Change
from schemadiff.sqltext import Token, identifier, tokens


@dataclass(frozen=True)
class _Retype:
    """One type change: ``head`` is the statement's ``alter table <name>``, ``text`` the subcommand."""

    change: Change
    head: str
    column: str
    text: str
    using_names: frozenset[str]  # the names the subcommand's USING expression holds (words folded)


def alter_table_subcommands(sql: str) -> tuple[str, list[list[Token]]] | None:
    """``ALTER TABLE <name>`` as written (without a trailing space) and the tokens of each of its
    subcommands, split at the commas outside parentheses (comments left out); None for a
    statement that is not an ALTER TABLE of a plain name."""
    words = [t for t in tokens(sql) if t.kind != "comment"]
    position = _after_table_name(words)
    if position is None or position >= len(words):
        return None
    subcommands: list[list[Token]] = [[]]
    depth = 0
    for token in words[position:]:
        if token.kind == "punct" and token.text == "," and depth == 0:
            subcommands.append([])
            continue
        if token.kind == "punct" and token.text in "([":
            depth += 1
        elif token.kind == "punct" and token.text in ")]":
            depth -= 1
        subcommands[-1].append(token)
    return sql[: words[position].start].rstrip(), subcommands


def type_change_at(subcommand: Sequence[Token]) -> int | None:
    """In an ``ALTER [COLUMN] c [SET DATA] TYPE …`` subcommand, the position of ``c``; else None."""
    lowered = [t.word if t.kind == "word" else None for t in subcommand]
    if not lowered or lowered[0] != "alter":
        return None
    i = 2 if len(lowered) > 1 and lowered[1] == "column" else 1
    rest = lowered[i + 1 : i + 4]
    return i if rest[:1] == ["type"] or rest[:3] == ["set", "data", "type"] else None


def retyped_column(subcommand: Sequence[Token]) -> str | None:
    """The column an ``ALTER [COLUMN] c [SET DATA] TYPE …`` subcommand retypes, else None."""
    position = type_change_at(subcommand)
    return None if position is None else identifier(subcommand[position])


def retype_parts(sql: str) -> list[str] | None:
    """The statements an ALTER TABLE of two or more type changes (and nothing else) was merged
    from, one per subcommand; None for any other statement."""
    found = alter_table_subcommands(sql)
    if found is None or len(found[1]) < 2:
        return None
    head, subcommands = found
    if any(not s or retyped_column(s) is None for s in subcommands):
        return None
    return [f"{head} {sql[s[0].start : s[-1].end]}" for s in subcommands]


def merge_retypes(changes: Sequence[Change]) -> list[Change]:
    """``changes`` (one transaction's, in order) with each run of neighbouring type changes of
    one table merged into one statement (see the module's docstring)."""
    merged: list[Change] = []
    run: list[_Retype] = []
    for change in changes:
        retype = _single_retype(change)
        if retype is not None and run and _joins(run, retype):
            run.append(retype)
            continue
        merged.extend(_merged(run))
        run = []
        if retype is None:
            merged.append(change)
        else:
            run = [retype]
    merged.extend(_merged(run))
    return merged


def _single_retype(change: Change) -> _Retype | None:
    if change.kind != "column" or change.action is not Action.ALTER:
        return None
    found = alter_table_subcommands(change.sql)
    if found is None or len(found[1]) != 1:
        return None
    head, (subcommand,) = found
    column = retyped_column(subcommand)
    if column is None:
        return None
    words = [t.word if t.kind == "word" else None for t in subcommand]
    using = words.index("using") if "using" in words else len(subcommand)
    names = frozenset(n for t in subcommand[using + 1 :] if (n := identifier(t)) is not None)
    text = change.sql[subcommand[0].start : subcommand[-1].end]
    return _Retype(change, head, column, text, names)


def _joins(run: list[_Retype], retype: _Retype) -> bool:
    """Whether ``retype`` may join ``run`` in one statement."""
    columns = {r.column for r in run}
    return (
        retype.head == run[0].head
        and retype.column not in columns
        and columns.isdisjoint(retype.using_names)
        and not any(retype.column in r.using_names for r in run)
    )


def _merged(run: list[_Retype]) -> list[Change]:
    if len(run) < 2:
        return [r.change for r in run]
    first = run[0].change
    sql = run[0].head + "\n" + ",\n".join(f"    {r.text}" for r in run)
    identity = ", ".join(r.change.identity for r in run)
    return [Change(first.kind, Action.ALTER, identity, sql, first.phase)]


def _after_table_name(words: list[Token]) -> int | None:
    """The position of the first token after ``ALTER TABLE [IF EXISTS] [ONLY] <name> [*]``."""
    lowered = [w.word if w.kind == "word" else "" for w in words]
    if lowered[:2] != ["alter", "table"]:
        return None
    i = 2
    if lowered[i : i + 2] == ["if", "exists"]:
        i += 2
    if i < len(lowered) and lowered[i] == "only":
        i += 1
    while i < len(words):
        if identifier(words[i]) is None:
            return None
        i += 1
        if i < len(words) and words[i].kind == "punct" and words[i].text == ".":
            i += 1
            continue
        break
    if i < len(words) and words[i].kind == "punct" and words[i].text == "*":
        i += 1
    return i
