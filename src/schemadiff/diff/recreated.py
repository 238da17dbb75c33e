"""Grants and comments of the objects a plan drops and creates again, for ``diff/carried.py``.

An object created again starts with what a new object has: the grants of a new object (PUBLIC's
EXECUTE on a function, USAGE on a type, the default privileges) and no comment. Its grants and
comment are the same on both sides, so the privileges and comments families plan nothing for
it. This module grants again what it had (``privileges.recreated_object_grants``: what a new
one has but the desired one does not is revoked) and comments it again, after its creation:

- a table dropped and created again (converted to or from a partitioned table): its grants (its
  columns' too), its comment and its columns' comments, table by table; then the comments of its
  constraints, indexes, triggers and policies, created again with it (but those of the
  constraints, indexes and triggers whose definitions change: ``comments.recommented_changes``);
- a foreign table dropped and created again (moved to another server, or its server created
  again: ``diff/foreign_data.py``): its grants (its columns' too), its comment and its columns'
  comments;
- a view or materialized view dropped and created again (a view whose columns change otherwise
  than by new ones at the end, a changed materialized view, those that depend on them): its
  grants, its comment and its columns' comments;
- a function or procedure dropped and created again (its header changes: what it returns, an
  argument's name): its grants and comment. The changes name a function without its arguments,
  and a grant names it with its arguments' names: matched by name, an overload left alone gets
  its grants and comment set again too (no change);
- a type created again under its name (an enum that loses, renames or moves a label: the old
  one is renamed, then dropped): its grants and comment;
- a policy dropped and created again (its command or kind changes): its comment;
- a constraint dropped and added again the same (a foreign key around a key the plan drops, a
  CHECK that calls a function carried around a view: ``diff/carried.py``): its comment (one
  whose definition changes is the comments family's, ``recommented_changes``).

A changed comment or a grant that differs is the comments' or the privileges' family's: only
what is the same on both sides is carried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence, Set

from schemadiff.changes import Action, Change
from schemadiff.diff.comments import COMMENT_TARGET, recommented
from schemadiff.diff.comments import PHASE as COMMENT_PHASE
from schemadiff.diff.privileges import recreated_object_grants
from schemadiff.quoting import qualified_parts, quote_literal, unquote_identifier, unquote_qualified
from schemadiff.snapshot import Snapshot

_POLICY_TARGET = re.compile(r'("(?:[^"]|"")*"|[^" ]+) on (.+)', re.S)  # pg_identify_object: "<name> on <table>"


def dropped_and_created(changes: Sequence[Change], kind: str, gone: tuple[Action, ...] = (Action.DROP,)) -> set[str]:
    """The identities of the objects of ``kind`` the plan takes away (``gone``: drops, or
    renames out of the way) and creates again."""
    of_kind = [c for c in changes if c.kind == kind]
    return {c.identity for c in of_kind if c.action in gone} & {
        c.identity for c in of_kind if c.action is Action.CREATE
    }


def recreated_grants_and_comments(
    changes: Sequence[Change], current: Snapshot, desired: Snapshot, unchanged_functions: Set[str] = frozenset()
) -> Iterator[Change]:
    """``unchanged_functions``: functions dropped and created again though the same on both sides
    (``diff/carried_dependents.py``), by name."""
    tables = dropped_and_created(changes, "table")
    for table in sorted(tables):
        if table in desired.rls:  # (a row of every table)
            yield from _grants({table}, ("table", "column"), unquote_qualified, current, desired)
            yield from _comments({table}, _TABLE_COMMENTS, current, desired)
    if tables:
        yield from _member_comments(tables, current, desired)
    foreign = dropped_and_created(changes, "foreign_table")
    if foreign:
        yield from _grants(foreign, ("table", "column"), unquote_qualified, current, desired)
        yield from _comments(foreign, _FOREIGN_TABLE_COMMENTS, current, desired)
    views = dropped_and_created(changes, "view")
    if views:
        yield from _grants(views, ("view",), unquote_qualified, current, desired)
        yield from _comments(views, _VIEW_COMMENTS, current, desired)
    functions = _recreated_functions(dropped_and_created(changes, "function"), current, desired) | unchanged_functions
    if functions:
        yield from _grants(functions, _ROUTINES, _routine_name, current, desired)
        yield from _comments(functions, dict.fromkeys(_ROUTINES, _routine_name), current, desired)
    types = dropped_and_created(changes, "type", (Action.DROP, Action.RENAME))
    if types:
        yield from _grants(types, ("type", "domain"), unquote_qualified, current, desired)
        yield from _comments(types, dict.fromkeys(("type", "domain"), unquote_qualified), current, desired)
    policies = dropped_and_created(changes, "policy")
    if policies:
        yield from _comments(policies, {"policy": _member_identity}, current, desired)
    constraints = {
        c
        for c in dropped_and_created(changes, "constraint")
        if current.catalog.get("constraint", c) == desired.catalog.get("constraint", c)
    }
    if constraints:
        yield from _comments(constraints, {"table constraint": _member_identity}, current, desired)


def _member_comments(tables: set[str], current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The unchanged comments of the constraints, indexes, triggers and policies of ``tables``
    (dropped and created again: created again with them), but those ``recommented_changes`` sets."""
    for (object_type, target), text in sorted(desired.comments.items()):
        kind = _MEMBER_KINDS.get(object_type)
        if kind is None or text is None or current.comments.get((object_type, target)) != text:
            continue
        identity = unquote_qualified(target) if kind == "index" else _member_identity(target)
        before, after = current.catalog.get(kind, identity), desired.catalog.get(kind, identity)
        if before is None or after is None or after.parent not in tables:
            continue
        if recommented(kind, before.definition, after.definition):
            continue
        what = COMMENT_TARGET.get(object_type, object_type)
        yield Change(
            "comment",
            Action.CREATE,
            f"{what} {target}",
            f"comment on {what} {target} is {quote_literal(text)}",
            COMMENT_PHASE,
        )


_MEMBER_KINDS = {"table constraint": "constraint", "index": "index", "trigger": "trigger", "policy": "policy"}


def _grants(
    recreated: set[str], kinds: tuple[str, ...], identity_of: Callable[[str], str], current: Snapshot, desired: Snapshot
) -> Iterator[Change]:
    """Grants again on each object of ``kinds`` whose target (without its kind) names one of
    ``recreated`` (``identity_of``: the identity a target names) what it had. A target the
    current side does not have (a function whose argument is renamed: a grant names the
    arguments' names) is a new object to the privileges family, which plans its grants whole."""
    for kind, target in sorted(desired.privileged_objects & current.privileged_objects):
        if kind in kinds and identity_of(target.split(" ", 1)[1]) in recreated:
            yield from recreated_object_grants(desired, kind, target, current.privileges)


def _comments(
    recreated: set[str], types: Mapping[str, Callable[[str], str]], current: Snapshot, desired: Snapshot
) -> Iterator[Change]:
    """Comments again each object of ``types`` (an object type as ``pg_identify_object`` names
    it, and the identity its target names) that names one of ``recreated`` with what it had."""
    for (object_type, target), text in sorted(desired.comments.items()):
        if object_type not in types or text is None or current.comments.get((object_type, target)) != text:
            continue
        if types[object_type](target) in recreated:
            what = COMMENT_TARGET.get(object_type, object_type)
            sql = f"comment on {what} {target} is {quote_literal(text)}"
            yield Change("comment", Action.CREATE, f"{what} {target}", sql, COMMENT_PHASE)


def _relation_of_column(target: str) -> str:
    return ".".join(qualified_parts(target)[:-1])


_TABLE_COMMENTS: dict[str, Callable[[str], str]] = {"table": unquote_qualified, "table column": _relation_of_column}
_FOREIGN_TABLE_COMMENTS: dict[str, Callable[[str], str]] = {
    "foreign table": unquote_qualified,
    "foreign table column": _relation_of_column,
}
_VIEW_COMMENTS: dict[str, Callable[[str], str]] = {
    "view": unquote_qualified,
    "materialized view": unquote_qualified,
    "view column": _relation_of_column,
    "materialized view column": _relation_of_column,
}
_ROUTINES = ("function", "procedure")  # (privilege kinds and comment object types)


def _recreated_functions(names: set[str], current: Snapshot, desired: Snapshot) -> set[str]:
    """Of ``names`` (the changes' identities: a function's name, without its arguments), those
    with a function whose definition differs on the two sides under one identity (an overload
    created anew under another is a new object, its grants the privileges family's)."""
    if not names:
        return set()
    return {
        identity.split("(", 1)[0]
        for identity, function in desired.catalog.of_kind("function").items()
        if identity.split("(", 1)[0] in names
        and (before := current.catalog.get("function", identity)) is not None
        and before.definition != function.definition
    }


def _routine_name(signature: str) -> str:
    """``"my schema".f(integer)`` -> ``my schema.f``: a routine's qualified name, as quote_ident
    prints it, without its arguments."""
    return unquote_qualified(signature.partition("(")[0])


def _member_identity(target: str) -> str:
    """``p on public.t`` -> ``public.t.p``: a policy's or a constraint's identity, from the target
    that names it."""
    found = _POLICY_TARGET.fullmatch(target)
    return f"{unquote_qualified(found.group(2))}.{unquote_identifier(found.group(1))}" if found else ""
