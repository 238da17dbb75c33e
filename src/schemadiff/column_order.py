"""Column order: PostgreSQL adds a column after the existing ones and cannot move it without
rebuilding the table. When schema/ declares a new column *between* existing ones, the plan
still adds it last: it says so, so that nobody is surprised that ``pg_dump`` and
``select *`` show another order than schema/ (queries that name their columns are unaffected).
"""

from __future__ import annotations

from schemadiff.catalog import Catalog
from schemadiff.snapshot import Snapshot


def column_order_warnings(current: Snapshot, desired: Snapshot) -> tuple[str, ...]:
    """One warning per existing table whose new columns schema/ places before existing ones
    (``desired``: with the plan's renames undone, so a renamed column is not new). From the
    catalogs alone (each column's position: ``Catalog.column_positions``), so a plan whose details
    were read scoped to what differs warns the same."""
    have, want = _tables_of(current.catalog), _tables_of(desired.catalog)
    warnings = []
    for table, names in sorted(want.items()):
        before = have.get(table)
        if before is None:
            continue
        existing = set(before)
        kept = [n for n in names if n in existing]
        misplaced = [n for n in names if n not in existing and kept and names.index(n) < names.index(kept[-1])]
        if misplaced:
            listed = ", ".join(misplaced)
            warnings.append(
                f"{table}: schema/ declares {listed} before existing column {kept[-1]}; the plan "
                f"adds {'them' if len(misplaced) > 1 else 'it'} after the existing columns (PostgreSQL cannot reorder "
                "columns without rebuilding the table), so the column order will differ from schema/ "
                "(pg_dump and select * show it; queries that name their columns are unaffected)"
            )
    return tuple(warnings)


def _tables_of(catalog: Catalog) -> dict[str, list[str]]:
    """Tables (``schema.table``, as the catalog names a column's parent) with their columns'
    names in position order."""
    positions = catalog.column_positions
    ordered = sorted(catalog.of_kind("column").values(), key=lambda c: positions.get(c.identity, 0))
    tables: dict[str, list[str]] = {}
    for column in ordered:
        parent = column.parent or ""
        tables.setdefault(parent, []).append(column.identity[len(parent) + 1 :])
    return tables
