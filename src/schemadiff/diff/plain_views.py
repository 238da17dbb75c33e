"""Views, planned without migra's inspector: the view part of
:mod:`schemadiff.diff.plain_structure`.

A new view is written from the render rows of ``queries/render_views.sql`` exactly as the migra
family writes it from the inspector: ``create or replace view`` with the server's (not pretty)
``pg_get_viewdef``, its options in a ``with (…)`` as ``migra_fixes._view_options`` adds them, in
migra's selectables.create phase; a view that goes, ``drop view if exists`` in its
selectables.drop phase; each group in migra's key order (the quoted schema and name).

Plain means, besides the rules of ``plain_structure`` (no view names a table whose columns
change): no view is changed (migra replaces or re-creates a changed view and those that depend
on it), and no new view names another new one, nor a dropped view another dropped one (migra
orders those by their dependencies; named, they might depend: conservative).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from schemadiff.catalog import CatalogObject
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


def mention_of(relations: set[str]) -> re.Pattern[str]:
    """A pattern that finds the name of one of ``relations`` (``schema.name``) anywhere in a
    definition, as a whole word, in any case (conservative: a column of that name too)."""
    return word_of({identity.split(".", 1)[1] for identity in relations})


def word_of(names: set[str]) -> re.Pattern[str]:
    """A pattern that finds one of ``names`` anywhere in a text, as a whole word, in any case."""
    alternatives = "|".join(sorted(re.escape(name) for name in names))
    return re.compile(rf"(?<![\w$])({alternatives})(?![\w$])", re.IGNORECASE)


def view_drops(current: Snapshot, views: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """migra's ``drop view if exists`` of each of ``views``, in its key order."""
    for name, view in _by_quoted_name(current, views):
        yield Change("view", Action.DROP, view.identity, f"drop view if exists {name}", PHASE_RANK["selectables.drop"])


def view_creations(desired: Snapshot, views: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """migra's ``create or replace view`` of each of ``views`` (with its options), in its key
    order."""
    rows = rows_by_identity(desired, "views", {v.identity for v in views})
    for name, view in _by_quoted_name(desired, views):
        options = view_options(view.definition)
        with_options = f" with ({', '.join(options)})" if options else ""
        query = str(rows[view.identity]["definition"])
        sql = f"create or replace view {name}{with_options} as {query}".strip().rstrip(";").strip()
        yield Change("view", Action.CREATE, view.identity, sql, PHASE_RANK["selectables.create"])


def _by_quoted_name(snapshot: Snapshot, views: tuple[CatalogObject, ...]) -> list[tuple[str, CatalogObject]]:
    named = ((quoted_relation(*v.identity.split(".", 1)), v) for v in views)  # (one dot: plain_views)
    return sorted(named, key=lambda pair: pair[0])
