"""Online: a partitioned table's changed index, and its new keys, without building under a lock.

A partitioned index cannot be built ``CONCURRENTLY``, and ``ADD CONSTRAINT … USING INDEX`` is
refused on a partitioned table; both are done partition by partition instead, as pg_dump writes
them: the parent's made ``ON ONLY`` (invalid, nothing built), each leaf's built concurrently and
attached (the parent's becomes valid with its last partition's).

**A changed index.** The diff drops an index of a partitioned table that changes (its collation, operator class,
columns, predicate, ...) and creates it again over its partitions' indexes built first
(``diff.partitions.fix_rebuilt_index_changes``). In one transaction (``online: false``) nobody
sees the gap; online, the partitions' indexes are built ``CONCURRENTLY`` after the main
transaction, so the partitions would be without the index meanwhile (a unique one enforcing
nothing, its own build then failing on a duplicate written in the gap).

Where every partition of the table stays a partition, :func:`partitioned_swaps` arranges it as a
swap instead:

1. main: ``CREATE INDEX <new> ON ONLY parent …`` (no build: invalid until complete), and so on
   each partition that is partitioned itself;
2. each leaf partition's index built ``CONCURRENTLY`` under a temporary name;
3. each attached to its parent's new index (``ALTER INDEX … ATTACH PARTITION``, the lowest level
   first: an index becomes valid with its last partition's);
4. one transaction: the old index dropped (its partitions' copies go with it), the new ones
   renamed to the names the desired schema gives them.

Anything else about the index or its partitions (a partition attached or detached by the plan,
a table that is a partition itself, an index that backs a constraint, is clustered or the
replica identity, another change of the same indexes, a partition without exactly one
matching creation) keeps the diff's form.

**A new UNIQUE or PRIMARY KEY** (:func:`partitioned_keys`): added ``ALTER TABLE ONLY`` in the main
transaction (and to each partition partitioned itself), each leaf's unique index built
``CONCURRENTLY`` under a temporary name, then per leaf one transaction adds the leaf's key ``USING
INDEX`` (the index takes its name) and attaches it to its parent's; the partitioned partitions'
are attached last. Written so only where every partition stays one and a PRIMARY KEY's columns
are NOT NULL before the plan or made so by its ``SET NOT NULL`` (else ADD PRIMARY KEY would scan
for NULLs under its lock): those go through a validated CHECK (``online.arrange``), and the key
is then added ``ONLY`` after them, not in the main transaction (``PartitionedKey.late``); a
foreign key the plan adds that references the table comes after (``online.arrange``). Where the
plan drops a key or unique index of the table (a key replaced: the same name, or other columns),
the leaves' indexes are built first and then one transaction drops the old one and takes every
other step (``PartitionedKey.together``): the old key enforces until the new one does, under
brief locks (no build). Not where a foreign key references the table before the plan (its drop
would leave it unchecked while the builds run), nor for two new keys of one such table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.readers import (
    backs_constraint,
    partition_of,
    referenced_tables,
    split_identity,
    table_facts,
    unquote_qualified,
)
from schemadiff.quoting import IDENTIFIER_PATTERN, quote_ident, temporary_name, unquote_identifier

_HEAD = re.compile(
    rf"^CREATE (?P<unique>UNIQUE )?INDEX (?P<name>{IDENTIFIER_PATTERN}) ON (?:ONLY )?"
    rf"(?P<table>(?:{IDENTIFIER_PATTERN})\.(?:{IDENTIFIER_PATTERN})) (?P<rest>USING .*)$",
    re.S,
)
_FLAGS = re.compile(r"( \[[a-z ]+\])+$")  # catalog.py's flags after an index's definition


@dataclass(frozen=True)
class PartitionedSwap:
    """The steps that replace one partitioned table's index (see the module's text)."""

    index: str  # the index's identity
    parents: tuple[Change, ...]  # CREATE INDEX <new> ON ONLY …: the table's, then its partitioned partitions'
    builds: tuple[Change, ...]  # CREATE INDEX CONCURRENTLY <new copy> ON leaf partition …
    attaches: tuple[Change, ...]  # ALTER INDEX <new> ATTACH PARTITION <new copy>, lowest level first
    swap: tuple[Change, ...]  # DROP INDEX <old>; the renames
    names: tuple[str, ...]  # the identities of the indexes it makes (the table's, its partitions')
    replaced: frozenset[tuple[str, Action, str]]  # (kind, action, identity) of the diff's changes it stands for


@dataclass(frozen=True)
class _Copy:
    """The diff's creation of a partition's copy of the index, and of a partition partitioned
    itself, its own partitions' copies."""

    change: Change
    children: tuple[_Copy, ...] | None  # None: a leaf's (built concurrently)


@dataclass(frozen=True)
class _Plan:
    """What the swaps are read from: the plan's changes and both catalogs."""

    current: Catalog
    desired: Catalog
    existing: AbstractSet[str]
    partitioned: AbstractSet[str]
    touched: dict[str, int]  # index identity -> how many of the plan's changes name it
    created: dict[str, list[Change]]  # table -> the plan's index creations on it


def partitioned_swaps(
    changes: Sequence[Change],
    current: Catalog,
    desired: Catalog,
    existing: AbstractSet[str],
    partitioned: AbstractSet[str],
) -> list[PartitionedSwap]:
    """The swaps for the indexes of partitioned tables that ``changes`` drop and create again.
    ``existing``: the tables that exist before the plan and after it; ``partitioned``: the
    partitioned ones."""
    indexes = [c for c in changes if c.kind == "index"]
    dropped = {c.identity for c in indexes if c.action is Action.DROP}
    touched: dict[str, int] = {}
    created: dict[str, list[Change]] = {}
    for change in indexes:
        touched[change.identity] = touched.get(change.identity, 0) + 1
        index = desired.get("index", change.identity) if change.action is Action.CREATE else None
        if index is not None:
            created.setdefault(index.parent, []).append(change)
    plan = _Plan(current, desired, existing, partitioned, touched, created)
    found = []
    for create in indexes:
        if create.action is Action.CREATE and create.identity in dropped and touched[create.identity] == 2:
            swap = _swap(create, plan)
            if swap is not None:
                found.append(swap)
    return found


def _swap(create: Change, plan: _Plan) -> PartitionedSwap | None:
    before, after = plan.current.get("index", create.identity), plan.desired.get("index", create.identity)
    head = _HEAD.match(create.sql)
    if before is None or after is None or head is None or _FLAGS.search(after.definition):
        return None  # (an invalid, clustered or replica identity index: not swapped)
    table = after.parent
    if (
        before.parent != table
        or table not in plan.partitioned
        or partition_of(plan.current, table) is not None
        or partition_of(plan.desired, table) is not None
        or backs_constraint(plan.current, create.identity)
        or backs_constraint(plan.desired, create.identity)
    ):
        return None
    copies = _copies(table, (head["unique"], _body(after.definition)), plan)
    return None if copies is None else _steps(create, copies, plan.desired)


def _copies(table: str, wanted: tuple[str | None, str], plan: _Plan) -> tuple[_Copy, ...] | None:
    """The copies the plan creates of an index (``wanted``: unique or not, its definition after
    the table) on the partitions of ``table``: one on each, or None."""
    partitions = _partitions(plan.desired, table)
    if partitions != _partitions(plan.current, table):
        return None
    found = []
    for partition, is_partitioned in sorted(partitions.items()):
        matching = [c for c in plan.created.get(partition, ()) if _copy_of(wanted, c, plan.desired)]
        if len(matching) != 1 or plan.touched[matching[0].identity] != 1:
            return None  # (none, two, or one the plan also drops or alters)
        if _FLAGS.search(plan.desired.of_kind("index")[matching[0].identity].definition):
            return None
        if not is_partitioned:
            if partition not in plan.existing:
                return None
            found.append(_Copy(matching[0], None))
            continue
        children = _copies(partition, wanted, plan) if partition in plan.partitioned else None
        if children is None:
            return None
        found.append(_Copy(matching[0], children))
    return tuple(found)


def _steps(create: Change, copies: tuple[_Copy, ...], desired: Catalog) -> PartitionedSwap:
    schema, name = split_identity(desired, create.identity)
    parents: list[Change] = []
    builds: list[Change] = []
    attaches: list[Change] = []
    renames: list[Change] = []

    def made(change: Change, children: tuple[_Copy, ...] | None) -> str:
        """The new index in place of ``change``'s (its partitions' too): its quoted name."""
        head = _HEAD.match(change.sql)
        assert head is not None
        index_schema, index_name = split_identity(desired, change.identity)
        new = temporary_name(index_name, "new")
        quoted_new = f"{quote_ident(index_schema)}.{quote_ident(new)}"
        unique = head["unique"] or ""
        if children is None:
            sql = f"CREATE {unique}INDEX CONCURRENTLY {quote_ident(new)} ON {head['table']} {head['rest']}"
            builds.append(Change("index", Action.CREATE, f"{index_schema}.{new}", sql, change.phase))
        else:
            sql = f"CREATE {unique}INDEX {quote_ident(new)} ON ONLY {head['table']} {head['rest']}"
            parents.append(Change("index", Action.CREATE, f"{index_schema}.{new}", sql, create.phase))
            for child in children:
                attached = made(child.change, child.children)
                sql = f"alter index {quoted_new} attach partition {attached}"
                attaches.append(Change("index", Action.ALTER, unquote_qualified(attached), sql, create.phase))
        sql = f"alter index {quoted_new} rename to {quote_ident(index_name)}"
        renames.append(Change("index", Action.RENAME, change.identity, sql, change.phase))
        return quoted_new

    made(create, copies)
    drop_sql = f"drop index if exists {quote_ident(schema)}.{quote_ident(name)}"
    drop = Change("index", Action.DROP, create.identity, drop_sql, create.phase)
    replaced = {("index", Action.CREATE, create.identity), ("index", Action.DROP, create.identity)}
    replaced |= {("index", Action.CREATE, r.identity) for r in renames}
    return PartitionedSwap(
        create.identity,
        tuple(parents),
        tuple(builds),
        tuple(attaches),
        (drop, *renames),
        tuple(r.identity for r in renames),
        frozenset(replaced),
    )


def _copy_of(wanted: tuple[str | None, str], change: Change, desired: Catalog) -> bool:
    """Whether ``change`` creates an index that matches ``wanted`` (unique or not, its definition
    after its table), as PostgreSQL matches a partition's index to its parent's."""
    head, index = _HEAD.match(change.sql), desired.get("index", change.identity)
    return head is not None and index is not None and (head["unique"], _body(index.definition)) == wanted


def _partitions(catalog: Catalog, table: str) -> dict[str, bool]:
    """The partitions of ``table`` that take a copy of its indexes (foreign tables take none):
    partition -> whether it is partitioned itself."""
    found = {}
    for identity in catalog.of_kind("table"):
        bound = partition_of(catalog, identity)
        if bound is None or unquote_qualified(bound[0]) != table:
            continue
        facts = table_facts(catalog, identity)
        assert facts is not None
        if facts.kind != "foreign":
            found[identity] = facts.kind == "partitioned"
    return found


def _body(definition: str) -> str:
    """An index's definition after its table (``USING …``), without the catalog's flags."""
    match = _HEAD.match(_FLAGS.sub("", definition))
    return match["rest"] if match else definition


# --- a new UNIQUE or PRIMARY KEY of a partitioned table ------------------------------------

_ADD_KEY = re.compile(
    rf"^alter table (?P<table>(?:{IDENTIFIER_PATTERN})\.(?:{IDENTIFIER_PATTERN})) add constraint"
    rf" (?P<name>{IDENTIFIER_PATTERN}) (?P<kind>UNIQUE|PRIMARY KEY) (?P<rest>.*)$",
    re.S,
)
QNAME = rf"(?:{IDENTIFIER_PATTERN})\.(?:{IDENTIFIER_PATTERN})"  # a schema-qualified name as the families write it
SET_NOT_NULL = re.compile(
    rf"^alter table (?P<table>{QNAME}) alter column (?P<column>{IDENTIFIER_PATTERN}) set not null$"
)
_DEFERRABLE = re.compile(r" (DEFERRABLE(?: INITIALLY DEFERRED)?)$")
_KEY_COLUMNS = re.compile(r"^(?:NULLS NOT DISTINCT )?\((?P<columns>[^()]*)\)")


@dataclass(frozen=True)
class PartitionedKey:
    """The steps that add one key to a partitioned table without building under its lock: the
    key added ``ONLY`` to the table (and to each partition partitioned itself: an invalid index,
    nothing built), each leaf partition's unique index built ``CONCURRENTLY``, made the leaf's
    key ``USING INDEX`` and attached to its parent's (one transaction per leaf), then the
    partitioned partitions' attached to theirs (lowest level first)."""

    constraint: str  # the key's identity
    parents: tuple[Change, ...]  # ALTER TABLE ONLY … ADD CONSTRAINT …
    builds: tuple[Change, ...]  # CREATE UNIQUE INDEX CONCURRENTLY <temporary> ON leaf …
    leaves: tuple[tuple[Change, Change], ...]  # ADD CONSTRAINT … USING INDEX <temporary>; ATTACH PARTITION
    attaches: tuple[Change, ...]  # ALTER INDEX … ATTACH PARTITION of the partitioned partitions' keys
    # the plan's drops of the key or unique index the new key replaces: once the leaves' indexes are
    # built, they and every step above but the builds run in one transaction (the old one enforces
    # until the new one does)
    replaced: tuple[Change, ...] = ()
    # a PRIMARY KEY over columns the plan makes NOT NULL (through a validated CHECK, after the main
    # transaction): the key is added ONLY once they are, with the leaves' keys after it
    late: bool = False

    def together(self) -> list[Change]:
        """The steps of a replacing key's one transaction, after the builds."""
        return [*self.replaced, *self.parents, *(c for leaf in self.leaves for c in leaf), *self.attaches]


def partitioned_keys(
    changes: Sequence[Change],
    current: Catalog,
    desired: Catalog,
    existing: AbstractSet[str],
    partitioned: AbstractSet[str],
) -> list[PartitionedKey]:
    """The keys the plan adds to partitioned tables that exist before and after it, arranged
    online where the table is no partition, every partition stays one and the key's columns are
    NOT NULL before the plan (a PRIMARY KEY's). Where the table loses a key or unique index in
    the plan (one new key per such table, no foreign key referencing it before the plan), the
    old one is dropped in the transaction that completes the new one (:attr:`PartitionedKey.replaced`).
    (A foreign key the plan adds that references the table comes after the key is complete:
    ``online.arrange``.)"""
    created: dict[str, int] = {}
    for change in changes:
        if change.kind == "constraint" and change.action is Action.CREATE:
            created[change.identity] = created.get(change.identity, 0) + 1
    # the plan's drops of a table's keys and unique indexes (the table would enforce neither if the old
    # one went in the main transaction while the new one is built)
    replacing: dict[str, list[Change]] = {}
    for c in changes:
        found = current.get(c.kind, c.identity) if c.action is Action.DROP else None
        if found is not None and (
            (c.kind == "constraint" and found.definition.startswith(("contype=p ", "contype=u ")))
            or (c.kind == "index" and found.definition.startswith("CREATE UNIQUE INDEX "))
        ):
            replacing.setdefault(found.parent, []).append(c)
    referenced = referenced_tables(current)
    made_not_null = {
        c.identity for c in changes if c.kind == "column" and c.action is Action.ALTER and SET_NOT_NULL.match(c.sql)
    }
    matches = [
        (change, match)
        for change in changes
        if change.kind == "constraint"
        and change.action is Action.CREATE
        and (match := _ADD_KEY.match(change.sql)) is not None
        and created[change.identity] == 1
        and " using index " not in change.sql.lower()
    ]
    per_table = Counter(unquote_qualified(match["table"]) for _, match in matches)
    keys = []
    for change, match in matches:
        table = unquote_qualified(match["table"])
        if table not in partitioned or partition_of(current, table) is not None:
            continue
        old = replacing.get(table, [])
        if old and (per_table[table] != 1 or table in referenced):
            continue  # (the new key is added whole where the old one goes, in the main transaction)
        key = _key(change, match, table, (current, desired), existing, partitioned, old, made_not_null)
        if key is not None:
            keys.append(key)
    return keys


def _key(
    change: Change,
    match: re.Match[str],
    table: str,
    catalogs: tuple[Catalog, Catalog],
    existing: AbstractSet[str],
    partitioned: AbstractSet[str],
    replaced: list[Change],
    made_not_null: AbstractSet[str],
) -> PartitionedKey | None:
    """The steps of one new key (:func:`partitioned_keys`), None where it keeps its form;
    ``catalogs``: current and desired; ``made_not_null``: the columns the plan's SET NOT NULL
    alter (of the table: they reach its partitions)."""
    current, desired = catalogs
    definition = desired.get("constraint", change.identity)
    if definition is None or definition.parent != table or partition_of(desired, table) is not None:
        return None
    columns = _KEY_COLUMNS.match(match["rest"])
    if columns is None:
        return None
    names = [unquote_identifier(c.strip()) for c in columns["columns"].split(",")]
    deferrable = _DEFERRABLE.search(match["rest"])
    tail = f" {deferrable[1]}" if deferrable else ""
    parents = [replace(change, sql=change.sql.replace("alter table ", "alter table only ", 1))]
    builds: list[Change] = []
    leaves: list[tuple[Change, Change]] = []
    attaches: list[Change] = []

    primary = match["kind"] == "PRIMARY KEY"
    # (a PRIMARY KEY's columns: NOT NULL before the plan, or made so by it before the key is added)
    late = primary and not all(_not_null(current, f"{table}.{column}") for column in names)
    if late and not all(
        f"{table}.{column}" in made_not_null for column in names if not _not_null(current, f"{table}.{column}")
    ):
        return None  # (ADD PRIMARY KEY would set them NOT NULL: a scan under its lock)
    same: dict[str, list[str]] = {}  # table -> its constraints defined as the key (its copies, once made)
    for found in desired.of_kind("constraint").values():
        if found.definition == definition.definition:
            same.setdefault(found.parent, []).append(found.identity)
    # the current copies of a replaced key (of its name on a partition): they go with it, first
    old_keys = [current.get("constraint", c.identity) for c in replaced if c.kind == "constraint"]
    old_definitions = {found.definition for found in old_keys if found is not None}

    def add(parent_table: str, parent_key: str) -> bool:
        """The steps for the partitions of ``parent_table`` (whose key's index is ``parent_key``,
        quoted); False when one cannot be arranged so."""
        partitions = _partitions(desired, parent_table)
        if partitions != _partitions(current, parent_table):
            return False
        for partition, is_partitioned in sorted(partitions.items()):
            if primary and not all(
                _not_null(current, f"{partition}.{column}") or f"{table}.{column}" in made_not_null for column in names
            ):
                return False
            copies = same.get(partition, [])
            before = current.get("constraint", copies[0]) if len(copies) == 1 else None
            if len(copies) != 1 or before is not None and before.definition not in old_definitions:
                return False
            schema = split_identity(desired, partition)[0]
            name = copies[0][len(partition) + 1 :]
            index = desired.get("index", f"{schema}.{name}")
            head = _HEAD.match(index.definition) if index is not None and not _FLAGS.search(index.definition) else None
            if head is None:
                return False
            quoted_key = f"{quote_ident(schema)}.{quote_ident(name)}"
            attach = Change(
                "index",
                Action.ALTER,
                f"{schema}.{name}",
                f"alter index {parent_key} attach partition {quoted_key}",
                change.phase,
            )
            table_sql = head["table"]
            if is_partitioned:
                if partition not in partitioned:
                    return False
                sql = f"alter table only {table_sql} add constraint {quote_ident(name)} {match['kind']} {match['rest']}"
                parents.append(Change("constraint", Action.CREATE, copies[0], sql, change.phase))
                if not add(partition, quoted_key):
                    return False
                attaches.append(attach)
                continue
            if partition not in existing:
                return False
            temporary = temporary_name(name, "new")
            sql = f"CREATE UNIQUE INDEX CONCURRENTLY {quote_ident(temporary)} ON {table_sql} {head['rest']}"
            builds.append(Change("index", Action.CREATE, f"{schema}.{temporary}", sql, change.phase))
            sql = (
                f"alter table {table_sql} add constraint {quote_ident(name)} {match['kind']}"
                f" using index {quote_ident(temporary)}{tail}"
            )
            leaves.append((Change("constraint", Action.CREATE, copies[0], sql, change.phase), attach))
        return True

    schema, name = split_identity(desired, table)[0], match["name"]
    if not add(table, f"{quote_ident(schema)}.{name}"):
        return None
    return PartitionedKey(
        change.identity, tuple(parents), tuple(builds), tuple(leaves), tuple(attaches), tuple(replaced), late
    )


def _not_null(catalog: Catalog, column: str) -> bool:
    """Whether ``column`` (``schema.table.column``) is NOT NULL (``queries/column.sql``: after its
    type and collation, before its default or generation)."""
    found = catalog.get("column", column)
    head = found.definition.split(" default ")[0].split(" generated ")[0] if found is not None else ""
    return head.endswith(" not null")
