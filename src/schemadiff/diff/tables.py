"""The table options family: storage parameters and replica identity (migra ignores both);
also the storage parameters of materialized views (``ALTER MATERIALIZED VIEW … SET/RESET``).

``WITH (fillfactor = …, autovacuum_… = …)`` is set and reset with ``ALTER TABLE … SET/RESET``,
ending in the desired order (which pg_dump shows);
``REPLICA IDENTITY`` with ``ALTER TABLE … REPLICA IDENTITY`` (``USING INDEX`` names the
index our catalog marks as the replica identity). A table this plan creates starts without
options and with the default replica identity.
"""

from __future__ import annotations

from collections.abc import Iterator

from schemadiff.catalog import REPLICA_IDENTITY_FLAG
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import TableFacts, quote_ident, quoted, split_identity, table_facts
from schemadiff.snapshot import Snapshot

OPTIONS_PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 2
REPLICA_PHASE = PHASE_RANK["constraints.create"] + 1
MATVIEW_OPTIONS_PHASE = PHASE_RANK["mv_indexes.create"] + 1  # after a new materialized view is created
_NEW_TABLE = TableFacts("ordinary", None, None, None, (), "d")
_REPLICA = {"d": "default", "n": "nothing", "f": "full"}


def _options(snapshot: Snapshot, identity: str) -> list[tuple[str, str]]:
    """(name, value) pairs in their stored order."""
    row = next((r for r in snapshot.rows.get("table_options", ()) if r["identity"] == identity), None)
    return [tuple(o.split("=", 1)) for o in (row["options"] if row else ())]


def option_statements(
    name: str, had: list[tuple[str, str]], wanted: list[tuple[str, str]], kind: str = "table"
) -> list[str]:
    """SET/RESET turning the stored options ``had`` into ``wanted``, order included (SET changes
    a value in place and appends a new option; pg_dump shows the order)."""
    if had == wanted:
        return []
    kept = [(k, dict(wanted)[k]) for k, _ in had if k in dict(wanted)]
    added = [(k, v) for k, v in wanted if k not in dict(had)]
    removed = [k for k, _ in had if k not in dict(wanted)]
    statements = []
    if kept + added != wanted:  # the order cannot be reached in place: start again
        removed, added = [k for k, _ in had], wanted
        kept = []
    changed = [(k, v) for k, v in kept if dict(had)[k] != v] + added
    if removed:
        statements.append(f"alter {kind} {name} reset ({', '.join(removed)})")
    if changed:
        statements.append(f"alter {kind} {name} set ({', '.join(f'{k}={v}' for k, v in changed)})")
    return statements


def table_option_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    for identity in sorted(desired.catalog.of_kind("table")):
        want = table_facts(desired.catalog, identity)
        have = table_facts(current.catalog, identity) or _NEW_TABLE
        assert want is not None
        if want.kind == "foreign":  # no storage, no replica identity: diff/foreign_data.py
            continue
        name = quoted(desired.catalog, identity)
        for sql in option_statements(name, _options(current, identity), _options(desired, identity)):
            yield Change("table", Action.ALTER, identity, sql, OPTIONS_PHASE)
        if (
            want.replica != have.replica
            or want.replica == "i"
            and _replica_index(current, identity) != _replica_index(desired, identity)
        ):
            if want.replica == "i":
                index = _replica_index(desired, identity)
                clause = f"using index {quote_ident(split_identity(desired.catalog, index)[1])}"
            else:
                clause = _REPLICA[want.replica]
            yield Change(
                "table", Action.ALTER, identity, f"alter table {name} replica identity {clause}", REPLICA_PHASE
            )
    for identity in sorted(desired.catalog.of_kind("materialized_view")):
        name = quoted(desired.catalog, identity)
        for sql in option_statements(
            name, _options(current, identity), _options(desired, identity), "materialized view"
        ):
            yield Change("materialized_view", Action.ALTER, identity, sql, MATVIEW_OPTIONS_PHASE)


def matview_option_statements(desired: Snapshot, identity: str) -> list[str]:
    """The SET of a materialized view created again (it starts without options)."""
    return option_statements(quoted(desired.catalog, identity), [], _options(desired, identity), "materialized view")


def _replica_index(snapshot: Snapshot, table: str) -> str:
    return next(
        (
            o.identity
            for o in snapshot.catalog.of_kind("index").values()
            if o.parent == table and o.definition.endswith(REPLICA_IDENTITY_FLAG)
        ),
        "",
    )
