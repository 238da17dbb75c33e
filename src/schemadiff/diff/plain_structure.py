"""New and dropped tables, and columns, indexes, constraints, policies and triggers added to,
dropped from or changed on tables, sequences, new, dropped and changed views, new, dropped and
changed functions, types, schemas and extensions, planned without migra's inspector.

The most common changes a pull request makes are a new table, a new column, a new index, a
column or an index that goes, a new default or NOT NULL, a new check, foreign key or unique
constraint. When those are all the structure that differs (besides
:data:`schemadiff.diff.LIGHT_KINDS`), the plan is known from our catalog and render rows alone,
and schemainspect is not read: :func:`plain_structure` says when (conservatively, from the
catalogs alone, before any detail is read), and ``plain_statements.plain_structure_changes``
(``diff/plain_statements.py``) writes exactly the statements migra writes for them, with the
kind, identity and phase the migra family gives them:

- the dropped tables, then the new ones (each in migra's order: their quoted names), a dropped
  one ``drop table`` after its indexes, constraints, policies and triggers (dropped as those of
  any table: migra's own order), a new one ``create table`` with its columns in their order
  (its indexes, constraints, policies and triggers created as those of any table); a partition
  ``partition of`` its parent, and the members of partitioned tables and partitions corrected
  as the partitions family corrects migra's, as ``diff/plain_partitions.py`` says; a partition's
  own default or NOT NULL set after its parent's, as ``diff/partition_columns.py`` says;
- a foreign table created, dropped, moved to another server or whose columns or options change:
  the foreign data family's alone, as ``diff/plain_foreign.py`` says;
- a table attached, detached or moved to another bound, when nothing else of the structure
  differs but its indexes and constraints, or those of partitioned tables kept as they are (its
  parent's), added, dropped or changed (``repartitioned_table``,
  ``plain_found.members_alone``): the partitions family's ``ALTER TABLE … DETACH/ATTACH
  PARTITION`` (``partitions.partition_attachments``), in its place (migra is shown no
  difference for such a table); the clone of its parent's row trigger that the ATTACH makes
  and the DETACH drops needs no statement (``plain_partitions.trigger_clones``), the members'
  statements are placed around the DETACH and the ATTACH as the partitions family places them;
- a column dropped, added or changed as ``diff/plain_columns.py`` says;
- an index dropped in migra's indexes.drop phase and created (its definition) in its
  indexes.create phase, by name; one changed only in what migra does not compare (its storage
  parameters, ``WITH (…)``; the operator classes and collations of its plain columns) dropped
  and created again one step after those, in the indexes family's place
  (``plain_statements.redefined_index_changes``, as ``diff/indexes.py`` plans it); a partitioned
  table's index that only becomes valid: ``plain_partitions.completed_indexes``;
- a constraint dropped or added as ``diff/plain_constraints.py`` says, a changed one dropped and
  added again after those (or only validated, or altered when a foreign key's deferrability
  alone changes), as migra and ``migra_fixes`` do;
- a policy dropped, created or altered as ``diff/plain_policies.py`` says;
- a trigger dropped or created (a changed one both) as ``diff/plain_triggers.py`` says;
- a sequence created, dropped or owned by another column as ``diff/plain_sequences.py`` says
  (an identity column declares its own: ``generated … as identity``, and its sequence's name
  when PostgreSQL would make up another);
- a view or materialized view created, dropped or changed (replaced in place, or dropped and
  created again; a view's options altered) as ``diff/plain_views.py`` says, the indexes of a
  materialized view as ``diff/plain_indexes.py`` says; the views and materialized views over a
  table whose columns migra cannot change in place dropped and created again around it, as
  ``diff/views_over_tables.py`` says;
- a function created, dropped or replaced (``create or replace``) as ``diff/plain_functions.py``
  says;
- an enum created or dropped as ``diff/plain_types.py`` says (the labels an enum gains, an enum
  replaced when only table columns use it, domains, range and composite types: their own
  families, as on migra's path: ``diff/enums.py``, ``diff/enum_replacement.py``, ``diff/types.py``);
- a schema created or dropped, an extension created, dropped or updated to another version, as
  ``diff/plain_extensions.py`` says.

The corpus checks, for every case this applies to, that the light families plan exactly what
every family plans (``tests/casehelp.py``, ``check_light_families``).

Plain means: the table exists on both sides with the same definition and is an ordinary table
(no partitioning, no inheritance), or is new or dropped and a plain heap table (no options,
partitioning, inheritance, type or other access method, but maybe unlogged: ``_PLAIN_TABLES``)
or a partitioned table or partition as ``diff/plain_partitions.py`` says,
and no table is changed but in its storage parameters or replica identity (default, full,
nothing or an index: the table options family sets them, ``diff/tables.py``; its columns and
members planned as any unchanged table's) or in being logged (``set
logged``, ``set unlogged``, as migra writes it: ``diff/plain_tables.py``) or in its partition
parent or bound alone (above), nothing else of it;
a column that is added or dropped may be generated (stored or virtual) or an identity; a changed one is
not generated on either side (but one whose expression alone changes, on PostgreSQL 17+: the
generated-columns family's ``set expression``, ``diff/columns.py``; and a stored one that
becomes plain, nothing else changing: ``drop expression``, ``plain_columns.degenerated_column``),
may gain, lose or switch its identity when its type stays, and changes its type or collation only as
``diff/plain_columns.py`` says (``retypable``; the policies that use it dropped and created
around it, as the policies family does), and no view,
materialized view or function of either side mentions its table's name (migra recreates the
dependents of a table whose columns change; a new or dropped table's columns are created or
dropped with it) unless the table's columns begin with the ones it had, in order, names and
types (``plain_columns.appended_to``, from ``Catalog.column_positions``: migra's inspector then
replaces the table and re-creates nothing) or those that do are plain as
``diff/views_over_tables.py`` says (the views dropped and created again around it as migra
does, what needs them carried as on its path); an index carries no flag (invalid, clustered, or replica identity unless its
table's replica identity changes: the flag alone is then no change of the index) and is added
or dropped, or is a b-tree index on plain columns changed in what migra sees (its columns,
their order, uniqueness, predicate: dropped and created again, as migra does), or changes
only in what migra does not compare and is not a key's; a constraint is
a check, foreign key, unique or primary key (temporal too; not NO INHERIT or NOT ENFORCED) or an
exclusion constraint (not deferrable), added or dropped, or a check, foreign key or exclusion
constraint changed (an exclusion constraint's index dropped and made again with it, no statement
of its own), or a unique or primary key whose index is created again or that becomes temporal (its
index goes and comes with it: ``changed_constraints``), an added or
re-created one not deferrable, and a unique or primary key or an exclusion constraint goes or
comes with its index; a sequence, a view, a function and a type are plain as
``diff/plain_sequences.py``, ``diff/plain_views.py``, ``diff/plain_functions.py`` and
``diff/plain_types.py`` say (no function changes when a table or a view is dropped, nor is one
new or dropped when a view is and one names the other, nor does one change, nor is one new or
dropped, nor does an enum gain labels, when a view changes).
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import replace

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.columns import SET_EXPRESSION_SINCE
from schemadiff.diff.enum_replacement import replaceable_enums
from schemadiff.diff.partition_columns import partition_columns
from schemadiff.diff.plain_columns import (
    GENERATION,
    appended_to,
    column_policies,
    degenerated_column,
    identity_of,
    regenerated_column,
    retypable,
    type_and_collation,
)
from schemadiff.diff.plain_constraints import changed_constraints, made_indexes, plain_constraints
from schemadiff.diff.plain_extensions import plain_extensions
from schemadiff.diff.plain_foreign import apart_foreign
from schemadiff.diff.plain_found import PlainStructure, members_alone, views_alone
from schemadiff.diff.plain_functions import (
    apart_from_views,
    carried_alone,
    function_policies,
    plain_functions,
    reheaded_alone,
)
from schemadiff.diff.plain_indexes import key_index, recreatable_index, redefined_index
from schemadiff.diff.plain_partitions import (
    PLAIN_TABLE,
    attached_columns,
    completed_indexes,
    detached_tables,
    kept_tree_table,
    plain_partitions,
    rebuilt_table,
    references_partitioned,
    repartitioned_table,
    staying_copies,
    tree_columns,
    trigger_clones,
)
from schemadiff.diff.plain_rebuilt import MEMBER_KINDS, members_of, rebuilt_alone, rebuilt_readers
from schemadiff.diff.plain_sequences import plain_sequences, reowned, standalone
from schemadiff.diff.plain_tables import existing_ordinary_table, flagged, options_only, reflagged_index, unflagged
from schemadiff.diff.plain_triggers import apart_from_triggers, plain_triggers, state_only
from schemadiff.diff.plain_types import plain_types
from schemadiff.diff.plain_views import (
    changeable_views,
    changed_views_of,
    part_of_view,
    plain_views,
    recreated_matview_index,
    views_of,
)
from schemadiff.diff.view_chains import chained_views, dropped_beside
from schemadiff.diff.views_over_tables import DEPENDENT_KINDS, around_tables, mentioned

# the kinds plain_structure looks at
PLAIN_KINDS = frozenset(
    {
        "table",
        "column",
        "index",
        "constraint",
        "policy",
        "trigger",
        "sequence",
        "view",
        "materialized_view",
        "function",
        "type",
        "schema",
        "extension",
    }
)
# (queries/table.sql) a new or dropped table here (logged or not)
_PLAIN_TABLES = (PLAIN_TABLE, "ordinary unlogged using heap replica identity d")
_VIEW_PARTS = {"index": "materialized_view", "trigger": "view"}  # (a materialized view's indexes, a view's triggers)


def plain_structure(current: Catalog, desired: Catalog, kinds: Set[str] | None = None) -> PlainStructure | None:
    """The columns, indexes, constraints and policies that differ, when every one of them is
    plain; None otherwise. ``kinds``: the kinds that differ, when known (the others' objects are
    not compared again: thousands of them at scale)."""

    rebuilt: frozenset[str] = frozenset()  # (tables dropped and created again: diff/plain_rebuilt.py)

    def of_kind(kind: str) -> tuple[Mapping[str, CatalogObject], Mapping[str, CatalogObject]]:
        if kinds is not None and kind not in kinds:
            return {}, {}  # the same on both sides
        if rebuilt and kind in MEMBER_KINDS:  # (created again with their table)
            have, want = (
                {i: o for i, o in c.of_kind(kind).items() if o.parent not in rebuilt} for c in (current, desired)
            )
            return have, want
        return current.of_kind(kind), desired.of_kind(kind)

    split = apart_foreign(current, desired, of_kind("table"), of_kind("column"))  # (diff/plain_foreign.py)
    if split is None:
        return None
    foreign, (have_tables, want_tables), (have_columns, want_columns) = split
    added_tables, dropped_tables = _only_in(want_tables, have_tables), _only_in(have_tables, want_tables)
    changed_tables = _changed(have_tables, want_tables)
    repartitioned = frozenset(t.identity for t in changed_tables if repartitioned_table(current, desired, t.identity))
    rebuilt = frozenset(t.identity for t in changed_tables if rebuilt_table(have_tables[t.identity], t))
    rebuilt_reading = rebuilt_readers(current, desired, rebuilt)
    if rebuilt_reading is None or not rebuilt_alone(current, desired, rebuilt):
        return None
    changed_tables = tuple(t for t in changed_tables if t.identity not in repartitioned | rebuilt)
    if rebuilt:  # (one of the dropped tables and one of the new ones)
        added_tables = tuple(sorted((*added_tables, *(want_tables[t] for t in rebuilt)), key=lambda t: t.identity))
        dropped_tables = tuple(sorted((*dropped_tables, *(have_tables[t] for t in rebuilt)), key=lambda t: t.identity))
    if not all(options_only(have_tables[t.identity], t) for t in changed_tables):
        return None
    partitions = plain_partitions(added_tables, dropped_tables, current, desired)
    if partitions is None or any(
        (t.definition not in _PLAIN_TABLES and t.identity not in partitions) or t.identity.count(".") != 1
        for t in (*added_tables, *dropped_tables)
    ):
        return None  # (a dotted name: its parts are unknown)
    new_tables, gone_tables = {t.identity for t in added_tables}, {t.identity for t in dropped_tables}
    added_columns, dropped_columns = _only_in(want_columns, have_columns), _only_in(have_columns, want_columns)
    changed_columns = _changed(have_columns, want_columns)
    tree = tree_columns(current, desired, (*added_columns, *dropped_columns, *changed_columns))
    if tree is None:
        return None
    tree_roots, followers, own = tree  # (the columns of kept partitioned tables, those their partitions follow, own)
    leaving = detached_tables(current, desired, repartitioned)
    joining = attached_columns(current, desired, repartitioned, (*added_columns, *dropped_columns, *changed_columns))
    if joining is None:
        return None
    own |= joining  # (of tables attached: the partition columns family's too)
    added_columns, dropped_columns, changed_columns = (
        tuple(c for c in group if c.identity not in followers and c.identity not in own)
        for group in (added_columns, dropped_columns, changed_columns)
    )
    regenerated = tuple(c for c in changed_columns if regenerated_column(have_columns[c.identity], c))
    if regenerated and min(current.server_version_num, desired.server_version_num) < SET_EXPRESSION_SINCE:
        return None  # (migra's statement is kept, and fails)
    have_indexes, want_indexes = of_kind("index")
    have_constraints, want_constraints = of_kind("constraint")
    have_policies, want_policies = of_kind("policy")
    have_triggers, want_triggers = of_kind("trigger")
    if clones := trigger_clones(current, desired, repartitioned):  # (made by ATTACH, dropped by DETACH)
        have_triggers, want_triggers = (
            {i: t for i, t in side.items() if i not in clones} for side in (have_triggers, want_triggers)
        )
    have_sequences, want_sequences = of_kind("sequence")
    have_views, want_views = views_of(of_kind("view"), of_kind("materialized_view"))
    retabled = {t.identity for t in changed_tables}  # (a replica identity index: the table options family's)
    # (a changed exclusion constraint, or a key that becomes temporal, is dropped and added again:
    # its index with it)
    changed_constraint_list = _changed(have_constraints, want_constraints)
    remaking = tuple(c for c in changed_constraint_list if made_indexes((c,)))
    if not all(existing_ordinary_table(current, desired, c.parent) for c in remaking):
        return None  # (a partitioned table's: its partitions' copies, untried)
    remade = made_indexes(remaking)
    changed_indexes = tuple(
        i
        for i in _changed(have_indexes, want_indexes)
        if not reflagged_index(have_indexes, i, retabled) and i.identity not in remade
    )
    differing = {i.parent for i in (*_only_in(have_indexes, want_indexes), *changed_indexes)}  # (added: apart)
    completed = completed_indexes(current, desired, changed_indexes, differing)  # (their partitions' attached)
    changed_indexes = tuple(i for i in changed_indexes if i.identity not in completed)
    redefined = tuple(i for i in changed_indexes if redefined_index(have_indexes[i.identity], i))
    recreated = tuple(i for i in changed_indexes if i not in redefined)  # (dropped and created again, as migra does)
    recreated_before = tuple(have_indexes[i.identity] for i in recreated)
    added_views, dropped_views = _only_in(want_views, have_views), _only_in(have_views, want_views)
    changed_views, optioned_matviews, realtered_views = changed_views_of(have_views, want_views, added_views)
    if any(v.identity.count(".") != 1 for v in realtered_views):
        return None  # (a dotted name: its parts are unknown)
    queried_views = {v.identity for v in changed_views}  # (their queries change: dropped and created again)
    if any(part_of_view(i, "materialized_view", queried_views, current) for i in redefined):
        return None  # (the indexes family re-creates it in the materialized views' index phases)
    chained = chained_views(queried_views, current, desired) if changed_views else ()  # (diff/view_chains.py)
    if chained is None or any(
        i.parent in {v.identity for v in chained}
        for i in (*_only_in(have_indexes, want_indexes), *_only_in(want_indexes, have_indexes), *changed_indexes)
    ):
        return None  # (an index of a view that may be created again with a changed one: untried)
    named_apart = {r.identity for r in (*added_views, *dropped_views, *dropped_tables)}
    readers = (
        changeable_views(changed_views, have_views, current, desired, named_apart, chained)
        if changed_views
        else frozenset()
    )
    if readers is None or not carried_alone(readers | rebuilt_reading, current, desired):
        return None
    readers |= rebuilt_reading  # (and those of tables created again: diff/plain_rebuilt.py)
    added_sequences = _only_in(want_sequences, have_sequences)
    new_relations = {r.identity for r in (*added_tables, *added_views, *added_sequences)}
    functions = plain_functions(*of_kind("function"), new_relations)
    types = plain_types(*of_kind("type"))
    extensions = plain_extensions(*of_kind("schema"), *of_kind("extension"))
    if functions is None or types is None or extensions is None:
        return None
    if functions.reheaded and (
        types.grown_enums or types.replaced_enums or not reheaded_alone(functions, current, desired)
    ):
        return None  # (migra re-creates what depends on them, and its inspector replaces none that names a grown enum)
    if functions.changed and (dropped_tables or dropped_views):
        return None  # (migra re-creates the functions that depend on a dropped table or view)
    interleaved = not apart_from_views(functions, (*added_views, *dropped_views))
    if interleaved and (changed_views or realtered_views or functions.changed):
        return None  # (migra orders them with the views: by key and dependencies; diff/view_chains.py those alone)
    if changed_views and (
        not dropped_beside(functions.dropped, changed_views, current)
        or functions.changed
        or types.grown_enums
        or types.replaced_enums
    ):
        return None  # (the same; and migra re-creates a view whose enum gains labels; new functions: created
        # first, as migra does when none names a changed view, which changeable_views refuses; dropped ones that
        # only changed views name: diff/view_chains.py)
    replaced = replaceable_enums(current, desired) if types.replaced_enums else {}
    if any(t.identity not in replaced for t in types.replaced_enums):
        return None  # (something but table columns uses it: migra replaces it, re-creating what needs it)
    found = PlainStructure(
        foreign_tables=foreign,
        enum_columns=frozenset(c for columns in replaced.values() for c in columns),
        added_tables=added_tables,
        dropped_tables=dropped_tables,
        new_table_columns=(
            *(c for c in added_columns if c.parent in new_tables),
            *members_of(desired, rebuilt, ("column",)),
        ),
        added_columns=tuple(c for c in added_columns if c.parent not in new_tables),
        dropped_columns=tuple(c for c in dropped_columns if c.parent not in gone_tables),
        changed_columns=tuple(c for c in changed_columns if c not in regenerated),
        regenerated_columns=regenerated,
        added_indexes=(*_only_in(want_indexes, have_indexes), *recreated),
        dropped_indexes=(*_only_in(have_indexes, want_indexes), *recreated_before),
        redefined_indexes=redefined,
        recreated_indexes=frozenset(i.identity for i in recreated),
        completed_indexes=completed,
        added_constraints=apart_from_triggers(_only_in(want_constraints, have_constraints), want_triggers),
        dropped_constraints=apart_from_triggers(_only_in(have_constraints, want_constraints), have_triggers),
        added_policies=_only_in(want_policies, have_policies),
        dropped_policies=_only_in(have_policies, want_policies),
        changed_policies=_changed(have_policies, want_policies),
        added_triggers=_only_in(want_triggers, have_triggers),
        dropped_triggers=_only_in(have_triggers, want_triggers),
        changed_triggers=_changed(have_triggers, want_triggers),
        added_sequences=standalone(added_sequences),
        dropped_sequences=standalone(_only_in(have_sequences, want_sequences)),
        reowned_sequences=reowned(have_sequences, want_sequences),
        added_views=added_views,
        dropped_views=dropped_views,
        changed_views=changed_views,
        chained_views=chained,
        interleaved_selectables=interleaved,
        optioned_matviews=optioned_matviews,
        realtered_views=realtered_views,
        changed_tables=changed_tables,
        partitions=partitions,
        rebuilt_tables=rebuilt,
        rebuilt_members=members_of(desired, rebuilt),
        functions=functions,
        view_readers=readers,
        types=types,
        extensions=extensions,
    )
    changed = changed_constraints(have_constraints, changed_constraint_list, {i.identity for i in recreated})
    if changed is None:
        return None  # a key changed but not its index, a check's deferrability, ...
    found = replace(found, changed_constraints=changed)
    if not all(recreatable_index(unflagged(i, retabled)) for i in (*recreated, *recreated_before)):
        return None  # an index changed in what migra does not see (the indexes family re-creates it then)
    columns = (*found.added_columns, *found.dropped_columns, *found.changed_columns, *regenerated)
    indexes = (
        *found.added_indexes,
        *found.dropped_indexes,
        *redefined,
        *(have_indexes[i.identity] for i in redefined),
    )
    if any(key_index(current, desired, i) for i in redefined):
        return None  # (a key's index: the key's definition says its WITH too)
    constraints = (
        *found.added_constraints,
        *found.dropped_constraints,
        *changed.every,
    )
    policies = (*found.added_policies, *found.dropped_policies, *found.changed_policies)
    triggers = (*found.added_triggers, *found.dropped_triggers, *found.changed_triggers)
    if not all(
        obj.parent in new_tables
        or obj.parent in gone_tables
        or existing_ordinary_table(current, desired, obj.parent)
        or obj.identity in tree_roots
        or obj.parent in leaving  # (planned as any table's, after its DETACH: ``ordering``)
        for obj in columns
    ) or any(
        obj.parent in leaving and (identity_of(obj) or identity_of(have_columns.get(obj.identity, obj)))
        for obj in columns
    ):
        return None  # (a detached table's identity: its parent's on 17+, the partitions family's)
    tree_members = {
        obj.parent
        for obj in (*indexes, *constraints, *policies, *triggers)
        if obj.parent not in new_tables
        and obj.parent not in gone_tables
        and not existing_ordinary_table(current, desired, obj.parent)
        and not (obj.kind in _VIEW_PARTS and part_of_view(obj, _VIEW_PARTS[obj.kind], queried_views, current, desired))
        and not recreated_matview_index(obj, queried_views, current, desired)
    }
    if not all(kept_tree_table(current, desired, table) or table in repartitioned for table in tree_members):
        return None
    copies = staying_copies(current, desired, found.dropped_indexes) if partitions or tree_members else frozenset()
    in_tree = partitions or tree_members or tree_roots or own or completed  # (or a foreign key's copies:)
    found = replace(found, partitioned=bool(in_tree) or references_partitioned(constraints, current, desired))
    found = replace(found, staying_copies=copies)
    if partitions or tree_roots or own:  # (a partition's own default or NOT NULL, or its parent's that reaches it)
        reached = partition_columns(current, desired)
        found = replace(found, partition_columns=frozenset(reached.keys() | set(reached.values()) | joining))
    restated = tuple(t for t in found.changed_triggers if state_only(have_triggers[t.identity], t))
    found = replace(
        found,
        changed_triggers=tuple(t for t in found.changed_triggers if t not in restated),
        restated_triggers=restated,
    )
    triggers = (*found.added_triggers, *found.dropped_triggers, *found.changed_triggers)
    if not plain_triggers((*triggers, *(have_triggers[t.identity] for t in found.changed_triggers))):
        return None
    if not plain_constraints(
        found.added_constraints,
        found.dropped_constraints,
        {i.identity for i in found.added_indexes},
        {i.identity for i in found.dropped_indexes},
    ):
        return None
    if not plain_views(found.added_views, found.dropped_views):
        return None
    if not plain_sequences(
        have_sequences,
        want_sequences,
        {c.identity for c in (*added_columns, *(c for c in found.changed_columns if identity_of(c)))},
        {
            c.identity
            for c in (*dropped_columns, *(c for c in found.changed_columns if identity_of(have_columns[c.identity])))
        },
    ):
        return None
    if any(
        GENERATION in c.definition or GENERATION in have_columns[c.identity].definition
        for c in found.changed_columns
        if not degenerated_column(have_columns[c.identity], c)
    ):
        return None  # (a generated column, on either side: but regenerated_columns and degenerated ones)
    retyped = tuple(
        c
        for c in found.changed_columns
        if type_and_collation(have_columns[c.identity]) != type_and_collation(c)
        and not degenerated_column(have_columns[c.identity], c)
    )
    if any(c in retyped and identity_of(c) != identity_of(have_columns[c.identity]) for c in found.changed_columns):
        return None  # (an identity added, dropped or changed with the column's type)
    if retyped and not retypable(current, desired, retyped, have_columns):
        return None
    if any(c.identity in tree_roots or c.parent in leaving for c in retyped):
        return None  # (a partitioned table's column retyped: migra's path)
    naming = column_policies(current, desired, (*retyped, *found.dropped_columns))  # (diff/plain_policies.py)
    naming |= function_policies(found.functions, current, desired)  # (around a function whose header changes)
    found = replace(found, retyped_columns=retyped, column_policies=naming)
    if any(flagged(i, retabled) for i in indexes):
        return None  # invalid or clustered, or a replica identity whose table's replica identity does not change
    tables = {c.parent for c in columns}
    if tables and mentioned(
        current, desired, tables, DEPENDENT_KINDS
    ):  # (migra re-creates what depends on a table it cannot replace)
        moved = tables - appended_to(
            current, desired, {t for t in tables if existing_ordinary_table(current, desired, t)}
        )
        if moved and mentioned(current, desired, moved, DEPENDENT_KINDS):
            apart = frozenset(v.identity for v in (*found.added_views, *found.dropped_views))
            around = around_tables(current, desired, moved, apart) if views_alone(found) else None
            if around is None or not all(existing_ordinary_table(current, desired, t) for t in moved):
                return None  # (migra re-creates the views over a moved table's children too)
            found = replace(found, around_moved=around)
    if found.types.changed_others and mentioned(current, desired, found.types.changed_others, DEPENDENT_KINDS):
        return None  # (a function or view over a domain, range or composite type that changes: carried on migra's path)
    kept = (tree_members | {c.parent for c in columns if c.identity in tree_roots}) - repartitioned
    if repartitioned and not members_alone(found, repartitioned, kept):
        return None  # (what else differs is planned around an attach or detach on migra's path)
    return replace(found, repartitioned_tables=repartitioned)


def _only_in(side: Mapping[str, CatalogObject], other: Mapping[str, CatalogObject]) -> tuple[CatalogObject, ...]:
    return tuple(side[identity] for identity in sorted(side.keys() - other.keys()))


def _changed(have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject]) -> tuple[CatalogObject, ...]:
    """The objects of both sides whose definitions differ, as ``want`` has them."""
    both = want.keys() & have.keys()
    differ = (i for i in both if (have[i].definition, have[i].parent) != (want[i].definition, want[i].parent))
    return tuple(want[identity] for identity in sorted(differ))
