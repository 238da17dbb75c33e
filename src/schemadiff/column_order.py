"""Column order: PostgreSQL adds a column after the existing ones and cannot move it without
rebuilding the table. When schema/ declares a new column *between* existing ones, the plan
still adds it last: it says so, so that nobody is surprised that ``pg_dump`` and
``select *`` show another order than schema/ (queries that name their columns are unaffected).
"""

from __future__ import annotations

from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot


def column_order_warnings(current: Snapshot, desired: Snapshot) -> tuple[str, ...]:
    """One warning per existing table whose new columns schema/ places before existing ones
    (``desired``: with the plan's renames undone, so a renamed column is not new). From migra's
    inspectors when both sides have them, else from the render rows (``column_types``)."""
    if current.has_inspector and desired.has_inspector:
        have = {key: (t.schema, t.name, list(t.columns)) for key, t in current.inspector.tables.items()}
        want = {key: (t.schema, t.name, list(t.columns)) for key, t in desired.inspector.tables.items()}
    else:
        have, want = _tables_of(current), _tables_of(desired)
    warnings = []
    for key, (schema, name, names) in sorted(want.items()):
        before = have.get(key)
        if before is None:
            continue
        existing = set(before[2])
        kept = [n for n in names if n in existing]
        misplaced = [n for n in names if n not in existing and kept and names.index(n) < names.index(kept[-1])]
        if misplaced:
            listed = ", ".join(misplaced)
            warnings.append(
                f"{schema}.{name}: schema/ declares {listed} before existing column {kept[-1]}; the plan "
                f"adds {'them' if len(misplaced) > 1 else 'it'} after the existing columns (PostgreSQL cannot reorder "
                "columns without rebuilding the table), so the column order will differ from schema/ "
                "(pg_dump and select * show it; queries that name their columns are unaffected)"
            )
    return tuple(warnings)


def _tables_of(snapshot: Snapshot) -> dict[str, tuple[str, str, list[str]]]:
    """Tables (keyed as schemainspect keys them) with their columns in position order."""
    tables: dict[str, tuple[str, str, list[str]]] = {}
    for row in sorted(snapshot.rows.get("column_types", ()), key=lambda r: r["position"]):
        key = f"{quote_ident(row['schema_name'])}.{quote_ident(row['table_name'])}"
        tables.setdefault(key, (row["schema_name"], row["table_name"], []))[2].append(row["column_name"])
    return tables
