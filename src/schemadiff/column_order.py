"""Column order: PostgreSQL adds a column after the existing ones and cannot move it without
rebuilding the table. When schema/ declares a new column *between* existing ones, the plan
still adds it last: it says so, so that nobody is surprised that ``pg_dump`` and
``select *`` show another order than schema/ (queries that name their columns are unaffected).
"""

from __future__ import annotations

from schemadiff.snapshot import Snapshot


def column_order_warnings(current: Snapshot, desired: Snapshot) -> tuple[str, ...]:
    """One warning per existing table whose new columns schema/ places before existing ones
    (``desired``: with the plan's renames undone, so a renamed column is not new)."""
    warnings = []
    for key, table in sorted(desired.inspector.tables.items()):
        before = current.inspector.tables.get(key)
        if before is None:
            continue
        names = list(table.columns)
        kept = [n for n in names if n in before.columns]
        misplaced = [n for n in names if n not in before.columns and kept and names.index(n) < names.index(kept[-1])]
        if misplaced:
            listed = ", ".join(misplaced)
            warnings.append(
                f"{table.schema}.{table.name}: schema/ declares {listed} before existing column {kept[-1]}; the plan "
                f"adds {'them' if len(misplaced) > 1 else 'it'} after the existing columns (PostgreSQL cannot reorder "
                "columns without rebuilding the table), so the column order will differ from schema/ "
                "(pg_dump and select * show it; queries that name their columns are unaffected)"
            )
    return tuple(warnings)
