"""What migra is shown: copies of both inspectors, adjusted where migra's own comparison is
wrong, so that its phases plan nothing for what our families plan instead, and plan what
its comparison misses. The snapshots themselves are never modified (objects that change
are shallow-copied, and every dict of the inspector that holds them is rebuilt).

Adjustments, each paired with the family or fix that plans the real change:

- an enum that only gains labels (the old labels keep their order) is shown with its new
  labels on both sides: migra would rename, recreate and recast it (rewriting every table
  that uses it, failing under views); ``diff/enums.py`` plans ``ALTER TYPE … ADD VALUE``; so
  is an enum that only table columns use and that loses, renames or moves labels:
  ``diff/enum_replacement.py`` replaces it;
- composite types are hidden from migra: it creates them after the tables that use them and
  replaces a changed one by drop + create; ``diff/types.py`` plans them;
- a table whose partition parent or bound changes is shown with the desired parent and
  bound on both sides: migra's attach statement names the tables the wrong way round and
  crashes on a table that becomes a partition; ``diff/partitions.py`` plans detach/attach;
- a table that starts or stops inheriting from a parent is shown with the desired
  inheritance of its columns: migra would drop the columns (refused) or add them again
  (they exist);
- a column whose type changes only in its modifier (``numeric(10,2)`` → ``numeric(12,2)``,
  ``varchar(10)`` → ``varchar(40)``, ``vector(3)`` → ``vector(5)``) is shown with the full
  type as its base type on the current side: migra compares base types only to decide
  whether the views that depend on the table must be dropped and recreated around the
  ``ALTER COLUMN … TYPE`` (PostgreSQL refuses to alter a column a view uses);
- a policy that ``ALTER POLICY`` can bring to its desired state (roles, USING, WITH CHECK)
  is shown with its desired definition on both sides: migra would drop and recreate it;
  ``diff/policies.py`` plans the ALTER;
- every table is shown with row level security off on both sides: ``diff/rls.py`` plans
  ENABLE/DISABLE (and FORCE) for every table, partitions included.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Set
from typing import Any

from schemadiff.diff.enum_replacement import replaceable_enums
from schemadiff.diff.policies import policy_alterations
from schemadiff.diff.readers import is_add_value_change, partition_of
from schemadiff.snapshot import Snapshot

# inspector dicts that can hold relations (tables, views, composite types)
_RELATION_DICTS = ("relations", "tables", "views", "materialized_views", "composite_types", "selectables")


def adjusted_inspectors(current: Snapshot, desired: Snapshot) -> tuple[Any, Any]:
    have = _Editable(current.inspector)
    want = _Editable(desired.inspector)
    _enum_labels(have, desired.inspector, replaceable_enums(current.catalog, desired.catalog).keys())
    _hide_composite_types(have)
    _hide_composite_types(want)
    _partition_parents(have, current, desired)
    _inheritance_parents(have, desired.inspector)
    _type_modifiers(have, desired.inspector)
    _altered_policies(have, current, desired)
    _rls_off(have)
    _rls_off(want)
    return have.result(), want.result()


class _Editable:
    """A shallow copy of an inspector whose relations, columns and enums can be replaced."""

    def __init__(self, inspector: Any) -> None:
        self.inspector = copy.copy(inspector)
        self.replaced: dict[int, Any] = {}  # id(original) -> copy
        self.hidden: set[int] = set()

    def relation(self, original: Any) -> Any:
        """The (copied) relation to edit in place of ``original``, with its own columns dict."""
        if id(original) not in self.replaced:
            clone = copy.copy(original)
            clone.columns = OrderedDict(original.columns)
            self.replaced[id(original)] = clone
        return self.replaced[id(original)]

    def column(self, relation: Any, name: str) -> Any:
        clone = self.relation(relation)
        column = copy.copy(clone.columns[name])
        clone.columns[name] = column
        return column

    def result(self) -> Any:
        if not self.replaced and not self.hidden:
            return self.inspector
        for prop in (*_RELATION_DICTS, "enums"):
            objects = getattr(self.inspector, prop, None)
            if objects is None:
                continue
            setattr(
                self.inspector,
                prop,
                type(objects)((k, self.replaced.get(id(v), v)) for k, v in objects.items() if id(v) not in self.hidden),
            )
        return self.inspector


def _rls_off(side: _Editable) -> None:
    """Every table with row level security off: ``diff/rls.py`` plans the switches."""
    for table in list(side.inspector.tables.values()):
        if table.rowsecurity:
            side.relation(table).rowsecurity = False


def _enum_labels(have: _Editable, want_inspector: Any, replaced: Set[str]) -> None:
    for key, old in have.inspector.enums.items():
        new = want_inspector.enums.get(key)
        if new is None or not (
            is_add_value_change(old.elements, new.elements) or f"{old.schema}.{old.name}" in replaced
        ):
            continue
        shown = copy.copy(old)
        shown.elements = list(new.elements)
        have.replaced[id(old)] = shown
        for relation in have.inspector.relations.values():
            for name, column in relation.columns.items():
                if column.enum is old:
                    have.column(relation, name).enum = shown


def _hide_composite_types(side: _Editable) -> None:
    side.hidden |= {id(v) for v in side.inspector.selectables.values() if v.relationtype == "c"}


def _partition_parents(have: _Editable, current: Snapshot, desired: Snapshot) -> None:
    want_tables = desired.inspector.tables
    for key, table in have.inspector.tables.items():
        want = want_tables.get(key)
        if want is None or table.relationtype != want.relationtype:
            continue
        identity = f"{table.schema}.{table.name}"
        if partition_of(current.catalog, identity) != partition_of(desired.catalog, identity):
            shown = have.relation(table)
            shown.parent_table = want.parent_table
            shown.partition_def = want.partition_def


def _inheritance_parents(have: _Editable, want_inspector: Any) -> None:
    """A table that starts or stops inheriting keeps its columns (INHERIT needs them to match,
    NO INHERIT leaves them as the table's own): migra would drop or add them again."""
    for key, table in have.inspector.tables.items():
        want = want_inspector.tables.get(key)
        if want is None or table.parent_table == want.parent_table or table.partition_def or want.partition_def:
            continue
        for name, column in table.columns.items():
            other = want.columns.get(name)
            if other is not None and column.is_inherited != other.is_inherited:
                have.column(table, name).is_inherited = other.is_inherited


def _type_modifiers(have: _Editable, want_inspector: Any) -> None:
    for key, table in have.inspector.tables.items():
        want = want_inspector.tables.get(key)
        if want is None:
            continue
        for name, column in table.columns.items():
            other = want.columns.get(name)
            if other is not None and column.dbtype == other.dbtype and column.dbtypestr != other.dbtypestr:
                have.column(table, name).dbtype = column.dbtypestr


def _altered_policies(have: _Editable, current: Snapshot, desired: Snapshot) -> None:
    altered = policy_alterations(current, desired)
    if altered:
        want = desired.inspector.rlspolicies
        have.inspector.rlspolicies = type(have.inspector.rlspolicies)(
            (key, want[key] if key in altered else policy) for key, policy in have.inspector.rlspolicies.items()
        )
