"""New, dropped and changed functions, planned without migra's inspector: the function part of
:mod:`schemadiff.diff.plain_structure`.

migra (with ``migra_fixes._functions``) writes, and this module writes the same in the same
places:

- a changed function (the same header) replaced with ``create or replace`` and its whole
  definition (``pg_get_functiondef``): when its inspector compares the two versions unequal
  (their source, language, volatility, strictness or security differ: schemainspect's
  ``InspectedFunction.__eq__``), in the selectables.create phase, in its key order (the quoted
  signature), after the new functions; when only what it does not compare differs (a SET
  option, COST, ROWS, LEAKPROOF, PARALLEL, an argument's default), appended by
  ``migra_fixes._functions`` after every other statement of the migra family, in the order of
  the inspector's functions (schema and name);
- a new function created (``pg_get_functiondef``) in the selectables.create phase, in key
  order, and moved by ``migra_fixes._early_functions`` before the tables (it depends on no
  new relation and no other new function: each is plain so), with a copy of the setting below
  put first of all;
- ``set check_function_bodies = off`` in the selectables.create phase, before the new views,
  when a function is new or replaced as migra sees it, unless every function created there
  was moved early;
- a dropped function ``drop function if exists "schema"."name"(arguments)`` (or procedure), in
  key order, in the selectables.drop phase, moved after the tables (dropped for good: no
  function of its name is created).

Plain means (:func:`plain_functions`): each function that differs is a function or a procedure
in SQL or PL/pgSQL (schemainspect reads no C or internal function), not a window function,
whose name has one dot; a changed one keeps its header, the text before ``LANGUAGE`` (its name,
its arguments with their names, modes and defaults, and what it returns), so CREATE OR REPLACE
can replace it and migra re-creates nothing that depends on it; no two of them have one name;
none names another of them where the server records what it names (its header, a SQL-standard
body; a changed one in either version), and no new one names a new table or view there (nor a
new sequence): kept on migra's path to be safe, though the dependency graph orders those on
either path. A body in a string (``AS $$ … $$``) is only text until it runs: the server records
nothing it names, so what it names is not looked at (migra's inspector knows no function's
dependencies either: its dependency query reads views' rules only). Besides,
``plain_structure`` takes no changed function with a dropped table or view (migra re-creates
the functions that depend on those), no new or dropped function with a new or dropped view
(migra orders them with the views, by key and dependencies), and no function that names a
table whose columns change (looked for anywhere in its definition, string bodies too:
conservative).

migra leaves out a function the inspecting role can neither execute nor owns; it is planned
here all the same (the corpus runs as a superuser: the two paths agree there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass
from typing import Any

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import EARLY_FUNCTIONS_PHASE, LATE_FUNCTION_DROPS_PHASE, PHASE_RANK
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.diff.plain_views import mention_of
from schemadiff.snapshot import Snapshot

_HEADER_END = "\n LANGUAGE "  # (pg_get_functiondef: the header, then " LANGUAGE <name>" on a line of its own)
_PLAIN_LANGUAGES = ("sql", "plpgsql")
# (pg_get_functiondef) a body in a string: "AS $function$" at the start of a line
_STRING_BODY = re.compile(r"^AS \$[A-Za-z0-9_]*\$", re.MULTILINE)
_HEADS = ("CREATE OR REPLACE FUNCTION ", "CREATE OR REPLACE PROCEDURE ")
# what schemainspect's InspectedFunction.__eq__ compares, besides the signature and result (the header)
_COMPARED = ("source", "language", "volatility", "strictness", "security", "kind")
_ROUTINE = {"f": "function", "p": "procedure"}  # (queries/render_functions.sql's kind)


@dataclass(frozen=True)
class PlainFunctions:
    """The functions that differ, all plain (as the side that has them has them)."""

    added: tuple[CatalogObject, ...] = ()
    dropped: tuple[CatalogObject, ...] = ()
    changed: tuple[CatalogObject, ...] = ()  # (as desired has them)


def plain_functions(
    have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject], new_relations: Set[str] = frozenset()
) -> PlainFunctions | None:
    """The functions that differ, when every one of them is plain (see the module's docstring);
    None otherwise. ``new_relations``: the tables, views and sequences the plan creates."""
    found = PlainFunctions(
        added=tuple(want[i] for i in sorted(want.keys() - have.keys())),
        dropped=tuple(have[i] for i in sorted(have.keys() - want.keys())),
        changed=tuple(want[i] for i in sorted(want.keys() & have.keys()) if have[i].definition != want[i].definition),
    )
    every = (*found.added, *found.dropped, *found.changed)
    if not all(_plain(f) for f in (*every, *(have[f.identity] for f in found.changed))):
        return None
    if any(_header(have[f.identity]) != _header(f) for f in found.changed):
        return None
    names = [_name(f) for f in every]
    if len(set(names)) < len(names):
        return None  # (two of one name: their order in migra's list of functions is unknown)
    texts = [(f, _recorded(f)) for f in every] + [(f, _recorded(have[f.identity])) for f in found.changed]
    if len(names) > 1 and any(mention_of(set(names) - {_name(f)}).search(text) for f, text in texts):
        return None
    if new_relations and any(mention_of(set(new_relations)).search(_recorded(f)) for f in found.added):
        return None
    return found


def _plain(function: CatalogObject) -> bool:
    head, found, rest = function.definition.partition(_HEADER_END)
    language = rest.split("\n", 1)[0]
    return (
        bool(found)
        and head.startswith(_HEADS)
        and language in _PLAIN_LANGUAGES
        and "\n WINDOW\n" not in rest
        and _name(function).count(".") == 1  # (a dotted name: its parts are unknown)
    )


def _recorded(function: CatalogObject) -> str:
    """The part of a function's definition whose names the server records as its dependencies:
    its header (argument and result types, argument defaults), and a SQL-standard body
    (``RETURN …``, ``BEGIN ATOMIC … END``), not a body in a string (``AS $$ … $$``), which is
    only text until it runs."""
    head, _, rest = function.definition.partition(_HEADER_END)
    return head if _STRING_BODY.search(rest) else function.definition


def _header(function: CatalogObject) -> str:
    return function.definition.partition(_HEADER_END)[0]


def _name(function: CatalogObject) -> str:
    return function.identity.split("(", 1)[0]


@dataclass(frozen=True)
class FunctionPlan:
    """What migra writes for :class:`PlainFunctions`, by where it goes (see the module's
    docstring): ``replaced``, the identities of the changed functions its inspector compares
    unequal; ``fixed``, those of the others."""

    found: PlainFunctions
    replaced: tuple[str, ...]
    fixed: tuple[str, ...]

    @property
    def keeps_setting(self) -> bool:
        """Whether ``set check_function_bodies = off`` stays in the selectables.create phase."""
        return bool(self.replaced) or (bool(self.found.added) and bool(self.fixed))


def function_plan(current: Snapshot, desired: Snapshot, found: PlainFunctions) -> FunctionPlan:
    """Which changed functions migra replaces itself, from the render rows of both sides."""
    identities = {f.identity for f in found.changed}
    before, after = (
        rows_by_identity(current, "functions", identities),
        rows_by_identity(desired, "functions", identities),
    )
    replaced = tuple(i for i in sorted(identities) if any(before[i][c] != after[i][c] for c in _COMPARED))
    return FunctionPlan(found, replaced, tuple(sorted(identities - set(replaced))))


def early_setting(plan: FunctionPlan) -> Iterator[Change]:
    """The setting moved before the tables with the new functions (first of all)."""
    if plan.found.added:
        yield _setting(EARLY_FUNCTIONS_PHASE)


def function_drops(current: Snapshot, plan: FunctionPlan) -> Iterator[Change]:
    """migra's drops of the dropped functions, in its key order, after the tables (for good)."""
    rows = rows_by_identity(current, "functions", {f.identity for f in plan.found.dropped})
    for row in sorted(rows.values(), key=_signature):
        sql = f"drop {_ROUTINE[str(row['kind'])]} if exists {_signature(row)}"
        yield Change("function", Action.DROP, _identity(row), sql, LATE_FUNCTION_DROPS_PHASE)


def late_setting(plan: FunctionPlan) -> Iterator[Change]:
    """The setting where it stays, in the selectables.create phase (before the new views)."""
    if plan.keeps_setting:
        yield _setting(PHASE_RANK["selectables.create"])


def function_creations(desired: Snapshot, plan: FunctionPlan) -> Iterator[Change]:
    """migra's creations of the new functions (moved early) and its replacements, each group in
    its key order."""
    added = rows_by_identity(desired, "functions", {f.identity for f in plan.found.added})
    for row in sorted(added.values(), key=_signature):
        yield _creation(row, EARLY_FUNCTIONS_PHASE)
    replaced = rows_by_identity(desired, "functions", set(plan.replaced))
    for row in sorted(replaced.values(), key=_signature):
        yield _creation(row, PHASE_RANK["selectables.create"])


def fixed_replacements(desired: Snapshot, plan: FunctionPlan) -> Iterator[Change]:
    """``migra_fixes._functions``' replacements of the changed functions migra compares equal,
    in the order of its inspector's functions (schema, then name)."""
    rows = rows_by_identity(desired, "functions", set(plan.fixed))
    for row in sorted(rows.values(), key=lambda r: (str(r["schema_name"]), str(r["function_name"]))):
        yield _creation(row, PHASE_RANK["selectables.create"])


def _setting(phase: int) -> Change:
    return Change("setting", Action.ALTER, "check_function_bodies", "set check_function_bodies = off", phase)


def _creation(row: Mapping[str, Any], phase: int) -> Change:
    sql = str(row["definition"]).strip().rstrip(";").strip()
    return Change("function", Action.CREATE, _identity(row), sql, phase)


def _identity(row: Mapping[str, Any]) -> str:
    return f"{row['schema_name']}.{row['function_name']}"


def _signature(row: Mapping[str, Any]) -> str:
    """A function as migra keys and drops it: ``"schema"."name"(identity arguments)``."""
    return f"{quoted_relation(row['schema_name'], row['function_name'])}({row['identity_arguments']})"
