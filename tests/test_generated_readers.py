"""A column retyped while generated columns read it (``diff/generated_readers.py``), planned
and applied by the commands on a table that holds rows: the values are computed again, the
NOT NULL (under its own name) and the index stay, and the columns keep their order. Before
PostgreSQL 17 (15 and 16) the generated columns are dropped and added again, last, and their
index and constraints are created again."""

from __future__ import annotations

import pytest

from applyhelp import (  # noqa: F401  (fixtures)
    V1,
    Project,
    at_v1_with_rows,
    execute,
    made_plans,
    project,
    table_columns,
    write_config,
)
from schemadiff.servers import scratch_database

WITH_GENERATED = (
    V1.replace(
        "    note text\n",
        "    note text,\n"
        "    doubled bigint generated always as (amount * 2) stored,\n"
        "    positive boolean constraint t_positive_known not null generated always as (amount >= 0) stored\n",
    )
    + "create index t_doubled on public.t (doubled);\n"
)


def test_a_retyped_column_under_generated_columns_keeps_them_in_place_with_their_values(project: Project) -> None:
    at_v1_with_rows(project)
    project.write_schema(WITH_GENERATED)
    project.plan("generated")
    assert project.apply().code == 0

    retyped = WITH_GENERATED.replace("    amount integer not null,\n", "    amount numeric(12, 2) not null,\n")
    project.write_schema(retyped)
    plan = project.plan("retype", "--allow-destructive").read_text()
    set_aside = plan.index('alter column "doubled" set expression as (null::bigint)')
    assert set_aside < plan.index('alter column "amount" set data type numeric(12,2)')
    assert plan.index('alter column "amount" set data type') < plan.index(
        'alter column "doubled" set expression as ((amount'
    )
    assert project.apply().code == 0, "the server took the plan"

    assert execute(project.url, "select amount, doubled, positive from public.t order by id") == [
        (n, 2 * n, True) for n in range(5)
    ]
    assert table_columns(project.url) == ["id", "amount", "note", "doubled", "positive"]
    not_null = "select conname from pg_constraint where conrelid = 'public.t'::regclass and contype = 'n' order by 1"
    # (PostgreSQL 18: the NOT NULL of the generated column is a constraint with its name again)
    assert execute(project.url, not_null) == [("t_amount_not_null",), ("t_id_not_null",), ("t_positive_known",)]
    assert execute(project.url, "select indexname from pg_indexes where tablename = 't' and indexname = 't_doubled'")
    assert project.cli("plan").code == 0, "nothing left to do"


# a check and a unique key on the generated columns (DROP COLUMN takes them along, before 17)
WITH_CONSTRAINTS = (
    WITH_GENERATED
    + "alter table public.t add constraint t_doubled_even check (doubled % 2 = 0);\n"
    + "alter table public.t add constraint t_doubled_positive unique (doubled, positive);\n"
)


@pytest.mark.parametrize("major", [15, 16])
def test_before_17_the_generated_columns_come_back_last_with_their_index_and_constraints(
    tmp_path, monkeypatch, capsys, request, major: int
) -> None:
    server = request.getfixturevalue(f"pg{major}_server")
    write_config(tmp_path, server)
    monkeypatch.chdir(tmp_path)
    with scratch_database(server, label="generated") as url:
        project = Project(tmp_path, server, url, capsys, {})
        project.write_schema(WITH_CONSTRAINTS)
        project.plan("generated")
        assert project.apply().code == 0
        execute(
            url, "insert into public.t (id, amount, note) select g, g - 1, 'note ' || g from generate_series(1, 5) g"
        )

        retyped = WITH_CONSTRAINTS.replace("    amount integer not null,\n", "    amount numeric(12, 2) not null,\n")
        project.write_schema(retyped)
        plan = project.plan("retype", "--allow-destructive").read_text()
        assert plan.index('drop column "doubled"') < plan.index('alter column "amount" set data type numeric(12,2)')
        for created in (
            "CREATE INDEX CONCURRENTLY t_doubled ",
            'add constraint "t_doubled_even" CHECK',
            "CREATE UNIQUE INDEX CONCURRENTLY t_doubled_positive ",
            'add constraint "t_doubled_positive" UNIQUE using index "t_doubled_positive"',
        ):
            assert plan.index('add column "doubled"') < plan.index(created), plan
        applied = project.apply()
        assert applied.code == 0, applied.text  # (the catalog reached: the index is there again)

        assert execute(url, "select amount, doubled, positive from public.t order by id") == [
            (n, 2 * n, True) for n in range(5)
        ]
        assert table_columns(url) == ["id", "amount", "note", "doubled", "positive"]  # (they were last already)
        assert execute(url, "select indexdef from pg_indexes where indexname = 't_doubled'") == [
            ("CREATE INDEX t_doubled ON public.t USING btree (doubled)",)
        ]
        constraints = "select conname, contype from pg_constraint where conrelid = 'public.t'::regclass order by 1"
        assert execute(url, constraints) == [("t_doubled_even", "c"), ("t_doubled_positive", "u"), ("t_pkey", "p")]
        assert project.cli("plan").code == 0, "nothing left to do"
