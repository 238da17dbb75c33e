"""Benchmark: a partitioned table changed (an index, a key, a CHECK; a table attached) under write load.

One run, on a throwaway embedded PostgreSQL 18 (plan_scale.bench_server):

1. A base database gets ``public.events`` (partitioned by list of ``region``, ``--partitions``
   partitions) with ``--rows`` rows (``--change include``: and the unique index
   ``events_region_id_key (region, id)``), then VACUUM ANALYZE; one copy per contender (CREATE
   DATABASE … TEMPLATE).
2. The change: ``include``, the unique index gets ``INCLUDE (payload)`` (dropped and built
   again); ``key``, the table gets ``PRIMARY KEY (region, id)``; ``replace``, its primary key
   ``events_pkey (region, id)`` becomes ``(region, id, created_at)`` under the same name;
   ``attach``, the last region's rows are in a table of their own, ``events_r<P-1>`` (the
   table's columns, a unique index of its own on ``(region, id)``), which is attached to
   ``events`` (whose partitions have the unique index ``events_region_id_key (region, id)``, a
   CHECK on ``payload`` and an index on ``created_at``); ``default``, the last region's rows are in
   the DEFAULT partition ``events_other``, and a partition for a new region (no rows) is created;
   ``check``, the table gets ``CHECK (payload <> '')`` (every row meets it: a full scan);
   ``attach-partitioned``, as ``attach`` but the table attached is partitioned by hash of ``id`` in two.
3. Each contender (this checkout, and ``--baseline REV``'s schemadiff from a git worktree) runs
   `schemadiff plan` (not timed) and `schemadiff apply` (timed, CLI subprocess) on its copy, in a
   project of its own.
4. Meanwhile, from ``--margin`` seconds before the apply to ``--margin`` after, a writer (its own
   autocommit connection) inserts new rows, and (``include``) every tenth write tries to insert a
   duplicate of a loaded row's (region, id): the unique index must refuse it (``attach``: into
   ``events_r<P-1>`` itself, its region's rows only). Reported: apply wall time and
   outcome, writes, duplicates the database accepted, the longest gap between two completed
   writes (the stall), p50/p99/max write latency.
5. After a successful apply, `schemadiff plan` must find nothing to do.

Usage: python bench/online_partitioned.py [--change include|key|replace|attach|attach-partitioned|default|check] [--rows N] [--partitions P] [--rate W]
       [--margin S] [--baseline REV]
Exit 1 when this checkout's apply fails, it lets a duplicate in, or its next plan is not empty.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import psycopg  # noqa: E402

from plan_scale import USER_ENVIRONMENT, baseline_command, bench_server  # noqa: E402
from schemadiff.servers import connect  # noqa: E402
from schemadiff.urls import DatabaseUrl  # noqa: E402

INDEX = "create unique index events_region_id_key on public.events (region, id)"


def schema(partitions: int, change: str, changed: bool) -> str:
    parts = "".join(
        f"create table public.events_r{p} partition of public.events for values in ('r{p}');\n"
        for p in range(partitions)
    )
    table = (
        "create table public.events (\n    id bigint not null,\n    region text not null,\n"
        "    payload text,\n    created_at timestamptz not null default now()\n) partition by list (region);\n"
    )
    if change == "key":
        return table + parts + ("alter table public.events add primary key (region, id);\n" if changed else "")
    if change == "default":
        kept = "".join(line + "\n" for line in parts.splitlines()[:-1])
        default = "create table public.events_other partition of public.events default;\n"
        new = "create table public.events_new partition of public.events for values in ('new');\n"
        return table + kept + default + (new if changed else "")
    if change in ("attach", "attach-partitioned"):
        last = f"events_r{partitions - 1}"
        kept = "".join(line + "\n" for line in parts.splitlines()[:-1])
        hashed = change == "attach-partitioned"  # (the table partitioned by hash of id, in two)
        own = (
            f"create table public.{last} (\n    id bigint not null,\n    region text not null,\n"
            "    payload text,\n    created_at timestamptz not null default now()\n)"
            + (" partition by hash (id);\n" if hashed else ";\n")
            + "".join(
                f"create table public.{last}_h{r} partition of public.{last} for values with (modulus 2, remainder {r});\n"
                for r in (range(2) if hashed else ())
            )
            + f"create unique index {last}_region_id_idx on public.{last} (region, id);\n"
        )
        members = (
            "alter table public.events add constraint events_payload_check check (payload <> '');\n"
            "create index events_created_at_idx on public.events (created_at);\n"
            + (
                f"alter table public.{last} add constraint events_payload_check check (payload <> '');\n"
                if changed
                else ""
            )
        )
        attach = f"alter table public.events attach partition public.{last} for values in ('r{partitions - 1}');\n"
        return (
            table
            + kept
            + INDEX.replace("(region, id)", "(region, id) include (payload)")
            + ";\n"
            + own
            + members
            + (attach if changed else "")
        )
    if change == "check":  # (a CHECK every row meets, the writer's too; validated by a full scan)
        check = "alter table public.events add constraint events_payload_check check (payload <> '');\n"
        return table + parts + (check if changed else "")
    if change == "replace":
        columns = "region, id, created_at" if changed else "region, id"
        return table + parts + f"alter table public.events add constraint events_pkey primary key ({columns});\n"
    return table + parts + INDEX + (" include (payload);\n" if changed else ";\n")


@dataclass(frozen=True)
class WriterJob:
    conninfo: str
    rows: int
    partitions: int
    rate: float  # writes per second; 0 = as fast as possible
    duplicates: bool  # every tenth write tries a duplicate (region, id)
    attach: bool = False  # into the table attached (its region only), not the partitioned one


def writer(job: WriterJob, stop: mp.synchronize.Event, out: mp.Queue) -> None:  # type: ignore[name-defined]
    """Write until ``stop``; send back (sent, done, ok, duplicate) per write: ``ok`` False for an
    error other than the unique index refusing a duplicate, ``duplicate`` True for a duplicate
    the database accepted."""
    rng = random.Random(7)
    records: list[tuple[float, float, bool, bool]] = []
    conn = psycopg.connect(job.conninfo, autocommit=True)
    started, k = time.monotonic(), 0
    while not stop.is_set():
        if job.rate > 0 and (pause := started + k / job.rate - time.monotonic()) > 0:
            time.sleep(pause)
        duplicate = job.duplicates and k % 10 == 9
        row_id = rng.randrange(1, job.rows + 1) if duplicate else job.rows + 1 + k
        region = f"r{job.partitions - 1 if job.attach else row_id % job.partitions}"
        if job.attach and duplicate:
            row_id += job.partitions - 1 - row_id % job.partitions  # (a loaded row of the attached table's region)
            row_id -= job.partitions if row_id > job.rows else 0
        table = f"public.events_r{job.partitions - 1}" if job.attach else "public.events"
        sent, ok, accepted = time.monotonic(), True, False
        try:
            conn.execute(f"insert into {table} (id, region, payload) values (%s, %s, 'w')", (row_id, region))  # type: ignore[arg-type]
            accepted = duplicate
        except psycopg.errors.UniqueViolation:
            ok = duplicate
        except psycopg.Error:
            ok = False
        records.append((sent, time.monotonic(), ok, accepted))
        k += 1
    conn.close()
    out.put(records)


@dataclass(frozen=True)
class Figures:
    name: str
    apply_seconds: float
    outcome: str
    writes: int
    errors: int
    duplicates: int
    longest_gap: float
    p50: float
    p99: float
    max_latency: float


def under_load(name: str, job: WriterJob, margin: float, apply: Callable[[], str]) -> Figures:
    stop, out = mp.Event(), mp.Queue()
    process = mp.Process(target=writer, args=(job, stop, out))
    process.start()
    time.sleep(margin)
    started = time.monotonic()
    outcome = apply()
    seconds = time.monotonic() - started
    time.sleep(margin)
    stop.set()
    records = out.get()
    process.join()
    done = sorted(r[1] for r in records if r[2])
    longest = max((b - a for a, b in zip(done, done[1:])), default=0.0)
    latencies = sorted(r[1] - r[0] for r in records)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Figures(
        name,
        seconds,
        outcome,
        len(records),
        sum(1 for r in records if not r[2]),
        sum(1 for r in records if r[3]),
        longest,
        q[49],
        q[98],
        max(latencies, default=0.0),
    )


def project(root: Path, server: DatabaseUrl, sql: str) -> Path:
    (root / "schema").mkdir(parents=True)
    (root / "schema" / "events.sql").write_text(sql)
    (root / "schemadiff.yaml").write_text(
        f"schema_dir: schema\ndev_url: {server.conninfo()}\nschemas:\n  include: [public]\n"
    )
    return root


def cli(command: list[str], root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *args], cwd=root, capture_output=True, text=True, check=False, env=USER_ENVIRONMENT
    )


def apply_with(command: list[str], root: Path, url: DatabaseUrl) -> str:
    done = cli(command, root, "apply", "--url", url.conninfo(), "--lock-timeout", "30")
    if done.returncode == 0:
        return "applied"
    lines = [line.strip() for line in (done.stderr + done.stdout).splitlines() if line.strip()]
    reasons = [line for line in lines if "could not" in line or "duplicate" in line.lower()]
    return "FAILED: " + (reasons or lines or [f"exit {done.returncode}"])[0]


def prepare(server: DatabaseUrl, rows: int, partitions: int, change: str, copies: list[str]) -> dict[str, DatabaseUrl]:
    with connect(server, autocommit=True) as conn:
        conn.execute("drop database if exists events_base")
        conn.execute("create database events_base")
    base = server.with_database("events_base")
    with connect(base, autocommit=True) as conn:
        for statement in schema(partitions, change, changed=False).split(";\n"):
            if statement.strip():
                conn.execute(statement)  # type: ignore[arg-type]
        kept = (
            partitions - 1 if change.startswith("attach") else partitions
        )  # (the last region's rows: their own table)
        conn.execute(
            "insert into public.events (id, region, payload) select g, 'r' || (g %% %s), md5(g::text)"
            " from generate_series(1, %s) g where g %% %s < %s",
            (partitions, rows, partitions, kept),
        )
        if change.startswith("attach"):
            last = partitions - 1
            conn.execute(
                f"insert into public.events_r{last} (id, region, payload) select g, 'r{last}', md5(g::text)"  # type: ignore[arg-type]
                " from generate_series(1, %s) g where g %% %s = %s",
                (rows, partitions, last),
            )
        conn.execute("vacuum analyze")
    urls = {}
    with connect(server, autocommit=True) as conn:
        for name in copies:
            conn.execute(f"drop database if exists {name}")  # type: ignore[arg-type]
            conn.execute(f"create database {name} template events_base")  # type: ignore[arg-type]
            urls[name] = server.with_database(name)
    return urls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--change",
        choices=("include", "key", "replace", "attach", "attach-partitioned", "default", "check"),
        default="include",
    )
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.0, help="writes per second (0: as fast as it can)")
    parser.add_argument("--margin", type=float, default=1.5)
    parser.add_argument("--baseline", metavar="REV", help="also apply this git revision's plan, on its own copy")
    args = parser.parse_args()
    with bench_server(args.baseline) as (server, baseline), tempfile.TemporaryDirectory(prefix="sdpart") as tmp:
        contenders = [("now", baseline_command(REPO))]
        if baseline:
            contenders.append((f"baseline {baseline[1]}", baseline[0]))
        names = {label: f"events_{i}" for i, (label, _) in enumerate(contenders)}
        urls = prepare(server, args.rows, args.partitions, args.change, list(names.values()))
        results, failed = [], False
        for label, command in contenders:
            url = urls[names[label]]
            root = project(Path(tmp) / names[label], server, schema(args.partitions, args.change, changed=True))
            name = args.change.replace("-", "_")  # (a plan's name: letters, digits, underscores)
            planned = cli(command, root, "plan", "--url", url.conninfo(), "--name", name)
            if planned.returncode != 2:
                sys.exit(f"{label}: plan exited {planned.returncode}: {planned.stderr or planned.stdout}")
            (plan_file,) = (root / "generated").glob(f"*_{name}.sql")
            segments = sum(1 for line in plan_file.read_text().splitlines() if line.startswith("-- segment "))
            attach = args.change.startswith("attach")
            duplicates = args.change == "include" or attach
            job = WriterJob(url.conninfo(), args.rows, args.partitions, args.rate, duplicates, attach)
            result = under_load(label, job, args.margin, lambda: apply_with(command, root, url))
            results.append(result)
            print(f"{label}: {segments} segments; apply {result.outcome}", flush=True)
            if label == "now":
                after = cli(command, root, "plan", "--url", url.conninfo(), "--out", "-")
                failed = result.outcome != "applied" or result.duplicates > 0 or after.returncode != 0
                print(f"{label}: plan after apply exited {after.returncode}", flush=True)
    print(f"\n{args.change}: {args.rows:,} rows in {args.partitions} partitions, writer rate {args.rate or 'max'}\n")
    print("| contender | apply | apply wall | writes | duplicates accepted | longest stall | p50 | p99 | max |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for f in results:
        print(
            f"| {f.name} | {f.outcome} | {f.apply_seconds:.2f} s | {f.writes} | {f.duplicates} |"
            f" {f.longest_gap * 1000:.0f} ms | {f.p50 * 1000:.1f} ms | {f.p99 * 1000:.1f} ms |"
            f" {f.max_latency * 1000:.0f} ms |"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
