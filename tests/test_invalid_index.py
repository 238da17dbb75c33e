"""An index left INVALID by a failed `CREATE INDEX CONCURRENTLY` is not done: `plan` (and
`drift`) see it and the plan rebuilds it."""

from __future__ import annotations

import re

import psycopg
import pytest

from applyhelp import V1, Project, at_v1_with_rows, execute, made_plans, project  # noqa: F401  (fixtures)
from schemadiff.servers import connect

WITH_INDEX = V1 + "create unique index t_amount_key on public.t (amount);\n"


def test_an_invalid_index_is_rebuilt_by_the_next_plan(project: Project) -> None:
    at_v1_with_rows(project)
    project.write_schema(WITH_INDEX)
    project.plan("index")
    assert project.apply().code == 0
    assert project.cli("plan").code == 0

    # the index is rebuilt concurrently by hand, over a duplicate: the build fails, the index stays INVALID
    execute(project.url, "drop index public.t_amount_key")
    execute(project.url, "update public.t set amount = 0 where id = 2")
    with connect(project.url) as conn, pytest.raises(psycopg.errors.UniqueViolation):
        conn.execute("create unique index concurrently t_amount_key on public.t (amount)")
    assert execute(
        project.url, "select indisvalid from pg_index where indexrelid = 'public.t_amount_key'::regclass"
    ) == [(False,)]

    drift = project.cli("drift", "--url", project.url.conninfo())
    assert drift.code == 2 and "index public.t_amount_key" in drift.out, drift.text
    execute(project.url, "update public.t set amount = 1 where id = 2")
    rebuild = project.cli("plan", "--out", "-")
    assert rebuild.code == 2, rebuild.text
    # online: the new index is built concurrently under another name, then takes the old one's place
    built = re.search(
        r'CREATE UNIQUE INDEX CONCURRENTLY "(t_amount_key_new_\w+)" ON public.t USING btree \(amount\)', rebuild.out
    )
    assert built, rebuild.out
    assert 'drop index concurrently if exists "public"."t_amount_key"' in rebuild.out
    assert f'alter index "public"."{built.group(1)}" rename to "t_amount_key"' in rebuild.out
    project.plan("rebuild")
    assert project.apply().code == 0
    assert execute(
        project.url, "select indisvalid from pg_index where indexrelid = 'public.t_amount_key'::regclass"
    ) == [(True,)]
    assert project.cli("plan").code == 0
