"""The generated-columns family: a changed generation expression.

migra renders a changed expression as ``ALTER COLUMN … SET DEFAULT``, which PostgreSQL
rejects for a generated column. From PostgreSQL 17 on, ``ALTER COLUMN … SET EXPRESSION AS``
changes it in place (recomputing a stored column, i.e. rewriting the table); migra's
statement is left out by ``migra_fixes``. Before 17 migra's statement is kept (and fails):
the column would have to be dropped and added again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 3
SET_EXPRESSION_SINCE = 170000


def changed_generation_expressions(current: Snapshot, desired: Snapshot) -> Iterator[tuple[Any, Any, Any]]:
    """(desired table, current column, desired column) of generated columns whose expression
    changes while the column stays generated with the same type."""
    if desired.server_version_num < SET_EXPRESSION_SINCE or current.server_version_num < SET_EXPRESSION_SINCE:
        return
    for key, table in desired.inspector.tables.items():
        before = current.inspector.tables.get(key)
        if before is None:
            continue
        for name, column in table.columns.items():
            old = before.columns.get(name)
            if (
                old is not None
                and old.is_generated
                and column.is_generated
                and old.dbtypestr == column.dbtypestr
                and old.default != column.default
            ):
                yield table, old, column


def migra_statement(table: Any, column: Any) -> str:
    """The statement migra plans for such a column (to be left out)."""
    return f"alter table {table.quoted_full_name} alter column {column.quoted_name} set default {column.default}"


def generated_column_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    for table, _, column in changed_generation_expressions(current, desired):
        yield Change(
            "column",
            Action.ALTER,
            f"{table.schema}.{table.name}.{column.name}",
            f"alter table {table.quoted_full_name} alter column {column.quoted_name} set expression as ({column.default})",
            PHASE,
        )
