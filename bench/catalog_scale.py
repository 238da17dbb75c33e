"""Time inspect_catalog against schemainspect on a database with 1,000 tables.

Usage: python bench/catalog_scale.py [TABLES]

Starts a throwaway embedded PostgreSQL (state in a temporary directory, removed at the
end), creates a database with TABLES tables (default 1000), each with 5 columns, a primary
key, an index, RLS enabled and forced, a policy, a comment and a grant, then prints the
wall time of ``inspect_catalog`` and of schemainspect's ``get_inspector`` (what migra
uses) on the same database, connection included: the first (cold) call and the best of
three, and their ratios.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.servers import EmbeddedCluster, connect, scratch_database

ROLE = """
do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'sdbench_reader') then
        create role sdbench_reader nologin;
    end if;
end
$$;
"""

TABLE = """
create table public.t{i} (
    id bigint generated always as identity primary key,
    name text not null,
    score integer default 0,
    created_at timestamptz not null default now(),
    payload jsonb
);
create index t{i}_name_idx on public.t{i} (name);
alter table public.t{i} enable row level security;
alter table public.t{i} force row level security;
create policy t{i}_read on public.t{i} for select to sdbench_reader using (score >= 0);
comment on table public.t{i} is 'table number {i}';
grant select on public.t{i} to sdbench_reader;
"""


RUNS = 3


def timed(run: Callable[[], int]) -> tuple[list[float], int]:
    """Wall times of RUNS calls (each opening its own connection) and the last result."""
    times, result = [], 0
    for _ in range(RUNS):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return times, result


def main(tables: int) -> None:
    state = Path(tempfile.mkdtemp(prefix="sdbench"))
    cluster = EmbeddedCluster(state)
    try:
        server = cluster.ensure_running()
        with scratch_database(server, label="bench") as url:
            with connect(url) as conn:
                conn.execute(ROLE)
                conn.execute("".join(TABLE.format(i=i) for i in range(tables)))  # type: ignore[arg-type]
                conn.execute("analyze")

            def ours() -> int:
                with connect(url) as conn:
                    return len(inspect_catalog(conn, SchemaFilter()).objects)

            def theirs() -> int:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    from schemainspect import get_inspector
                    from sqlbag import S

                    with S(url.sqlalchemy_url()) as session:
                        return len(get_inspector(session).tables)

            ours_times, objects = timed(ours)
            theirs_times, inspected_tables = timed(theirs)
            print(f"tables: {tables}; catalog objects: {objects}; schemainspect tables: {inspected_tables}")
            print(f"{'':29} {'first':>8} {'best of ' + str(RUNS):>10}")
            print(f"{'inspect_catalog':29} {ours_times[0]:7.3f}s {min(ours_times):9.3f}s")
            print(f"{'schemainspect get_inspector':29} {theirs_times[0]:7.3f}s {min(theirs_times):9.3f}s")
            print(
                f"ratio ours / schemainspect:   {ours_times[0] / theirs_times[0]:7.2f} {min(ours_times) / min(theirs_times):10.2f}"
            )
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
