"""Benchmark for tenant schemas (issue 10): plan, apply and drift --group over the tenant schemas
of one database.

Usage: python bench/fleet_tenants.py [--tenants 200] [--jobs 4]

Starts a throwaway embedded PostgreSQL 18. One database holds a shared table and --tenants
schemas (tenant_0001, ...) at the old state of a small tenant template (two tables, an enum,
RLS and a policy, a row each); schema/ declares the template schema ``tenant`` at the new state
(a column, an index, a view, a function, a comment more). Every row is a WHOLE PROCESS (wall time
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
from plan_scale import BIN, REPO, Row, measure  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect  # noqa: E402

SHARED = "create table public.plans (id bigint primary key, name text not null);\n"
OLD = """
create schema {s};
create type {s}.mood as enum ('ok', 'meh');
create table {s}.accounts (id bigint primary key, name text not null, plan_id bigint references public.plans (id));
create table {s}.notes (id bigint primary key, account_id bigint not null references {s}.accounts (id), body text,
    mood {s}.mood);
alter table {s}.notes enable row level security;
create policy by_account on {s}.notes using (account_id = current_setting('app.account')::bigint);
"""
NEW = (
    OLD
    + """
alter table {s}.notes add column pinned boolean not null default false;
create index notes_account_id on {s}.notes (account_id);
create view {s}.pinned_notes as select n.id, n.body from {s}.notes n where n.pinned;
create function {s}.note_count() returns bigint language sql stable return (select count(*) from {s}.notes);
comment on table {s}.notes is 'Notes of one tenant';
"""
)
ROWS = "insert into {s}.accounts values (1, 'a', 1); insert into {s}.notes values (1, 1, 'x', 'ok');\n"


def run(label: str, command: list[str], cwd: Path, ok: set[int]) -> Row:
    row = Row()
    measure(command, cwd, ok, row)
    print(f"{label:<58} {row.seconds:8.2f}s  peak {row.mb or 0:5.0f} MB", flush=True)
    return row


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
            conn.execute(SHARED.encode())
            conn.execute(b"insert into public.plans values (1, 'free')")
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
