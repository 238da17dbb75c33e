"""A column retyped while generated columns read it (``diff/generated_readers.py``), planned
and applied by the commands on a table that holds rows: the values are computed again, the
NOT NULL (under its own name) and the index stay, and the columns keep their order."""

from __future__ import annotations

from applyhelp import V1, Project, at_v1_with_rows, execute, made_plans, project, table_columns  # noqa: F401

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
