"""The index definitions family: index changes migra's comparison does not see.

migra compares indexes by columns, expressions, predicate, uniqueness and access method,
but not by operator class, collation or storage parameters (``WITH (…)``): changing
``vector_l2_ops`` to ``vector_cosine_ops`` or an HNSW index's ``m``/``ef_construction`` or an
IVFFlat index's ``lists`` is never planned. Such an index is dropped and created again from
its definition. Indexes that back a constraint are left to migra.
"""

from __future__ import annotations

from collections.abc import Iterator

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.snapshot import Snapshot


def index_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    views = desired.inspector.materialized_views
    for key, index in sorted(desired.inspector.indexes.items()):
        before = current.inspector.indexes.get(key)
        if before is None or before != index or before.definition == index.definition:
            continue  # new, dropped, or already replaced by migra
        if index.constraint is not None or before.constraint is not None:
            continue
        on_view = index.quoted_full_table_name in views
        drop_phase = PHASE_RANK["mv_indexes.drop" if on_view else "indexes.drop"] + 1
        create_phase = PHASE_RANK["mv_indexes.create" if on_view else "indexes.create"] + 1
        identity = f"{index.schema}.{index.name}"
        yield Change("index", Action.DROP, identity, before.drop_statement.rstrip(";"), drop_phase)
        yield Change("index", Action.CREATE, identity, index.create_statement.rstrip(";"), create_phase)
