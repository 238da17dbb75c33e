"""Tables (partitions too) that become partitioned or stop being so, planned without migra's
inspector: a part of :mod:`schemadiff.diff.plain_structure` (which says when they are plain).

No statement turns an ordinary table into a partitioned one or back: the table is dropped and
created again (DATA_LOSS, called out by the plan's hazards), as migra and the partitions family
plan it on migra's path (``partitions.rebuilt_tables``). Here the same, from the catalog and the
render rows: the table is one of the plain structure's dropped tables and one of its new ones
(its columns created with it, its partitions after it), and what the drop takes along is made
again after it in the places the partitions family and the policies family put it on migra's
path: every index of the table but a key's, every constraint (a key by its definition: that
builds its index) and every trigger, each group in the inspector's order (``_rebuilt``), after
the other statements of the plain structure; every policy in the policies family's place. Its
RLS switches, grants and comments, the sequences its serial columns own, and the foreign keys of
other tables that reference it, are carried by ``diff/carried.py`` as on migra's path.

Plain when the table is an ordinary heap table on one side and a partitioned table that is not a
partition on the other, or a plain leaf partition on one side and a partition partitioned itself on
the other, of one parent and bound (``plain_partitions.rebuilt_table``: the copies of its parent's
indexes, keys, foreign keys and row triggers are then made by the server with it), its columns are the same on both sides (none an
identity's or generated), its policies are the same, its triggers fire as by default, and no view,
materialized view, rule, policy of another table or function that changes names it (the functions
that name it and stay the same are carried by ``diff/carried_dependents.py`` when they need it, as
on migra's path: :func:`rebuilt_readers`).
"""

from __future__ import annotations

from collections.abc import Iterator, Set

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_columns import GENERATION, identity_of
from schemadiff.diff.plain_constraints import index_of, member_name, table_key
from schemadiff.diff.plain_policies import rows_by_identity
from schemadiff.diff.plain_triggers import plain_triggers
from schemadiff.diff.plain_views import mention_of
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

MEMBER_KINDS = ("index", "constraint", "trigger", "policy")
_KEYS = ("contype=p ", "contype=u ", "contype=x ")  # (queries/constraint.sql: those that make their index)


def members_of(catalog: Catalog, tables: Set[str], kinds: tuple[str, ...] = MEMBER_KINDS) -> tuple[CatalogObject, ...]:
    """The objects of ``kinds`` of ``tables`` on one side."""
    return tuple(obj for kind in kinds for obj in catalog.of_kind(kind).values() if obj.parent in tables)


def rebuilt_alone(current: Catalog, desired: Catalog, rebuilt: Set[str]) -> bool:
    """Whether the tables ``rebuilt`` can be dropped and created again as the module's docstring says."""
    if not rebuilt:
        return True
    columns = [members_of(catalog, rebuilt, ("column",)) for catalog in (current, desired)]
    if set(columns[0]) != set(columns[1]):
        return False  # (a column that changes with it: migra's path)
    if any(identity_of(c) or GENERATION in c.definition for c in columns[1]):
        return False
    policies = [set(members_of(catalog, rebuilt, ("policy",))) for catalog in (current, desired)]
    if policies[0] != policies[1]:
        return False
    return plain_triggers((*members_of(current, rebuilt, ("trigger",)), *members_of(desired, rebuilt, ("trigger",))))


def rebuilt_readers(current: Catalog, desired: Catalog, rebuilt: Set[str]) -> frozenset[str] | None:
    """The functions, the same on both sides, that name one of the tables ``rebuilt`` (by name,
    anywhere: conservative), which ``diff.carried`` drops and creates again around the table when
    they need it (a SQL-standard body); None when a view, a materialized view, a rule, another
    table's policy or a function that changes names one."""
    if not rebuilt:
        return frozenset()
    mention = mention_of(rebuilt)
    readers = set()
    for catalog, other in ((current, desired), (desired, current)):
        for kind in ("view", "materialized_view", "rule", "policy", "function"):
            for identity, obj in catalog.of_kind(kind).items():
                if (kind == "policy" and obj.parent in rebuilt) or not mention.search(obj.definition):
                    continue
                if kind != "function" or other.get(kind, identity) != obj:
                    return None
                readers.add(identity)
    return frozenset(readers)


def rebuilt_member_changes(desired: Snapshot, rebuilt: Set[str]) -> Iterator[Change]:
    """The indexes (but keys'), constraints and triggers of the ``rebuilt`` tables, as the desired
    side has them, each group in migra's inspector's order, as ``partitions._rebuilt`` creates
    them again."""
    if not rebuilt:
        return
    catalog = desired.catalog
    constraints = members_of(catalog, rebuilt, ("constraint",))
    keys = {index_of(c) for c in constraints if c.definition.startswith(_KEYS)}
    indexes = {i.identity for i in members_of(catalog, rebuilt, ("index",)) if i.identity not in keys}
    rows = rows_by_identity(desired, "indexes", indexes)
    for row in sorted(rows.values(), key=lambda r: (r["schema_name"], r["index_name"])):
        yield Change("index", Action.CREATE, str(row["identity"]), str(row["definition"]), PHASE_RANK["indexes.create"])
    rows = rows_by_identity(desired, "constraints", {c.identity for c in constraints})
    for constraint in sorted(constraints, key=lambda c: c.identity.split(".", 2)):
        row = rows[constraint.identity]
        phase = PHASE_RANK["pk_constraints.create" if row["contype"] == "p" else "constraints.create"]
        name = quote_ident(member_name(constraint.identity))
        sql = f"alter table {table_key(constraint)} add constraint {name} {row['definition']}"
        yield Change("constraint", Action.CREATE, constraint.identity, sql, phase)
    triggers = members_of(catalog, rebuilt, ("trigger",))
    rows = rows_by_identity(desired, "triggers", {t.identity for t in triggers})
    for trigger in sorted(triggers, key=lambda t: t.identity.split(".", 2)):
        sql = str(rows[trigger.identity]["definition"]).strip().rstrip(";")
        yield Change("trigger", Action.CREATE, trigger.identity, sql, PHASE_RANK["triggers.create"])
