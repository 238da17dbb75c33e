"""The generated-columns family: a changed generation expression.

migra renders a changed expression as ``ALTER COLUMN … SET DEFAULT``, which PostgreSQL
rejects for a generated column. From PostgreSQL 17 on, ``ALTER COLUMN … SET EXPRESSION AS``
changes it in place (recomputing a stored column, i.e. rewriting the table); migra's
statement is left out by ``migra_fixes``. Before 17 migra's statement is kept (and fails):
the column would have to be dropped and added again.

The columns are found in the render rows (``queries/render_column_types.sql``), not in migra's
inspector, so the family runs on either path (``plain_structure`` sends such a column to it:
``regenerated_columns``), in the order of the inspector's tables (schema, then name) and
columns (their positions).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 3
SET_EXPRESSION_SINCE = 170000


def changed_generation_expressions(current: Snapshot, desired: Snapshot) -> Iterator[Mapping[str, Any]]:
    """The rows (``queries/render_column_types.sql``, as desired has them) of the generated
    columns whose expression changes while the column stays generated with the same type, in
    the order of migra's inspector: schema, table, then the columns' positions."""
    if desired.server_version_num < SET_EXPRESSION_SINCE or current.server_version_num < SET_EXPRESSION_SINCE:
        return
    before = {_key(row): row for row in current.rows.get("column_types", ()) if row["generated"]}
    if not before:
        return
    after = (row for row in desired.rows.get("column_types", ()) if row["generated"] and _key(row) in before)
    for row in sorted(after, key=lambda r: (r["schema_name"], r["table_name"], int(r["position"]))):
        old = before[_key(row)]
        if old["declared_type"] == row["declared_type"] and old["default_expression"] != row["default_expression"]:
            yield row


def _key(row: Mapping[str, Any]) -> tuple[str, str, str]:
    return row["schema_name"], row["table_name"], row["column_name"]


def migra_statement(row: Mapping[str, Any]) -> str:
    """The statement migra plans for such a column (to be left out)."""
    return f"{_alter_column(row)} set default {row['default_expression']}"


def generated_column_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    for row in changed_generation_expressions(current, desired):
        yield Change(
            "column",
            Action.ALTER,
            f"{row['schema_name']}.{row['table_name']}.{row['column_name']}",
            f"{_alter_column(row)} set expression as ({row['default_expression']})",
            PHASE,
        )


def _alter_column(row: Mapping[str, Any]) -> str:
    table = quoted_relation(row["schema_name"], row["table_name"])
    return f"alter table {table} alter column {quote_ident(row['column_name'])}"
