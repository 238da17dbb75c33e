"""Hazard rules: which risks a change carries.

Each rule is a small function ``(Change) -> tuple[Hazard, ...]``; ``hazards_for`` runs them
all. Rules look at the change's kind and action (set by the diff families) and at the
statement's own words (``NOT VALID``, ``CONCURRENTLY``, ``AS RESTRICTIVE``, …). What each code
means is documented in :mod:`schemadiff.hazard_registry`; what needs the plan or the catalog
(a new table, a dropped policy's kind, a column's old type) is decided in
:mod:`schemadiff.rating`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from schemadiff.changes import Action, Change, Hazard

_TYPE_CHANGE = re.compile(r"\balter column\b.*\btype\b", re.I | re.S)
_SET_NOT_NULL = re.compile(r"\bset not null\b", re.I)
_LOOSENS_RLS = re.compile(r"\b(disable|no force) row level security\b", re.I)
_TIGHTENS_RLS = re.compile(r"\b(enable|(?<!no )force) row level security\b", re.I)
_RESTRICTIVE = re.compile(r"\bas\s+restrictive\b", re.I)
_VALIDATE = re.compile(r"\bvalidate constraint\b", re.I)
_ATTACH = re.compile(r"\battach partition\b", re.I)
_NOT_VALID = re.compile(r"\bnot valid\s*$", re.I)
# the constraint's kind: the word after ``add constraint <name>`` (or after ``add``)
_CONSTRAINT_KIND = re.compile(
    r'\badd\s+(?:constraint\s+(?:"(?:[^"]|"")+"|[^\s"]+)\s+)?(check|foreign|primary|unique|exclude|not)\b', re.I
)
_USING_INDEX = re.compile(r"\b(primary key|unique)\s+using index\b", re.I)
# anchored at a line start (re.M): a statement may begin with comment lines
_CONCURRENTLY = re.compile(r"^\s*(create\s+(unique\s+)?|drop\s+)index\s+concurrently\b", re.I | re.M)
_EXTENSION_UPDATE = re.compile(r"^\s*alter\s+extension\s+(\"(?:[^\"]|\"\")+\"|\S+)\s+update\b", re.I | re.M)
_DOMAIN_CHECK = re.compile(
    r"^\s*alter\s+domain\b.*\b(validate constraint|set not null|add constraint\b(?!.*\bnot valid\s*$))",
    re.I | re.S | re.M,
)
_TRIGGER_STATE = re.compile(r"\b(enable|disable)\b.*\btrigger\b", re.I | re.S)
_SET_EXPRESSION = re.compile(r"\balter column\b.*\bset expression\b", re.I | re.S)
_VIEW_SECURITY = re.compile(r"\bsecurity_(invoker|barrier)\b", re.I)
_CASCADED = re.compile(r"\battribute\b.*\bcascade\b", re.I | re.S)  # ALTER TYPE … CASCADE: typed tables too
_DROPS_ATTRIBUTE = re.compile(r"\bdrop attribute\b", re.I)
_RETYPES_ATTRIBUTE = re.compile(r"\balter attribute\b.*\btype\b", re.I | re.S)
_SET_LOGGED = re.compile(r"\bset (un)?logged\b", re.I)
# ADD COLUMN that fills every existing row: identity, stored generated, volatile default
_ADD_COLUMN_REWRITE = re.compile(
    r"\badd column\b.*(\bas identity\b|\bgenerated always as \(.*\) stored\b"
    r"|\bdefault\b.*\b(gen_random_uuid|uuid_generate_v[14]\w*|random|clock_timestamp|timeofday|nextval)\s*\()",
    re.I | re.S,
)


def _drops_data(change: Change) -> tuple[Hazard, ...]:
    if change.action is Action.DROP and change.kind in {
        "table",
        "column",
        "schema",
        "sequence",
        "type",
        "extension",
        "view",
        "row",
    }:
        return (Hazard.DATA_LOSS,)
    if change.action is Action.DROP and change.kind in {
        "foreign_server",
        "user_mapping",
    }:  # secrets set out of band go too
        return (Hazard.DATA_LOSS,)
    if change.kind == "column" and _TYPE_CHANGE.search(change.sql):
        return (Hazard.DATA_LOSS, Hazard.TABLE_REWRITE)
    if change.kind == "type" and change.action is Action.ALTER and _CASCADED.search(change.sql):
        # ALTER TYPE … CASCADE changes its typed tables' columns: dropped, or retyped (rewritten)
        lost = (Hazard.DATA_LOSS,) if _DROPS_ATTRIBUTE.search(change.sql) else ()
        rewritten = (Hazard.DATA_LOSS, Hazard.TABLE_REWRITE) if _RETYPES_ATTRIBUTE.search(change.sql) else ()
        return tuple(dict.fromkeys((*lost, *rewritten)))
    if change.kind == "column" and _SET_EXPRESSION.search(change.sql):
        return (Hazard.TABLE_REWRITE,)  # a stored column is recomputed
    if change.kind == "column" and change.action is Action.CREATE and _ADD_COLUMN_REWRITE.search(change.sql):
        return (Hazard.TABLE_REWRITE,)
    if change.kind == "table" and change.action is Action.ALTER and _SET_LOGGED.search(change.sql):
        return (Hazard.TABLE_REWRITE,)  # the table is rewritten (SET LOGGED also writes it all to WAL)
    return ()


def _locks(change: Change) -> tuple[Hazard, ...]:
    if change.kind == "constraint":
        return _constraint_locks(change)
    if change.kind == "column" and change.action in (Action.ALTER, Action.DROP):
        scan = (Hazard.LONG_VALIDATION,) if _SET_NOT_NULL.search(change.sql) else ()
        return (Hazard.ACCESS_EXCLUSIVE_LOCK, *scan)
    if change.kind == "column" and (_SET_NOT_NULL.search(change.sql) or _ADD_COLUMN_REWRITE.search(change.sql)):
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    if change.kind == "owner" and change.identity.startswith("table "):  # ALTER TABLE … OWNER TO
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    if change.kind == "table" and change.action is Action.ALTER:
        added = (
            _constraint_locks(change) if _CONSTRAINT_KIND.search(change.sql) else ()
        )  # ALTER TABLE … ADD PRIMARY KEY …
        if _ATTACH.search(change.sql):  # the table's rows checked against its bound (unless a valid CHECK proves it)
            added = (Hazard.LONG_VALIDATION,)
        return tuple(dict.fromkeys((Hazard.ACCESS_EXCLUSIVE_LOCK, *added)))
    if change.kind == "trigger" and (change.action is Action.CREATE or _TRIGGER_STATE.search(change.sql)):
        return (Hazard.SHARE_ROW_EXCLUSIVE_LOCK,)
    if change.kind == "trigger" and change.action is Action.DROP:
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    if change.kind == "rule":  # CREATE/DROP RULE and ALTER TABLE … ENABLE|DISABLE RULE (it may change SELECT rules)
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    if change.kind == "type" and _DOMAIN_CHECK.search(change.sql):
        return (Hazard.LONG_VALIDATION,)  # every column of the domain is checked
    if change.kind == "type" and change.action is Action.ALTER and _CASCADED.search(change.sql):
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)  # (on its typed tables, which it alters)
    return ()


def _constraint_locks(change: Change) -> tuple[Hazard, ...]:
    sql = change.sql
    if _VALIDATE.search(sql):
        return (Hazard.LONG_VALIDATION,)  # SHARE UPDATE EXCLUSIVE: reads and writes go on
    if change.kind == "constraint" and change.action is not Action.CREATE:
        return (Hazard.ACCESS_EXCLUSIVE_LOCK,)
    found = _CONSTRAINT_KIND.search(sql)
    kind = found.group(1).lower() if found else ""
    scan = () if _NOT_VALID.search(sql) else (Hazard.LONG_VALIDATION,)
    if kind == "foreign":  # the referenced table is locked the same way
        return (Hazard.SHARE_ROW_EXCLUSIVE_LOCK, *scan)
    if kind in ("primary", "unique", "exclude"):
        if _USING_INDEX.search(sql):
            return (Hazard.ACCESS_EXCLUSIVE_LOCK,)  # the index exists already
        return (Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.INDEX_BUILD)
    if kind in ("check", "not"):
        return (Hazard.ACCESS_EXCLUSIVE_LOCK, *scan)
    return (Hazard.ACCESS_EXCLUSIVE_LOCK,)


def _renames(change: Change) -> tuple[Hazard, ...]:
    if change.action is not Action.RENAME or change.kind == "index":
        return ()  # code does not use index names
    if change.kind in {"table", "column", "constraint"}:
        return (Hazard.BACKWARD_INCOMPATIBLE, Hazard.ACCESS_EXCLUSIVE_LOCK)  # held only for the rename itself
    return (Hazard.BACKWARD_INCOMPATIBLE,)


def _indexes(change: Change) -> tuple[Hazard, ...]:
    if change.kind != "index" or _CONCURRENTLY.search(change.sql):
        if change.kind == "index" and change.action is Action.DROP:
            return (Hazard.INDEX_DROPPED,)
        return ()
    if change.action is Action.CREATE:
        return (Hazard.SHARE_LOCK, Hazard.INDEX_BUILD)
    if change.action is Action.DROP:
        return (Hazard.INDEX_DROPPED, Hazard.ACCESS_EXCLUSIVE_LOCK)
    return ()


def _extensions(change: Change) -> tuple[Hazard, ...]:
    if change.kind == "extension" and _EXTENSION_UPDATE.search(change.sql):
        return (Hazard.EXTENSION_VERSION_CHANGE,)
    return ()


def _distribution(change: Change) -> tuple[Hazard, ...]:
    return (Hazard.DATA_MOVED,) if change.kind == "distribution" else ()


def _access(change: Change) -> tuple[Hazard, ...]:
    """Who may see or change which data. With row level security on, a row is visible when
    one permissive policy and every restrictive policy allow it: a permissive policy added or
    a restrictive one dropped widens access, the reverse narrows it. A changed policy may go
    either way: it counts as widened. A dropped policy whose kind the statement does not say
    counts as widened here; ``rating`` reads its kind from the catalog."""
    if change.action is Action.RENAME:
        return ()  # a new name grants or takes away nothing
    sql = change.sql
    if change.kind == "rls":
        if _LOOSENS_RLS.search(sql):
            return (Hazard.ACCESS_WIDENED,)
        return (Hazard.ACCESS_NARROWED,) if _TIGHTENS_RLS.search(sql) else ()
    if change.kind == "policy":
        if change.action is Action.CREATE and _RESTRICTIVE.search(sql):
            return (Hazard.ACCESS_NARROWED,)
        return (Hazard.ACCESS_WIDENED,)
    if change.kind in {"privilege", "default_privilege"}:
        return (Hazard.ACCESS_WIDENED,) if change.action is Action.CREATE else (Hazard.ACCESS_NARROWED,)
    if change.kind == "owner":  # the new owner holds every privilege; definer functions and views run as it
        return (Hazard.ACCESS_WIDENED,)
    if change.kind == "function" and "security definer" in sql.lower():
        return (Hazard.ACCESS_WIDENED,)
    if change.kind == "view" and _VIEW_SECURITY.search(sql):
        return (Hazard.ACCESS_WIDENED,)  # whose privileges and which row filters apply through the view
    return ()


def dropped_policy_hazards(definition: str | None) -> tuple[Hazard, ...]:
    """The hazard of dropping a policy whose catalog definition is ``definition``
    (``as permissive …`` / ``as restrictive …``; None when the catalog does not have it)."""
    if definition is not None and definition.startswith("as permissive"):
        return (Hazard.ACCESS_NARROWED,)
    return (Hazard.ACCESS_WIDENED,)  # restrictive, or unknown: the conservative side


RULES: tuple[Callable[[Change], tuple[Hazard, ...]], ...] = (
    _drops_data,
    _renames,
    _locks,
    _indexes,
    _extensions,
    _distribution,
    _access,
)


def hazards_for(change: Change) -> tuple[Hazard, ...]:
    found: list[Hazard] = []
    for rule in RULES:
        for hazard in rule(change):
            if hazard not in found:
                found.append(hazard)
    return tuple(found)


# --- column type changes that keep every value -----------------------------------------

_NEW_TYPE = re.compile(
    r"\bset data type\s+(?P<type>.+?)(?:\s+collate\s+(?P<collation>\S+))?(?:\s+using\s.*)?$", re.I | re.S
)
_COLLATION = re.compile(r"^[^']*? collate (\S+)")  # (queries/column.sql: after the type, before any default)
_VARCHAR = re.compile(r"^character varying(?:\((\d+)\))?$")
_NUMERIC = re.compile(r"^numeric(?:\((\d+),(\d+)\))?$")
_INTEGERS = ("smallint", "integer", "bigint")
_COLUMN_TAIL = re.compile(r" (collate|not null|default|generated) .*$| not null$", re.S)


def column_type(definition: str) -> str:
    """The type at the head of a column's catalog definition (``character varying(20) not null …``)."""
    return _COLUMN_TAIL.sub("", definition).strip()


def column_collation(definition: str) -> str:
    """The non-default collation of a column's catalog definition, ``""`` for its type's."""
    found = _COLLATION.search(definition)
    return found.group(1) if found else ""


def widening_hazards(old_type: str, sql: str, old_collation: str = "") -> tuple[Hazard, ...] | None:
    """Hazards of ``ALTER COLUMN … TYPE`` when the new type holds every old value unchanged
    (None when it may not: the caller keeps DATA_LOSS). A new collation only rebuilds the
    column's indexes. A longer or unlimited varchar, text
    for a varchar, and a wider or unconstrained numeric of the same scale need no rewrite
    (binary coercible), but their indexes are rebuilt when the collation changes too;
    a wider integer type is rewritten but loses nothing."""
    found = _NEW_TYPE.search(sql)
    if not found:
        return None
    new_type = found.group("type").strip().strip('"')
    if new_type == old_type:
        return (Hazard.INDEX_BUILD,)  # only the collation changes: no rewrite, the column's indexes are rebuilt
    coerced = (Hazard.INDEX_BUILD,) if (found.group("collation") or "") != old_collation else ()
    old_varchar, new_varchar = _VARCHAR.match(old_type), _VARCHAR.match(new_type)
    if old_varchar and (
        new_type == "text"
        or new_varchar
        and (
            new_varchar.group(1) is None
            or old_varchar.group(1) is not None
            and int(new_varchar.group(1)) >= int(old_varchar.group(1))
        )
    ):
        return coerced
    if old_type == "text" and new_varchar and new_varchar.group(1) is None:
        return coerced
    old_numeric, new_numeric = _NUMERIC.match(old_type), _NUMERIC.match(new_type)
    if (
        old_numeric
        and new_numeric
        and (
            new_numeric.group(1) is None
            or old_numeric.group(1) is not None
            and old_numeric.group(2) == new_numeric.group(2)
            and int(new_numeric.group(1)) >= int(old_numeric.group(1))
        )
    ):
        return coerced
    if old_type in _INTEGERS and new_type in _INTEGERS and _INTEGERS.index(new_type) > _INTEGERS.index(old_type):
        return (Hazard.TABLE_REWRITE,)
    if old_type == "real" and new_type == "double precision":
        return (Hazard.TABLE_REWRITE,)
    return None
