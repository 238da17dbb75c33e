"""Ordering ranks: migra's phases in its own order, with gaps for the other families.

A change's ``phase`` is one of these ranks (plus a small offset to run just after a phase);
``diff()`` sorts by it, stably. Kept apart from ``migra_engine`` so that the families and
the migra fixes can import the ranks without importing each other.
"""

from __future__ import annotations

PHASE_STEP = 10
TABLES_PHASE_NAME = "tables"

MIGRA_PHASES: tuple[str, ...] = (
    "schemas.create",
    "extensions.create",
    "extensions.alter",
    "collations.create",
    "enums.create",
    "sequences.create",
    "triggers.drop",
    "policies.drop",
    "privileges.drop",
    "constraints.drop",
    "mv_indexes.drop",
    "selectables.drop",
    "pk_constraints.drop",
    "indexes.drop",
    TABLES_PHASE_NAME,
    "sequences.drop",
    "enums.drop",
    "extensions.drop",
    "indexes.create",
    "pk_constraints.create",
    "constraints.create",
    "selectables.create",
    "mv_indexes.create",
    "privileges.create",
    "policies.create",
    "triggers.create",
    "collations.drop",
    "schemas.drop",
)

PHASE_RANK: dict[str, int] = {name: (i + 1) * PHASE_STEP for i, name in enumerate(MIGRA_PHASES)}

# migra_fixes._functions: new functions that depend on no new relation go before the tables,
# functions dropped for good after them
EARLY_FUNCTIONS_PHASE = PHASE_RANK["sequences.create"] + 5
LATE_FUNCTION_DROPS_PHASE = PHASE_RANK["sequences.drop"] - 5
