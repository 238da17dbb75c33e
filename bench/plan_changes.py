"""Benchmark: `schemadiff plan` of a change, cold, at 1,000 and 3,000 tables.

Usage: python bench/plan_changes.py [--scenario rename|column|retype|enum|expression|partition|partition_index|chain] [--warm]
       [--tables 1000 3000] [--runs 3] [--baseline REV]

The project and the target are bench/plan_scale.py's (N product-shaped tables, N/10 views,
loaded into `target` with `psql -f`). Then schema/ changes:

  * rename (default): table t7 renamed to t7_renamed and its column payload to data, each with a
    `-- schemadiff:renamed-from` hint (t8's foreign key, t7's index, policy and comment follow
    the new name);
  * column: a column `note text` added to table t5 (a plain change: the details of both sides
    are read whole, the desired side's for the desired-state cache);
  * retype: the column created_at of table t10, which view v1 reads, retyped to timestamptz(3)
    (the view dropped and created again around it);
  * enum: an enum that a table `tickets` uses (added to the project before the target is loaded)
    loses its label 'stale' (the enum replaced: renamed, created again, the column recast);
  * expression: the expression index of a table `contacts` (added to the project before the
    target is loaded) changes from lower(email) to lower(trim(email)) (built again online);
  * partition: a table `events` partitioned by range, its key an identity column (added to the
    project before the target is loaded), gets its next partition;
  * chain: a view `order_lines` that a materialized view (with a unique index) and, through it, a
    view read (added to the project before the target is loaded) loses a column: the three are
    dropped and created again.

Each row is a WHOLE PROCESS, median wall time and peak RSS of --runs runs of
`schemadiff -v plan --out -` (exit 2: changes found), the desired-state cache emptied before
each run but with --warm (a plan with hints does not use it anyway), so every run loads the
shadow. The phases
(-v) of our last run are printed.

--warm: the desired-state cache is filled by one plan of each version first (not timed) and
kept: every run finds schema/ unchanged since the last plan, loads no shadow, and plans the
target's difference against the entry (the rename scenario loads the shadow anyway).

--baseline REV: the same command of REV (a `git worktree` in a temporary directory, run from
its src/ with this venv's libraries), in the same run, interleaved run by run.

At the end, for each size, our plan is written, applied to the target, and `plan` must then
find nothing to do (exit 0): the measured plan is a real one.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from plan_scale import (
    BIN,
    REPO,
    Row,
    bench_server,
    measure,
    phase_seconds,
    psql_load,
    recreate,
    write_project,
)
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

RENAMED = "t7"  # (its file is the first; t8 references it, no view reads it)


def add_column_in_schema(files: list[Path]) -> None:
    """schema/ with a column ``note text`` added to table t5."""
    path = next(p for p in files if "create table public.t5 (" in p.read_text())
    path.write_text(
        path.read_text().replace("create table public.t5 (\n", "create table public.t5 (\n    note text,\n")
    )


def rename_in_schema(files: list[Path]) -> None:
    """schema/ with table t7 renamed to t7_renamed and its column payload to data, hinted."""
    path = next(p for p in files if f"create table public.{RENAMED} (" in p.read_text())
    text = re.sub(rf"public\.{RENAMED}\b", f"public.{RENAMED}_renamed", path.read_text())
    head = f"create table public.{RENAMED}_renamed ("
    start = text.index(head)
    end = text.index(");", start)
    table = text[start:end].replace("    payload jsonb", "    -- schemadiff:renamed-from payload\n    data jsonb")
    path.write_text(text[:start] + f"-- schemadiff:renamed-from {RENAMED}\n" + table + text[end:])


def retype_under_view_in_schema(files: list[Path]) -> None:
    """schema/ with the column created_at of table t10, which view v1 reads, retyped to timestamptz(3)."""
    path = next(p for p in files if "create table public.t10 (" in p.read_text())
    text = path.read_text()
    start = text.index("create table public.t10 (")
    end = text.index(");", start)
    table = text[start:end].replace("created_at timestamptz not null", "created_at timestamptz(3) not null")
    path.write_text(text[:start] + table + text[end:])


STAGES = """
create type public.ticket_stage as enum ('new', 'open', 'stale', 'closed');
create table public.tickets (
    id bigint generated always as identity primary key,
    company_id bigint not null,
    stage public.ticket_stage not null default 'new'
);
"""


def with_schema_file(name: str, text: str) -> Callable[[list[Path]], list[Path]]:
    """What adds schema/<name> holding ``text`` to the project, before the target is loaded."""

    def added(files: list[Path]) -> list[Path]:
        path = files[-1].parent / name
        path.write_text(text)
        return [*files, path]

    return added


def replaced_in(name: str, old: str, new: str) -> Callable[[list[Path]], None]:
    """What changes schema/<name>: ``old`` replaced by ``new``."""

    def change(files: list[Path]) -> None:
        path = next(p for p in files if p.name == name)
        path.write_text(path.read_text().replace(old, new))

    return change


CONTACTS = """
create table public.contacts (
    id bigint generated always as identity primary key,
    company_id bigint not null,
    email text not null
);
create index contacts_company_email on public.contacts (company_id, lower(email));
"""


EVENTS = """
create table public.events (
    id bigint generated always as identity,
    happened_on date not null,
    payload jsonb,
    primary key (id, happened_on)
) partition by range (happened_on);
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
"""
NEXT_PARTITION = (
    "create table public.events_2026 partition of public.events for values from ('2026-01-01') to ('2027-01-01');\n"
)


# (the partition scenario's table with an index on its parent: each partition holds an attached copy)
EVENTS_INDEX = "create index events_happened_on_idx on public.events (happened_on);\n"
# (the parent's index dropped, the partition keeping its copy as an index of its own)
EVENTS_OWN_INDEX = "create index events_2025_happened_on_idx on public.events_2025 (happened_on);\n"


ORDERS = """
create table public.orders (
    id bigint generated always as identity primary key,
    customer text not null,
    total numeric(12, 2) not null,
    note text
);
create view public.order_lines as select id, customer, total, note from public.orders;
create materialized view public.customer_totals as
    select customer, sum(total) as spent from public.order_lines group by customer;
create unique index customer_totals_customer on public.customer_totals (customer);
create view public.big_customers as select customer from public.customer_totals where spent > 1000;
"""


SCENARIOS = {
    "rename": ("a renamed table and column", rename_in_schema),
    "column": ("a column added", add_column_in_schema),
    "retype": ("a column retyped under a view", retype_under_view_in_schema),
    # the enum replaced; the index built again online
    "enum": ("an enum label removed", replaced_in("stages.sql", "'stale', ", "")),
    "expression": ("an index expression changed", replaced_in("contacts.sql", "lower(email)", "lower(trim(email))")),
    # (a table partitioned by range whose key is an identity column gets its next partition)
    "partition": ("a partition added", replaced_in("events.sql", EVENTS, EVENTS + NEXT_PARTITION)),
    # (a partitioned table's index dropped, its partition keeping its copy: created again on its own)
    "partition_index": (
        "a partitioned index dropped",
        replaced_in("events.sql", EVENTS + EVENTS_INDEX, EVENTS + EVENTS_OWN_INDEX),
    ),
    # (a view that a materialized view and a view read loses a column: the three created again)
    "chain": ("a view under two others changed", replaced_in("orders.sql", "total, note from", "total from")),
}
# (scenario -> what the project holds besides plan_scale's schema, added before the target is loaded)
PREPARED = {
    "enum": with_schema_file("stages.sql", STAGES),
    "expression": with_schema_file("contacts.sql", CONTACTS),
    "partition": with_schema_file("events.sql", EVENTS),
    "chain": with_schema_file("orders.sql", ORDERS),
    "partition_index": with_schema_file("events.sql", EVENTS + EVENTS_INDEX),
}


def run_size(
    server: DatabaseUrl, tables: int, runs: int, baseline: tuple[list[str], str] | None, scenario: str, warm: bool
) -> None:
    what, change = SCENARIOS[scenario]
    project = Path(tempfile.mkdtemp(prefix=f"sdchange{tables}_"))
    try:
        files = PREPARED.get(scenario, lambda found: found)(write_project(project, tables))
        target = recreate(server, "target")
        psql_load(target, files)
        with connect(target) as conn:
            conn.execute("analyze")
        change(files)
        plan = ["-v", "plan", "--url", target.raw, "--dev-url", server.raw, *([] if warm else ["--cold"])]
        versions = [("now", [str(BIN / "schemadiff")])]
        if baseline:
            versions.append((f"baseline {baseline[1]}", baseline[0]))
        rows = {label: Row() for label, _ in versions}
        if warm:  # each version's entry (the key holds the tool's code), not timed
            for _, command in versions:
                measure([*command, *plan, "--out", "-"], project, {2}, Row())
        for _ in range(runs):  # interleaved: a slow moment of the machine falls on both
            for label, command in versions:
                measure([*command, *plan, "--out", "-"], project, {2}, rows[label])
        how = "schema/ unchanged since the last plan" if warm else "cold"
        print(f"\n== {tables} tables + {tables // 10} views: plan of {what}, {how} (median of {runs})")
        for label, row in rows.items():
            print(f"  {label:<24} {row.seconds:7.2f}s {row.mb or 0:7.0f} MB")
            phases = next((ln for ln in row.last_stderr.splitlines() if ln.startswith("timings:")), "")
            print(f"    phases (last run): {phases.removeprefix('timings: ')}")
            shown = phase_seconds(phases)
            if "load" in shown:  # (none with --warm)
                print(f"    wall - shadow load: {row.times[-1] - shown['load']:.2f}s (last run)")
        if baseline:
            now, before = rows["now"].seconds, rows[f"baseline {baseline[1]}"].seconds
            print(f"  now / baseline {now / before:.2f} ({before - now:+.2f}s)")
        # (timestamptz(3) rounds, a label goes: DATA_LOSS)
        check_applies(project, target, server, approve=scenario in ("retype", "enum"))
    finally:
        shutil.rmtree(project, ignore_errors=True)


def check_applies(project: Path, target: DatabaseUrl, server: DatabaseUrl, approve: bool = False) -> None:
    """Our plan written, applied, and nothing left to do (exits 2, 0, 0). ``approve``: its steps
    that may lose data approved (``--allow-destructive``, as a reviewer would)."""
    schemadiff = str(BIN / "schemadiff")
    approved = ["--allow-destructive"] if approve else []
    for args, expected in (
        (["plan", "--url", target.raw, "--dev-url", server.raw, "--name", "renamed", *approved], 2),
        (["apply", "--url", target.raw], 0),
        (["plan", "--url", target.raw, "--dev-url", server.raw, "--out", "-"], 0),
    ):
        done = subprocess.run([schemadiff, *args], cwd=project, capture_output=True, text=True, check=False)
        if done.returncode != expected:
            raise SystemExit(
                f"FAILED: schemadiff {' '.join(args[:1])} exit {done.returncode}\n{done.stdout}{done.stderr}"
            )
    print("  checked: our plan applied, and plan then found nothing left to do")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="rename")
    parser.add_argument("--tables", type=int, nargs="+", default=[1000, 3000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warm", action="store_true", help="plan with the desired-state cache filled")
    parser.add_argument("--baseline", metavar="REV", help="also measure this git revision's plan")
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout
    print(f"commit {commit.strip()}")
    with bench_server(args.baseline) as (server, baseline):
        for tables in args.tables:
            run_size(server, tables, args.runs, baseline, args.scenario, args.warm)


if __name__ == "__main__":
    main()
