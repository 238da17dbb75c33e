"""Benchmark for tenant schemas (issue 10): plan, apply and drift --group over the tenant schemas
of one database.

Usage: python bench/fleet_tenants.py [--tenants 200] [--jobs 4]

Starts a throwaway embedded PostgreSQL 18. One database holds a shared table and --tenants
schemas (tenant_0001, ...) at the old state of the tenant template of tests/tenanthelp.py (two
tables, an enum, RLS and a policy, a row each); schema/ declares the template schema ``tenant``
at the new state (a column, an index, a view, a function, a comment more). Every row is a WHOLE PROCESS (wall time
and peak RSS by /usr/bin/time):

  * `plan --group one` (a group of one tenant, desired-state cache emptied): the cost of one plan;
  * `plan --group tenants` over all of them (cache emptied): one plan, since they share a state;
  * `apply --group tenants --jobs J`; then `drift --group tenants` (all in sync).

There is no single-target baseline for apply: a tenant schema can only be applied through a
group (a loop would be `apply --group` of one-member groups, measured as `apply --group one`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fleet import run  # noqa: E402
from plan_scale import BIN, REPO  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect  # noqa: E402
from tenanthelp import NEW, OLD, ROWS, SHARED, SHARED_ROWS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenants", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout
    print(f"commit {commit.strip()}; nproc {os.cpu_count()}; {args.tenants} tenant schemas; --jobs {args.jobs}")
    state = Path(tempfile.mkdtemp(prefix="sdtenants"))
    root = Path(tempfile.mkdtemp(prefix="sdtenantsproj"))
    cluster = EmbeddedCluster(state)
    schemadiff = str(BIN / "schemadiff")
    try:
        server = cluster.ensure_running()
        with connect(server) as conn:
            conn.execute("create database tenants")
        db = server.with_database("tenants")
        started = time.perf_counter()
        with connect(db) as conn:
            conn.execute((SHARED + SHARED_ROWS).encode())
            for i in range(1, args.tenants + 1):
                conn.execute((OLD + ROWS).format(s=f"tenant_{i:04d}").encode())
        print(f"{args.tenants} tenant schemas made in {time.perf_counter() - started:.1f}s")
        (root / "schema").mkdir()
        (root / "schema" / "tenant.sql").write_text(SHARED + NEW.format(s="tenant"))
        (root / "schemadiff.yaml").write_text(
            f"dev_url: {server.conninfo()}\ntargets:\n  db: {{url: '{db.conninfo()}'}}\ngroups:\n"
            "  tenants: {schemas: {target: db, template: tenant, like: 'tenant\\_%'}}\n"
            "  one: {schemas: {target: db, template: tenant, query: \"select 'tenant_0001'\"}}\n"
        )
        one = run("plan --group one (1 tenant, cold)", [schemadiff, "plan", "--group", "one", "--out",
                  str(root / "one") + "/", "--cold"], root, {2})  # fmt: skip
        group = run(
            f"plan --group tenants ({args.tenants} tenants, cold)",
            [schemadiff, "plan", "--group", "tenants", "--cold"],
            root,
            {2},
        )
        assert len(list((root / "generated").glob("*.sql"))) == 1, "one plan for the tenants in one state"
        applied = run(
            f"apply --group tenants --jobs {args.jobs}",
            [schemadiff, "apply", "--group", "tenants", "--jobs", str(args.jobs)],
            root,
            {0},
        )
        drift = run(
            f"drift --group tenants --jobs {args.jobs} (all in sync)",
            [schemadiff, "drift", "--group", "tenants", "--jobs", str(args.jobs)],
            root,
            {0},
        )
        print()
        print(f"plan --group / one plan: {group.seconds / one.seconds:.2f}")
        print(f"apply per tenant: {applied.seconds / args.tenants * 1000:.0f} ms; drift per tenant: "
              f"{drift.seconds / args.tenants * 1000:.0f} ms")  # fmt: skip
    finally:
        cluster.stop()
        subprocess.run(["rm", "-rf", str(state), str(root)], check=False)


if __name__ == "__main__":
    main()
