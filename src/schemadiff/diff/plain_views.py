"""Views, planned without migra's inspector: the view part of
:mod:`schemadiff.diff.plain_structure`.

A new view is written from the render rows of ``queries/render_views.sql`` exactly as the migra
family writes it from the inspector: ``create or replace view`` with the server's (not pretty)
``pg_get_viewdef``, its options in a ``with (…)`` as ``migra_fixes._view_options`` adds them, in
migra's selectables.create phase; a view that goes, ``drop view if exists`` in its
selectables.drop phase; each group in migra's key order (the quoted schema and name).

A changed view is written as migra writes it when nothing depends on it: replaced in place
(``create or replace view``) when its columns begin with the ones it had (name and type, as
migra's ``can_replace`` compares them: ``render_views.sql``), else dropped (after the dropped
views) and created again (after the new ones), each group in migra's key order; its grants and
comments come back with it (``diff.carried``, on either path); its options are those of its
``create or replace view``. A view whose options alone change is left alone by migra: its
options are reset and set with ``alter view`` (:func:`view_alterations`), as
``migra_fixes._view_options`` does.

Plain means, besides the rules of ``plain_structure`` (no view names a table whose columns
change): no new view names another new one, nor a dropped view another dropped one (migra
orders those by their dependencies; named, they might depend: conservative); a changed view
(:func:`changeable_views`) has no trigger, is named by no
rule or policy of either side (migra re-creates those that depend on one it re-creates; but a
rule on the view itself that names no other changed view: it comes back with the view,
``diff.rules.carried_rules``), nor by a new or dropped view or materialized view (a view the same
on both sides that names it, or names such a view, is dropped and created again with it when
migra does so: ``diff/view_chains.py``; then no function, rule, policy or trigger may name a view
of the chain, not even one that the carried functions below would take), nor by a function that
changes (one the same on both sides, of a name no other function has and named by nothing else,
``plain_functions.carried_alone``, is dropped before the view and created again after it by
``diff.carried`` when the server records that it needs the view: a SQL-standard body, as on
migra's path), and names no new or dropped
view, nor a dropped table, on either side (migra orders and re-creates by those dependencies),
all names by their text anywhere in a definition (conservative).

Materialized views go with the views (migra keys and orders both in one group): a new one is
``create materialized view`` (its storage parameters set by the table options family,
``diff/tables.py``), one that goes ``drop materialized view if exists``, and a changed one
(its query: one changed in its storage parameters alone is the table options family's) is
always dropped and created again, its indexes, storage parameters, grants and comments with it
(``diff.carried``); the same rules hold for it; an index it gains or loses at the same time is
created after it or dropped before it in migra's materialized views' index phases
(:func:`recreated_matview_index`). A view replaced by a materialized view of its name, or the
other way round, is such a changed one: dropped as what it was, created as what it becomes, its
grants and comments set again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from typing import Any

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.diff.readers import view_options
from schemadiff.snapshot import Snapshot


def plain_views(added: tuple[CatalogObject, ...], dropped: tuple[CatalogObject, ...]) -> bool:
    """Whether no one of ``added`` names another, nor one of ``dropped`` another (by its name
    anywhere in its definition: conservative), and no name has a dot (its parts are unknown)."""
    if any(view.identity.count(".") != 1 for view in (*added, *dropped)):
        return False
    return not _naming_each_other(added) and not _naming_each_other(dropped)


def _naming_each_other(views: tuple[CatalogObject, ...]) -> bool:
    if len(views) < 2:
        return False
    mention = mention_of({view.identity for view in views})
    return any(mention.search(view.definition) for view in views)


def mention_of(relations: Set[str]) -> re.Pattern[str]:
    """A pattern that finds the name of one of ``relations`` (``schema.name``) anywhere in a
    definition, as a whole word, in any case (conservative: a column of that name too)."""
    return word_of({identity.split(".", 1)[1] for identity in relations})


def word_of(names: set[str]) -> re.Pattern[str]:
    """A pattern that finds one of ``names`` anywhere in a text, as a whole word, in any case."""
    alternatives = "|".join(sorted(re.escape(name) for name in names))
    return re.compile(rf"(?<![\w$])({alternatives})(?![\w$])", re.IGNORECASE)


# the kinds whose objects may depend on a view (and name it in their definitions)
_DEPENDING_KINDS = ("view", "materialized_view", "function", "rule", "policy")


def changeable_views(
    changed: tuple[CatalogObject, ...],
    have: Mapping[str, CatalogObject],
    current: Catalog,
    desired: Catalog,
    named_apart: set[str],
    chained: tuple[CatalogObject, ...] = (),
) -> frozenset[str] | None:
    """The functions, the same on both sides, that name one of the views ``changed`` (as desired
    has them; ``have``: the current side's views), when those are plain (see the module's
    docstring); None otherwise. ``named_apart``: the new and dropped views and the dropped
    tables, which no changed view may name. ``chained``: the views the same on both sides that
    name a changed one, or such a view (``diff/view_chains.py``): then no function, rule or
    policy may name any of them."""
    if any(view.identity.count(".") != 1 for view in changed):
        return None
    identities = {view.identity for view in changed}
    group = identities | {view.identity for view in chained}
    chain = bool(chained) or _naming_each_other(changed) or _naming_each_other(tuple(have[i] for i in identities))
    readers: set[str] = set()
    mention = mention_of(group)
    for catalog, other in ((current, desired), (desired, current)):
        if any(trigger.parent in group for trigger in catalog.of_kind("trigger").values()):
            return None  # (migra re-creates a re-created view's triggers)
        for kind in _DEPENDING_KINDS:
            for identity, obj in catalog.of_kind(kind).items():
                if identity in group or not mention.search(obj.definition):
                    continue
                if not chain and _own_rule(kind, obj, identities):
                    continue
                if kind != "function" or other.get(kind, identity) != obj or chain:
                    return None  # something may depend on a changed view
                readers.add(identity)  # (diff.carried carries it when it needs the view: plain_functions.carried_alone)
    apart = mention_of(named_apart) if named_apart else None
    if apart is not None and any(
        apart.search(v.definition) or apart.search(have[v.identity].definition) for v in changed
    ):
        return None
    return frozenset(readers)


def _own_rule(kind: str, obj: CatalogObject, views: set[str]) -> bool:
    """Whether ``obj`` is a rule on one of the changed ``views`` that names no other: it comes
    back with its view when that is dropped and created again (``diff.rules.carried_rules``, on
    either path), and stays when it is replaced in place."""
    others = views - {obj.parent}
    return kind == "rule" and obj.parent in views and not (others and mention_of(others).search(obj.definition))


def views_of(
    views: tuple[Mapping[str, CatalogObject], Mapping[str, CatalogObject]],
    matviews: tuple[Mapping[str, CatalogObject], Mapping[str, CatalogObject]],
) -> tuple[dict[str, CatalogObject], dict[str, CatalogObject]]:
    """The views and materialized views of each side (migra plans them as one group)."""
    return {**views[0], **matviews[0]}, {**views[1], **matviews[1]}


def changed_views_of(
    have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject], added: tuple[CatalogObject, ...]
) -> tuple[tuple[CatalogObject, ...], tuple[CatalogObject, ...], tuple[CatalogObject, ...]]:
    """The views and materialized views whose queries differ (as ``want`` has them); the new
    and kept materialized views whose storage parameters the table options family sets
    (``diff/tables.py``); and the views that differ in their options alone (:func:`view_alterations`)."""
    differ = sorted(i for i in want.keys() & have.keys() if have[i] != want[i])
    queried = {
        i
        for i in differ
        if have[i].kind != want[i].kind or without_options(want[i].definition) != without_options(have[i].definition)
    }

    def options_before(view: CatalogObject) -> tuple[str, ...]:  # (none: new, or a view before)
        had = have.get(view.identity)
        return view_options(had.definition) if had is not None and had.kind == view.kind else ()

    optioned = tuple(
        v
        for v in (*added, *(want[i] for i in differ))
        if v.kind == "materialized_view" and view_options(v.definition) != options_before(v)
    )
    realtered = tuple(want[i] for i in differ if i not in queried and want[i].kind == "view")
    return tuple(want[i] for i in differ if i in queried), optioned, realtered


def view_alterations(current: Snapshot, views: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """The options of ``views`` (their queries the same) reset and set with ``alter view``,
    right after migra's selectables as ``migra_fixes._view_options`` writes them: in the order
    of schemainspect's views (schema, then name), the options a view loses reset, then those it
    gains or changes set, each list by name."""
    for view in sorted(views, key=lambda v: tuple(v.identity.split(".", 1))):  # (one dot: changeable_views)
        before = current.catalog.of_kind("view")[view.identity].definition
        yield from option_alterations(
            view.identity, quoted_relation(*view.identity.split(".", 1)), before, view.definition
        )


def option_alterations(identity: str, name: str, had: str, wants: str) -> Iterator[Change]:
    """The options a view (``had``: its definition before; ``wants``: after; ``name``: quoted)
    loses reset, then those it gains or changes set, each list by name, with ``alter view``
    right after migra's selectables (on either path: ``migra_fixes._view_options`` too)."""
    before, after = _option_values(had), _option_values(wants)
    phase = PHASE_RANK["selectables.create"] + 1
    removed = sorted(k for k in before if k not in after)
    changed = [f"{k}={v}" for k, v in sorted(after.items()) if before.get(k) != v]
    if removed:
        yield Change("view", Action.ALTER, identity, f"alter view {name} reset ({', '.join(removed)})", phase)
    if changed:
        yield Change("view", Action.ALTER, identity, f"alter view {name} set ({', '.join(changed)})", phase)


def _option_values(definition: str) -> dict[str, str]:
    return {name: value for name, _, value in (o.partition("=") for o in view_options(definition))}


def part_of_view(part: CatalogObject, kind: str, queried: set[str], *sides: Catalog) -> bool:
    """Whether ``part`` (an index, a trigger) is that of a ``kind`` relation (a materialized view,
    a view; its name without a dot) on each of ``sides`` it is on, one whose query does not change
    (``queried``: those whose query does, dropped and created again with their parts)."""
    parent = part.parent
    return (
        parent.count(".") == 1
        and parent not in queried
        and all(side.get(kind, parent) is not None for side in sides if side.get(part.kind, part.identity))
    )


def recreated_matview_index(obj: CatalogObject, queried: Set[str], current: Catalog, desired: Catalog) -> bool:
    """Whether ``obj`` is an index added to or dropped from a materialized view that is dropped and
    created again (its query changes, or it was or becomes a view): created after it or dropped
    before it in the materialized views' index phases, as migra does (``diff/plain_indexes.py``)."""
    side, other = (desired, current) if desired.get("index", obj.identity) is not None else (current, desired)
    return (
        obj.kind == "index"
        and obj.parent in queried
        and obj.parent.count(".") == 1
        and side.get("materialized_view", obj.parent) is not None
        and other.get("index", obj.identity) is None
    )


def recreated_views(
    current: Snapshot, desired: Snapshot, changed: tuple[CatalogObject, ...]
) -> tuple[CatalogObject, ...]:
    """Those of the views ``changed`` that migra drops and creates again: their columns (name
    and type) do not begin with the ones they had (``can_replace``), every materialized view, and
    a view that was a materialized view."""
    changed_kind = {v.identity for v in changed if current.catalog.get(v.kind, v.identity) is None}
    identities = {view.identity for view in changed if view.kind == "view" and view.identity not in changed_kind}
    before, after = rows_by_identity(current, "views", identities), rows_by_identity(desired, "views", identities)

    def columns(row: Mapping[str, Any]) -> list[tuple[str, ...]]:
        return [tuple(column) for column in row["columns"]]  # (a text[][]: name and type of each)

    return tuple(
        view
        for view in changed
        if view.kind != "view"
        or view.identity in changed_kind
        or columns(after[view.identity])[: len(columns(before[view.identity]))] != columns(before[view.identity])
    )


def view_drops(
    current: Snapshot, views: tuple[CatalogObject, ...], recreated: tuple[CatalogObject, ...] = ()
) -> Iterator[Change]:
    """migra's ``drop view if exists`` (``drop materialized view if exists``) of each of
    ``views``, then of each changed view it creates again (``recreated``), each group in its key
    order."""
    for name, view in (*_by_quoted_name(current, views), *_by_quoted_name(current, recreated)):
        had = current.catalog.get("view", view.identity) or current.catalog.get("materialized_view", view.identity)
        sql = f"drop {_KEYWORDS[(had or view).kind]} if exists {name}"  # (as it is: a view may become materialized)
        yield Change("view", Action.DROP, view.identity, sql, PHASE_RANK["selectables.drop"])


def view_creations(
    desired: Snapshot, views: tuple[CatalogObject, ...], changed: tuple[CatalogObject, ...] = ()
) -> Iterator[Change]:
    """migra's ``create or replace view`` of each of ``views`` (with its options; ``create
    materialized view``, without), then of each of the views ``changed``, each group in its key
    order."""
    rows = rows_by_identity(desired, "views", {v.identity for v in (*views, *changed)})
    for name, view in (*_by_quoted_name(desired, views), *_by_quoted_name(desired, changed)):
        query = str(rows[view.identity]["definition"])
        if view.kind == "view":
            options = view_options(view.definition)
            with_options = f" with ({', '.join(options)})" if options else ""
            sql = f"create or replace view {name}{with_options} as {query}"
        else:  # (the table options family sets its storage parameters)
            sql = f"create materialized view {name} as {query}"
        sql = sql.strip().rstrip(";").strip()
        yield Change("view", Action.CREATE, view.identity, sql, PHASE_RANK["selectables.create"])


_KEYWORDS = {"view": "view", "materialized_view": "materialized view"}


def without_options(definition: str) -> str:
    """A view's or materialized view's definition (``queries/view.sql``,
    ``queries/materialized_view.sql``) without its options line."""
    options = view_options(definition)
    return definition.rsplit("\n", 1)[0] if options else definition


def _by_quoted_name(snapshot: Snapshot, views: tuple[CatalogObject, ...]) -> list[tuple[str, CatalogObject]]:
    named = ((quoted_relation(*v.identity.split(".", 1)), v) for v in views)  # (one dot: plain_views)
    return sorted(named, key=lambda pair: pair[0])
