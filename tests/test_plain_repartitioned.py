"""A partition detached or a table attached, planned without migra's inspector
(schemadiff/diff/plain_partitions.py, ``repartitioned_table`` and ``trigger_clones``): two real
databases whose only difference is the detach, with the row trigger clone that the DETACH drops
and the ATTACH makes again, diffed both ways with no schemainspect imported, each way exactly
what every family plans, applied, then nothing left to do."""

from __future__ import annotations

from pathlib import Path

from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_pair, loaded_pair

PARTITIONED = """
create function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;
create table public.sensors (id bigint primary key);
create table public.readings (
    id bigint not null,
    taken_on date not null,
    value double precision check (value >= 0),
    sensor_id bigint references public.sensors (id),
    primary key (id, taken_on)
) partition by range (taken_on);
create index readings_value on public.readings (value);
create trigger readings_touch before insert on public.readings for each row execute function public.touch();
create trigger readings_audit after truncate on public.readings for each statement execute function public.touch();
create table public."readings 2025" partition of public.readings for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 partition of public.readings for values from ('2026-01-01') to ('2027-01-01');
"""


def test_a_partition_detached_with_its_trigger_clone_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    desired = PARTITIONED + 'alter table public.readings detach partition public."readings 2025";\n'
    with loaded_pair(pg_server, empty_db, "_detached", PARTITIONED, desired) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert forward.strip() == 'alter table public.readings detach partition "public"."readings 2025";', forward
        assert backward.strip() == (
            'alter table public.readings attach partition "public"."readings 2025" '
            "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
        ), backward
        both_ways(tmp_path, empty_db, other, forward, backward)


def test_a_partition_detached_and_stripped_of_its_copies_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """The detached table keeps the copies of its parent's key, CHECK, foreign key and index as
    its own, and the desired schema drops them: they are dropped after the DETACH (before it they
    cannot be: inherited). The other way round, the CHECK is added before the ATTACH (which
    requires it) and the others come with the ATTACH."""
    desired = PARTITIONED + (
        'alter table public.readings detach partition public."readings 2025";\n'
        'alter table public."readings 2025" drop constraint "readings 2025_pkey";\n'
        'alter table public."readings 2025" drop constraint readings_value_check;\n'
        'alter table public."readings 2025" drop constraint readings_sensor_id_fkey;\n'
        'drop index public."readings 2025_value_idx";\n'
    )
    with loaded_pair(pg_server, empty_db, "_stripped", PARTITIONED, desired) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        detach = forward.index('alter table public.readings detach partition "public"."readings 2025";')
        for dropped in ("readings 2025_pkey", "readings_value_check", "readings_sensor_id_fkey"):
            assert detach < forward.index(f'drop constraint "{dropped}"'), forward
        assert detach < forward.index('drop index if exists "public"."readings 2025_value_idx"'), forward
        check = backward.index('add constraint "readings_value_check" CHECK')
        assert check < backward.index('alter table public.readings attach partition "public"."readings 2025"'), backward
        assert backward.count("add constraint") == 1 and "create index" not in backward.lower(), backward
        both_ways(tmp_path, empty_db, other, forward, backward)
