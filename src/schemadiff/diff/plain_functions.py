"""Functions changed in their body or attributes, planned without migra's inspector: the function
part of :mod:`schemadiff.diff.plain_structure`.

migra (with ``migra_fixes._functions``) replaces such a function with ``create or replace`` and
its whole definition (``pg_get_functiondef``), in one of two places, which :func:`function_changes`
keeps:

- when its inspector compares the two versions unequal (their source, language, volatility,
  strictness or security differ: schemainspect's ``InspectedFunction.__eq__``), in its
  selectables.create phase, after ``set check_function_bodies = off`` (written once, before the
  new views, when any function is replaced so), each in its key order (the quoted signature);
- when only what it does not compare differs (a SET option, COST, ROWS, LEAKPROOF, PARALLEL,
  an argument's default), appended by ``migra_fixes._functions`` after every other statement of
  the migra family, in the order of the inspector's functions (schema and name).

Plain means (:func:`plain_functions`): no function is new or dropped (migra orders those by
their dependencies and moves some before the tables); each changed one is a function or a
procedure in SQL or PL/pgSQL (schemainspect reads no C or internal function) whose name has one
dot, not a window function, and keeps its header: the text before ``LANGUAGE`` (its name, its
arguments with their names, modes and defaults, and what it returns) is the same on both sides,
so CREATE OR REPLACE can replace it and migra re-creates nothing that depends on it; when two
change, neither names the other (migra orders those by their dependencies). Besides,
``plain_structure`` drops no table or view when a function changes (migra drops and re-creates
the functions that depend on those), and takes no function that names a table whose columns
change.

migra leaves out a function the inspecting role can neither execute nor owns; it is planned
here all the same (the corpus runs as a superuser: the two paths agree there).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_policies import rows_by_identity
from schemadiff.diff.plain_views import mention_of
from schemadiff.snapshot import Snapshot

_HEADER_END = "\n LANGUAGE "  # (pg_get_functiondef: the header, then " LANGUAGE <name>" on a line of its own)
_PLAIN_LANGUAGES = ("sql", "plpgsql")
_HEADS = ("CREATE OR REPLACE FUNCTION ", "CREATE OR REPLACE PROCEDURE ")
# what schemainspect's InspectedFunction.__eq__ compares, besides the signature and result (the header)
_COMPARED = ("source", "language", "volatility", "strictness", "security", "kind")


def plain_functions(
    have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject]
) -> tuple[CatalogObject, ...] | None:
    """The functions whose definitions differ (as ``want`` has them), when every one of them is
    plain (see the module's docstring) and none is new or dropped; None otherwise."""
    if have.keys() != want.keys():
        return None
    changed = tuple(want[i] for i in sorted(want) if have[i].definition != want[i].definition)
    if not all(_replaceable(have[f.identity], f) for f in changed):
        return None
    names = [_name(f) for f in changed]
    if len(set(names)) < len(names):
        return None  # (two of one name: their order in migra's list of functions is unknown)
    if len(names) > 1 and any(mention_of(set(names) - {_name(f)}).search(_body(f)) for f in changed):
        return None
    return changed


def _name(function: CatalogObject) -> str:
    return function.identity.split("(", 1)[0]


def _replaceable(before: CatalogObject, after: CatalogObject) -> bool:
    if _name(after).count(".") != 1:
        return False  # (a dotted name: its parts are unknown)
    return all(_plain_definition(f.definition) for f in (before, after)) and _header(before) == _header(after)


def _plain_definition(definition: str) -> bool:
    head, found, rest = definition.partition(_HEADER_END)
    language = rest.split("\n", 1)[0]
    return bool(found) and head.startswith(_HEADS) and language in _PLAIN_LANGUAGES and "\n WINDOW\n" not in rest


def _header(function: CatalogObject) -> str:
    return function.definition.partition(_HEADER_END)[0]


def _body(function: CatalogObject) -> str:
    return function.definition.partition(_HEADER_END)[2]


def replaced_by_migra(current: Snapshot, desired: Snapshot, functions: tuple[CatalogObject, ...]) -> list[str]:
    """The identities of those of ``functions`` that migra's inspector compares unequal (it
    replaces them itself, in its selectables.create phase)."""
    identities = {f.identity for f in functions}
    before, after = (
        rows_by_identity(current, "functions", identities),
        rows_by_identity(desired, "functions", identities),
    )
    return [i for i in sorted(identities) if any(before[i][field] != after[i][field] for field in _COMPARED)]


def setting(replaced: list[str]) -> Iterator[Change]:
    """migra's ``set check_function_bodies = off`` before the functions it replaces, if any."""
    if replaced:
        sql = "set check_function_bodies = off"
        yield Change("setting", Action.ALTER, "check_function_bodies", sql, PHASE_RANK["selectables.create"])


def function_replacements(desired: Snapshot, identities: list[str]) -> Iterator[Change]:
    """migra's ``create or replace`` of each of ``identities``, in its key order."""
    rows = rows_by_identity(desired, "functions", set(identities))
    for row in sorted(rows.values(), key=_signature):
        yield _replacement(row)


def fixed_replacements(
    desired: Snapshot, functions: tuple[CatalogObject, ...], replaced: list[str]
) -> Iterator[Change]:
    """``migra_fixes._functions``' ``create or replace`` of those of ``functions`` that migra
    compares equal, in the order of its inspector's functions (schema, then name)."""
    rest = {f.identity for f in functions} - set(replaced)
    rows = rows_by_identity(desired, "functions", rest)
    for row in sorted(rows.values(), key=lambda r: (str(r["schema_name"]), str(r["function_name"]))):
        yield _replacement(row)


def _replacement(row: Mapping[str, Any]) -> Change:
    identity = f"{row['schema_name']}.{row['function_name']}"
    sql = str(row["definition"]).strip().rstrip(";").strip()
    return Change("function", Action.CREATE, identity, sql, PHASE_RANK["selectables.create"])


def _signature(row: Mapping[str, Any]) -> str:
    """A function as migra keys it: ``"schema"."name"(identity arguments)``."""
    quoted = ".".join('"' + str(row[part]).replace('"', '""') + '"' for part in ("schema_name", "function_name"))
    return f"{quoted}({row['identity_arguments']})"
