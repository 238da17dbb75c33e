"""Order a plan's changes by the dependencies between their objects.

The families' changes come with a phase (a rank by kind and action). The order of a plan is
decided by the dependency graph of both catalogs; the phase only breaks ties among the
changes free to go, so that plans stay deterministic and read in a familiar order. The tests
prove that the graph alone orders the plan: the whole corpus also round-trips with the
tie-break reversed (``tests/test_cases.py``).

The graph (``queries/render_depends.sql`` for each side, plus ``graph_edges.structural_edges``):
``pg_depend`` normal dependencies (column-level too), a key's index (internal), a sequence
OWNED BY a column or behind an identity column, extension members, ``pg_inherits`` (tables,
their inherited columns, partitioned indexes needing their partitions'), publication members;
a table's parts need the table and an object its schema; a table's ALTERs need its replica
identity index; a column the plan adds needs the one it adds before it in the table's desired
order (``graph_edges.column_order_edges``). Nodes are named the way changes name objects
(``change_nodes.object_name``).

Rules (``after[j]``: the changes j must follow):

1. chains: the changes of one object keep their phase order, and so do the managed rows
   (ordered by foreign keys by their family);
2. a change that creates an object, or alters it without dropping anything (or freeing a
   sequence from its column: ``OWNED BY NONE``), follows the
   changes that make what it needs in the *desired* graph (creates and renames, the ALTERs of
   a type it uses, the column ALTERs of a table a created object reads, a parent's ALTER of
   the column a child's column ALTER inherits, the ALTER of an identity column, which may make
   the sequence whose options an ALTER SEQUENCE sets; a column's ADD or ALTER also as one of
   the columns that inherit it, which it reaches: ``diff/inherited_columns.inheriting_nodes``);
3. a change of a table's part follows the table's creation or rename to its name, and
   precedes the rename of the table away from the name it was written for (so does the
   creation of anything that needs an object under the name a rename takes away); a constraint's
   ALTER or rename follows its columns' SET NOT NULL (which makes the constraint PostgreSQL 18
   then renames); a table's constraint changes and index drops follow its DETACH PARTITION or
   NO INHERIT (which free its inherited copies) and precede its ATTACH PARTITION or INHERIT (so
   do its column changes: an inherited column cannot be altered, ATTACH needs the parent's); a
   partition created in or attached to a table follows the DETACHes from it (the bounds they free);
4. a drop (or a rename away) follows every other change of the objects that needed the
   object in the *current* graph (but not their ALTERs that need it again once it is created
   again; of an object that is made again without it, only its drop, and its creation follows:
   a foreign key made again after the key it used is dropped binds to the new key), and
   precedes a creation under the same name; a rename away follows the drops of what needed
   the object (their statements name it as they were written: a function by its argument
   types); a column's ALTER follows the drops of what needed it or its table (a view over a
   retyped column, or over a child's column that inherits it; a column's drop, as a drop of
   those), and a type's ALTER the drops of what needed the type or its attributes (a
   function reading an attribute ALTER ATTRIBUTE retypes);
5. ALTER DEFAULT PRIVILEGES follows its schema's creation and precedes the creation of the
   objects it is meant for; a table's OWNER TO follows ALTER SEQUENCE … OWNED BY its columns;
   a sequence freed from a column (``OWNED BY NONE``) precedes the drop of the column's table;
   a publication's member changes keep their order with its own (one chain); managed
   rows follow every change of their table; Citus's distribution calls keep their family's
   order, and a constraint's ALTER follows every ``undistribute_table``.

Among the free changes the lowest rank goes first (the phase order, or any ``tie_break``);
a cycle (a sequence OWNED BY the column whose default uses it) is broken at its change of
lowest rank.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from schemadiff.change_nodes import object_name, renamed_to
from schemadiff.changes import Action, Change
from schemadiff.graph_edges import ALTER_ONLY
from schemadiff.quoting import QUALIFIED_NAME, longest_known_prefix, unquote_qualified

_FREES = re.compile(r"\bowned by none$", re.I)  # (ALTER SEQUENCE … OWNED BY NONE: needs no column)
_DROPS = re.compile(rf"\bdrop\b|{_FREES.pattern}", re.I)  # (what an ALTER takes away)
_IN_SCHEMA = re.compile(r" in schema (.*) on (?:tables|sequences|functions|types|schemas|large objects) to ", re.S)
_PUBLICATION_MEMBER = re.compile(r"^(.*?) (?:table|tables in schema) ", re.S)  # '<pub> table <s.t>'
_ATTACHED_KINDS = frozenset({"comment", "privilege", "default_privilege", "owner", "rls"})  # never make their object
_GETS_DEFAULT_PRIVILEGES = frozenset(
    {"table", "view", "materialized_view", "sequence", "function", "aggregate", "type"}
)
_PROVIDING_ALTERS = frozenset({"table", "column", "type"})
_MAKES_NOT_NULL = re.compile(r"\bset not null\b", re.I)  # makes the constraint PostgreSQL 18 then renames
# ADD CONSTRAINT of a key (PRIMARY KEY, UNIQUE, EXCLUDE): it makes its index
_MAKES_INDEX = re.compile(r"\badd constraint (?:\"(?:[^\"]|\"\")+\"|\w+) (?:primary key|unique|exclude)\b", re.I)
# a partition's DETACH or ATTACH (its parent), and a partition's creation (its parent)
_REPARTITIONS = re.compile(rf"^alter table (?P<parent>{QUALIFIED_NAME}) (?P<verb>detach|attach) partition\b", re.I)
_PARTITION_OF = re.compile(rf"^create table .+? partition of (?P<parent>{QUALIFIED_NAME}) ", re.I | re.S)
_LEAVES = re.compile(r"\b(?:detach partition|no inherit)\b", re.I)  # frees a table's inherited constraints
_JOINS = re.compile(r"\battach partition\b|(?<!\bno )\binherit\b", re.I)  # merges them into its parent's


@dataclass
class _Plan:
    """The changes indexed by the objects they make, need, drop, alter."""

    changes: Sequence[Change]
    parents: Mapping[str, str]
    after: list[set[int]] = field(init=False)
    names: list[str] = field(init=False)
    new_names: list[str | None] = field(init=False)  # renamed_to() of each change
    makers: dict[str, list[int]] = field(default_factory=dict)
    needers: dict[str, list[int]] = field(default_factory=dict)
    droppers: dict[str, list[int]] = field(default_factory=dict)  # drops and renames away
    touching: dict[str, list[int]] = field(default_factory=dict)  # every change of an object, in phase order
    chains: dict[str, list[int]] = field(default_factory=dict)  # changes that keep their phase order
    altering: dict[str, list[int]] = field(default_factory=dict)  # ALTERs of a table, a column (also its table), a type
    aliases: dict[str, str] = field(default_factory=dict)  # a name a rename made -> the name in the current graph
    _tables: set[str] | None = None

    def __post_init__(self) -> None:
        self.after = [set() for _ in self.changes]
        self.names = [object_name(c) for c in self.changes]
        self.new_names = [renamed_to(c) for c in self.changes]
        for i in sorted(range(len(self.changes)), key=lambda i: self.changes[i].phase):
            self.touching.setdefault(self.names[i], []).append(i)
            self.chains.setdefault(self._chain_of(i), []).append(i)
        for i, change in enumerate(self.changes):
            self._index(i, change, self.names[i])

    def _index(self, i: int, change: Change, name: str) -> None:
        new_name = self.new_names[i]
        if change.kind in _ATTACHED_KINDS:
            pass  # a grant, a comment: neither makes nor drops its object
        elif change.action is Action.DROP or new_name is not None:
            self.droppers.setdefault(name, []).append(i)
        elif change.action is not Action.ALTER:  # an altered object already exists: nothing waits for it
            self.makers.setdefault(name, []).append(i)
        if new_name is not None:
            self.makers.setdefault(new_name, []).append(i)
            self.aliases[new_name] = self.aliases.get(name, name)
        if change.kind == "constraint" and change.action is Action.CREATE and _MAKES_INDEX.search(change.sql):
            if name.count(".") == 2:  # (a key makes its index, of its name in its table's schema)
                schema, _table, key = name.split(".")
                self.makers.setdefault(f"{schema}.{key}", []).append(i)
        if change.action is Action.CREATE or change.action is Action.ALTER and not _DROPS.search(change.sql):
            self.needers.setdefault(name, []).append(i)
        if change.action is Action.ALTER and change.kind in _PROVIDING_ALTERS:
            for target in {name, self.parents.get(name, name)}:
                self.altering.setdefault(target, []).append(i)

    def _chain_of(self, i: int) -> str:
        change, name = self.changes[i], self.names[i]
        if change.kind == "publication":  # its members follow its options (which decide what a member may have)
            member = _PUBLICATION_MEMBER.match(name)
            return member.group(1) if member else name
        return "rows:" if change.kind == "row" else name

    def owner(self, name: str) -> str | None:
        """The table of a part (column, constraint, ...): the catalog's parent, else the
        longest prefix of the name that names a table of either catalog or of a change (names
        may hold dots, so the name is not split blindly)."""
        if self.parents.get(name, name) != name:  # (a table's RLS switch, its distribution: the table's own)
            return self.parents[name]
        if self._tables is None:
            self._tables = set(self.parents.values()) | {
                self.names[i] for i, c in enumerate(self.changes) if c.kind in ("table", "view", "materialized_view")
            }
            self._tables |= {n for n, c in zip(self.new_names, self.changes) if n and c.kind == "table"}
        return longest_known_prefix(name, self._tables.__contains__)

    def table_alters(self, pattern: re.Pattern[str]) -> dict[str, list[int]]:
        """table -> the ALTERs of it or of its columns whose statement matches ``pattern``."""
        found: dict[str, list[int]] = {}
        for i, change in enumerate(self.changes):
            if change.action is Action.ALTER and change.kind in ("table", "column") and pattern.search(change.sql):
                table = self.names[i] if change.kind == "table" else self.owner(self.names[i])
                if table is not None:
                    found.setdefault(table, []).append(i)
        return found

    def of(self, indexes: Iterable[int], *actions: Action) -> list[int]:
        return [i for i in indexes if self.changes[i].action in actions]

    def link(self, first: Iterable[int], then: Iterable[int]) -> None:
        first = list(first)
        for j in then:
            self.after[j].update(i for i in first if i != j)


def dependency_order(
    changes: Sequence[Change],
    current_needs: Mapping[str, set[str]],
    desired_needs: Mapping[str, set[str]],
    tie_break: Sequence[int] | None = None,
    parents: Mapping[str, str] | None = None,
    first_then: Iterable[tuple[int, int]] = (),
) -> list[Change]:
    """``changes`` ordered by the rules of this module; among the changes free to go, the
    lowest ``tie_break`` first (default: the given order). ``first_then``: (first, then)
    positions in ``changes`` that families know must follow each other, beside the rules."""
    plan = _Plan(changes, parents or {})
    for first, then in first_then:
        plan.link((first,), (then,))
    _keep_chains(plan)
    _follow_what_is_needed(plan, desired_needs)
    _parts_follow_their_table(plan)
    _bounds_freed_first(plan)
    _drops_follow_their_dependents(plan, current_needs, desired_needs)
    _owners_follow_owned_by(plan, desired_needs)
    _freed_sequences_before_their_tables_drop(plan, current_needs)
    _default_privileges_first(plan)
    _rows_last(plan)
    _citus_conversions_in_order(plan)
    rank = list(range(len(changes))) if tie_break is None else list(tie_break)
    return [changes[i] for i in _stable_topological(plan.after, rank)]


def _keep_chains(plan: _Plan) -> None:
    for indexes in plan.chains.values():
        for first, then in zip(indexes, indexes[1:]):
            plan.after[then].add(first)


def _follow_what_is_needed(plan: _Plan, desired_needs: Mapping[str, set[str]]) -> None:
    for name, indexes in plan.needers.items():
        plan.link(
            (k for needed in desired_needs.get(name + ALTER_ONLY, ()) for k in plan.makers.get(needed, ())),
            plan.of(indexes, Action.ALTER),
        )
        creates = plan.of(indexes, Action.CREATE)
        for needed in desired_needs.get(name, ()):
            plan.link(plan.makers.get(needed, ()), indexes)
            if needed not in plan.makers:  # (a child's column that its parent's ADD COLUMN makes)
                for inherited in _inherited(plan, needed, desired_needs):
                    plan.link((k for k in plan.makers.get(inherited, ()) if plan.changes[k].kind == "column"), indexes)
            if needed not in plan.makers:  # written with the name it has until a rename takes it away
                plan.link(creates, (k for k in plan.droppers.get(needed, ()) if plan.new_names[k] is not None))
            reaching = {needed}  # (and for a column, the columns it inherits: their ALTERs reach it)
            if needed in plan.parents:
                reaching |= _inherited(plan, needed, desired_needs)
            alters = [k for column in sorted(reaching) for k in plan.altering.get(column, ())]
            plan.link((k for k in alters if plan.changes[k].kind == "type"), indexes)  # enum values before their use
            plan.link(
                (k for k in alters if plan.names[k] in reaching and plan.changes[k].kind == "column"),
                (i for i in plan.of(indexes, Action.ALTER) if plan.changes[i].kind in ("column", "sequence")),
            )  # a parent's column first; an identity's column (ADD GENERATED makes it) before its sequence's options
            if needed != plan.owner(name):  # (a table's own new parts do not wait for its ALTERs)
                plan.link(alters, creates)  # a view created over a column the plan retypes (or its parent's)


def _parts_follow_their_table(plan: _Plan) -> None:
    made_not_null, leaving, joining = (
        plan.table_alters(_MAKES_NOT_NULL),
        plan.table_alters(_LEAVES),
        plan.table_alters(_JOINS),
    )
    for i, change in enumerate(plan.changes):
        owner = plan.owner(plan.names[i])
        if owner is None:
            continue
        if change.kind == "constraint" or (change.kind == "index" and change.action is Action.DROP):
            plan.link(leaving.get(owner, ()), (i,))  # a detached table's copies are its own once it has left
            plan.link((i,), joining.get(owner, ()))  # and are merged into its parent's once it joins
        elif change.kind == "column":  # (as the parent's for ATTACH and INHERIT; its own once it has left)
            plan.link(leaving.get(owner, ()), (i,))
            plan.link((i,), joining.get(owner, ()))
        if change.action is Action.DROP:
            continue
        if change.kind == "constraint" and change.action is not Action.CREATE:  # renamed once made
            plan.link(made_not_null.get(owner, ()), (i,))
        plan.link(plan.of(plan.makers.get(owner, ()), Action.CREATE, Action.RENAME), (i,))
        if owner not in plan.makers:  # written for the table's current name: before it is renamed away
            plan.link((i,), (k for k in plan.droppers.get(owner, ()) if plan.new_names[k] is not None))


def _bounds_freed_first(plan: _Plan) -> None:
    """A partition created in or attached to a table follows every DETACH from that table: the
    bounds it takes may be those a detached one held (a hash partition's modulus changed, a
    range split), and the desired partitions do not overlap one another. The table's column
    changes follow its DETACHes (they would reach the table that leaves) and precede its
    ATTACHes (which need its columns as the attached table has them)."""
    by: dict[tuple[str, str], list[int]] = {}  # (detach, attach, create or column; the table) -> changes
    for i, change in enumerate(plan.changes):
        if change.kind == "column" and (owner := plan.owner(plan.names[i])) is not None:
            by.setdefault(("column", owner), []).append(i)
        elif change.kind == "table" and (found := _REPARTITIONS.match(change.sql)) is not None:
            by.setdefault((found["verb"].lower(), unquote_qualified(found["parent"])), []).append(i)
        elif change.kind == "table" and change.action is Action.CREATE and (found := _PARTITION_OF.match(change.sql)):
            by.setdefault(("create", unquote_qualified(found["parent"])), []).append(i)
    for (verb, parent), changes in by.items():
        if verb == "detach":
            plan.link(changes, (*by.get(("attach", parent), ()), *by.get(("create", parent), ())))
            plan.link(changes, by.get(("column", parent), ()))
        elif verb == "attach":
            plan.link(by.get(("column", parent), ()), changes)


def _drops_follow_their_dependents(
    plan: _Plan, current_needs: Mapping[str, set[str]], desired_needs: Mapping[str, set[str]]
) -> None:
    if not plan.droppers and not plan.altering:
        return
    needed_by: dict[str, set[str]] = {}
    for node, refs in current_needs.items():
        for ref in refs:
            needed_by.setdefault(ref, set()).add(node)
    for name, indexes in plan.altering.items():  # a column (an attribute) retyped after the drop of a view over it
        columns = [i for i in indexes if plan.changes[i].kind in ("column", "type")]
        for altered in (name, *_inheriting(plan, name, needed_by)):  # (a parent's ALTER reaches its children's)
            for dependent in needed_by.get(altered, ()):
                plan.link(plan.of(plan.droppers.get(dependent, ()), Action.DROP), columns)
    for name, indexes in plan.droppers.items():
        drops = plan.of(indexes, Action.DROP)
        renames_away = plan.of(indexes, Action.RENAME)
        made_again = name in plan.makers
        dependents = set(needed_by.get(plan.aliases.get(name, name), ()))
        if any(plan.changes[i].kind == "column" for i in drops):  # (a parent's drop reaches its children's)
            dependents.update(d for c in _inheriting(plan, name, needed_by) for d in needed_by.get(c, ()))
        for dependent in sorted(dependents):
            touching = plan.touching.get(dependent, ())
            # a dependent's drop names it as it was written (a function by its argument types): before
            # the rename away of what it needs (an enum renamed to be dropped once a new one replaces it)
            plan.link(
                (k for k in plan.of(touching, Action.DROP) if plan.changes[k].kind not in _ATTACHED_KINDS), renames_away
            )
            if dependent in plan.makers and name not in desired_needs.get(dependent, ()):
                # made again without it (a foreign key carried off a key the plan drops): the old
                # one goes first, the new one and its ALTERs (VALIDATE) come after the drop
                plan.link(plan.of(touching, Action.DROP, Action.RENAME), drops)
                plan.link(drops, plan.of(touching, Action.CREATE))
                continue
            needs_it_again = made_again and name in desired_needs.get(dependent, ())  # its ALTERs that add it follow
            # (dropped and made again with it: a REVOKE is the new one's, after its creation)
            renewed = needs_it_again and dependent in plan.makers and dependent in plan.droppers
            changes = plan.of(touching, Action.ALTER, Action.DROP, Action.RENAME)
            plan.link(
                (
                    k
                    for k in changes
                    if not (needs_it_again and k in plan.needers.get(dependent, ()))
                    and not (renewed and plan.changes[k].kind in _ATTACHED_KINDS)
                ),
                drops,
            )
        made = plan.makers.get(name, ())
        plan.link(indexes, (i for i in made if plan.new_names[i] is None))
        if name in plan.aliases:
            plan.link((i for i in made if plan.new_names[i] is not None), drops)


def _inherited(plan: _Plan, column: str, desired_needs: Mapping[str, set[str]]) -> set[str]:
    """The columns of the same name that ``column`` needs, and theirs in turn: the columns of its
    table's inheritance parents (or partitioned parents) that it inherits."""
    return _same_named(plan, column, desired_needs)


def _inheriting(plan: _Plan, column: str, needed_by: Mapping[str, set[str]]) -> set[str]:
    """The columns of the same name that need ``column``, and theirs in turn: its inheritance
    children's (and partitions') columns, which an ALTER of it reaches."""
    return _same_named(plan, column, needed_by)


def _same_named(plan: _Plan, column: str, edges: Mapping[str, set[str]]) -> set[str]:
    """The columns of another table and the same name that ``edges`` lead to from ``column``,
    and from those on (``plan.parents``: each column's table)."""
    found: set[str] = set()
    todo = [column]
    while todo:
        name = todo.pop()
        table = plan.parents.get(name)
        if not table or not name.startswith(table + "."):
            continue
        suffix = name[len(table) :]
        for other in edges.get(name, ()):
            parent = plan.parents.get(other)
            if parent and other == parent + suffix and other not in found:
                found.add(other)
                todo.append(other)
    return found


def _freed_sequences_before_their_tables_drop(plan: _Plan, current_needs: Mapping[str, set[str]]) -> None:
    """A sequence OWNED BY a column (in the current graph) of a table the plan drops, freed by
    ``OWNED BY NONE`` (a table dropped and created again keeps its serial column's sequence):
    freed before the drop, which would take it along."""
    for i, change in enumerate(plan.changes):
        if change.kind != "sequence" or change.action is not Action.ALTER or not _FREES.search(change.sql):
            continue
        for column in current_needs.get(plan.names[i] + ALTER_ONLY, ()):  # (render_depends.sql: OWNED BY)
            table = plan.parents.get(column)
            if table is not None:
                plan.link((i,), plan.of(plan.droppers.get(table, ()), Action.DROP))


def _owners_follow_owned_by(plan: _Plan, desired_needs: Mapping[str, set[str]]) -> None:
    """A table's OWNER TO (which its sequences follow) after ALTER SEQUENCE … OWNED BY its
    columns: PostgreSQL links only a sequence that has its table's owner."""
    owners: dict[str, list[int]] = {}
    for i, change in enumerate(plan.changes):
        if change.kind == "owner":
            owners.setdefault(plan.names[i], []).append(i)
    if not owners:
        return
    for node, refs in desired_needs.items():
        if node.endswith(ALTER_ONLY):
            alters = plan.of(plan.touching.get(node.removesuffix(ALTER_ONLY), ()), Action.ALTER)
            for ref in refs:
                plan.link(alters, owners.get(ref, ()))


def _default_privileges_first(plan: _Plan) -> None:
    """ALTER DEFAULT PRIVILEGES before the creation of the objects it is meant for (in its
    schema, or anywhere without one): they get their grants when they are created."""
    created = [
        i for i, c in enumerate(plan.changes) if c.action is Action.CREATE and c.kind in _GETS_DEFAULT_PRIVILEGES
    ]
    for i, change in enumerate(plan.changes):
        if change.kind == "default_privilege":
            match = _IN_SCHEMA.search(change.identity)
            schema = match.group(1) if match else None
            plan.link((i,), (k for k in created if schema is None or plan.names[k].split(".", 1)[0] == schema))
            if schema is not None and change.action is not Action.DROP:  # after its schema's creation
                plan.link(plan.of(plan.makers.get(schema, ()), Action.CREATE), (i,))


def _rows_last(plan: _Plan) -> None:
    """Managed rows after every change of their table (and its parts), except its drop."""
    by_table: dict[str, list[int]] = {}
    for i, change in enumerate(plan.changes):
        if change.kind == "row":
            by_table.setdefault(plan.names[i].split("[", 1)[0], []).append(i)
    for i, change in enumerate(plan.changes):
        table = plan.parents.get(plan.names[i], plan.names[i])
        if change.kind != "row" and table in by_table and not (change.action is Action.DROP and table == plan.names[i]):
            plan.link((i,), by_table[table])


def _citus_conversions_in_order(plan: _Plan) -> None:
    """Citus's distribution calls keep the distribution family's order (a table is distributed
    after the tables it references and its colocation group's first table), and a constraint's
    ALTER (the NOT NULL renames of a table made local again) follows every ``undistribute_table``:
    Citus refuses to rename a distributed table's constraints, and one call undistributes the
    tables foreign keys link too. Nothing in ``pg_depend`` says so."""
    calls = sorted(
        (i for i, c in enumerate(plan.changes) if c.kind == "distribution"), key=lambda i: plan.changes[i].phase
    )
    for first, then in zip(calls, calls[1:]):
        plan.after[then].add(first)
    undistributions = [i for i in calls if plan.changes[i].action is Action.DROP]
    if undistributions:
        plan.link(
            undistributions,
            (i for i, c in enumerate(plan.changes) if c.kind == "constraint" and c.action is Action.ALTER),
        )


def _stable_topological(after: list[set[int]], rank: Sequence[int]) -> list[int]:
    """Kahn's algorithm choosing the free change of lowest ``rank`` first; a cycle is broken
    at its change of lowest rank."""
    waiting = [len(a) for a in after]
    followers: list[list[int]] = [[] for _ in after]
    for j, firsts in enumerate(after):
        for i in firsts:
            followers[i].append(j)
    free = [(rank[j], j) for j, count in enumerate(waiting) if count == 0]
    heapq.heapify(free)
    done = [False] * len(after)
    result: list[int] = []
    while len(result) < len(after):
        if not free:  # a cycle: release its change of lowest rank
            heapq.heappush(free, min((rank[j], j) for j, d in enumerate(done) if not d))
        _, j = heapq.heappop(free)
        if done[j]:
            continue
        done[j] = True
        result.append(j)
        for k in followers[j]:
            waiting[k] -= 1
            if waiting[k] == 0 and not done[k]:
                heapq.heappush(free, (rank[k], k))
    return result
