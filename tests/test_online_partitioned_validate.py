"""A CHECK and a foreign key added to a partitioned table that holds rows, applied online for
real: each is added ``NOT VALID`` in the main transaction and validated in a transaction of its
own, which scans every partition (a sub-partitioned one's too) under SHARE UPDATE EXCLUSIVE, so
writes go on; the main transaction scans nothing. (A foreign key ``NOT VALID`` on a partitioned
table needs PostgreSQL 18, the embedded server.)"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from applyhelp import Project, execute, made_plans, project, run_saying  # noqa: F401  (fixtures)
from schemadiff.plan_file import read_plan
from schemadiff.servers import connect

READINGS = """create table public.sites (
    id bigint primary key
);
create table public.readings (
    id bigint not null,
    site_id bigint,
    region text not null,
    taken_on date not null,
    value numeric
) partition by range (taken_on);
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 partition of public.readings
    for values from ('2026-01-01') to ('2027-01-01') partition by list (region);
create table public.readings_2026_eu partition of public.readings_2026 for values in ('eu');
"""
CONSTRAINED = (
    READINGS
    + "alter table public.readings add constraint readings_value_check check (value >= 0);\n"
    + "alter table public.readings add constraint readings_site_id_fkey\n"
    + "    foreign key (site_id) references public.sites (id);\n"
)
ROWS = (
    "insert into public.sites values (1), (2);"
    " insert into public.readings select g, 1 + g % 2, 'eu', date '2025-06-01' + g % 300, g"
    " from generate_series(1, 400) g"
)
PARTITIONS = ("readings", "readings_2025", "readings_2026", "readings_2026_eu")


def _planned(project: Project) -> Path:
    project.write_schema(READINGS)
    project.plan("v1")
    assert project.apply().code == 0
    execute(project.url, ROWS)
    project.write_schema(CONSTRAINED)
    return project.plan("v2")


def test_a_partitioned_tables_constraints_are_validated_after_the_main_transaction(project: Project) -> None:
    plan = read_plan(_planned(project))
    validations = [s.number for s in plan.steps if " validate constraint " in s.sql]
    assert len(validations) == 2, [s.sql for s in plan.steps]
    for segment in plan.execution:
        if set(segment.steps) & set(validations):
            assert segment.purpose == "validate" and len(segment.steps) == 1, segment
    (main,) = (s for s in plan.execution if s.purpose == "main")
    said = run_saying(project, plan)
    scans = ("verifying table", "validating foreign key")
    assert not [m for n in main.steps for m in said.get(n, []) if m.startswith(scans)], said
    scanned = [m for n in validations for m in said.get(n, [])]
    assert any(m == 'verifying table "readings_2026_eu"' for m in scanned), scanned
    assert any(m.startswith("validating foreign key") for m in scanned), scanned
    valid = execute(
        project.url,
        "select bool_and(convalidated), count(*) from pg_constraint"
        " where conname in ('readings_value_check', 'readings_site_id_fkey')",
    )
    assert valid == [(True, 8)]  # (the parent's two and each partition's copies)


def test_a_partitioned_tables_validation_takes_no_lock_that_stops_writes(project: Project) -> None:
    """Each validation's transaction, held open after its statement: the locks it took on the
    partitioned table and its partitions (SHARE UPDATE EXCLUSIVE, which INSERT, UPDATE and DELETE
    do not wait for) and on the referenced table (ROW SHARE)."""
    plan = read_plan(_planned(project))
    held: dict[str, set[str]] = {}
    with connect(project.url) as conn:
        for segment in plan.execution:
            with conn.transaction() if segment.transactional else nullcontext():
                for number in segment.steps:
                    conn.execute(plan.steps[number - 1].sql)  # type: ignore[arg-type]
                if segment.purpose == "validate":
                    rows = conn.execute(
                        "select relation::regclass::text, mode from pg_locks"
                        " where pid = pg_backend_pid() and locktype = 'relation'"
                        " and relation::regclass::text not like 'pg\\_%'"
                    ).fetchall()
                    for relation, mode in rows:
                        held.setdefault(relation, set()).add(mode)
    write_blocking = {"ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"}
    assert set(PARTITIONS) <= held.keys(), held
    assert all(not (modes & write_blocking) for modes in held.values()), held
    assert "ShareUpdateExclusiveLock" in held["readings_2026_eu"], held
    assert held["sites"] <= {"AccessShareLock", "RowShareLock"}, held
