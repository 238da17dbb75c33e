"""Benchmark for issue 12: what a cold `plan` does after its shadow load, against one
`pg_dump --schema-only` of the same freshly loaded database.

Usage: python bench/after_load.py [--tables 3000] [--runs 4]

Starts a throwaway embedded PostgreSQL 18 (state in a temporary directory, removed at the
end), writes bench/plan_scale.py's product-shaped project of --tables tables and loads it with
`psql -f` into a database `loaded`. Each measurement then runs on a fresh copy of it (CREATE
DATABASE … TEMPLATE loaded: no backend has read its catalog yet, as after a plan's load), and
each row is the median of --runs runs:

  * `pg_dump --schema-only` of the copy (a whole process: the reference reader of a catalog);
  * schemadiff's catalog alone (`catalog.inspect_catalog`) on one new connection, and the same
    read again on that connection (its caches of every table filled: the cost of the queries
    themselves);
  * the fixpoint with the catalog read beside it (`fixpoint_read.fixpoint_and_catalog`): the
    phase of a cold plan between its load and its diff.

The ratios printed: each row over pg_dump's. Issue 12 asks for a cold plan with nothing to do
within the shadow load + 0.5 s; this shows how much of that the one read of the desired
catalog, which every plan needs, takes by itself.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from plan_scale import PG_BIN, psql_load, recreate, write_project
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.fixpoint_read import fixpoint_and_catalog
from schemadiff.servers import EmbeddedCluster, connect
from schemadiff.urls import DatabaseUrl

SCHEMAS = SchemaFilter(include=("public",))


def pg_dump(url: DatabaseUrl) -> dict[str, float]:
    started = time.perf_counter()
    subprocess.run(
        [str(PG_BIN / "pg_dump"), "--schema-only", "-d", url.conninfo()], check=True, stdout=subprocess.DEVNULL
    )
    return {"pg_dump --schema-only": time.perf_counter() - started}


def catalog_twice(url: DatabaseUrl) -> dict[str, float]:
    started = time.perf_counter()
    with connect(url) as conn:
        inspect_catalog(conn, SCHEMAS)
        first = time.perf_counter()
        inspect_catalog(conn, SCHEMAS)
        again = time.perf_counter()
    return {"catalog, new connection": first - started, "catalog again, same connection": again - first}


def fixpoint_with_catalog(url: DatabaseUrl) -> dict[str, float]:
    started = time.perf_counter()
    with connect(url) as conn:
        fixpoint_and_catalog(conn, url, SCHEMAS)
    return {"fixpoint + catalog beside (plan's phase)": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=4)
    args = parser.parse_args()
    state, project = Path(tempfile.mkdtemp(prefix="sdbench")), Path(tempfile.mkdtemp(prefix="sdafter"))
    cluster = EmbeddedCluster(state)
    try:
        server = cluster.ensure_running()
        load = psql_load(recreate(server, "loaded"), write_project(project, args.tables))
        print(f"{args.tables} tables + {args.tables // 10} views loaded with psql -f in {load:.2f} s")
        measures: list[Callable[[DatabaseUrl], dict[str, float]]] = [pg_dump, catalog_twice, fixpoint_with_catalog]
        times: dict[str, list[float]] = {}
        for _ in range(args.runs):  # round after round: the machine's drift reaches every row
            for measure in measures:
                for name, seconds in measure(recreate(server, "copy", template="loaded")).items():
                    times.setdefault(name, []).append(seconds)
        reference = statistics.median(times["pg_dump --schema-only"])
        print(f"| what (median of {args.runs}, fresh copy each) | seconds | / pg_dump | runs |")
        print("| --- | --- | --- | --- |")
        for name, runs in times.items():
            median = statistics.median(runs)
            print(f"| {name} | {median:.3f} | {median / reference:.2f} | {' '.join(f'{t:.3f}' for t in runs)} |")
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)
        shutil.rmtree(project, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
