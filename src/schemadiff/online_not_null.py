"""``SET NOT NULL`` of a table that holds rows, online: ``CHECK (col IS NOT NULL) NOT VALID`` in
the main transaction, validated in a transaction of its own (SHARE UPDATE EXCLUSIVE), then
``SET NOT NULL``, which uses the validated check instead of scanning, and the check dropped
(:func:`not_null_steps`); PostgreSQL 18's rename of the NOT NULL constraint that makes goes with
them (:func:`renamed_not_null_column`)."""

from __future__ import annotations

from collections.abc import Iterable

from schemadiff.catalog import made_up_name
from schemadiff.changes import Change
from schemadiff.online_attach import check_change, drop_change, not_null_helper, validate_change
from schemadiff.quoting import unquote_identifier, unquote_qualified


def not_null_steps(change: Change, table: str, column: str, table_name: str) -> tuple[Change, Change, Change]:
    """For ``change`` (``alter table <table> alter column <column> set not null``, names as
    written; ``table_name`` the table's own name): the CHECK added NOT VALID (main), its
    VALIDATE (a transaction of its own) and its drop (after the SET NOT NULL), as an online
    ATTACH writes them (``online_attach``)."""
    check = not_null_helper(table_name, unquote_identifier(column))
    identity = unquote_qualified(table)
    add = check_change(change, identity, table, check, f"{column} is not null")
    return add, validate_change(add, identity, table), drop_change(change, identity, table, check)


def renamed_not_null_column(table: str, table_name: str, old: str, columns: Iterable[str]) -> str:
    """Of ``columns`` (``schema.table.column``: those made NOT NULL after the main transaction),
    the one whose default NOT NULL constraint name ``old`` (as written) is; '' when none."""
    table_identity = unquote_qualified(table)
    wanted = unquote_identifier(old)
    for key in columns:
        column = key[len(table_identity) + 1 :] if key.startswith(table_identity + ".") else None
        if column is not None and made_up_name(table_name, column, "not_null") == wanted:
            return key
    return ""
