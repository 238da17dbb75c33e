"""Benchmark for fleets (issue 10): plan and apply --group against the single-target commands.

Usage: python bench/fleet.py [--members 200] [--jobs 4]

Starts a throwaway embedded PostgreSQL 18 and copies the product (schema/, its prelude, the
managed rows and the committed plans of generated/) into a temporary project. A template
database gets the prelude and `schemadiff apply` of generated/ (the product, with history);
--members databases are copied from it. schema/ then gets one change (a column and an index
on public.contacts). Every row is a WHOLE PROCESS (wall time and peak RSS by /usr/bin/time):

  * one plan: `schemadiff plan --url <one member>` (desired-state cache emptied first);
  * `schemadiff plan --group fleet` over all members (cache emptied first): one plan for
    every member, since they are all in one state; the goal is <= 3x one plan;
  * the baseline for apply, a shell loop: `for each member: schemadiff apply --url URL`;
  * `schemadiff apply --group fleet --jobs J` on a fresh copy of the members; the goal is
    >= 4x faster than the loop;
  * `schemadiff drift --group fleet` afterwards (every member in sync).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_scale import BIN, REPO, Row, measure, psql_load  # noqa: E402
from schemadiff.quoting import quote_ident, sql_code  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect  # noqa: E402
from schemadiff.urls import DatabaseUrl  # noqa: E402

CHANGE = """alter table public.contacts add column bench_note text;
create index contacts_bench_note_idx on public.contacts (bench_note);
"""


def project(root: Path, server: DatabaseUrl) -> None:
    shutil.copytree(REPO / "schema", root / "schema")
    shutil.copytree(REPO / "generated", root / "generated")
    data = yaml.safe_load((REPO / "schemadiff.yaml").read_text())["data"]
    config = {
        "dev_url": server.conninfo(),
        "prelude": ["schema/_prelude"],
        "schemas": {"include": ["public"]},
        "data": data,
        "groups": {"fleet": {"members_file": "members.txt"}},
    }
    (root / "schemadiff.yaml").write_text(yaml.safe_dump(config))


def copy_database(server: DatabaseUrl, name: str, template: str) -> DatabaseUrl:
    with connect(server) as conn:
        conn.execute(sql_code(f"drop database if exists {quote_ident(name)} with (force)"))
        conn.execute(
            sql_code(f"create database {quote_ident(name)} template {quote_ident(template)} strategy file_copy")
        )
    return server.with_database(name)


def members(server: DatabaseUrl, count: int) -> list[DatabaseUrl]:
    names = [f"member{i:04d}" for i in range(1, count + 1)]
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(lambda n: copy_database(server, n, "fleet_template"), names))


def run(label: str, command: list[str], cwd: Path, ok: set[int]) -> Row:
    row = Row()
    measure(command, cwd, ok, row)
    print(f"{label:<58} {row.seconds:8.2f}s  peak {row.mb or 0:5.0f} MB", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout
    print(f"commit {commit.strip()}; nproc {os.cpu_count()}; {args.members} members; --jobs {args.jobs}")
    state = Path(tempfile.mkdtemp(prefix="sdfleet"))
    root = Path(tempfile.mkdtemp(prefix="sdfleetproj"))
    cluster = EmbeddedCluster(state)
    schemadiff = str(BIN / "schemadiff")
    try:
        server = cluster.ensure_running()
        project(root, server)
        with connect(server) as conn:
            conn.execute("create database fleet_template")
        template = server.with_database("fleet_template")
        psql_load(template, sorted((root / "schema" / "_prelude").glob("*.sql")))
        subprocess.run([schemadiff, "apply", "--url", template.conninfo()], cwd=root, check=True, capture_output=True)
        (root / "schema" / "90_bench_change.sql").write_text(CHANGE)
        started = time.perf_counter()
        urls = members(server, args.members)
        print(f"{args.members} member databases copied in {time.perf_counter() - started:.1f}s")
        (root / "members.txt").write_text("".join(f"{u.database} {u.conninfo()}\n" for u in urls))

        one = run(
            "plan --url <one member> (cold: schema/ loaded)",
            [schemadiff, "plan", "--url", urls[0].conninfo(), "--out", str(root / "one") + "/", "--cold"],
            root,
            {2},
        )
        group = run(
            f"plan --group fleet ({args.members} members, cold)",
            [schemadiff, "plan", "--group", "fleet", "--cold"],
            root,
            {2},
        )
        plans = sorted((root / "generated").glob("*.sql"))[-1:]
        assert "-- members: member0001" in plans[0].read_text(), "the group plan lists its members"
        loop = "while read name url; do " + schemadiff + ' apply --url "$url" >/dev/null || exit 1; done < members.txt'
        looped = run(f"shell loop: apply --url, one member at a time ({args.members})", ["bash", "-c", loop], root, {0})
        started = time.perf_counter()
        members(server, args.members)  # the same members at the old state again
        print(f"(members copied again in {time.perf_counter() - started:.1f}s)")
        grouped = run(
            f"apply --group fleet --jobs {args.jobs}",
            [schemadiff, "apply", "--group", "fleet", "--jobs", str(args.jobs)],
            root,
            {0},
        )
        drift = run(
            f"drift --group fleet --jobs {args.jobs} (all in sync)",
            [schemadiff, "drift", "--group", "fleet", "--jobs", str(args.jobs)],
            root,
            {0},
        )
        print()
        print(f"plan --group / one plan: {group.seconds / one.seconds:.2f} (goal <= 3)")
        print(f"apply loop / apply --group: {looped.seconds / grouped.seconds:.2f} (goal >= 4)")
        print(
            f"per member: loop {looped.seconds / args.members:.3f}s, --group {grouped.seconds / args.members:.3f}s, "
            f"drift --group {drift.seconds / args.members:.3f}s"
        )
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
