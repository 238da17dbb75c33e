"""The Citus distribution family's decisions, from catalogs alone (no server): which calls a plan
makes for colocation groups, shard counts and foreign-key order. The same family runs on a real
cluster in tests/test_citus.py; these cases cover the group arithmetic the cluster tests do not."""

from __future__ import annotations

import pytest

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.distribution import distribution_changes
from schemadiff.errors import DiffError
from schemadiff.snapshot import Snapshot, SnapshotDetails


def side(name: str, distribution: dict[str, str], references: tuple[tuple[str, str], ...] = ()) -> Snapshot:
    objects = [CatalogObject("schema", "public", "schema")]
    for table in ("public.a", "public.b", "public.c", "public.d"):
        objects.append(CatalogObject("table", table, "ordinary using heap replica identity d"))
    objects += [CatalogObject("distribution", t, d, t) for t, d in distribution.items()]
    rows = {"references": tuple({"identity": t, "referenced": r} for t, r in references), "not_null": ()}
    details = SnapshotDetails(None, {}, {}, frozenset(), frozenset(), rows)
    return Snapshot(name, 180000, Catalog(180000, tuple(objects)), details)


def calls(current: Snapshot, desired: Snapshot) -> list[str]:
    return [c.sql for c in distribution_changes(current, desired)]


def test_a_new_member_joins_the_group_without_moving_it() -> None:
    before = {"public.b": "hash (id) shards 4", "public.c": "hash (id) shards 4 colocated with public.b"}
    after = {**before, "public.a": "hash (id) shards 4"}  # a sorts first: it names the group now
    after = {t: d.replace("colocated with public.b", "colocated with public.a") for t, d in after.items()}
    after["public.b"] = "hash (id) shards 4 colocated with public.a"
    assert calls(side("c", before), side("d", after)) == [
        'select create_distributed_table(\'"public"."a"\', \'id\', colocate_with => \'"public"."b"\')'
    ]


def test_a_group_split_keeps_the_larger_part_and_moves_the_rest() -> None:
    before = {
        "public.a": "hash (id) shards 4",
        "public.b": "hash (id) shards 4 colocated with public.a",
        "public.c": "hash (id) shards 4 colocated with public.a",
    }
    after = {
        "public.a": "hash (id) shards 4",
        "public.b": "hash (id) shards 4 colocated with public.a",
        "public.c": "hash (id) shards 4",
    }
    assert calls(side("c", before), side("d", after)) == [
        "select alter_distributed_table('\"public\".\"c\"', colocate_with => 'none', shard_count => 4,"
        " cascade_to_colocated => false)"
    ]


def test_a_claimed_group_is_left_by_every_member_of_another_desired_group() -> None:
    """b and c stay together but leave a's group, which a keeps: both move, c joins b (never
    "kept" in the group b just left)."""
    before = {
        "public.a": "hash (id) shards 4",
        "public.b": "hash (id) shards 4 colocated with public.a",
        "public.c": "hash (id) shards 4 colocated with public.a",
    }
    after = {
        "public.a": "hash (id) shards 4",
        "public.b": "hash (id) shards 4",
        "public.c": "hash (id) shards 4 colocated with public.b",
    }
    assert calls(side("c", before), side("d", after)) == [
        "select alter_distributed_table('\"public\".\"b\"', colocate_with => 'none', shard_count => 4,"
        " cascade_to_colocated => false)",
        'select alter_distributed_table(\'"public"."c"\', colocate_with => \'"public"."b"\','
        " cascade_to_colocated => false)",
    ]


def test_a_whole_group_resharded_at_once() -> None:
    before = {"public.a": "hash (id) shards 4", "public.b": "hash (a_id) shards 4 colocated with public.a"}
    after = {"public.a": "hash (id) shards 8", "public.b": "hash (a_id) shards 8 colocated with public.a"}
    assert calls(side("c", before), side("d", after)) == [
        'select alter_distributed_table(\'"public"."a"\', shard_count => 8, cascade_to_colocated => true)'
    ]


def test_existing_local_tables_are_distributed_referenced_first() -> None:
    after = {
        "public.a": "hash (id) shards 4 colocated with public.b",
        "public.b": "hash (id) shards 4",
        "public.d": "reference",
    }
    references = (("public.b", "public.a"), ("public.a", "public.d"))  # b -> a -> d (reference)
    assert calls(side("c", {}, references), side("d", after, references)) == [
        'select create_reference_table(\'"public"."d"\')',
        "select create_distributed_table('\"public\".\"a\"', 'id', colocate_with => 'none', shard_count => 4)",
        'select create_distributed_table(\'"public"."b"\', \'id\', colocate_with => \'"public"."a"\')',
    ]


def test_tables_linked_by_foreign_keys_leave_together_or_not_at_all() -> None:
    before = {"public.a": "hash (id) shards 4", "public.b": "hash (id) shards 4 colocated with public.a"}
    references = (("public.b", "public.a"),)
    assert calls(side("c", before, references), side("d", {}, references)) == [
        'select undistribute_table(\'"public"."a"\', cascade_via_foreign_keys => true)'
    ]
    with pytest.raises(DiffError, match="public.b cannot leave Citus alone: foreign keys link it to public.a"):
        calls(side("c", before, references), side("d", {"public.a": "hash (id) shards 4"}, references))


def test_reference_to_distributed_goes_through_local() -> None:
    assert calls(side("c", {"public.a": "reference"}), side("d", {"public.a": "hash (id) shards 4"})) == [
        'select undistribute_table(\'"public"."a"\')',
        "select create_distributed_table('\"public\".\"a\"', 'id', colocate_with => 'none', shard_count => 4)",
    ]


def test_distributed_schemas_are_refused_with_the_reason() -> None:
    with pytest.raises(DiffError, match="distributed schema"):
        calls(side("c", {}), side("d", {"public.a": "single shard"}))
