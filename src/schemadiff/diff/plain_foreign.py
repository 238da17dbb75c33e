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
from schemadiff.diff.views_over_tables import DEPENDENT_KINDS, mentioned

_Sides = tuple[Mapping[str, CatalogObject], Mapping[str, CatalogObject]]  # (current's, desired's) by identity


def _foreign(table: CatalogObject | None) -> bool:
    return table is not None and table.definition.startswith("foreign ")


def _plain_foreign(table: CatalogObject) -> bool:
    return " partition of " not in table.definition and " inherits (" not in table.definition


def foreign_tables(current: Catalog, desired: Catalog, tables: _Sides, columns: _Sides) -> frozenset[str] | None:
    """The foreign tables that differ, or whose columns do (``tables``, ``columns``: the objects
    of each side, by identity, empty for a kind that does not differ), for the foreign data
    family to plan; None when one is not plain as the module's docstring says."""
    if not any((*tables, *columns)):
        return frozenset()  # (neither tables nor columns differ)
    foreign = {i for catalog in (current, desired) for i, t in catalog.of_kind("table").items() if _foreign(t)}
    if not foreign:
        return frozenset()  # (the common case: one pass over the tables)
    found = {i for i in foreign if tables[0].get(i) != tables[1].get(i)} | {
        c.parent
        for side, other in (columns, columns[::-1])
        for i, c in side.items()
        if c.parent in foreign and other.get(i) != c
    }
    for identity in found:
        if any(
            t is not None and not (_foreign(t) and _plain_foreign(t))
            for t in (current.get("table", identity), desired.get("table", identity))
        ):
            return None  # (ordinary on one side, or a member of a tree migra reads)
        if identity.count(".") != 1:
            return None  # (a dotted name: its parts are unknown)
    kept = {t for t in found if current.get("table", t) is not None and desired.get("table", t) is not None}
    if kept and mentioned(current, desired, kept, DEPENDENT_KINDS):
        return None
    return frozenset(found)


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
