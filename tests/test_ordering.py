"""The dependency order of a plan's changes (schemadiff/ordering.py): phase order kept unless
a dependency requires otherwise; cycles broken at the earliest change."""

from __future__ import annotations

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.graph_edges import ALTER_ONLY, column_order_edges, copy_edges, structural_edges
from schemadiff.ordering import dependency_order


def change(action: Action, kind: str, identity: str, sql: str = "") -> Change:
    return Change(kind, action, identity, sql or f"{action.value} {kind} {identity}", 0)


def names(changes: list[Change]) -> list[str]:
    return [f"{c.action.value} {c.identity}" for c in changes]


def test_nothing_moves_when_the_phases_are_right() -> None:
    plan = [change(Action.CREATE, "table", "s.a"), change(Action.CREATE, "function", "s.f(integer)")]
    assert dependency_order(plan, {}, {"s.f": {"s.a"}}) == plan


def test_a_creation_waits_for_what_it_needs_and_a_drop_goes_before_what_it_needed() -> None:
    plan = [
        change(Action.DROP, "table", "s.old_t"),
        change(Action.DROP, "function", "s.old_f()"),
        change(Action.CREATE, "table", "s.t"),  # its default calls s.f
        change(Action.CREATE, "function", "s.f()"),
        change(Action.CREATE, "function", "s.g()"),  # returns s.t's row type
    ]
    ordered = dependency_order(plan, {"s.old_f": {"s.old_t"}}, {"s.t": {"s.f"}, "s.g": {"s.t"}})
    assert names(ordered) == ["drop s.old_f()", "drop s.old_t", "create s.f()", "create s.t", "create s.g()"]


def test_an_alter_that_drops_needs_nothing_and_an_altered_object_is_nobody_s_provider() -> None:
    plan = [
        change(Action.ALTER, "column", "s.t.c", "alter table s.t alter column c drop default"),
        change(Action.ALTER, "sequence", "s.seq", "alter sequence s.seq owned by s.t.c"),
        change(Action.CREATE, "type", "s.e"),
        change(Action.CREATE, "column", "s.t.d"),
    ]
    ordered = dependency_order(plan, {}, {"s.t.c": {"s.e"}, "s.t.d": {"s.seq"}})
    assert ordered == plan


def test_a_cycle_is_broken_at_its_earliest_change() -> None:
    plan = [
        change(Action.CREATE, "table", "s.a"),
        change(Action.CREATE, "table", "s.b"),
        change(Action.CREATE, "view", "s.v"),
    ]
    ordered = dependency_order(plan, {}, {"s.a": {"s.b"}, "s.b": {"s.a"}, "s.v": {"s.a"}})
    assert names(ordered) == ["create s.a", "create s.b", "create s.v"]


def ranked(plan: list[Change], **needs: dict[str, set[str]]) -> list[str]:
    """Ordered with the tie-break reversed: only the graph may put the changes right."""
    return names(
        dependency_order(
            plan,
            needs.get("current", {}),
            needs.get("desired", {}),
            list(range(len(plan)))[::-1],
            needs.get("parents", {}),
        )
    )  # type: ignore[arg-type]


def test_a_key_is_added_after_its_index_and_dropped_before_it() -> None:
    create = [change(Action.CREATE, "index", "s.t_pkey"), change(Action.CREATE, "constraint", "s.t.t_pkey")]
    assert ranked(create, desired={"s.t.t_pkey": {"s.t_pkey"}}) == ["create s.t_pkey", "create s.t.t_pkey"]
    drop = [change(Action.DROP, "constraint", "s.t.t_pkey"), change(Action.DROP, "index", "s.t_pkey")]
    assert ranked(drop, current={"s.t.t_pkey": {"s.t_pkey"}}) == ["drop s.t.t_pkey", "drop s.t_pkey"]


def test_a_foreign_key_made_again_off_a_dropped_key_is_created_after_the_drop() -> None:
    """The foreign key needed the old key (current graph), needs the new one (desired): made
    before the old key is dropped, it would bind to the old key's index, and the drop would fail."""
    plan = [
        change(Action.DROP, "constraint", "s.uses.uses_fkey"),
        change(Action.DROP, "constraint", "s.codes.codes_key"),
        change(Action.DROP, "index", "s.codes_key"),
        change(Action.CREATE, "index", "s.codes_pkey"),
        change(Action.CREATE, "constraint", "s.codes.codes_pkey"),
        change(Action.CREATE, "constraint", "s.uses.uses_fkey"),
        change(Action.ALTER, "constraint", "s.uses.uses_fkey", "alter table s.uses validate constraint uses_fkey"),
    ]
    current = {"s.uses.uses_fkey": {"s.codes_key", "s.codes.codes_key"}, "s.codes.codes_key": {"s.codes_key"}}
    desired = {"s.uses.uses_fkey": {"s.codes_pkey", "s.codes.codes_pkey"}, "s.codes.codes_pkey": {"s.codes_pkey"}}
    found = ranked(plan, current=current, desired=desired)
    for first, then in [
        ("drop s.uses.uses_fkey", "drop s.codes.codes_key"),
        ("drop s.codes.codes_key", "drop s.codes_key"),
        ("drop s.codes_key", "create s.uses.uses_fkey"),
        ("drop s.codes.codes_key", "create s.uses.uses_fkey"),
        ("create s.codes.codes_pkey", "create s.uses.uses_fkey"),
        ("create s.uses.uses_fkey", "alter s.uses.uses_fkey"),
    ]:
        assert found.index(first) < found.index(then), found


def test_a_part_written_for_a_table_s_old_name_goes_before_the_rename() -> None:
    plan = [
        Change("table", Action.RENAME, "s.old to new", 'alter table s.old rename to "new"', 0),
        change(Action.ALTER, "constraint", "s.old.old_c_not_null", "alter table s.old rename constraint a to b"),
        change(Action.CREATE, "constraint", "s.new.new_check"),
    ]
    assert ranked(plan) == ["alter s.old.old_c_not_null", "rename s.old to new", "create s.new.new_check"]


def test_a_view_over_a_retyped_column_is_dropped_before_and_created_after() -> None:
    plan = [
        change(Action.DROP, "view", "s.v"),
        change(Action.ALTER, "column", "s.t.c", "alter table s.t alter column c type bigint"),
        change(Action.CREATE, "view", "s.v"),
    ]
    needs = {"s.v": {"s.t", "s.t.c"}}
    assert ranked(plan, current=needs, desired=needs, parents={"s.t.c": "s.t"}) == [
        "drop s.v",
        "alter s.t.c",
        "create s.v",
    ]


def test_a_function_made_again_around_a_view_it_reads_gets_its_revoke_after_its_creation() -> None:
    """A function dropped and created again around a view it needs (a SQL-standard body): its
    REVOKE (a drop of a grant) is the new function's, so it follows the creation; linked before
    the view's drop, as the old function's changes are, it made a cycle the order broke wrongly."""
    plan = [
        Change("function", Action.DROP, "s.f", "drop function s.f()", 1),
        Change("view", Action.DROP, "s.v", "drop view s.v", 1),
        Change("view", Action.CREATE, "s.v", "create view s.v as select 1", 2),
        Change("function", Action.CREATE, "s.f", "create function s.f() ...", 2),
        Change("privilege", Action.DROP, "execute on function s.f() from PUBLIC", "revoke ...", 3),
    ]
    needs = {"s.f": {"s.v"}}
    found = ranked(plan, current=needs, desired=needs)
    assert found == [
        "drop s.f",
        "drop s.v",
        "create s.v",
        "create s.f",
        "drop execute on function s.f() from PUBLIC",
    ]


def test_a_dependent_s_drop_goes_before_the_rename_away_of_what_it_needs() -> None:
    """An enum that loses a label is renamed away, created again, its columns converted, the old
    one dropped: a function that takes it is dropped by its argument types, which name the new
    enum once the old one is renamed, so its drop goes before the rename."""
    plan = [
        Change("function", Action.DROP, "s.f", "drop function s.f(stage)", 2),
        Change("type", Action.RENAME, "s.stage", 'alter type s.stage rename to "stage__old"', 1),
        Change("type", Action.CREATE, "s.stage", "create type s.stage as enum ('a')", 1),
        Change("type", Action.DROP, "s.stage__old", "drop type s.stage__old", 3),
        Change("function", Action.CREATE, "s.f", "create function s.f(stage) ...", 4),
    ]
    found = ranked(plan, current={"s.f": {"s.stage"}}, desired={"s.f": {"s.stage"}})
    assert found.index("drop s.f") < found.index("rename s.stage"), found


def test_default_privileges_come_before_the_objects_they_are_for_and_rows_after_their_table() -> None:
    plan = [
        Change(
            "default_privilege",
            Action.CREATE,
            "for current_user in schema app on tables to r",
            "alter default privileges in schema app grant select on tables to r",
            0,
        ),
        change(Action.CREATE, "table", "app.t"),
        change(Action.CREATE, "table", "other.t"),
        Change("row", Action.CREATE, "app.t[id=1]", "insert into app.t values (1)", 0),
        change(Action.CREATE, "column", "app.t.c"),
    ]
    ordered = ranked(plan, parents={"app.t.c": "app.t"})
    assert ordered.index("create for current_user in schema app on tables to r") < ordered.index("create app.t")
    assert ordered.index("create app.t.c") < ordered.index("create app.t[id=1]")
    assert ordered.index("create app.t") < ordered.index("create app.t[id=1]")


def test_citus_calls_keep_their_family_s_order_and_renames_follow_undistribution() -> None:
    """Citus needs a table's referenced tables and colocation group's first table distributed
    first, and refuses to rename a distributed table's constraints; pg_depend says neither. A
    table's RLS switch and distribution name the table as their parent: no table is a part of
    itself (that made a cycle, broken at the distribution call first with the ties reversed)."""
    parents = {"s.a": "s.a", "s.b": "s.b", "s.b_a_id": "s.b"}
    plan = [
        change(Action.CREATE, "table", "s.a"),
        change(Action.CREATE, "table", "s.b"),
        change(Action.ALTER, "rls", "s.b", "alter table s.b enable row level security"),
        change(Action.CREATE, "distribution", "s.a", "select create_distributed_table('s.a', 'id')"),
        change(
            Action.CREATE,
            "distribution",
            "s.b",
            "select create_distributed_table('s.b', 'a_id', colocate_with => 's.a')",
        ),
        change(Action.CREATE, "index", "s.b_a_id"),
    ]
    found = dependency_order(plan, {}, {}, list(range(len(plan)))[::-1], parents)  # (the ties reversed)
    position = {(c.kind, c.identity): i for i, c in enumerate(found)}
    assert position["table", "s.a"] < position["distribution", "s.a"] < position["distribution", "s.b"]
    assert position["table", "s.b"] < position["distribution", "s.b"] < position["index", "s.b_a_id"]
    leaving = [
        change(
            Action.DROP, "distribution", "s.a", "select undistribute_table('s.a', cascade_via_foreign_keys => true)"
        ),
        change(Action.ALTER, "constraint", "s.b.b_id_not_null", "alter table s.b rename constraint x to b_id_not_null"),
    ]
    assert ranked(leaving, parents=parents) == ["drop s.a", "alter s.b.b_id_not_null"]


def test_a_replica_identity_using_an_index_follows_the_index() -> None:
    """No pg_depend row ties a table's replica identity to its index: structural_edges adds it
    from the index's catalog flag, for the table's ALTERs only."""
    index = CatalogObject(
        "index", "s.t_id_key", "CREATE UNIQUE INDEX t_id_key ON s.t USING btree (id) [replica identity]", "s.t"
    )
    plain = CatalogObject("index", "s.t_other", "CREATE INDEX t_other ON s.t USING btree (id)", "s.t")
    needs = structural_edges([index, plain])
    assert needs["s.t" + ALTER_ONLY] == {"s.t_id_key"}
    assert structural_edges([index, plain], nodes=frozenset({"s.t"})) == {}  # (not asked for)
    plan = [
        change(Action.ALTER, "table", "s.t", 'alter table "s"."t" replica identity using index "t_id_key"'),
        change(Action.CREATE, "index", "s.t_id_key"),
    ]
    ordered = dependency_order(plan, {}, needs, parents={"s.t_id_key": "s.t", "s.t_other": "s.t"})
    assert names(ordered) == ["create s.t_id_key", "alter s.t"]


def test_the_columns_a_plan_adds_to_a_table_keep_its_desired_order() -> None:
    """ADD COLUMN appends: the new columns of a table are added in their desired positions'
    order (render_column_types.sql), whatever their families' order (by name)."""
    plan = [
        change(Action.CREATE, "column", "s.t.a_last"),
        change(Action.CREATE, "column", "s.t.b_first"),
        change(Action.CREATE, "column", "s.u.z"),  # (another table's: free)
    ]
    rows = [
        {"identity": "s.t.b_first", "schema_name": "s", "table_name": "t", "position": 3},
        {"identity": "s.t.a_last", "schema_name": "s", "table_name": "t", "position": 5},
        {"identity": "s.t.old", "schema_name": "s", "table_name": "t", "position": 1},  # (not added)
        {"identity": "s.u.z", "schema_name": "s", "table_name": "u", "position": 2},
    ]
    needs = column_order_edges(plan, lambda: rows)
    assert needs == {"s.t.a_last": {"s.t.b_first"}}
    assert names(dependency_order(plan, {}, needs)) == ["create s.t.b_first", "create s.t.a_last", "create s.u.z"]
    assert column_order_edges(plan[:1], lambda: []) == {}  # (one new column: nothing read)


def test_a_detached_tables_copies_are_dropped_before_its_former_parents() -> None:
    """A table the plan detaches keeps its copies of its parent's index and constraints as its
    own: its drops of them follow the DETACH (its part) and precede the parent's drops, which
    would take them along while it is still attached (copy_edges, from render_partitions.sql)."""
    detach = change(Action.ALTER, "table", "s.p_2025", 'alter table s.p detach partition "s"."p_2025"')
    plan = [
        change(Action.DROP, "constraint", "s.p.p_check"),
        change(Action.DROP, "index", "s.p_value_idx"),
        detach,
        change(Action.DROP, "constraint", "s.p_2025.p_check"),
        change(Action.DROP, "index", "s.p_2025_value_idx"),
    ]
    rows = [  # (render_partitions.sql: a constraint's quoted_name is its table's, an index's its own)
        {
            "kind": "constraint",
            "identity": "s.p_2025.p_check",
            "parent_identity": "s.p.p_check",
            "quoted_name": "s.p_2025",
        },
        {
            "kind": "index",
            "identity": "s.p_2025_value_idx",
            "parent_identity": "s.p_value_idx",
            "quoted_name": "s.p_2025_value_idx",
        },
        {
            "kind": "index",
            "identity": "s.p_2024_value_idx",
            "parent_identity": "s.p_value_idx",
            "quoted_name": "s.p_2024_value_idx",
        },  # (not dropped)
    ]
    needs = copy_edges(plan, lambda: rows)
    assert needs == {
        "s.p_2025.p_check": {"s.p.p_check"},
        "s.p_2025_value_idx": {"s.p_value_idx"},
        "s.p_2025": {"s.p.p_check"},  # (the freed table: its parent's constraint goes after it is freed)
    }
    parents = {
        "s.p.p_check": "s.p",
        "s.p_2025.p_check": "s.p_2025",
        "s.p_value_idx": "s.p",
        "s.p_2025_value_idx": "s.p_2025",
    }
    ordered = names(dependency_order(plan, needs, {}, parents=parents))
    assert ordered.index("alter s.p_2025") < ordered.index("drop s.p_2025.p_check") < ordered.index("drop s.p.p_check")
    assert (
        ordered.index("alter s.p_2025") < ordered.index("drop s.p_2025_value_idx") < ordered.index("drop s.p_value_idx")
    )
    assert copy_edges([detach], lambda: rows) == {}  # (no drop: nothing read)
    assert copy_edges(plan[:2], lambda: rows) == {}  # (no detach)
    # a freed table that keeps the copy as its own (no drop of it): the parent's drop follows the DETACH
    kept = [plan[0], detach]
    ordered = names(dependency_order(kept, copy_edges(kept, lambda: rows), {}, tie_break=[0, 1], parents=parents))
    assert ordered.index("alter s.p_2025") < ordered.index("drop s.p.p_check")
    no_inherit = change(Action.ALTER, "table", "s.p_2025", 'alter table "s"."p_2025" no inherit "s"."p"')
    assert copy_edges([plan[0], no_inherit], lambda: rows) == {"s.p_2025": {"s.p.p_check"}}


def test_a_new_key_makes_its_index_so_a_drop_of_that_index_goes_first() -> None:
    """ADD CONSTRAINT … PRIMARY KEY makes an index of the key's name: a drop of the old index of
    that name (the old key's, written ``drop index if exists`` beside its constraint's drop)
    precedes it, whatever the ties say."""
    plan = [
        change(Action.DROP, "constraint", "s.t.t_pkey"),
        change(Action.DROP, "index", "s.t_pkey"),
        change(Action.CREATE, "constraint", "s.t.t_pkey", 'alter table s.t add constraint "t_pkey" PRIMARY KEY (a, b)'),
    ]
    parents = {"s.t.t_pkey": "s.t", "s.t_pkey": "s.t"}
    for ties in ([0, 1, 2], [2, 1, 0]):
        ordered = names(dependency_order(plan, {}, {}, tie_break=ties, parents=parents))
        assert ordered.index("drop s.t_pkey") < ordered.index("create s.t.t_pkey"), (ties, ordered)
    check = change(Action.CREATE, "constraint", "s.t.t_pkey", "alter table s.t add constraint t_pkey CHECK (unique_a)")
    ordered = names(dependency_order([plan[1], check], {}, {}, tie_break=[1, 0], parents=parents))
    assert ordered == ["create s.t.t_pkey", "drop s.t_pkey"]  # (a CHECK makes no index: the ties decide)


def test_a_partition_takes_its_bounds_after_the_detaches_from_its_table() -> None:
    """A partition created in (or attached to) a table follows the DETACHes from that table: a
    hash partition's modulus changed frees the bounds a new partition takes; other tables' are free."""
    create = 'create table "s"."h_3" partition of "s"."h" FOR VALUES WITH (modulus 4, remainder 3)'
    plan = [
        change(Action.CREATE, "table", "s.h_3", create),
        change(Action.CREATE, "table", "s.g_1", 'create table "s"."g_1" partition of "s"."g" DEFAULT'),
        change(Action.ALTER, "table", "s.h_1", 'alter table s.h detach partition "s"."h_1"'),
        change(
            Action.ALTER,
            "table",
            "s.h_1",
            'alter table s.h attach partition "s"."h_1" FOR VALUES WITH (modulus 4, remainder 1)',
        ),
    ]
    ordered = [
        c.sql.split()[3] if c.kind == "table" and c.action is Action.ALTER else c.identity
        for c in dependency_order(plan, {}, {})
    ]
    assert ordered == ["s.g_1", "detach", "s.h_3", "attach"], ordered  # (another table's partition: the ties decide)
