"""The commands that make no plan: ``seal`` and ``approve`` a plan file, the embedded
cluster's ``server status|start|stop``, ``grants`` (what drift's read-only role needs) and
``dump`` (a live database as schema/ files). Registered on the command group by ``cli.py``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from schemadiff.cli import Context


@click.command()
@click.argument("plan_file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def seal(plan_file: Path) -> None:
    """Accept a reviewed edit of a plan file: recompute its checksums (and rewrite an older
    format in the current one). Approvals of edited statements are dropped."""
    from schemadiff.plan_file import seal_plan
    from schemadiff.rating import static_hazards

    result = seal_plan(plan_file, static_hazards)
    for step in result.changed:
        click.echo(f"step {step.number} (line {step.line}) changed: {step.description}")
    for number in result.dropped_approvals:
        click.echo(f"step {number}: its approval named another statement and was dropped; approve it again")
    click.echo(f"sealed {plan_file} ({len(result.changed)} edited statement(s))")


@click.command()
@click.argument("plan_file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--step", "steps", type=int, multiple=True, help="A step to approve (repeatable).")
@click.option("--all-destructive", is_flag=True, help="Approve every step the plan marks DATA_LOSS.")
def approve(plan_file: Path, steps: tuple[int, ...], all_destructive: bool) -> None:
    """Approve destructive steps of a reviewed plan: each approval names its step's statement
    hash and is covered by the plan's checksum (so it shows in the plan file's diff)."""
    from schemadiff.plan_file import approve_plan

    if bool(steps) == all_destructive:
        raise click.UsageError("give --step N (repeatable) or --all-destructive")
    plan = approve_plan(plan_file, None if all_destructive else steps)
    for approval in plan.approvals:
        step = plan.steps[approval.step - 1]
        click.echo(f"approved step {step.number} ({approval.sql_hash}): {step.description}")
    if not plan.approvals:
        click.echo("nothing to approve: the plan marks no step DATA_LOSS")


@click.group()
def server() -> None:
    """The embedded PostgreSQL cluster (data under .schemadiff/)."""


@server.command("status")
@click.pass_obj
def server_status(ctx: Context) -> None:
    """Say whether the embedded cluster runs, and where."""
    from schemadiff.servers import EmbeddedCluster  # (psycopg: not imported for --help)

    status = EmbeddedCluster(ctx.settings(require_schema_dir=False).state_dir).status()
    if status.running:
        click.echo(f"running (pid {status.pid}), data in {status.data_dir}\nurl: {status.url}")
    elif status.problem:  # a stale postmaster.pid: what is wrong and what to do
        click.echo(f"not running, data in {status.data_dir}\n{status.problem}")
    else:
        click.echo(f"not running, data in {status.data_dir}")


@server.command("start")
@click.pass_obj
def server_start(ctx: Context) -> None:
    """Start the embedded cluster (it also starts on first use)."""
    from schemadiff.servers import EmbeddedCluster

    url = EmbeddedCluster(ctx.settings(require_schema_dir=False).state_dir).ensure_running()
    click.echo(f"running: {url}")


@server.command("stop")
@click.pass_obj
def server_stop(ctx: Context) -> None:
    """Stop the embedded cluster."""
    from schemadiff.servers import EmbeddedCluster

    cluster = EmbeddedCluster(ctx.settings(require_schema_dir=False).state_dir)
    if cluster.stop():
        click.echo("stopped")
    else:
        problem = cluster.status().problem
        click.echo(f"was not running ({problem})" if problem else "was not running")


@click.command()
@click.option("--role", required=True, help="The read-only role drift connects as.")
@click.option("--target", "target_name", help="Target name from schemadiff.yaml (default: default_target).")
@click.pass_obj
def grants(ctx: Context, role: str, target_name: str | None) -> None:
    """Print the SQL that lets a read-only role run `schemadiff drift` on a target."""
    from schemadiff.access import grants_for
    from schemadiff.planner import schema_filter

    settings = ctx.settings()
    target = settings.targets.get(target_name or settings.default_target)
    database = (target.url.database if target.url is not None else target.database) if target else None
    tables = [(t.schema, t.name) for t in schema_filter(settings).data]
    click.echo(grants_for(role, database or None, tables), nl=False)
    sys.exit(0)


@click.command()
@click.option("--target", "target_name", help="Target name from schemadiff.yaml (default: default_target).")
@click.option("--url", help="Database URL (overrides the target's url).")
@click.option("--out", required=True, type=click.Path(path_type=Path, file_okay=False), help="Directory to write.")
@click.option("--overwrite", is_flag=True, help="Replace the *.sql files already in --out (never _prelude/).")
@click.pass_obj
def dump(ctx: Context, target_name: str | None, url: str | None, out: Path, overwrite: bool) -> None:
    """Write the managed part of a live database as canonical schema/ files (for adoption)."""
    from schemadiff.dump import dump_database, write_dump
    from schemadiff.planner import existing_target_url, schema_filter

    settings = ctx.settings(target_name=target_name, url=url, require_schema_dir=False)  # --out is created
    target = settings.target(target_name)
    files = dump_database(existing_target_url(settings, target), schema_filter(settings))
    written = write_dump(files, out, overwrite=overwrite)
    for path in written:
        click.echo(settings.shown(path))
    click.echo(f"wrote {len(written)} files to {out}", err=True)
    sys.exit(0)
