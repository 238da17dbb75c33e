"""Foreign tables on the path without migra's inspector.

migra's inspector does not read foreign tables (schemainspect's relations are ordinary,
partitioned and materialized tables, views and composite types): on either path the foreign
data family (``diff/foreign_data.py``) alone plans them, from its render rows: a foreign table
created or dropped, its columns added, dropped or altered, its options altered, or the table
created again on another server. So the light path can leave a foreign table's ``table`` and
``column`` objects to that family, when nothing else needs migra's inspector for them:

- it is a foreign table on each side it is on (not an ordinary table that becomes one), neither a
  partition nor an inheritance child (those are members of a table migra reads);
- a foreign table on both sides that differs is named by no view, materialized view or function
  of either side (by name, conservatively: one created again takes what needs it along, which
  ``diff/carried_dependents.py`` drops and creates again around it from rows the light path
  does not read).

Its other objects (a CHECK constraint, a trigger) are not taken here: one that differs keeps the
plan on migra's path, as any object of a table that is not plain.
"""

from __future__ import annotations

from collections.abc import Mapping

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.views_over_tables import mentioned

_DEPENDENT_KINDS = ("view", "materialized_view", "function")
_Sides = tuple[Mapping[str, CatalogObject], Mapping[str, CatalogObject]]  # (current's, desired's) by identity


def _foreign(table: CatalogObject | None) -> bool:
    return table is not None and table.definition.startswith("foreign ")


def _plain_foreign(table: CatalogObject) -> bool:
    return " partition of " not in table.definition and " inherits (" not in table.definition


def foreign_tables(current: Catalog, desired: Catalog, tables: _Sides, columns: _Sides) -> frozenset[str] | None:
    """The foreign tables that differ, or whose columns do (``tables``, ``columns``: the objects
    of each side, by identity), for the foreign data family to plan; None when one is not plain
    as the module's docstring says."""
    found = {i for i in _differing(*tables)} | {
        (columns[0].get(i) or columns[1][i]).parent for i in _differing(*columns)
    }
    foreign = set()
    for identity in found:
        before, after = current.get("table", identity), desired.get("table", identity)
        if not (_foreign(before) or _foreign(after)):
            continue
        if any(t is not None and not (_foreign(t) and _plain_foreign(t)) for t in (before, after)):
            return None  # (ordinary on one side, or a member of a tree migra reads)
        if identity.count(".") != 1:
            return None  # (a dotted name: its parts are unknown)
        foreign.add(identity)
    kept = {t for t in foreign if current.get("table", t) is not None and desired.get("table", t) is not None}
    if kept and mentioned(current, desired, kept, _DEPENDENT_KINDS):
        return None
    return frozenset(foreign)


def apart_foreign(
    current: Catalog, desired: Catalog, tables: _Sides, columns: _Sides
) -> tuple[frozenset[str], _Sides, _Sides] | None:
    """:func:`foreign_tables`, and the tables and columns of each side without them (the foreign
    data family's alone); None when one is not plain."""
    foreign = foreign_tables(current, desired, tables, columns)
    if not foreign:
        return None if foreign is None else (foreign, tables, columns)
    have_tables, want_tables, have_columns, want_columns = (
        {i: o for i, o in side.items() if (o.parent or i) not in foreign} for side in (*tables, *columns)
    )
    return foreign, (have_tables, want_tables), (have_columns, want_columns)


def _differing(have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject]) -> set[str]:
    return {i for i in have.keys() | want.keys() if have.get(i) != want.get(i)}
