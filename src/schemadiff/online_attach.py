"""Online ``ATTACH PARTITION`` of a table that exists before the plan (and so may hold rows).

``ALTER TABLE parent ATTACH PARTITION t`` takes ACCESS EXCLUSIVE on ``t`` and, holding it,
scans ``t`` to prove its rows are within the bound, builds each of the parent's indexes (and
keys) that ``t`` lacks, and validates each of the parent's foreign keys on it; the CHECKs a plan
adds to ``t`` before (ATTACH requires the parent's) and its SET NOT NULLs scan too. What the
ATTACH finds done it skips: a valid CHECK that implies the bound (no scan), a matching index
(attached, not built), a matching valid foreign key (attached, not validated). So, for such a
table, the plan does that work first, while ``t`` keeps taking reads and writes:

before the main transaction (``t``, its columns and its parent's objects exist already):
  1. ``attach checks`` (one transaction, brief locks): ``t``'s CHECKs added ``NOT VALID``: its
     bound's (``render_partitions.sql``), the parent's that the plan adds to it, one ``col IS NOT
     NULL`` for each column the plan makes NOT NULL; and the parent's foreign keys it lacks;
  2. each validated in a transaction of its own (SHARE UPDATE EXCLUSIVE);
  3. each index of the parent that ``t`` lacks built ``CONCURRENTLY``, under the name its copy has
     on the desired side;
in the main transaction, where the plan had them:
  4. ``SET NOT NULL`` (proven by the validated CHECK: no scan), that CHECK dropped;
  5. just before the ATTACH, each key ``t`` lacks added ``USING INDEX`` of its index built in 3;
  6. the ATTACH (no scan, nothing built), and the bound's CHECK dropped after it.

Only where every step can run before the plan's main transaction: ``t`` is an ordinary table
before the plan (or a partition the plan detaches and attaches again, with another bound), or a
partitioned table that has the parent's keys (its CHECKs, a NOT NULL's too, reach its partitions,
which the ATTACH and the SET NOT NULL then do not scan; a foreign key only from PostgreSQL 18; a parent's
index it lacks is made ``ON ONLY`` on it, its leaf partitions' built concurrently and attached, in
a transaction ``attach index`` before the main one), its
parent a partitioned table before the plan too; the plan changes nothing else of ``t`` (its
columns but their NOT NULL and defaults, and columns it adds or drops, which stay in the main
transaction before the ATTACH: none stored generated, and none named by a step before it; its
indexes; its constraints other than those above), its columns are the desired side's but for those, ``t``
has no index or constraint that the desired side does not (the ATTACH could adopt it instead of
the one built), and the parent's objects copied are the same before and after the plan.
Otherwise the ATTACH and everything before it stay in the main transaction as the diff wrote them
(so does the SET NOT NULL: the ATTACH needs it). Left to the ATTACH in any case: the scan of a
default partition's bound, or of a bound that names a table other than the parent by OID (a
partition of a hash partition; a hash partition's CHECK names its parent by name), an exclusion
constraint's index. A default partition of the parent: :mod:`schemadiff.online_default_partition`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.diff.readers import (
    CONSTRAINT_FLAGS,
    constraint_definition,
    parent_of,
    partition_of,
    partition_parent,
    split_identity,
)
from schemadiff.online_partitioned import SET_NOT_NULL
from schemadiff.quoting import QUALIFIED_NAME, quote_ident, temporary_name, unquote_identifier, unquote_qualified

_SHAPE = re.compile(r"^(CREATE (?:UNIQUE )?INDEX)(?: CONCURRENTLY)? .*? ON (?:ONLY )?\S+ ", re.I | re.S)
_DETACH = re.compile(r"\bdetach partition\b", re.I)
# a partition joining its parent, as the partitions family writes it (the names as written)
ATTACHES = re.compile(rf"^alter table (?P<parent>{QUALIFIED_NAME}) attach partition (?P<table>{QUALIFIED_NAME}) ", re.I)
CREATES = re.compile(rf"^create table (?P<table>{QUALIFIED_NAME}) partition of (?P<parent>{QUALIFIED_NAME}) ", re.I)
_INDEX_DEF = re.compile(r"^CREATE (?P<unique>UNIQUE )?INDEX (?P<rest>.*)$", re.S)
_CHECK_ADD = re.compile(r"^alter table .* add constraint .* check \(", re.I | re.S)
_KEY = {"p": "primary key", "u": "unique"}
# a column's default or identity, and anything after it (the identity: the parent's, which the ATTACH gives it)
_NOT_SHAPE = re.compile(r" (?:default |generated (?:always|by default) as identity).*$", re.S)
_DEFAULT = re.compile(r" alter column \S+ (?:set|drop) default\b", re.I)  # (brief: stays in main)
_PARTITIONED_NOT_VALID_KEYS_SINCE = 180000
_GENERATED = " generated always as ("  # (a column's definition: a stored generated one)


@dataclass
class OnlineAttaches:
    """What the plan's online ATTACHes run before the main transaction, and what the main transaction
    runs instead of each of the plan's changes; ``tables``: every table the plan attaches."""

    checks: list[Change] = field(default_factory=list)
    validations: list[Change] = field(default_factory=list)
    builds: list[Change] = field(default_factory=list)
    index_attaches: list[Change] = field(default_factory=list)  # (a partitioned table's index, its partitions')
    main: dict[Change, list[Change]] = field(default_factory=dict)
    tables: set[str] = field(default_factory=set)


def not_null_helper(table_name: str, column_name: str) -> str:
    """The name of the CHECK (``col IS NOT NULL``) that proves a SET NOT NULL of an online plan."""
    return temporary_name(f"{table_name}_{column_name}", "not_null")


def joined(change: Change) -> tuple[str, str] | None:
    """(the partition, its parent), as identities, of a CREATE TABLE … PARTITION OF or an
    ATTACH PARTITION; None for any other change."""
    if change.kind != "table":
        return None
    found = CREATES.match(change.sql) if change.action is Action.CREATE else ATTACHES.match(change.sql)
    return (unquote_qualified(found["table"]), unquote_qualified(found["parent"])) if found else None


def bound_helper(table_name: str) -> str:
    """The name of the CHECK that proves a table's rows within its bound when it is attached."""
    return temporary_name(table_name, "bound")


@dataclass(frozen=True)
class Sides:
    """The catalogs a plan goes between; ``bounds``: each partition's bound as a CHECK, of the
    desired side; ``existing``, ``partitioned``: the ordinary and the partitioned tables before
    the plan that it keeps."""

    current: Catalog
    desired: Catalog
    bounds: Mapping[str, str]
    existing: set[str]
    partitioned: set[str]


def online_attaches(changes: list[Change], sides: Sides) -> OnlineAttaches:
    """The online form of each ATTACH of ``changes`` that can have one (the module's text)."""
    current, desired = sides.current, sides.desired
    found = OnlineAttaches()
    for change in changes:
        if change.kind == "table" and change.action is Action.ALTER and ATTACHES.match(change.sql):
            found.tables.add(change.identity)
    by_table: dict[str, list[Change]] = {}
    for change in changes:
        table = change.identity if change.kind == "table" else parent_of(desired, change.kind, change.identity)
        table = table or parent_of(current, change.kind, change.identity)
        if table in found.tables:
            by_table.setdefault(table, []).append(change)
    for table in sorted(found.tables):
        _arrange(table, by_table.get(table, []), sides, found)
    return found


def _arrange(table: str, changes: list[Change], sides: Sides, found: OnlineAttaches) -> None:
    current, desired = sides.current, sides.desired
    attach = [c for c in changes if c.kind == "table" and ATTACHES.match(c.sql)]
    parent = partition_of(desired, table)
    partitioned = table in sides.partitioned  # (a partitioned table attached: its CHECKs reach its partitions)
    if (
        len(attach) != 1
        or (table not in sides.existing and not partitioned)
        or (partition_of(current, table) is not None and not any(_DETACH.search(c.sql) for c in changes))
        or parent is None
        or unquote_qualified(parent[0]) not in sides.partitioned
    ):
        return
    have, want = _columns(current, table), _columns(desired, table)
    if any(have[c] != want[c] for c in have.keys() & want.keys()):
        return  # (changed in the main transaction, before the ATTACH: the steps before it would see them as they were)
    added = {c[len(table) + 1 :] for c in want.keys() - have.keys()}  # (added in main: no step before it names them)
    if any(_GENERATED in want[c] for c in want.keys() - have.keys()):
        return  # (a stored generated column rewrites the table)
    joins = {c.identity for c in changes if c.kind == "column" and c.action in (Action.CREATE, Action.DROP)}
    mine, theirs = _members(current, table), _members(desired, table)
    if any(theirs.get(k) != obj for k, obj in mine.items()):
        return  # (an index or constraint the desired side lacks or has otherwise: the ATTACH could adopt it)
    quoted = quoted_table(desired, table)
    checks: list[Change] = []
    main: dict[Change, list[Change]] = {}
    for change in changes:
        if change is attach[0] or change.kind in ("comment", "privilege", "policy", "trigger", "rls"):
            continue
        if change.kind == "table" and _DETACH.search(change.sql):  # (attached again: another bound)
            continue
        if change.identity in joins and change.identity in have.keys() ^ want.keys():
            continue  # (a column added or dropped as the parent has it: in main, before the ATTACH)
        not_null = SET_NOT_NULL.match(change.sql)
        if change.kind == "column" and not_null:  # (a partitioned table's CHECK reaches its partitions)
            helper = not_null_helper(split_identity(desired, table)[1], unquote_identifier(not_null["column"]))
            checks.append(check_change(change, table, quoted, helper, f"{not_null['column']} is not null"))
            main[change] = [change, drop_change(change, table, quoted, helper)]
        elif change.kind == "constraint" and change.action is Action.CREATE and _CHECK_ADD.match(change.sql):
            if not _copied_unchanged(change.identity, table, current, desired):
                return  # (a CHECK the parent gains in this plan: what it calls may be new too)
            checks.append(Change(change.kind, change.action, change.identity, f"{change.sql} not valid", change.phase))
            main[change] = []
        elif not (
            change.kind == "constraint" and change.action is Action.ALTER and " rename constraint " in change.sql
        ) and not (change.kind == "column" and _DEFAULT.search(change.sql)):
            return  # (anything else of the table: its columns may not be as the steps before main need them)
    before: list[Change] = []
    builds: list[Change] = []
    index_attaches: list[Change] = []
    for identity, obj in sorted(theirs.items()):
        if identity in mine or not _copied_unchanged(identity[1], table, current, desired, obj):
            continue
        kind, member = identity
        own = quote_ident(_own_name(table, member))
        if kind == "index" and not _backs_key(desired, table, member):
            steps = (
                _partitioned_index_steps(obj, table, sides, attach[0])
                if partitioned
                else ([_build(obj, attach[0])], [])
            )
            if steps is None:
                return
            builds += steps[0]
            index_attaches += steps[1]
        elif kind == "constraint":
            contype = obj.definition[len("contype=")]
            text, validated = constraint_definition(obj.definition)
            if contype == "f" and validated:  # (one NOT VALID: the ATTACH makes it so, and scans nothing)
                if partitioned and current.server_version_num < _PARTITIONED_NOT_VALID_KEYS_SINCE:
                    return  # (a partitioned table's foreign key cannot be NOT VALID before PostgreSQL 18)
                sql = f"alter table {quoted} add constraint {own} {text} not valid"
                checks.append(Change("constraint", Action.CREATE, member, sql, attach[0].phase))
            elif contype in _KEY and (index := desired.get("index", _key_index(desired, table, member))) is not None:
                builds.append(_build(index, attach[0]))
                flags = CONSTRAINT_FLAGS.search(obj.definition)
                deferrable = " deferrable" if flags and "deferrable=true" in flags[0] else ""
                deferred = " initially deferred" if flags and "deferred=true" in flags[0] else ""
                sql = (
                    f"alter table {quoted} add constraint {own} {_KEY[contype]} using index {own}{deferrable}{deferred}"
                )
                before.append(Change("constraint", Action.CREATE, member, sql, attach[0].phase))
    bound = sides.bounds.get(table)
    after: list[Change] = []
    if bound:
        helper = bound_helper(split_identity(desired, table)[1])
        checks.append(check_change(attach[0], table, quoted, helper, bound))
        after.append(drop_change(attach[0], table, quoted, helper))
    if not checks and not builds and not before and not index_attaches:
        return
    if partitioned and before:
        return  # (the parent's keys it lacks: the ATTACH builds them on its partitions)
    if added and any(_names_any(c.sql, added) for c in (*checks, *builds, *before, *index_attaches)):
        return  # (a step before the main transaction would name a column added in it)
    main[attach[0]] = [*before, attach[0], *after]
    found.checks += checks
    found.validations += [validate_change(c, table, quoted) for c in checks]
    found.builds += builds
    found.index_attaches += index_attaches
    found.main.update(main)


def _partitioned_index_steps(
    index: CatalogObject, table: str, sides: Sides, attach: Change
) -> tuple[list[Change], list[Change]] | None:
    """For the parent's ``index`` that the partitioned ``table`` lacks (its copy on the desired
    side): each partition's copy built concurrently (where it lacks it), then, in one
    transaction, the table's own made ``ON ONLY`` (invalid, nothing built) and each partition's
    attached to it, which makes it valid: the ATTACH finds it and builds nothing. None when a
    partition is partitioned itself or its copy is not found, one to one, on the desired side."""
    current, desired = sides.current, sides.desired
    shape = index_shape(index.definition)
    builds: list[Change] = []
    attaches = [Change("index", Action.CREATE, index.identity, index.definition.split(" [")[0], attach.phase)]
    for partition in sorted(t for t in desired.of_kind("table") if partition_parent(desired, t) == table):
        if not desired.of_kind("table")[partition].definition.startswith("ordinary"):
            return None
        copies = [
            i for i in desired.of_kind("index").values() if i.parent == partition and index_shape(i.definition) == shape
        ]
        if len(copies) != 1:
            return None
        (copy,) = copies
        if current.get("index", copy.identity) != copy:
            builds.append(_build(copy, attach))
        sql = f"alter index {quoted_table(desired, index.identity)} attach partition {quoted_table(desired, copy.identity)}"
        attaches.append(Change("index", Action.ALTER, copy.identity, sql, attach.phase))
    return builds, attaches


def _columns(catalog: Catalog, table: str) -> dict[str, str]:
    """The columns of ``table``, each one's definition without its NOT NULL and default (which
    the plan may change in its main transaction) and identity (its parent's gives it its own)."""
    return {
        column.identity: _NOT_SHAPE.sub("", column.definition.replace(" not null", "", 1))
        for column in catalog.of_kind("column").values()
        if column.parent == table
    }


def _names_any(sql: str, columns: set[str]) -> bool:
    """Whether ``sql`` may name one of ``columns``: as a word, plain or quoted (a string literal
    holding one counts too: the answer errs on the side of leaving the ATTACH in main)."""
    return any(re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", sql) for name in columns) or any(
        quote_ident(name) in sql for name in columns
    )


def _members(catalog: Catalog, table: str) -> dict[tuple[str, str], CatalogObject]:
    """The indexes and constraints of ``table`` by (kind, identity)."""
    return {
        (kind, obj.identity): obj
        for kind in ("index", "constraint")
        for obj in catalog.of_kind(kind).values()
        if obj.parent == table
    }


def _copied_unchanged(
    identity: str, table: str, current: Catalog, desired: Catalog, obj: CatalogObject | None = None
) -> bool:
    """Whether the object of the parent that ``identity`` (an index or constraint of ``table`` on
    the desired side) copies exists unchanged before the plan: an index of the same definition
    but for its name and table, or a constraint of the same name and definition."""
    parent = partition_of(desired, table)
    assert parent is not None
    parent_table = unquote_qualified(parent[0])
    if obj is not None and obj.kind == "index":
        shape = index_shape(obj.definition)
        return any(
            index_shape(i.definition) == shape and current.get("index", i.identity) == i
            for i in desired.of_kind("index").values()
            if i.parent == parent_table
        )
    name = identity[len(table) + 1 :]
    theirs = desired.get("constraint", f"{parent_table}.{name}")
    mine = desired.get("constraint", identity)
    if obj is not None and theirs is None and obj.definition.startswith(("contype=p", "contype=u")):
        return any(  # (a key's copy is named after its table: matched by its definition)
            c.definition == obj.definition and current.get("constraint", c.identity) == c
            for c in desired.of_kind("constraint").values()
            if c.parent == parent_table
        )
    return theirs is not None and current.get("constraint", theirs.identity) == theirs and mine is not None


def index_shape(definition: str) -> str:
    """An index's definition (or a CREATE INDEX [CONCURRENTLY] statement) without its name and
    table: ``CREATE INDEX USING …``."""
    return _SHAPE.sub(r"\1 ", definition.split(" [")[0])


def _backs_key(desired: Catalog, table: str, index: str) -> bool:
    name = index[len(split_identity(desired, index)[0]) + 1 :]
    return desired.get("constraint", f"{table}.{name}") is not None


def _key_index(desired: Catalog, table: str, constraint: str) -> str:
    return f"{split_identity(desired, table)[0]}.{_own_name(table, constraint)}"


def _own_name(table: str, identity: str) -> str:
    return identity[len(table) + 1 :]


def quoted_table(catalog: Catalog, table: str) -> str:
    """A table's (or an index's) name, qualified and quoted."""
    return quoted_relation(*split_identity(catalog, table))


def _build(index: CatalogObject, attach: Change) -> Change:
    match = _INDEX_DEF.match(index.definition.split(" [")[0])
    assert match is not None, index.definition
    sql = f"CREATE {match['unique'] or ''}INDEX CONCURRENTLY {match['rest']}"
    return Change("index", Action.CREATE, index.identity, sql, attach.phase)


def check_change(change: Change, table: str, quoted: str, name: str, expression: str) -> Change:
    sql = f"alter table {quoted} add constraint {quote_ident(name)} check ({expression}) not valid"
    return Change("constraint", Action.CREATE, f"{table}.{name}", sql, change.phase)


def validate_change(check: Change, table: str, quoted: str) -> Change:
    sql = f"alter table {quoted} validate constraint {quote_ident(_own_name(table, check.identity))}"
    return Change("constraint", Action.ALTER, check.identity, sql, check.phase)


def drop_change(change: Change, table: str, quoted: str, name: str) -> Change:
    sql = f"alter table {quoted} drop constraint {quote_ident(name)}"
    return Change("constraint", Action.DROP, f"{table}.{name}", sql, change.phase)
