"""Hazard rules: which risks a change carries.

Each rule is a small function ``(Change) -> tuple[Hazard, ...]``; ``hazards_for`` runs them
all. Rules look at the change's kind and action (set by the diff families), and only for a
few column alterations at the statement itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from schemadiff.changes import Action, Change, Hazard

_TYPE_CHANGE = re.compile(r"\balter column\b.*\btype\b", re.I | re.S)
_SET_NOT_NULL = re.compile(r"\bset not null\b", re.I)
_LOOSENS_RLS = re.compile(r"\b(disable|no force) row level security\b", re.I)
_TO_BROAD_ROLE = re.compile(r"\b(to|from)\s+(public|\"?anon\"?)\b", re.I)
_VALIDATE = re.compile(r"\bvalidate constraint\b", re.I)
_SET_EXPRESSION = re.compile(r"\balter column\b.*\bset expression\b", re.I | re.S)
_VIEW_SECURITY = re.compile(r"\bsecurity_(invoker|barrier)\b", re.I)
_SET_LOGGED = re.compile(r"\bset (un)?logged\b", re.I)
# ADD COLUMN that fills every existing row: identity, stored generated, volatile default
_ADD_COLUMN_REWRITE = re.compile(
    r"\badd column\b.*(\bas identity\b|\bgenerated always as \(.*\) stored\b"
    r"|\bdefault\b.*\b(gen_random_uuid|uuid_generate_v[14]\w*|random|clock_timestamp|timeofday|nextval)\s*\()",
    re.I | re.S,
)


def _drops_data(change: Change) -> tuple[Hazard, ...]:
    if change.action is Action.DROP and change.kind in {"table", "column", "schema", "sequence", "type", "extension", "view", "row"}:
        return (Hazard.DATA_LOSS,)
    if change.kind == "column" and _TYPE_CHANGE.search(change.sql):
        return (Hazard.DATA_LOSS, Hazard.TABLE_REWRITE)
    if change.kind == "column" and _SET_EXPRESSION.search(change.sql):
        return (Hazard.TABLE_REWRITE,)  # a stored column is recomputed
    if change.kind == "column" and change.action is Action.CREATE and _ADD_COLUMN_REWRITE.search(change.sql):
        return (Hazard.TABLE_REWRITE,)
    if change.kind == "table" and change.action is Action.ALTER and _SET_LOGGED.search(change.sql):
        return (Hazard.TABLE_REWRITE,)  # the table is rewritten (SET LOGGED also writes it all to WAL)
    return ()


def _locks(change: Change) -> tuple[Hazard, ...]:
    if change.kind == "constraint" and _VALIDATE.search(change.sql):
        return ()  # VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: reads and writes go on
    if change.kind in {"column", "constraint"} and change.action in (Action.ALTER, Action.DROP):
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    if change.kind == "column" and (_SET_NOT_NULL.search(change.sql) or _ADD_COLUMN_REWRITE.search(change.sql)):
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    if change.kind == "table" and change.action is Action.ALTER:
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    return ()


def _renames(change: Change) -> tuple[Hazard, ...]:
    if change.action is not Action.RENAME:
        return ()
    if change.kind in {"table", "column", "constraint"}:
        return (Hazard.BACKWARD_INCOMPATIBLE, Hazard.ACCESS_EXCLUSIVE_LOCK)  # held only for the rename itself
    return (Hazard.BACKWARD_INCOMPATIBLE,)


def _index_build(change: Change) -> tuple[Hazard, ...]:
    if change.kind == "index" and change.action is Action.CREATE and "concurrently" not in change.sql.lower():
        return (Hazard.INDEX_BUILD,)
    return ()


def _security(change: Change) -> tuple[Hazard, ...]:
    if change.action is Action.RENAME:
        return ()  # a new name grants or takes away nothing
    if change.kind == "policy" or (change.kind == "rls" and _LOOSENS_RLS.search(change.sql)):
        return (Hazard.SECURITY,)
    if change.kind in {"privilege", "default_privilege"} and (change.action is Action.CREATE or _TO_BROAD_ROLE.search(change.sql)):
        return (Hazard.SECURITY,)
    if change.kind == "function" and "security definer" in change.sql.lower():
        return (Hazard.SECURITY,)
    if change.kind == "view" and _VIEW_SECURITY.search(change.sql):
        return (Hazard.SECURITY,)  # whose privileges and which row filters apply through the view
    return ()


RULES: tuple[Callable[[Change], tuple[Hazard, ...]], ...] = (_drops_data, _renames, _locks, _index_build, _security)


def hazards_for(change: Change) -> tuple[Hazard, ...]:
    found: list[Hazard] = []
    for rule in RULES:
        for hazard in rule(change):
            if hazard not in found:
                found.append(hazard)
    return tuple(found)


# --- column type changes that keep every value -----------------------------------------

_NEW_TYPE = re.compile(r"\bset data type\s+(?P<type>.+?)(?:\s+collate\s+\S+)?(?:\s+using\s.*)?$", re.I | re.S)
_VARCHAR = re.compile(r"^character varying(?:\((\d+)\))?$")
_NUMERIC = re.compile(r"^numeric(?:\((\d+),(\d+)\))?$")
_INTEGERS = ("smallint", "integer", "bigint")
_COLUMN_TAIL = re.compile(r" (collate|not null|default|generated) .*$| not null$", re.S)


def column_type(definition: str) -> str:
    """The type at the head of a column's catalog definition (``character varying(20) not null …``)."""
    return _COLUMN_TAIL.sub("", definition).strip()


def widening_hazards(old_type: str, sql: str) -> tuple[Hazard, ...] | None:
    """Hazards of ``ALTER COLUMN … TYPE`` when the new type holds every old value unchanged
    (None when it may not: the caller keeps DATA_LOSS). A new collation only rebuilds the
    column's indexes. A longer or unlimited varchar, text
    for a varchar, and a wider or unconstrained numeric of the same scale need no rewrite
    (binary coercible); a wider integer type is rewritten but loses nothing."""
    found = _NEW_TYPE.search(sql)
    if not found:
        return None
    new_type = found.group("type").strip().strip('"')
    if new_type == old_type:
        return (Hazard.INDEX_BUILD,)  # only the collation changes: no rewrite, the column's indexes are rebuilt
    old_varchar, new_varchar = _VARCHAR.match(old_type), _VARCHAR.match(new_type)
    if old_varchar and (new_type == "text" or new_varchar and (
        new_varchar.group(1) is None or old_varchar.group(1) is not None and int(new_varchar.group(1)) >= int(old_varchar.group(1))
    )):
        return ()
    if old_type == "text" and new_varchar and new_varchar.group(1) is None:
        return ()
    old_numeric, new_numeric = _NUMERIC.match(old_type), _NUMERIC.match(new_type)
    if old_numeric and new_numeric and (
        new_numeric.group(1) is None
        or old_numeric.group(1) is not None
        and old_numeric.group(2) == new_numeric.group(2)
        and int(new_numeric.group(1)) >= int(old_numeric.group(1))
    ):
        return ()
    if old_type in _INTEGERS and new_type in _INTEGERS and _INTEGERS.index(new_type) > _INTEGERS.index(old_type):
        return (Hazard.TABLE_REWRITE,)
    if old_type == "real" and new_type == "double precision":
        return (Hazard.TABLE_REWRITE,)
    return None
