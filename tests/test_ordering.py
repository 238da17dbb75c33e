"""The dependency order of a plan's changes (schemadiff/ordering.py): phase order kept unless
a dependency requires otherwise; cycles broken at the earliest change."""

from __future__ import annotations

from schemadiff.changes import Action, Change
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
    plan = [change(Action.CREATE, "table", "s.a"), change(Action.CREATE, "table", "s.b"), change(Action.CREATE, "view", "s.v")]
    ordered = dependency_order(plan, {}, {"s.a": {"s.b"}, "s.b": {"s.a"}, "s.v": {"s.a"}})
    assert names(ordered) == ["create s.a", "create s.b", "create s.v"]
