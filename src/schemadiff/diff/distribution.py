"""The Citus distribution family: which tables are distributed (by which column, in how many
shards, colocated with which), which are reference tables, from the catalog's ``distribution``
kind (``queries/distribution.sql``; read only where Citus is installed).

Statements are Citus's own functions, called with ``select``:

- a table becomes distributed: ``create_distributed_table`` (``colocate_with`` a table already
  in its desired colocation group, else ``'none'`` and its shard count); a reference table:
  ``create_reference_table``; a Citus local table: ``citus_add_local_table_to_metadata``;
- a distributed table whose column, shard count or group changes: ``alter_distributed_table``,
  for itself alone (``cascade_to_colocated => false``), except a whole current group given another
  shard count, altered at once (``cascade_to_colocated => true``: Citus keeps the foreign keys
  inside the group, which it drops when its tables are altered one by one);
- a table leaving Citus's metadata, or changing between reference and distributed (which Citus
  cannot alter in place): ``undistribute_table`` (then the new distribution), with
  ``cascade_via_foreign_keys`` when foreign keys link it to other tables that leave too (if one
  of them stays, the plan is refused with their names: Citus keeps no such foreign key).

Colocation is planned by group, not by table: a desired group keeps the current group that most
of its members already share (the first such group claimed, by leader), and every other member
joins it; so adding a table to a group never moves the tables already there. Existing tables are
distributed referenced tables first (Citus refuses a foreign key to a local table), reference
tables before distributed ones. Tables the plan creates are distributed right after their
creation, before their keys, indexes and foreign keys, which Citus then creates on every shard.
Tables in a distributed schema (``single shard``) are read and compared but not planned.

Converting a table (``alter_distributed_table``, ``undistribute_table``) re-creates it under a
temporary name (:mod:`schemadiff.citus_names`); from PostgreSQL 18 on its NOT NULL constraints come
back named after that name. A distributed table's are not compared (Citus cannot rename them: the
catalog leaves them out); a table made local again gets them renamed back right after.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from schemadiff.catalog import made_up_name
from schemadiff.changes import Action, Change, Hazard
from schemadiff.citus_names import temporary_name
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import quote_ident, quote_literal, quoted, split_identity
from schemadiff.errors import DiffError
from schemadiff.quoting import unquote_identifier
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 2  # after the tables and their RLS switches, before keys and indexes

_HASH = re.compile(
    r'^hash \((?P<column>"(?:[^"]|"")+"|[^\s()]+)\) shards (?P<shards>\d+)(?: colocated with (?P<leader>.+))?$'
)


@dataclass(frozen=True)
class Distribution:
    """One table's place in Citus: ``method`` hash, reference, citus local or single shard."""

    method: str
    column: str | None = None  # the distribution column's name (hash)
    shards: int | None = None
    leader: str | None = None  # the first table of its colocation group (None: it is the first)

    @staticmethod
    def read(identity: str, definition: str) -> Distribution:
        found = _HASH.match(definition)
        if found:
            return Distribution("hash", unquote_identifier(found["column"]), int(found["shards"]), found["leader"])
        if definition in ("reference", "citus local"):
            return Distribution(definition)
        if definition.startswith("single shard"):
            return Distribution("single shard")
        raise ValueError(f"unexpected distribution of {identity}: {definition!r}")

    def group(self, identity: str) -> str:
        return self.leader or identity


def distribution_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have = {i: Distribution.read(i, o.definition) for i, o in current.catalog.of_kind("distribution").items()}
    want = {i: Distribution.read(i, o.definition) for i, o in desired.catalog.of_kind("distribution").items()}
    if not have and not want:
        return
    existing = set(current.catalog.of_kind("table")) & set(desired.catalog.of_kind("table"))
    _refuse_single_shard(have, want)
    order = _referenced_first(current, sorted(want.keys() | have.keys()))
    leaving = [  # out of Citus, or between kinds Citus cannot alter in place
        identity
        for identity in order
        if identity in have
        and identity in existing
        and (identity not in want or have[identity].method != want[identity].method)
    ]
    undistributed: set[str] = set()
    for identity in leaving:
        if identity in undistributed:
            continue
        linked = _linked_by_foreign_keys(current, identity, set(have))
        named: list[tuple[str, str]] = []
        if len(linked) > 1:  # Citus undistributes them together, or not at all
            if not linked <= set(leaving):
                stay = ", ".join(sorted(linked - set(leaving)))
                raise DiffError(
                    f"{identity} cannot leave Citus alone: foreign keys link it to {stay}, which stay"
                    " (Citus keeps no foreign key between a local and a distributed table);"
                    " drop those foreign keys in an earlier plan"
                )
            named = [("cascade_via_foreign_keys", "true")]
        undistributed |= linked
        yield _call(desired if identity in want else current, identity, "undistribute_table", Action.DROP, named)
        for table in sorted(linked):
            yield from _not_null_names_back(current, desired, table)
    for identity in order:
        old, new = have.get(identity), want.get(identity)
        if new is None or new.method not in ("reference", "citus local"):
            continue
        if old is None or identity in undistributed:
            function = "create_reference_table" if new.method == "reference" else "citus_add_local_table_to_metadata"
            yield _call(desired, identity, function, Action.CREATE, [])
    yield from _hash_changes(current, desired, have, want, order, undistributed)


def _hash_changes(
    current: Snapshot,
    desired: Snapshot,
    have: dict[str, Distribution],
    want: dict[str, Distribution],
    order: list[str],
    gone: set[str],
) -> Iterator[Change]:
    """Every desired colocation group made whole: members already together stay, the rest join."""
    groups: dict[str, list[str]] = {}
    for identity in order:
        new = want.get(identity)
        if new is not None and new.method == "hash":
            groups.setdefault(new.group(identity), []).append(identity)
    current_groups: dict[str, set[str]] = {}  # the current colocation groups of distributed tables
    for identity, placed in have.items():
        if placed.method == "hash":
            current_groups.setdefault(placed.group(identity), set()).add(identity)
    claimed: set[str] = set()
    for leader in sorted(groups):
        members = groups[leader]
        anchor = _anchor(members, have, want, claimed, gone)
        kept_group = have[anchor].group(anchor) if anchor else None  # the current group that stays as it is
        resharded: set[str] = set()
        if anchor is None:  # a whole current group given another shard count: altered together
            resharded = _whole_group_resharded(members, have, want, current_groups, claimed, gone)
            if resharded:
                anchor = min(resharded)
                arguments = [("shard_count", str(want[anchor].shards)), ("cascade_to_colocated", "true")]
                yield _call(desired, anchor, "alter_distributed_table", Action.ALTER, arguments)
        for identity in members:
            new, old = want[identity], have.get(identity)
            if identity in resharded:
                continue
            if identity != anchor and _kept(old, new, kept_group, identity, gone):
                continue
            if identity == anchor:
                continue
            colocate = quoted(desired.catalog, anchor) if anchor else "none"
            arguments = [("colocate_with", quote_literal(colocate))]
            if anchor is None:
                arguments.append(("shard_count", str(new.shards)))
            if old is None or old.method != "hash" or identity in gone:
                yield _call(desired, identity, "create_distributed_table", Action.CREATE, arguments, new.column or "")
            else:
                if old.column != new.column:
                    arguments.insert(0, ("distribution_column", quote_literal(new.column or "")))
                arguments.append(("cascade_to_colocated", "false"))
                yield _call(desired, identity, "alter_distributed_table", Action.ALTER, arguments)
            anchor = anchor or identity


def _anchor(
    members: list[str], have: dict[str, Distribution], want: dict[str, Distribution], claimed: set[str], gone: set[str]
) -> str | None:
    """The member whose current group the desired group keeps: of the members already distributed
    as wanted (column and shard count), those sharing the largest unclaimed current group; the
    first of them."""
    by_group: dict[str, list[str]] = {}
    for identity in members:
        old, new = have.get(identity), want[identity]
        if (
            old
            and identity not in gone
            and old.method == "hash"
            and (old.column, old.shards) == (new.column, new.shards)
        ):
            by_group.setdefault(old.group(identity), []).append(identity)
    candidates = [(-len(ids), group, ids) for group, ids in by_group.items() if group not in claimed]
    if not candidates:
        return None
    _, group, ids = min(candidates)
    claimed.add(group)
    return min(ids)


def _whole_group_resharded(
    members: list[str],
    have: dict[str, Distribution],
    want: dict[str, Distribution],
    current_groups: dict[str, set[str]],
    claimed: set[str],
    gone: set[str],
) -> set[str]:
    """The members of one current group that holds only members of this desired group, each
    keeping its distribution column, when only the shard count changes: altered with
    ``cascade_to_colocated``, which keeps the foreign keys between them (altered one by one,
    Citus drops those)."""
    for group, tables in sorted(current_groups.items()):
        if group in claimed or not tables <= set(members) or tables & gone:
            continue
        if all(have[t].column == want[t].column and have[t].shards != want[t].shards for t in tables):
            claimed.add(group)
            return tables
    return set()


def _kept(old: Distribution | None, new: Distribution, kept_group: str | None, identity: str, gone: set[str]) -> bool:
    """Whether a member is already where its group wants it: distributed as wanted, in the
    current group its desired group keeps (None when the plan starts or moves the group: then
    every member joins its first table)."""
    return (
        kept_group is not None
        and old is not None
        and identity not in gone
        and old.method == "hash"
        and (old.column, old.shards) == (new.column, new.shards)
        and old.group(identity) == kept_group
    )


def _call(
    snapshot: Snapshot,
    identity: str,
    function: str,
    action: Action,
    named: list[tuple[str, str]],
    column: str | None = None,
) -> Change:
    arguments = [quote_literal(quoted(snapshot.catalog, identity))]
    if column is not None:
        arguments.append(quote_literal(column))
    arguments += [f"{name} => {value}" for name, value in named]
    sql = f"select {function}({', '.join(arguments)})"
    return Change("distribution", action, identity, sql, PHASE, (Hazard.DATA_MOVED,))


def _not_null_names_back(current: Snapshot, desired: Snapshot, table: str) -> Iterator[Change]:
    """After ``undistribute_table``: the renames of ``table``'s NOT NULL constraints back from
    the names Citus's conversion leaves (PostgreSQL 18+), for the columns NOT NULL before it, or
    added by this plan (which runs column changes first). Not for a table that stays in Citus's
    metadata (it cannot be renamed, and its names are not compared)."""
    if desired.major < 18 or current.major < 18 or desired.catalog.get("table", table) is None:
        return
    if table in desired.catalog.of_kind("distribution"):
        return
    have = {(r["identity"], r["column_name"]) for r in current.rows.get("not_null", ())}
    for row in sorted(desired.rows.get("not_null", ()), key=lambda r: r["column_name"]):
        key = (row["identity"], row["column_name"])
        if row["identity"] != table:
            continue
        if key not in have and current.catalog.get("column", f"{table}.{row['column_name']}") is not None:
            continue  # NOT NULL set by this plan, maybe later (online): not there when Citus converts
        left = _chosen_name(temporary_name(row["table_name"]), row["column_name"], _names_in_schema(current, table))
        sql = f"alter table {row['quoted_table']} rename constraint {quote_ident(left)} to {quote_ident(row['name'])}"
        yield Change("constraint", Action.ALTER, f"{table}.{row['name']}", sql, PHASE)


def _chosen_name(table: str, column: str, taken: set[str]) -> str:
    """The name PostgreSQL gives a NOT NULL constraint (``ChooseConstraintName``): the made-up
    one, or, while a constraint of the schema has it, with a number after its label."""
    name, number = made_up_name(table, column, "not_null"), 0
    while name in taken:
        number += 1
        name = made_up_name(table, column, f"not_null{number}")
    return name


def _names_in_schema(current: Snapshot, table: str) -> set[str]:
    """The constraint names of ``table``'s schema (a table converted before holds the names its
    conversion makes up again)."""
    schema = split_identity(current.catalog, table)[0]
    tables = {t for t in current.catalog.of_kind("table") if split_identity(current.catalog, t)[0] == schema}
    names = {r["name"] for r in current.rows.get("not_null", ()) if r["identity"] in tables}
    for identity, found in current.catalog.of_kind("constraint").items():
        if found.parent in tables:
            names.add(identity[len(found.parent) + 1 :])
    return names


def _linked_by_foreign_keys(current: Snapshot, identity: str, among: set[str]) -> set[str]:
    """``identity`` and every table of ``among`` its current foreign keys link it to, either way,
    directly or through others (what Citus's ``cascade_via_foreign_keys`` reaches)."""
    neighbours: dict[str, set[str]] = {}
    for row in current.rows.get("references", ()):
        if row["identity"] in among and row["referenced"] in among:
            neighbours.setdefault(row["identity"], set()).add(row["referenced"])
            neighbours.setdefault(row["referenced"], set()).add(row["identity"])
    linked, todo = {identity}, [identity]
    while todo:
        for other in neighbours.get(todo.pop(), ()):
            if other not in linked:
                linked.add(other)
                todo.append(other)
    return linked


def _referenced_first(current: Snapshot, identities: list[str]) -> list[str]:
    """``identities`` (sorted) with every table after the tables its current foreign keys
    reference: Citus distributes a table only once what it references is distributed."""
    references: dict[str, set[str]] = {}
    for row in current.rows.get("references", ()):
        references.setdefault(row["identity"], set()).add(row["referenced"])
    placed: list[str] = []
    seen: set[str] = set()

    def place(identity: str, path: frozenset[str]) -> None:
        if identity in seen or identity in path:
            return
        for referenced in sorted(references.get(identity, ())):
            if referenced in wanted:
                place(referenced, path | {identity})
        seen.add(identity)
        placed.append(identity)

    wanted = set(identities)
    for identity in identities:
        place(identity, frozenset())
    return placed


def _refuse_single_shard(have: dict[str, Distribution], want: dict[str, Distribution]) -> None:
    for identity in sorted(have.keys() | want.keys()):
        old, new = have.get(identity), want.get(identity)
        if old == new:
            continue
        if "single shard" in (old and old.method, new and new.method):
            raise DiffError(
                f"{identity}: tables of a Citus distributed schema (single shard) are not planned by schemadiff yet;"
                " change them by hand with citus_schema_distribute / citus_schema_undistribute"
            )
