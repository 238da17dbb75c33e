"""Benchmark: a plan widening three integer keys of a table that holds rows, one ALTER TABLE
(schemadiff/retype_merge.py) against one per column (how plans wrote it before), in the same run.

Starts a throwaway embedded PostgreSQL 18 (state in a temporary directory, removed at the end).
The table: ``deals (id integer primary key, company_id integer not null, contact_id integer,
note text)`` with an index on each key column and --rows rows. The plan is made by schemadiff
(diff + online arrangement, as ``plan`` makes it) against a database that declares the three
columns bigint; the baseline is the same plan's statement split back into its subcommands
(``retype_parts``), one statement each. Each is run --runs times, interleaved, in one
transaction on a freshly filled table (the fill is not timed), with a ``table_rewrite`` event
trigger counting the rewrites. Prints the median wall time of each, the ratio, and the rewrites.

Usage: python bench/retype_rewrites.py [--rows 1000000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from schemadiff.catalog import SchemaFilter  # noqa: E402
from schemadiff.diff import diff  # noqa: E402
from schemadiff.online_config import Execution  # noqa: E402
from schemadiff.plan_build import arranged  # noqa: E402
from schemadiff.retype_merge import retype_parts  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect, scratch_database  # noqa: E402
from schemadiff.snapshot import take_snapshot  # noqa: E402
from schemadiff.urls import DatabaseUrl  # noqa: E402

TABLE = """
create table public.deals (id {t} primary key, company_id {t} not null, contact_id {t}, note text);
create index deals_company_id on public.deals (company_id);
create index deals_contact_id on public.deals (contact_id);
"""
SCHEMAS = SchemaFilter(include=("public",), exclude=())


def planned(server: DatabaseUrl) -> list[str]:
    """The plan's statements for integer → bigint of the three keys."""
    with (
        scratch_database(server, label="current") as current_url,
        scratch_database(server, label="desired") as desired_url,
    ):
        for url, kind in ((current_url, "integer"), (desired_url, "bigint")):
            with connect(url) as conn:
                conn.execute(TABLE.format(t=kind))
        current, desired = (
            take_snapshot(current_url, SCHEMAS, name="current"),
            take_snapshot(desired_url, SCHEMAS, name="desired"),
        )
        steps, _ = arranged(diff(current, desired), current, desired, Execution())
    return [step.sql for step in steps]


def run_once(url: DatabaseUrl, statements: list[str], rows: int) -> tuple[float, int]:
    """Fill the table afresh, then time ``statements`` in one transaction; (seconds, rewrites)."""
    with connect(url) as conn:
        conn.execute("drop table if exists public.deals, public.rewrites")
        conn.execute(TABLE.format(t="integer"))
        conn.execute(
            "insert into public.deals select i, i %% 1000, nullif(i %% 7, 0), md5(i::text) from generate_series(1, %s) i",
            (rows,),
        )
        conn.execute("create table public.rewrites (tbl regclass)")
        conn.execute("vacuum analyze public.deals")
        conn.execute("checkpoint")
        started = time.perf_counter()
        with conn.transaction():
            for statement in statements:
                conn.execute(statement)
        seconds = time.perf_counter() - started
        row = conn.execute("select count(*) from public.rewrites").fetchone()
    return seconds, int(row[0]) if row else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    state = Path(tempfile.mkdtemp(prefix="sdbench"))
    cluster = EmbeddedCluster(state)
    try:
        server = cluster.ensure_running()
        merged = planned(server)
        split = [part for statement in merged for part in (retype_parts(statement) or [statement])]
        print(f"plan: {len(merged)} statement(s); before: {len(split)}")
        with scratch_database(server, label="bench") as url:
            with connect(url) as conn:
                conn.execute(
                    "create function public.log_rewrite() returns event_trigger language plpgsql as $$ "
                    "begin insert into public.rewrites values (pg_event_trigger_table_rewrite_oid()); end $$"
                )
                conn.execute("create event trigger log_rewrites on table_rewrite execute function public.log_rewrite()")
            times: dict[str, list[float]] = {"one ALTER TABLE (plan)": [], "one per column (before)": []}
            rewrites: dict[str, int] = {}
            for _ in range(args.runs):  # interleaved
                for label, statements in (("one per column (before)", split), ("one ALTER TABLE (plan)", merged)):
                    seconds, count = run_once(url, statements, args.rows)
                    times[label].append(seconds)
                    rewrites[label] = count
        print(f"{args.rows:,} rows, 2 indexes + primary key, median of {args.runs} runs:")
        for label, found in times.items():
            print(f"  {label:26s} {statistics.median(found):6.2f} s  rewrites: {rewrites[label]}")
        before, after = (statistics.median(times[k]) for k in ("one per column (before)", "one ALTER TABLE (plan)"))
        print(f"  ratio before / plan: {before / after:.2f}x")
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    main()
