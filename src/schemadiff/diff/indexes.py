"""The index definitions family: index changes migra's comparison does not see.

migra compares indexes by columns, expressions, predicate, uniqueness and access method,
but not by operator class, collation or storage parameters (``WITH (…)``): changing
``vector_l2_ops`` to ``vector_cosine_ops`` or an HNSW index's ``m``/``ef_construction`` or an
IVFFlat index's ``lists`` is never planned. Such an index is dropped and created again from
its definition. Indexes that back a constraint are left to migra. A partitioned table's index so
changed (or rebuilt) takes its partitions' copies along when dropped, and is created without
``ONLY``, over the partitions' indexes created first (``partitions.fix_rebuilt_index_changes``):
created ``ON ONLY`` as its definition says, it would stay invalid.

An index left INVALID by an interrupted or failed ``CREATE INDEX CONCURRENTLY`` has the
definition it was meant to have, but the server does not use it (and a unique one does not
enforce anything): it is dropped and built again, never taken as done. (An index of a
partitioned table that is invalid only because partitions' indexes are not attached yet is
completed with ``ALTER INDEX … ATTACH PARTITION`` by diff/partitions.py instead.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from schemadiff.changes import Action, Change
from schemadiff.diff.partition_indexes import made_valid_by_attaching
from schemadiff.diff.partitions import fix_rebuilt_index_changes, rebuilt_tables
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.snapshot import Snapshot


def index_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    yield from fix_rebuilt_index_changes(list(_rebuilt_indexes(current, desired)), current, desired)


def _rebuilt_indexes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    views = desired.inspector.materialized_views
    for key, index in sorted(desired.inspector.indexes.items()):
        before = current.inspector.indexes.get(key)
        if before is None:
            continue  # new: migra creates it
        rebuild = (
            _invalid(current, index.schema, index.name)
            and not _invalid(desired, index.schema, index.name)
            and f"{index.schema}.{index.name}" not in made_valid_by_attaching(current, desired)
        )
        if not rebuild and (before != index or before.definition == index.definition):
            continue  # dropped, unchanged, or already replaced by migra
        if index.constraint is not None or before.constraint is not None:
            continue
        if f"{index.schema}.{index.table_name}" in rebuilt_tables(current, desired):
            continue  # created again with its table (diff/partitions.py)
        on_view = index.quoted_full_table_name in views
        drop_phase = PHASE_RANK["mv_indexes.drop" if on_view else "indexes.drop"] + 1
        create_phase = PHASE_RANK["mv_indexes.create" if on_view else "indexes.create"] + 1
        identity = f"{index.schema}.{index.name}"
        yield Change("index", Action.DROP, identity, before.drop_statement.rstrip(";"), drop_phase)
        yield Change("index", Action.CREATE, identity, index.create_statement.rstrip(";"), create_phase)


_INVALID = re.compile(r" \[invalid\](?: \[clustered\])?(?: \[replica identity\])?$")  # queries/index.sql's flags


def _invalid(snapshot: Snapshot, schema: str, name: str) -> bool:
    found = snapshot.catalog.get("index", f"{schema}.{name}")
    return found is not None and _INVALID.search(found.definition) is not None
