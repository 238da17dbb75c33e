"""Column type changes: values that no cast converts, and defaults that block the change.

migra writes every type change as ``ALTER COLUMN c SET DATA TYPE t USING c::t``. Two ways
that fails at apply, both fixed here before the plan is written:

- **no cast** from the old type to the new one (``bigint`` → ``timestamptz``): ``c::t`` is
  refused by the server. With a USING hint in schema/ (:mod:`schemadiff.using_hints`) its
  expression replaces ``c::t``; without one, ``plan`` refuses, naming the column, the file
  and line that declare it, and the hint to write. (Callers that diff without schema/'s
  hints, such as drift, keep migra's statement.)
- **the column's default**: the server converts the old default to the new type by an
  assignment cast, and migra sets the new default *before* the type change, where it must fit
  the old type (``now()`` on a ``bigint`` column is refused). When the type and the default
  both change, or the old default has no assignment cast to the new type, the default is
  dropped first, the type changed, and the desired default set after.

Whether a cast exists is decided as the server decides it (``find_coercion_pathway``): the
same type, a ``pg_cast`` row (any context for ``::``; assignment or implicit for a default),
arrays by their elements, and the text conversion to a string type (and, for ``::``, from
one); domains by their base type. The facts come from ``queries/render_column_types.sql``
and ``queries/render_casts.sql``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.plain_policies import rows_by_identity
from schemadiff.diff.readers import parent_of
from schemadiff.errors import DiffError
from schemadiff.quoting import quote_ident, unquote_identifier
from schemadiff.snapshot import Snapshot

_STRING = "S"


@dataclass(frozen=True)
class ColumnType:
    name: str  # format_type of the declared type
    base: str  # a domain's base type, else the type
    category: str
    element: str | None  # an array's element type (a domain's base), else None
    element_category: str | None


def column_types(snapshot: Snapshot) -> dict[str, ColumnType]:
    return {
        row["identity"]: ColumnType(
            row["type_name"], row["base"], row["category"], row["element"], row["element_category"]
        )
        for row in snapshot.rows.get("column_types", ())
    }


def casts(*snapshots: Snapshot) -> dict[tuple[str, str], str]:
    """(source, target) → context ('e', 'a', 'i') of the casts of both sides."""
    found: dict[tuple[str, str], str] = {}
    for snapshot in snapshots:
        for row in snapshot.rows.get("casts", ()):
            found[(row["source"], row["target"])] = row["context"]
    return found


def convertible(
    old: ColumnType, new: ColumnType, known: dict[tuple[str, str], str], *, assignment: bool = False
) -> bool:
    """Whether the server converts ``old`` to ``new``: by ``::`` (explicit), or with
    ``assignment`` as it converts a column's default."""
    return _pathway(
        old.base,
        old.category,
        old.element,
        old.element_category,
        new.base,
        new.category,
        new.element,
        new.element_category,
        known,
        assignment,
    )


def _pathway(
    source: str,
    source_category: str,
    source_element: str | None,
    source_element_category: str | None,
    target: str,
    target_category: str,
    target_element: str | None,
    target_element_category: str | None,
    known: dict[tuple[str, str], str],
    assignment: bool,
) -> bool:
    if source == target:
        return True
    context = known.get((source, target))
    if context is not None and (not assignment or context in ("a", "i")):
        return True
    if source_element and target_element:  # array to array: element by element
        return _pathway(
            source_element,
            source_element_category or "",
            None,
            None,
            target_element,
            target_element_category or "",
            None,
            None,
            known,
            assignment,
        )
    if target_category == _STRING and not target_element:
        return True  # the output function, in every context but implicit
    return not assignment and source_category == _STRING and not source_element  # the input function: explicit only


_MIGRA_TYPE_CHANGE = re.compile(
    r"^(?P<head>alter table .* alter column (?P<column>\S+) set data type .*?) using (?P<using>\S+::.+)$", re.S
)
_DEFAULT = re.compile(r"^alter table .* alter column \S+ (?:set default .*|drop default)$", re.S)


def fix_column_types(changes: list[Change], current: Snapshot, desired: Snapshot) -> list[Change]:
    """migra's type changes with the USING hint's expression, refused without a cast, and
    with the column's default dropped around them where it would block (module text)."""
    type_changes = {
        c.identity: c for c in changes if c.kind == "column" and c.action is Action.ALTER and _is_type_change(c)
    }
    if not type_changes:
        return changes
    old_types, new_types = column_types(current), column_types(desired)
    known = casts(current, desired)
    hints = desired.column_hints
    rewritten: dict[str, list[Change]] = {}
    for identity, change in type_changes.items():
        old, new = old_types.get(identity), new_types.get(identity)
        if old is None or new is None:
            continue
        change = _with_using(change, identity, old, new, known, hints)
        rewritten[identity] = _around_default(change, identity, old, new, known, current, desired)
    fixed: list[Change] = []
    for change in changes:
        if change.kind == "column" and change.identity in rewritten:
            if change.identity in type_changes and change is type_changes[change.identity]:
                fixed.extend(rewritten[change.identity])
                continue
            if _DEFAULT.match(change.sql):
                continue  # migra's own default statement, before the type change: _around_default's instead
        fixed.append(change)
    return fixed


def _is_type_change(change: Change) -> bool:
    match = _MIGRA_TYPE_CHANGE.match(change.sql)
    return match is not None and match["using"].startswith(f"{match['column']}::")


def _with_using(
    change: Change, identity: str, old: ColumnType, new: ColumnType, known: dict[tuple[str, str], str], hints: Any
) -> Change:
    match = _MIGRA_TYPE_CHANGE.match(change.sql)
    assert match is not None
    hint = hints.using.get(identity) if hints is not None else None
    if hint is not None:
        return replace(change, sql=f"{match['head']} using {hint.expression}")
    if hints is None or convertible(old, new, known):
        return change
    where = hints.declared_at.get(identity)
    column = quote_ident(unquote_identifier(match["column"]))  # (the statement's, quoted as we quote)
    raise DiffError(
        f"{where + ': ' if where else ''}column {identity} changes type from {old.name} to {new.name}, and no cast "
        f"converts {old.base} to {new.base}: the plan's ALTER COLUMN … TYPE would fail at apply. Say how to convert the "
        f"values with a USING hint on the column's line in schema/, an expression over the column's current value, e.g.\n"
        f"    {column} {new.name}  -- schemadiff:using <expression of {column}>"
    )


def _around_default(
    change: Change,
    identity: str,
    old: ColumnType,
    new: ColumnType,
    known: dict[tuple[str, str], str],
    current: Snapshot,
    desired: Snapshot,
) -> list[Change]:
    """The type change alone, or default dropped, type changed, default set (module text);
    migra's own statement for the default (before the type change) is left out by the caller."""
    before, after = _default(current, identity), _default(desired, identity)
    if before == after and (before is None or convertible(old, new, known, assignment=True)):
        return [change]
    column = identity[len(parent_of(desired.catalog, "column", identity)) + 1 :]
    head = change.sql[: change.sql.index(" alter column ")] + f" alter column {quote_ident(column)}"
    # (a phase before and after the type change's: among the changes free to go, a table's defaults
    # are dropped before its type changes and set after them all, which then follow each other and
    # become one ALTER TABLE, one rewrite: schemadiff/retype_merge.py)
    drop = [replace(change, sql=f"{head} drop default", phase=change.phase - 1)] if before is not None else []
    set_after = (
        [replace(change, sql=f"{head} set default {after}", phase=change.phase + 1)] if after is not None else []
    )
    return [*drop, change, *set_after]


def _default(snapshot: Snapshot, identity: str) -> str | None:
    """The column's default as migra's SET DEFAULT writes it (``pg_get_expr`` under the render
    settings, as its inspector reads it), from the render rows: none for a generated column."""
    row = rows_by_identity(snapshot, "column_types", {identity}).get(identity)
    return None if row is None or row["generated"] else row["default_expression"]
