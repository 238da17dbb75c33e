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
  function of its name is created; one replaced by a new overload of its name stays, and that
  overload is created in the selectables.create phase, not moved early; a policy that called the
  dropped one is dropped before it and created again after, never altered:
  :func:`function_policies`);
- a function whose header changes is dropped and created again. One whose arguments are
  renamed is two functions to migra's inspector (its key names the arguments): its drop goes
  in key order among the dropped ones, in the selectables.drop phase, and its creation among
  the new ones, in the selectables.create phase (not moved early: a function of its name is
  dropped). One whose result changes is replaced by migra (its inspector compares a result by
  the OUT arguments, else by the first argument's type), in key order among the replaced
  ones, and ``migra_fixes._functions`` drops it first, appended in the order of the
  inspector's functions with the replacements it appends.

Plain means (:func:`plain_functions`): each function that differs is a function or a procedure
in SQL or PL/pgSQL (schemainspect reads no C or internal function), not a window function,
whose name has one dot; a changed one keeps its header, the text before ``LANGUAGE`` (its name,
its arguments with their names, modes and defaults, and what it returns), so CREATE OR REPLACE
can replace it, or has on neither side an argument default, an OUT or INOUT argument or
RETURNS TABLE, stays a function or a procedure, and is named by nothing else of either side
(:func:`reheaded_alone`: migra re-creates what depends on a function it drops) while no enum
grows (migra's inspector replaces no function that names a changed enum); no changed one
shares its name with another that differs (their order in migra's list of functions, by schema
and name, is unknown), but new and dropped ones may share theirs (overloads: by their
signatures);
none names another of them where the server records what it names (its header, a SQL-standard
body; a changed one in either version), and no new one names a new table or view there (nor a
new sequence): kept on migra's path to be safe, though the dependency graph orders those on
either path. A body in a string (``AS $$ … $$``) is only text until it runs: the server records
nothing it names, so what it names is not looked at (migra's inspector knows no function's
dependencies either: its dependency query reads views' rules only). Besides,
``plain_structure`` takes no changed function with a dropped table or view (migra re-creates
the functions that depend on those), no new or dropped function that names a new or dropped
view or that one of those names (migra orders them with the views, by key and dependencies:
``apart_from_views``; ``plain_statements.in_migra_key_order`` merges them), and no function that names a
table whose columns change (looked for anywhere in its definition, string bodies too:
conservative).

Aggregates are left out: migra's inspector reads none, and the aggregates family plans them on
either path (``PlainFunctions.aggregates``, those that differ: the light families run it).

migra leaves out a function the inspecting role can neither execute nor owns; it is planned
here all the same (the corpus runs as a superuser: the two paths agree there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Set
from dataclasses import dataclass, replace
from typing import Any

from schemadiff.catalog import Catalog, CatalogObject
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
# (pg_get_functiondef's header) an OUT or INOUT argument, an argument's default, RETURNS TABLE
_MODE_OR_DEFAULT = re.compile(r"(?:\(|, )(?:OUT|INOUT) | DEFAULT |\n RETURNS TABLE\(")
# the kinds whose definitions name no function, or only as a grant, a comment or an owner of it does
_NAMING_NO_FUNCTION = frozenset({"privilege", "comment", "owner", "not_null_name", "schema", "extension"})


@dataclass(frozen=True)
class PlainFunctions:
    """The functions that differ, all plain (as the side that has them has them)."""

    added: tuple[CatalogObject, ...] = ()
    dropped: tuple[CatalogObject, ...] = ()
    changed: tuple[CatalogObject, ...] = ()  # (as desired has them)
    reheaded: frozenset[str] = frozenset()  # those of ``changed`` whose header changes (dropped and created again)
    aggregates: frozenset[str] = frozenset()  # the aggregates that differ: the aggregates family's, not in the above


def plain_functions(
    have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject], new_relations: Set[str] = frozenset()
) -> PlainFunctions | None:
    """The functions that differ, when every one of them is plain (see the module's docstring);
    None otherwise. ``new_relations``: the tables, views and sequences the plan creates. The
    aggregates are the aggregates family's on either path (migra's inspector reads none)."""
    aggregates = {i for i, f in (*have.items(), *want.items()) if _is_aggregate(f)}
    if any(_is_aggregate(have[i]) != _is_aggregate(want[i]) for i in aggregates & have.keys() & want.keys()):
        return None  # (a function becomes an aggregate of its signature, or the other way)
    differing = frozenset(i for i in aggregates if have.get(i) != want.get(i))
    have = {i: f for i, f in have.items() if i not in aggregates}
    want = {i: f for i, f in want.items() if i not in aggregates}
    found = PlainFunctions(
        added=tuple(want[i] for i in sorted(want.keys() - have.keys())),
        dropped=tuple(have[i] for i in sorted(have.keys() - want.keys())),
        changed=tuple(want[i] for i in sorted(want.keys() & have.keys()) if have[i].definition != want[i].definition),
    )
    every = (*found.added, *found.dropped, *found.changed)
    if not all(_plain(f) for f in (*every, *(have[f.identity] for f in found.changed))):
        return None
    reheaded = frozenset(f.identity for f in found.changed if _header(have[f.identity]) != _header(f))
    if not all(_reheadable(have[i], want[i]) for i in reheaded):
        return None
    found = replace(found, reheaded=reheaded, aggregates=differing)
    names = [_name(f) for f in every]
    changed_names = [_name(f) for f in found.changed]
    new_or_dropped = {_name(f) for f in (*found.added, *found.dropped)}
    if len(set(changed_names)) < len(changed_names) or set(changed_names) & new_or_dropped:
        return None  # (a changed one shares its name: the order of those in migra's list of functions is unknown)
    texts = [(f, _recorded(f)) for f in every] + [(f, _recorded(have[f.identity])) for f in found.changed]
    if len(set(names)) > 1 and any(mention_of(set(names) - {_name(f)}).search(text) for f, text in texts):
        return None
    if new_relations and any(mention_of(set(new_relations)).search(_recorded(f)) for f in found.added):
        return None
    return found


def _is_aggregate(function: CatalogObject) -> bool:
    return function.definition.startswith("aggregate ")  # (queries/function.sql)


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


def _reheadable(before: CatalogObject, after: CatalogObject) -> bool:
    """Whether a function whose header changes is re-created as migra does it here: of one
    kind on both sides, with no argument default, no OUT or INOUT argument and no RETURNS
    TABLE (its inspector compares a function's result by the OUT arguments, else by the type
    of its first argument: so it replaces a function whose result type changes, and
    ``migra_fixes._functions`` drops it first)."""
    heads = (_header(before), _header(after))
    return heads[0].split("(", 1)[0] == heads[1].split("(", 1)[0] and not any(
        _MODE_OR_DEFAULT.search(head) for head in heads
    )


def reheaded_alone(found: PlainFunctions, current: Catalog, desired: Catalog) -> bool:
    """Whether nothing but the functions of ``found.reheaded`` themselves, on either side,
    names one of them (conservative: by name, anywhere in a definition; a function's where the
    server records what it names), but policies that do not change (:func:`function_policies`):
    migra re-creates what depends on a function it drops, and the server refuses to drop a
    function something depends on."""
    if not found.reheaded:
        return True

    def unchanged_policy(obj: CatalogObject) -> bool:  # (dropped and created again around it: function_policies)
        return obj.kind == "policy" and current.get("policy", obj.identity) == desired.get("policy", obj.identity)

    return not _named_elsewhere(_reheaded_names(found), found.reheaded, current, desired, unchanged_policy)


def _named_elsewhere(
    names: Set[str],
    functions: Set[str],
    current: Catalog,
    desired: Catalog,
    spared: Callable[[CatalogObject], bool] = lambda obj: False,
) -> bool:
    """Whether an object of either side but the ``functions`` themselves and the ``spared`` ones
    names one of ``names`` (by name, anywhere in a definition: conservative; a function's where
    the server records what it names), grants, comments and owners aside."""
    mention = mention_of(names)
    return any(
        mention.search(_recorded(obj) if obj.kind == "function" else obj.definition)
        for catalog in (current, desired)
        for obj in catalog.objects
        if obj.kind not in _NAMING_NO_FUNCTION
        and not (obj.kind == "function" and obj.identity in functions)
        and not spared(obj)
    )


def carried_alone(identities: Set[str], current: Catalog, desired: Catalog) -> bool:
    """Whether the functions ``identities`` (the same on both sides), which ``diff.carried`` may
    drop and create again around a view the plan re-creates, are each plain, of a name no other
    function has, and named by nothing else of either side (by name, anywhere: conservative; a
    function's where the server records what it names), so that they alone are carried."""
    if not identities:
        return True
    functions = [desired.of_kind("function")[i] for i in sorted(identities)]
    if not all(_plain(f) and not _is_aggregate(f) for f in functions):
        return False
    names = {_name(f) for f in functions}
    if any(
        _name(f) in names and f.identity not in identities
        for c in (current, desired)
        for f in c.of_kind("function").values()
    ):
        return False  # (an overload: the dependency edges name a function without its arguments)
    return not _named_elsewhere(names, identities, current, desired)


def function_policies(found: PlainFunctions, current: Catalog, desired: Catalog) -> frozenset[str]:
    """The policies, the same on both sides, that name a function of ``found.reheaded``, and
    the current side's policies that name a dropped function (by name, anywhere: conservative);
    ``plain_columns.blocked_policies`` tells those that use one, dropped before it and created
    again after it (never altered), as the policies family does."""
    same = mention_of(_reheaded_names(found)) if found.reheaded else None
    gone = mention_of({_name(f) for f in found.dropped}) if found.dropped else None
    return frozenset(
        identity
        for identity, policy in current.of_kind("policy").items()
        if (gone is not None and gone.search(policy.definition))
        or (same is not None and desired.get("policy", identity) == policy and same.search(policy.definition))
    )


def reheaded_names(current: Catalog, desired: Catalog) -> frozenset[str]:
    """The names (``schema.name``) of the current side's functions that are gone or have another
    header on the desired side (the policies family's test, whose inspector keys a function by
    its arguments' names and compares its result)."""
    return frozenset(
        _name(before)
        for identity, before in current.of_kind("function").items()
        if (after := desired.get("function", identity)) is None or _header(after) != _header(before)
    )


def _reheaded_names(found: PlainFunctions) -> set[str]:
    return {_name(f) for f in found.changed if f.identity in found.reheaded}


def apart_from_views(found: PlainFunctions, views: tuple[CatalogObject, ...]) -> bool:
    """Whether none of the new or dropped ``views`` names a function that migra creates or drops
    with them (new, dropped, or with renamed arguments: its inspector's key changes), nor such a
    function one of them where the server records what it names: migra creates (and drops)
    those views and functions in one key order, each only once what it depends on is there."""
    functions = (*found.added, *found.dropped, *(f for f in found.changed if f.identity in found.reheaded))
    if not functions or not views:
        return True
    function_names, view_names = mention_of({_name(f) for f in functions}), mention_of({v.identity for v in views})
    return not any(function_names.search(v.definition) for v in views) and not any(
        view_names.search(_recorded(f)) for f in functions
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
    docstring), as identities of changed functions: ``replaced``, those of the same header its
    inspector compares unequal; ``fixed``, the others of the same header; ``renamed``, those
    whose arguments' names change (to migra a function dropped and another created, its
    inspector's key naming them); ``retyped``, the others whose header changes (their result)."""

    found: PlainFunctions
    replaced: tuple[str, ...]
    fixed: tuple[str, ...]
    renamed: tuple[str, ...] = ()
    retyped: tuple[str, ...] = ()

    @property
    def overloaded(self) -> frozenset[str]:
        """The names (``schema.name``) of a dropped function and of a new one: another overload
        replaces it. migra (``migra_fixes._functions``) neither moves such a new function before
        the tables (after the drop of its name) nor such a dropped one after them."""
        return frozenset(_name(f) for f in self.found.added) & frozenset(_name(f) for f in self.found.dropped)

    @property
    def early(self) -> bool:
        """Whether a new function is created before the tables."""
        overloaded = self.overloaded
        return any(_name(f) not in overloaded for f in self.found.added)

    @property
    def keeps_setting(self) -> bool:
        """Whether ``set check_function_bodies = off`` stays in the selectables.create phase."""
        return bool(self.replaced or self.renamed or self.retyped or self.overloaded) or (
            bool(self.found.added) and bool(self.fixed)
        )


def function_plan(current: Snapshot, desired: Snapshot, found: PlainFunctions) -> FunctionPlan:
    """Which changed functions migra replaces itself, from the render rows of both sides."""
    identities = {f.identity for f in found.changed}
    before, after = (
        rows_by_identity(current, "functions", identities),
        rows_by_identity(desired, "functions", identities),
    )
    renamed = {i for i in found.reheaded if before[i]["identity_arguments"] != after[i]["identity_arguments"]}
    same_header = identities - found.reheaded
    replaced = {i for i in same_header if any(before[i][c] != after[i][c] for c in _COMPARED)}
    return FunctionPlan(
        found,
        tuple(sorted(replaced)),
        tuple(sorted(same_header - replaced)),
        tuple(sorted(renamed)),
        tuple(sorted(found.reheaded - renamed)),
    )


def early_setting(plan: FunctionPlan) -> Iterator[Change]:
    """The setting moved before the tables with the new functions (first of all)."""
    if plan.early:
        yield _setting(EARLY_FUNCTIONS_PHASE)


def function_drops(current: Snapshot, plan: FunctionPlan) -> Iterator[Change]:
    """migra's drops of the dropped functions and of those whose arguments are renamed (its
    inspector's key changes), in its key order: after the tables for good, else in the
    selectables.drop phase."""
    overloaded = plan.overloaded
    dropped = {f.identity for f in plan.found.dropped if _name(f) not in overloaded}
    rows = rows_by_identity(current, "functions", {f.identity for f in plan.found.dropped} | set(plan.renamed))
    for row in sorted(rows.values(), key=_signature):
        phase = LATE_FUNCTION_DROPS_PHASE if row["identity"] in dropped else PHASE_RANK["selectables.drop"]
        yield _drop(row, phase)


def late_setting(plan: FunctionPlan) -> Iterator[Change]:
    """The setting where it stays, in the selectables.create phase (before the new views)."""
    if plan.keeps_setting:
        yield _setting(PHASE_RANK["selectables.create"])


def function_creations(desired: Snapshot, plan: FunctionPlan) -> Iterator[Change]:
    """migra's creations of the functions new to its inspector (the new ones, moved early; those
    whose arguments are renamed, after their drop), in its key order (with the new views:
    ``plain_statements``)."""
    overloaded = plan.overloaded
    added = {f.identity for f in plan.found.added if _name(f) not in overloaded}
    rows = rows_by_identity(desired, "functions", {f.identity for f in plan.found.added} | set(plan.renamed))
    for row in sorted(rows.values(), key=_signature):
        yield _creation(row, EARLY_FUNCTIONS_PHASE if row["identity"] in added else PHASE_RANK["selectables.create"])


def function_replacements(desired: Snapshot, plan: FunctionPlan) -> Iterator[Change]:
    """migra's creations of the functions it replaces (their result changed too), in its key
    order, after those of :func:`function_creations`."""
    replaced = rows_by_identity(desired, "functions", {*plan.replaced, *plan.retyped})
    for row in sorted(replaced.values(), key=_signature):
        yield _creation(row, PHASE_RANK["selectables.create"])


def carried_function_changes(current: Snapshot, desired: Snapshot, identities: set[str]) -> Iterator[Change]:
    """The functions ``identities`` (unchanged: ``diff/carried_dependents.py``) dropped in the
    selectables.drop phase and created again in the selectables.create phase, each group in
    migra's key order; the dependency order places them."""
    before, after = (
        rows_by_identity(current, "functions", identities),
        rows_by_identity(desired, "functions", identities),
    )
    for row in sorted(before.values(), key=_signature):
        yield _drop(row, PHASE_RANK["selectables.drop"])
    for row in sorted(after.values(), key=_signature):
        yield _creation(row, PHASE_RANK["selectables.create"])


def replaced_function_drops(current: Snapshot, identities: set[str]) -> Iterator[Change]:
    """The drops of the functions ``identities`` (changed, replaced by ``CREATE OR REPLACE``, which
    needs no drop: ``diff/carried_dependents.py``) in the selectables.drop phase, in migra's key order."""
    for row in sorted(rows_by_identity(current, "functions", identities).values(), key=_signature):
        yield _drop(row, PHASE_RANK["selectables.drop"])


def fixed_replacements(current: Snapshot, desired: Snapshot, plan: FunctionPlan) -> Iterator[Change]:
    """``migra_fixes._functions``' statements, in the order of its inspector's functions (schema,
    then name): the replacements of the changed functions migra compares equal, and the drops
    of those whose result changes (CREATE OR REPLACE cannot change it), in the
    selectables.drop phase."""
    retyped = rows_by_identity(current, "functions", set(plan.retyped))
    rows = rows_by_identity(desired, "functions", {*plan.fixed, *plan.retyped})
    for row in sorted(rows.values(), key=lambda r: (str(r["schema_name"]), str(r["function_name"]))):
        if row["identity"] in retyped:
            yield _drop(retyped[str(row["identity"])], PHASE_RANK["selectables.drop"])
        else:
            yield _creation(row, PHASE_RANK["selectables.create"])


def _setting(phase: int) -> Change:
    return Change("setting", Action.ALTER, "check_function_bodies", "set check_function_bodies = off", phase)


def _drop(row: Mapping[str, Any], phase: int) -> Change:
    sql = f"drop {_ROUTINE[str(row['kind'])]} if exists {_signature(row)}"
    return Change("function", Action.DROP, _identity(row), sql, phase)


def _creation(row: Mapping[str, Any], phase: int) -> Change:
    sql = str(row["definition"]).strip().rstrip(";").strip()
    return Change("function", Action.CREATE, _identity(row), sql, phase)


def _identity(row: Mapping[str, Any]) -> str:
    return f"{row['schema_name']}.{row['function_name']}"


def _signature(row: Mapping[str, Any]) -> str:
    """A function as migra keys and drops it: ``"schema"."name"(identity arguments)``."""
    return f"{quoted_relation(row['schema_name'], row['function_name'])}({row['identity_arguments']})"
