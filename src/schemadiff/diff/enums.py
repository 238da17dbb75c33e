"""The enums family: labels added to an existing enum, with ``ALTER TYPE … ADD VALUE``.

migra replaces a changed enum (rename, create, recast every column, drop), which rewrites
every table that uses it, fails when a view uses such a column, and loses rows whose label
disappears. When the change only adds labels (the old ones keep their order), each new
label is added in place: at the end, ``BEFORE`` the first label when it comes first, else
``AFTER`` the label it follows (which is present by then). migra is shown no difference for such an enum (``migra_adjust``).
The labels are read from the render rows (``queries/render_types.sql``), not from migra's
inspector: the light families run this family too (``diff/plain_types.py``).

Any other change (a label removed, renamed or moved) replaces the enum: the enum replacement
family (``diff/enum_replacement.py``) when only table columns use it, else migra; its
recast and the drop of the old type are flagged DATA_LOSS (without a rename hint, a renamed
label is a removed one plus an added one).

A label added in a transaction cannot be used before it commits: a plan that also uses the
new label (as a default, in a view or a check constraint) fails when applied in one
transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.diff.readers import is_add_value_change, quote_literal
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK["enums.create"] + 1


def add_value_statements(quoted_name: str, old: list[str], new: list[str]) -> list[str]:
    statements = []
    present = set(old)
    for position, label in enumerate(new):
        if label in present:
            continue
        if position == len(new) - 1:
            where = ""  # appended
        elif position == 0:
            where = f" before {quote_literal(old[0])}"
        else:
            where = f" after {quote_literal(new[position - 1])}"  # already present
        statements.append(f"alter type {quoted_name} add value {quote_literal(label)}{where}")
        present.add(label)
    return statements


def enum_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """``ALTER TYPE … ADD VALUE`` for each enum of both sides that only gains labels, read from
    the render rows (``queries/render_types.sql``), in migra's key order (the quoted name)."""
    have = enum_rows(current)
    for identity, enum in sorted(enum_rows(desired).items(), key=lambda pair: quoted_enum(pair[1])):
        before = have.get(identity)
        if before is None or not is_add_value_change(before["labels"], enum["labels"]):
            continue
        for sql in add_value_statements(quoted_enum(enum), before["labels"], enum["labels"]):
            yield Change("type", Action.ALTER, identity, sql, PHASE)


def enum_rows(snapshot: Snapshot) -> dict[str, Mapping[str, Any]]:
    """The render rows of the enums of ``snapshot``, by identity."""
    return {row["identity"]: row for row in snapshot.rows.get("types", ()) if row["kind"] == "enum"}


def quoted_enum(row: Mapping[str, Any]) -> str:
    """An enum's name as migra keys and writes it: schema and name quoted."""
    return quoted_relation(row["schema_name"], row["type_name"])


def enum_creation(row: Mapping[str, Any]) -> str:
    """``create type … as enum (…)`` of an enum's render row, as migra writes it."""
    labels = ", ".join(quote_literal(label) for label in row["labels"])
    return f"create type {quoted_enum(row)} as enum ({labels})"
