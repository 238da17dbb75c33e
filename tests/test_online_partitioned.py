"""A partitioned table's unique index that changes, and its primary key added or replaced, applied
online for real, held midway by a lock: the old index or key keeps enforcing while the new one is
built beside it, and writes go on (``schemadiff.online_partitioned``)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from applyhelp import (  # noqa: F401  (fixtures)
    Project,
    execute,
    finish,
    history_rows,
    made_plans,
    open_session,
    plan_id,
    project,
    wait_for_backends,
)

PEOPLE = (
    "create table public.people (\n    id bigint not null,\n    region text not null,\n    name text\n)"
    " partition by list (region);\n"
    "create table public.people_eu partition of public.people for values in ('eu');\n"
    "create table public.people_us partition of public.people for values in ('us');\n"
    "create unique index people_region_id_key on public.people (region, id);\n"
    "comment on index public.people_region_id_key is 'one person per region and id';\n"
)
CHANGED = PEOPLE.replace("(region, id);", "(region, id) include (name);")
DUPLICATE = "insert into public.people values (1, %s, 'again')"


def _applied_then_planned(project: Project, first: str, second: str) -> Path:
    """``first`` applied and 50 people written in each region, then the plan to ``second`` (its file)."""
    project.write_schema(first)
    project.plan("v1")
    assert project.apply().code == 0
    execute(
        project.url,
        "insert into public.people select g, r, 'p' || g from generate_series(1, 50) g, unnest(array['eu', 'us']) r",
    )
    project.write_schema(second)
    return project.plan("v2")


def _write_in_each_region(project: Project) -> None:
    """A new person in each region, within 2 s: the apply holds no lock that writes wait for."""
    with open_session(project.url) as writer:
        writer.execute("set statement_timeout = '2s'")
        writer.execute("insert into public.people values (51, 'us', 'p51'), (51, 'eu', 'p51')")
        writer.commit()


def test_a_changed_unique_index_of_a_partitioned_table_enforces_all_along(project: Project) -> None:
    v2 = _applied_then_planned(project, PEOPLE, CHANGED)
    text = v2.read_text()
    assert 'CREATE UNIQUE INDEX "people_region_id_key_new_' in text and " ON ONLY public.people " in text, text
    main = text.split("-- segment 2 ")[0]
    assert "drop index" not in main, text  # (the old one stays until the new one is complete)

    # the second partition's build waits for a lock a session holds: the plan is midway
    holder = open_session(project.url)
    holder.execute("lock table public.people_us in share update exclusive mode")
    apply = project.spawn_apply("--lock-timeout", "60")
    try:
        wait_for_backends(project.url, "CREATE UNIQUE INDEX CONCURRENTLY%people_us%")
        for region in ("eu", "us"):
            with pytest.raises(psycopg.errors.UniqueViolation):
                execute(project.url, DUPLICATE, region)
    finally:
        holder.close()
    run = finish(apply)
    assert run.code == 0, run.text
    assert history_rows(project.url)[plan_id(v2)] == "applied"

    for region in ("eu", "us"):
        with pytest.raises(psycopg.errors.UniqueViolation):
            execute(project.url, DUPLICATE, region)
    names = execute(
        project.url,
        "select c.relname, i.indisvalid, pg_catalog.obj_description(c.oid, 'pg_class') from pg_index i"
        " join pg_class c on c.oid = i.indexrelid where i.indrelid in"
        " ('public.people'::regclass, 'public.people_eu'::regclass, 'public.people_us'::regclass) order by 1",
    )
    assert names == [
        ("people_eu_region_id_name_idx", True, None),
        ("people_region_id_key", True, "one person per region and id"),
        ("people_us_region_id_name_idx", True, None),
    ], names
    assert project.cli("plan").code == 0


KEYLESS = PEOPLE.split("create unique index")[0]
KEYED = KEYLESS.replace("    name text\n)", "    name text,\n    constraint people_pkey primary key (region, id)\n)")


@pytest.mark.parametrize("id_column", ["id bigint not null", "id bigint"], ids=["id_not_null", "id_nullable"])
def test_a_new_primary_key_of_a_partitioned_table_never_blocks_writes_while_it_is_built(
    project: Project, id_column: str
) -> None:
    """Also where the key's column is not NOT NULL before the plan: SET NOT NULL through a
    validated CHECK first (no scan under a lock), then the key (which then scans for nothing)."""
    keyless, keyed = (text.replace("id bigint not null", id_column) for text in (KEYLESS, KEYED))
    v2 = _applied_then_planned(project, keyless, keyed)
    text = v2.read_text()
    only = 'alter table only "public"."people" add constraint "people_pkey" PRIMARY KEY (region, id);'
    assert only in text, text
    assert 'add constraint "people_us_pkey" PRIMARY KEY using index "people_us_pkey_new_' in text, text
    assert "INDEX_BUILD" not in text, text
    if id_column == "id bigint":
        assert 'check ("id" is not null) not valid' in text, text
        assert text.index('alter column "id" set not null') < text.index(only), text
        assert only not in text.split("-- segment 2 ")[0], text  # (not in the main transaction)

    # a session's snapshot older than the builds: the first waits for it to end (CREATE INDEX
    # CONCURRENTLY waits for older snapshots), after the main transaction, whatever that locked
    holder = open_session(project.url)
    holder.execute("set transaction isolation level repeatable read")
    holder.execute("select 1")
    apply = project.spawn_apply("--lock-timeout", "60")
    try:
        wait_for_backends(project.url, "CREATE UNIQUE INDEX CONCURRENTLY%people_eu%")
        _write_in_each_region(project)  # (the main transaction committed: nothing waits for a lock)
    finally:
        holder.close()
    run = finish(apply)
    assert run.code == 0, run.text
    keys = execute(
        project.url,
        "select conrelid::regclass::text, conname, conparentid <> 0, convalidated from pg_constraint"
        " where contype = 'p' and conrelid in ('public.people'::regclass, 'public.people_eu'::regclass,"
        " 'public.people_us'::regclass) order by 1",
    )
    assert keys == [
        ("people", "people_pkey", False, True),
        ("people_eu", "people_eu_pkey", True, True),
        ("people_us", "people_us_pkey", True, True),
    ], keys
    with pytest.raises(psycopg.errors.UniqueViolation):
        execute(project.url, DUPLICATE, "us")
    checks = execute(
        project.url,
        "select count(*) from pg_constraint where contype = 'c' and conrelid in ('public.people'::regclass,"
        " 'public.people_eu'::regclass, 'public.people_us'::regclass)",
    )
    assert checks == [(0,)], checks  # (the CHECK that proved the column NOT NULL is gone)
    assert project.cli("plan").code == 0


CODED = (
    "create table public.people (\n    id bigint not null,\n    region text not null,\n    code text not null,\n"
    "    constraint people_pkey primary key (region, id)\n) partition by list (region);\n"
    "create table public.people_eu partition of public.people for values in ('eu');\n"
    "create table public.people_us partition of public.people for values in ('us');\n"
)
RECODED = CODED.replace("primary key (region, id)", "primary key (region, code)")


def test_a_replaced_primary_key_of_a_partitioned_table_enforces_all_along(project: Project) -> None:
    v2 = _applied_then_planned(project, CODED, RECODED)
    text = v2.read_text()
    assert 'alter table only "public"."people" add constraint "people_pkey" PRIMARY KEY (region, code);' in text, text
    assert "INDEX_BUILD" not in text, text
    # the old key is dropped in the transaction that completes the new one, after the builds
    assert text.index("CREATE UNIQUE INDEX CONCURRENTLY") < text.index('drop constraint "people_pkey"'), text

    holder = open_session(project.url)
    holder.execute("lock table public.people_us in share update exclusive mode")
    apply = project.spawn_apply("--lock-timeout", "60")
    try:
        wait_for_backends(project.url, "CREATE UNIQUE INDEX CONCURRENTLY%people_us%")
        with pytest.raises(psycopg.errors.UniqueViolation):  # (the old key still enforces)
            execute(project.url, "insert into public.people values (1, 'us', 'other')")
        _write_in_each_region(project)  # (and writes go on)
    finally:
        holder.close()
    run = finish(apply)
    assert run.code == 0, run.text
    assert history_rows(project.url)[plan_id(v2)] == "applied"
    with pytest.raises(psycopg.errors.UniqueViolation):  # (the new key enforces)
        execute(project.url, "insert into public.people values (99, 'eu', 'p1')")
    execute(project.url, "insert into public.people values (1, 'eu', 'another')")  # (the old one no longer)
    keys = execute(
        project.url,
        "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint where contype = 'p'"
        " and conrelid in ('public.people'::regclass, 'public.people_eu'::regclass, 'public.people_us'::regclass)"
        " order by 1",
    )
    assert keys == [
        ("people", "people_pkey", "PRIMARY KEY (region, code)"),
        ("people_eu", "people_eu_pkey", "PRIMARY KEY (region, code)"),
        ("people_us", "people_us_pkey", "PRIMARY KEY (region, code)"),
    ], keys
    assert project.cli("plan").code == 0
