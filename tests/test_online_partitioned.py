"""A partitioned table's unique index that changes, applied online for real: the old index keeps
enforcing while the new one is built beside it (``schemadiff.online_partitioned``)."""

from __future__ import annotations

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


def test_a_changed_unique_index_of_a_partitioned_table_enforces_all_along(project: Project) -> None:
    project.write_schema(PEOPLE)
    project.plan("v1")
    assert project.apply().code == 0
    execute(
        project.url,
        "insert into public.people select g, r, 'p' || g from generate_series(1, 50) g, unnest(array['eu', 'us']) r",
    )
    project.write_schema(CHANGED)
    v2 = project.plan("v2")
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
