"""The migra family: statements for every kind migra diffs correctly.

migra's own ``Migration.add_all_changes`` is a fixed list of phases; we run the same
phases ourselves so that each statement keeps the phase it came from (its ordering rank)
and so we can leave out or replace kinds that our own families handle.

migra is shown adjusted inspectors (``migra_adjust``: differences our families plan are
hidden from it, differences it compares too coarsely are sharpened), and its statements
then go through ``migra_fixes`` (statements it gets wrong are corrected, dropped or moved).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from schemadiff.changes import Change
from schemadiff.classify import classify
from schemadiff.diff.migra_adjust import adjusted_inspectors
from schemadiff.diff.migra_fixes import fix_migra_changes
from schemadiff.diff.phases import MIGRA_PHASES, PHASE_RANK, PHASE_STEP, TABLES_PHASE_NAME
from schemadiff.snapshot import Snapshot, migra_module

__all__ = ["PHASE_RANK", "PHASE_STEP", "TABLES_PHASE_NAME", "migra_changes"]

# (name, default kind, call) in migra's order; the name documents the phase in tests/docs.
_PHASES: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
    ("schemas.create", "schema", lambda c: c.schemas(creations_only=True)),
    ("extensions.create", "extension", lambda c: c.extensions(creations_only=True, modifications=False)),
    ("extensions.alter", "extension", lambda c: c.extensions(modifications_only=True, modifications=True)),
    ("collations.create", "collation", lambda c: []),  # replaced by diff/collations.py
    ("enums.create", "type", lambda c: c.enums(creations_only=True, modifications=False)),
    ("sequences.create", "sequence", lambda c: c.sequences(creations_only=True)),
    ("triggers.drop", "trigger", lambda c: c.triggers(drops_only=True)),
    ("policies.drop", "policy", lambda c: c.rlspolicies(drops_only=True)),
    ("privileges.drop", "privilege", lambda c: []),  # replaced by diff/privileges.py
    ("constraints.drop", "constraint", lambda c: c.non_pk_constraints(drops_only=True)),
    ("mv_indexes.drop", "index", lambda c: c.mv_indexes(drops_only=True)),
    ("selectables.drop", "view", lambda c: c.non_table_selectable_drops()),
    ("pk_constraints.drop", "constraint", lambda c: c.pk_constraints(drops_only=True)),
    ("indexes.drop", "index", lambda c: c.non_mv_indexes(drops_only=True)),
    (TABLES_PHASE_NAME, "table", lambda c: c.tables_only_selectables()),
    ("sequences.drop", "sequence", lambda c: c.sequences(drops_only=True)),
    ("enums.drop", "type", lambda c: c.enums(drops_only=True, modifications=False)),
    ("extensions.drop", "extension", lambda c: c.extensions(drops_only=True, modifications=False)),
    ("indexes.create", "index", lambda c: c.non_mv_indexes(creations_only=True)),
    ("pk_constraints.create", "constraint", lambda c: c.pk_constraints(creations_only=True)),
    ("constraints.create", "constraint", lambda c: c.non_pk_constraints(creations_only=True)),
    ("selectables.create", "view", lambda c: c.non_table_selectable_creations()),
    ("mv_indexes.create", "index", lambda c: c.mv_indexes(creations_only=True)),
    ("privileges.create", "privilege", lambda c: []),  # replaced by diff/privileges.py
    ("policies.create", "policy", lambda c: c.rlspolicies(creations_only=True)),
    ("triggers.create", "trigger", lambda c: c.triggers(creations_only=True)),
    ("collations.drop", "collation", lambda c: []),  # replaced by diff/collations.py
    ("schemas.drop", "schema", lambda c: c.schemas(drops_only=True)),
)
assert tuple(name for name, _, _ in _PHASES) == MIGRA_PHASES


def migra_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    changes_class = migra_module("migra.changes").Changes  # (imported only when catalogs differ)
    engine = changes_class(*adjusted_inspectors(current, desired))
    changes: list[Change] = []
    for name, default_kind, call in _PHASES:
        for statement in call(engine):
            sql = statement.strip().rstrip(";").strip()
            if not sql:
                continue
            found = classify(sql, default_kind)
            changes.append(Change(found.kind, found.action, found.identity, sql, PHASE_RANK[name]))
    yield from fix_migra_changes(changes, current, desired)
