"""Online-safe plans: a plan's changes arranged into groups (segments) so that tables that
already hold rows keep taking writes while the plan runs.

A plan's changes come ordered from :func:`schemadiff.diff.diff`; everything that takes only
brief locks stays in the *main* transaction. For a table that exists before the plan (and
is not dropped by it), what would hold a write-blocking lock for as long as a scan or an
index build is rewritten into steps that run after the main transaction commits:

- ``CREATE INDEX`` → ``CREATE INDEX CONCURRENTLY``, alone, outside any transaction; an index
  that replaces one of the same name is built under a temporary name, the old one dropped
  ``CONCURRENTLY`` and the new one renamed (a moment without the name, never without an index);
  a partitioned table's index is created after its partitions' are built so (it attaches them),
  and so is ``ALTER INDEX … ATTACH PARTITION`` of a partition's index built so; one that replaces
  one of the same name is made ``ON ONLY`` beside it, its partitions' built and attached, then
  swapped in one transaction (:mod:`schemadiff.online_partitioned`);
- a CHECK or FOREIGN KEY is added ``NOT VALID`` in the main transaction (a brief lock; new
  rows are checked from then on) and validated in a transaction of its own, which takes
  SHARE UPDATE EXCLUSIVE (a partitioned table's: on it and every partition it validates):
  reads and writes go on during the scan;
- ``SET NOT NULL`` → ``CHECK (col IS NOT NULL) NOT VALID`` (main), ``VALIDATE`` (own
  transaction), then ``SET NOT NULL``, which uses the validated check instead of a scan, and
  the check dropped;
- a UNIQUE or PRIMARY KEY constraint → its unique index built concurrently, then ``ADD
  CONSTRAINT … USING INDEX``; when the old key (or a plain index) still holds the name, the new
  index is built under a temporary name and the old one dropped in the transaction that adds
  the constraint (the index takes the constraint's name); a foreign key this plan adds that
  references such a table is added after it (``NOT VALID``, then validated on its own); a new
  key of a partitioned table is added ``ONLY`` to it, each partition's the same way, attached;
- ``REPLICA IDENTITY USING INDEX`` of an index built concurrently → after the build, in a
  transaction of its own (the index does not exist before); of one built again under its name,
  after the rename that gives the new index the name;
- an index dropped on its own → ``DROP INDEX CONCURRENTLY`` after the builds (unless the plan
  drops something an index may depend on, which needs the index gone first);
- a table attached as a partition, and a default partition beside a partition added: what the
  ATTACH or CREATE would scan or build under its lock is done *before* the main transaction
  (:mod:`schemadiff.online_attach`, :mod:`schemadiff.online_default_partition`).

Whatever has no online form (a column type change that rewrites the table, a volatile
default, an exclusion constraint) keeps its blocking form and its hazards.

In every plan, online or not: an enum label added by ``ALTER TYPE … ADD VALUE`` and used by
a later statement is committed first, in a transaction of its own (PostgreSQL refuses a new
label before the transaction that added it commits).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.diff.readers import (
    backs_constraint,
    key_index,
    parent_of,
    referenced_table,
    split_identity,
    unquote_qualified,
)
from schemadiff.online_attach import OnlineAttaches, Sides, online_attaches
from schemadiff.online_default_partition import free_default_partitions
from schemadiff.online_groups import Group, commit_used_enum_values, plain_groups
from schemadiff.online_not_null import not_null_steps, renamed_not_null_column
from schemadiff.online_partitioned import QNAME as _QNAME
from schemadiff.online_partitioned import SET_NOT_NULL as SET_NOT_NULL  # (online_segments reads it here)
from schemadiff.online_partitioned import partitioned_keys, partitioned_swaps
from schemadiff.quoting import IDENTIFIER_PATTERN, quote_ident, temporary_name, unquote_identifier

_INDEX_DEF = re.compile(rf"^CREATE (?P<unique>UNIQUE )?INDEX (?P<name>{IDENTIFIER_PATTERN}) ON (?P<rest>.*)$", re.S)
_VALIDATE = re.compile(rf"^alter table (?P<table>{_QNAME}) validate constraint (?P<name>{IDENTIFIER_PATTERN})$")
_USING_INDEX = re.compile(
    rf"^alter table (?P<table>{_QNAME}) add constraint .* using index (?P<index>{IDENTIFIER_PATTERN})(?: DEFERRABLE.*)?$",
    re.S,
)
_REPLICA_INDEX = re.compile(
    rf"^alter table (?P<table>{_QNAME}) replica identity using index (?P<index>{IDENTIFIER_PATTERN})$"
)
_RENAME_CONSTRAINT = re.compile(
    rf"^alter table (?P<table>{_QNAME}) rename constraint (?P<old>{IDENTIFIER_PATTERN}) to "
)
_IDENTITY = re.compile(r"\bas identity\b", re.I)
# kinds whose drop no index depends on
_NO_INDEX_DEPENDS_ON = frozenset(
    {"index", "constraint", "policy", "privilege", "default_privilege", "comment", "trigger", "rls", "row", "view"}
    | {"materialized_view", "column", "table"}
)


def split_table(quoted: str) -> tuple[str, str]:
    """``"schema"."table"`` (as written in a statement) → raw names."""
    match = re.fullmatch(rf"(?P<schema>{IDENTIFIER_PATTERN})\.(?P<name>{IDENTIFIER_PATTERN})", quoted)
    assert match is not None, quoted
    return unquote_identifier(match["schema"]), unquote_identifier(match["name"])


def _table_identity(quoted: str) -> str:
    return unquote_qualified(quoted)


@dataclass
class _Arrangement:
    current: Catalog
    desired: Catalog
    existing: set[str]  # tables (and materialized views) that exist before the plan and after it
    partitioned: set[str]  # partitioned tables that exist before the plan and after it
    attaching: OnlineAttaches = field(default_factory=OnlineAttaches)  # (before main: online_attach.py)
    pre: list[Change] = field(default_factory=list)
    main: list[Change] = field(default_factory=list)
    builds: list[Change] = field(default_factory=list)
    attach: list[Change] = field(default_factory=list)  # indexes of partitioned tables, after their partitions'
    validations: list[Change] = field(default_factory=list)
    not_null: dict[str, list[Change]] = field(default_factory=dict)  # column identity -> finishing steps
    using_index: list[list[Change]] = field(default_factory=list)  # [old key dropped …,] ADD … USING INDEX
    replica: list[Change] = field(default_factory=list)  # REPLICA IDENTITY USING an index built concurrently
    late_replica: list[Change] = field(default_factory=list)  # the same, of an index built again under its name
    foreign_keys: list[Change] = field(default_factory=list)
    foreign_key_validations: list[Change] = field(default_factory=list)
    drops: list[Change] = field(default_factory=list)  # indexes dropped concurrently, after the new ones are built
    swaps: list[tuple[Change, Change, list[Change]]] = field(default_factory=list)  # drop old, rename new, comments
    index_swaps: list[list[Change]] = field(default_factory=list)  # a partitioned table's: drop old, renames, comments
    key_attaches: list[Change] = field(default_factory=list)  # a new key's partitioned partitions' indexes

    def groups(self) -> list[Group]:
        result = [Group("enum values", True, self.pre)] if self.pre else []
        result.append(Group("attach checks", True, self.attaching.checks))
        result += [Group("validate", True, [c]) for c in self.attaching.validations]
        result += [Group("build index", False, [c]) for c in self.attaching.builds]
        result.append(Group("attach index", True, self.attaching.index_attaches))  # (a partitioned table attached)
        result.append(Group("main", True, self.main))
        result += [Group("build index", False, [c]) for c in self.builds]
        if self.attach:
            result.append(Group("attach index", True, self.attach))
        result += [Group("validate", True, [c]) for c in self.validations]
        result += [Group("set not null", True, steps) for steps in self.not_null.values()]
        result += [Group("add constraint", True, steps) for steps in self.using_index]
        if self.key_attaches:
            result.append(Group("attach index", True, self.key_attaches))
        if self.replica:
            result.append(Group("replica identity", True, self.replica))
        if self.foreign_keys:
            result.append(Group("foreign key", True, self.foreign_keys))
        result += [Group("validate", True, [c]) for c in self.foreign_key_validations]
        result += [Group("drop index", False, [c]) for c in self.drops]
        for drop, rename, comments in self.swaps:
            result += [Group("drop index", False, [drop]), Group("rename index", True, [rename, *comments])]
        result += [Group("rename index", True, steps) for steps in self.index_swaps]
        if self.late_replica:  # (once the new index has the name)
            result.append(Group("replica identity", True, self.late_replica))
        return [g for g in result if g.changes]


def arrange(
    changes: list[Change], current: Catalog, desired: Catalog, *, online: bool, bounds: Mapping[str, str] | None = None
) -> list[Group]:
    """The plan's changes in the groups apply runs them in, in order (see the module's text);
    ``bounds``: the desired side's partition bounds as CHECKs (``online_attach``; a partition
    without one is scanned by its ATTACH, and so is a default partition beside it)."""
    changes = commit_used_enum_values(changes)
    if not online:
        return plain_groups(changes)
    dropped = {
        c.identity for c in changes if c.action is Action.DROP and c.kind in ("table", "view", "materialized_view")
    }
    existing = {
        o.identity
        for o in current.objects
        if (o.kind == "table" and o.definition.startswith("ordinary") or o.kind == "materialized_view")
        and o.identity not in dropped
    }
    partitioned = {
        o.identity
        for o in current.objects
        if o.kind == "table" and o.definition.startswith("partitioned") and o.identity not in dropped
    }
    sides = Sides(current, desired, bounds or {}, existing, partitioned)
    attaching = online_attaches(changes, sides)
    free_default_partitions(changes, sides, attaching)
    work = _Arrangement(current, desired, existing, partitioned, attaching)
    builds = {c.identity: c for c in changes if _builds_online(c, work)}
    # an index dropped and built again; not one that backs a constraint (PRIMARY KEY, UNIQUE): the
    # constraint's own drop removes it in the main transaction, and its new one is built after
    using = {
        f"{split_table(m['table'])[0]}.{unquote_identifier(m['index'])}": _table_identity(m["table"])
        for c in changes
        if c.kind == "constraint" and c.action is Action.CREATE and (m := _USING_INDEX.match(c.sql))
    }
    replaced = {
        c.identity
        for c in changes
        if c.kind == "index"
        and c.action is Action.DROP
        and c.identity in builds
        and c.identity not in using
        and not backs_constraint(current, c.identity)
    }
    using_tables = {table for index, table in using.items() if index in builds}
    # a key whose name is taken until the plan drops the old object (a PRIMARY KEY or UNIQUE that is
    # replaced, or a plain index that becomes a constraint): its index is built under a temporary
    # name, and the old object dropped in the transaction that adds the constraint USING it, so
    # the table is never without the key
    dropped_keys = {c.identity for c in changes if c.action is Action.DROP and c.kind in ("index", "constraint")}
    swapped = {
        index: temporary_name(_index_name(index, desired), "new")
        for index, table in using.items()
        if index in builds
        and table in existing
        and (index in dropped_keys or f"{table}.{_index_name(index, desired)}" in dropped_keys)
    }
    held: dict[str, list[Change]] = {index: [] for index in swapped}
    created_names = {_schema_and_name(c, current, desired) for c in changes if c.action is Action.CREATE}
    # a plain drop stays in the main transaction when the plan drops something an index may
    # depend on (a function, an operator class's extension, a type): that drop needs it gone first
    may_depend = any(c.action is Action.DROP and c.kind not in _NO_INDEX_DEPENDS_ON for c in changes)
    concurrent_drops = (
        set()
        if may_depend
        else {
            c.identity
            for c in changes
            if c.kind == "index"
            and c.action is Action.DROP
            and c.identity not in replaced
            and (index := current.get("index", c.identity)) is not None
            and index.parent in existing
            and not backs_constraint(current, c.identity)
            and _schema_and_name(c, current, desired) not in created_names
        }
    )
    keys = {key.constraint: key for key in partitioned_keys(changes, current, desired, existing, partitioned)}
    held_keys = {(c.kind, c.action, c.identity) for key in keys.values() for c in key.replaced}  # (dropped there)
    # partitioned tables whose columns may be made NOT NULL through a validated CHECK (not where a PRIMARY KEY
    # is added whole in the main transaction: it sets them NOT NULL there, scanning, whatever comes before)
    checked = partitioned - {
        parent_of(desired, "constraint", c.identity)
        for c in changes
        if c.kind == "constraint" and c.action is Action.CREATE and " PRIMARY KEY (" in c.sql and c.identity not in keys
    }
    using_tables |= {parent_of(desired, "constraint", key) for key in keys}  # (foreign keys wait for them too)
    late_keys = {c.identity for c in changes if _references(c, desired, using_tables)}
    identity_columns = {c.identity for c in changes if c.kind == "column" and _IDENTITY.search(c.sql)}
    index_swaps = partitioned_swaps(changes, current, desired, existing, partitioned)
    swap_of = {replaced_change: swap for swap in index_swaps for replaced_change in swap.replaced}
    late_comments = {f"index {identity}" for identity in replaced}
    late_comments |= {f"index {identity}" for swap in index_swaps for identity in swap.names}
    moved_comments: dict[str, list[Change]] = {}
    for change in changes:
        if (instead := attaching.main.get(change)) is not None:
            work.main += instead
            continue
        if (swap := swap_of.get((change.kind, change.action, change.identity))) is not None:
            if change.action is Action.CREATE and change.identity == swap.index:
                work.main += swap.parents  # (the rest after the loop)
            continue
        if change.kind == "constraint" and change.action is Action.CREATE and change.identity in keys:
            new_key = keys[change.identity]
            if not new_key.replaced and not new_key.late:  # (else its parents go with its other steps: below)
                work.main += new_key.parents  # (the rest after the loop)
            continue
        if (change.kind, change.action, change.identity) in held_keys:
            continue
        key = _swapped_key(change, swapped, using, work)
        if key is not None and change.action is Action.DROP:
            held[key].append(change)  # dropped where the new key is added
        elif key is not None and change.kind == "index":
            match = _INDEX_DEF.match(change.sql)
            assert match is not None
            work.builds.append(
                replace(
                    change,
                    identity=f"{key.split('.', 1)[0]}.{swapped[key]}",
                    sql=(
                        f"CREATE {match['unique'] or ''}INDEX CONCURRENTLY {quote_ident(swapped[key])} ON {match['rest']}"
                    ),
                )
            )
        elif key is not None:
            using_index = _USING_INDEX.match(change.sql)
            assert using_index is not None
            sql = (
                change.sql[: using_index.start("index")]
                + quote_ident(swapped[key])
                + change.sql[using_index.end("index") :]
            )
            drops = held[key]
            if any(c.kind == "constraint" for c in drops):  # its index goes with it: no second drop
                drops = [c for c in drops if c.kind == "constraint"]
            work.using_index.append([*drops, replace(change, sql=sql)])
        elif change.identity in late_keys and change.action is not Action.DROP:
            _arrange_late_key(change, work)
        elif change.kind == "enum-value":
            work.pre.append(replace(change, kind="type"))
        elif change.kind == "index" and change.action is Action.DROP and change.identity in replaced:
            continue  # dropped concurrently after its replacement is built
        elif change.kind == "index" and change.action is Action.DROP and change.identity in concurrent_drops:
            schema, name = split_identity(current, change.identity)
            work.drops.append(
                replace(change, sql=f"drop index concurrently if exists {quote_ident(schema)}.{quote_ident(name)}")
            )
        elif change.identity in builds and change.kind == "index" and change.action is Action.CREATE:
            _arrange_build(change, change.identity in replaced, work)
        elif _on_partitioned(change, work) or _attaches_built(change, builds.keys()):
            work.attach.append(change)
        elif change.kind == "comment" and change.identity in late_comments:
            moved_comments.setdefault(change.identity.removeprefix("index "), []).append(change)
        elif (
            (m := _VALIDATE.match(change.sql))
            and change.kind == "constraint"
            and _table_identity(m["table"]) in existing | partitioned  # (a partitioned one's reaches its partitions)
        ):
            work.validations.append(change)
        elif (
            (m := SET_NOT_NULL.match(change.sql))
            and _table_identity(m["table"]) in existing | checked  # (a partitioned one's CHECK reaches every level)
            and _table_identity(m["table"]) not in attaching.tables  # (an ATTACH in main needs it)
            and change.identity not in identity_columns
        ):  # ADD … AS IDENTITY needs it NOT NULL first
            _arrange_not_null(change, m["table"], m["column"], work)
        elif (
            (m := _USING_INDEX.match(change.sql))
            and change.kind == "constraint"
            and _table_identity(m["table"]) in using_tables
        ):
            work.using_index.append([change])
        elif (m := _REPLICA_INDEX.match(change.sql)) and (
            replica := f"{split_table(m['table'])[0]}.{unquote_identifier(m['index'])}"
        ) in builds:  # (the index it names exists once built; one built again under its name, once renamed to it)
            (work.late_replica if replica in replaced else work.replica).append(change)
        elif (m := _RENAME_CONSTRAINT.match(change.sql)) and (column := _renamed_column(m["table"], m["old"], work)):
            work.not_null[column].append(change)
        else:
            work.main.append(change)
    for drop, _rename, comments in work.swaps:
        comments.extend(moved_comments.pop(drop.identity, []))
    for new_key in keys.values():
        work.builds += new_key.builds
        if new_key.replaced:  # (the old key enforces until the new one does: one transaction)
            work.using_index.append(new_key.together())
            continue
        if new_key.late:  # (once its columns are NOT NULL: the "set not null" groups come first)
            work.using_index.append(list(new_key.parents))
        work.using_index += [list(leaf) for leaf in new_key.leaves]
        work.key_attaches += new_key.attaches
    for swap in index_swaps:
        work.builds += swap.builds
        work.attach += swap.attaches
        work.index_swaps.append([*swap.swap, *(c for name in swap.names for c in moved_comments.pop(name, []))])
    for left in moved_comments.values():
        work.main.extend(left)
    return work.groups()


def _swapped_key(change: Change, swapped: dict[str, str], using: dict[str, str], work: _Arrangement) -> str | None:
    """The swapped key (index identity) ``change`` builds, drops or adds, if any."""
    if not swapped or change.kind not in ("index", "constraint"):
        return None
    if change.kind == "index":
        return change.identity if change.identity in swapped and change.action in (Action.CREATE, Action.DROP) else None
    catalog = work.current if change.action is Action.DROP else work.desired  # (where the constraint is)
    index = key_index(catalog, change.identity)
    if index is None or index not in swapped or using[index] != parent_of(catalog, "constraint", change.identity):
        return None
    if change.action is Action.DROP or (change.action is Action.CREATE and _USING_INDEX.match(change.sql)):
        return index
    return None


def _schema_and_name(change: Change, current: Catalog, desired: Catalog) -> tuple[str, str]:
    """(schema, name) of a change's object in its schema's relation name space: an index ``s.i``
    and a constraint ``s.t.i`` share it (a constraint's index has its name); any other object
    stands for itself. Names may hold dots: the schema and the constraint's table come from
    the catalog that has the object."""
    catalog = desired if desired.get(change.kind, change.identity) is not None else current
    schema, name = split_identity(catalog, change.identity)
    if change.kind == "constraint":
        table = parent_of(catalog, "constraint", change.identity)
        name = change.identity[len(table) + 1 :] if table else name.rpartition(".")[2]
    if change.kind in ("index", "constraint"):
        return schema, name
    return schema, change.identity


def _on_partitioned(change: Change, work: _Arrangement) -> bool:
    """An index created on an existing partitioned table: created after its partitions' indexes
    are built concurrently, it attaches them instead of building them (a brief lock)."""
    if change.kind != "index" or change.action is not Action.CREATE or not work.partitioned:
        return False
    index = work.desired.get("index", change.identity)
    return index is not None and index.parent in work.partitioned


def _attaches_built(change: Change, built: AbstractSet[str]) -> bool:
    """``ALTER INDEX … ATTACH PARTITION`` of a partition's index built concurrently (``built``)."""
    return change.action is Action.ALTER and change.identity in built and " attach partition " in change.sql


def _index_name(index: str, catalog: Catalog) -> str:
    """The name of an index identity (``schema.name``; schema names may hold dots)."""
    return split_identity(catalog, index)[1]


def _builds_online(change: Change, work: _Arrangement) -> bool:
    if change.kind != "index" or change.action is not Action.CREATE or not _INDEX_DEF.match(change.sql):
        return False
    index = work.desired.get("index", change.identity)
    return index is not None and index.parent in work.existing


def _arrange_build(change: Change, replaces: bool, work: _Arrangement) -> None:
    match = _INDEX_DEF.match(change.sql)
    assert match is not None
    schema = split_identity(work.desired, change.identity)[0]
    name = unquote_identifier(match["name"])
    unique = match["unique"] or ""
    if not replaces:
        work.builds.append(replace(change, sql=f"CREATE {unique}INDEX CONCURRENTLY {match['name']} ON {match['rest']}"))
        return
    temporary = temporary_name(name, "new")
    work.builds.append(
        replace(
            change,
            identity=f"{schema}.{temporary}",
            sql=f"CREATE {unique}INDEX CONCURRENTLY {quote_ident(temporary)} ON {match['rest']}",
        )
    )
    old = f"{quote_ident(schema)}.{quote_ident(name)}"
    drop = Change("index", Action.DROP, change.identity, f"drop index concurrently if exists {old}", change.phase)
    rename = Change(
        "index",
        Action.RENAME,
        change.identity,
        f"alter index {quote_ident(schema)}.{quote_ident(temporary)} rename to {quote_ident(name)}",
        change.phase,
    )
    work.swaps.append((drop, rename, []))


def _arrange_not_null(change: Change, table: str, column: str, work: _Arrangement) -> None:
    add, validate, drop = not_null_steps(change, table, column, split_table(table)[1])
    work.main.append(add)
    work.validations.append(validate)
    work.not_null[f"{_table_identity(table)}.{unquote_identifier(column)}"] = [change, drop]


def _renamed_column(table: str, old: str, work: _Arrangement) -> str:
    return renamed_not_null_column(table, split_table(table)[1], old, work.not_null) if work.not_null else ""


def _references(change: Change, desired: Catalog, tables: set[str]) -> bool:
    """A foreign key this plan adds (or validates) that references one of ``tables``."""
    if change.kind != "constraint" or not tables or change.action is Action.DROP:
        return False
    constraint = desired.get("constraint", change.identity)
    table = referenced_table(constraint.definition) if constraint is not None else None
    return table in tables and (change.action is Action.CREATE or _VALIDATE.match(change.sql) is not None)


def _arrange_late_key(change: Change, work: _Arrangement) -> None:
    if _VALIDATE.match(change.sql):
        work.foreign_key_validations.append(change)
    else:
        work.foreign_keys.append(change)
