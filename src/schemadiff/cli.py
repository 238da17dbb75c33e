"""Command line: parse, call the layer below, print, choose the exit code. No logic.

Exit codes (like ``terraform plan -detailed-exitcode``): 0 nothing to do, 2 changes found
(a plan was written / a diff printed), 1 error. Usage errors are errors (1), so that 2
always means "changes".
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from schemadiff import __version__
from schemadiff.config import Settings, load_settings
from schemadiff.errors import SchemadiffError
from schemadiff.plan import render_plan_file, write_plan
from schemadiff.planner import Timings, dev_server, make_plan, snapshot_of_source
from schemadiff.render import RENDERERS
from schemadiff.servers import EmbeddedCluster
from schemadiff.urls import DatabaseUrl, redact

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2


class Context:
    def __init__(self, config: Path | None, verbose: bool) -> None:
        self.config = config
        self.verbose = verbose

    def settings(self, **overrides: object) -> Settings:
        return load_settings(self.config, **overrides)  # type: ignore[arg-type]


def _echo_err(message: str) -> None:
    click.echo(message, err=True)


def _print_timings(ctx: Context, timings: Timings) -> None:
    if ctx.verbose:
        shown = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in timings.phases.items())
        _echo_err(f"timings: {shown}")


@click.group()
@click.version_option(__version__, prog_name="schemadiff")
@click.option("--config", "config", type=click.Path(path_type=Path), help="Config file (default: schemadiff.yaml found upwards).")
@click.option("-v", "--verbose", is_flag=True, help="Print phase timings and details to stderr.")
@click.pass_context
def cli(click_ctx: click.Context, config: Path | None, verbose: bool) -> None:
    """Declarative schema diffing for PostgreSQL."""
    click_ctx.obj = Context(config, verbose)


@cli.command()
@click.option("--target", "target_name", help="Target name from schemadiff.yaml (default: default_target).")
@click.option("--url", help="Target database URL (overrides the target's url).")
@click.option("--dev-url", help="Server for shadow databases (default: the embedded cluster).")
@click.option("--schema-dir", type=click.Path(path_type=Path), help="Directory of the desired schema.")
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True)
@click.option("--out", help="Write the plan here instead of generated/; '-' prints the SQL to stdout.")
@click.option("--name", help="Slug for the plan file name (default: derived from the changes).")
@click.pass_obj
def plan(ctx: Context, target_name: str | None, url: str | None, dev_url: str | None, schema_dir: Path | None,
         fmt: str, out: str | None, name: str | None) -> None:
    """Plan the migration from a target database to schema/ (exit 0: none needed, 2: plan written)."""
    settings = ctx.settings(target_name=target_name, url=url, dev_url=dev_url, schema_dir=schema_dir)
    target = settings.target(target_name)
    result = make_plan(settings, target, name=name)
    _print_timings(ctx, result.timings)
    for warning in result.warnings:
        _echo_err(f"warning: {warning}")
    plan_ = result.plan
    if plan_.empty:
        if out != "-":
            click.echo(RENDERERS[fmt](plan_, target=target.name, written_to=None))
        sys.exit(EXIT_OK)
    if out == "-":
        click.echo(render_plan_file(plan_), nl=False)
        sys.exit(EXIT_CHANGES)
    path = write_plan(plan_, Path(out) if out else settings.generated_dir)
    shown = _relative(path, settings.root)
    click.echo(RENDERERS[fmt](plan_, target=target.name, written_to=shown))
    sys.exit(EXIT_CHANGES)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


@cli.command("diff")
@click.option("--from", "from_", required=True, help="A database URL or a schema directory.")
@click.option("--to", "to", required=True, help="A database URL or a schema directory.")
@click.option("--dev-url", help="Server where schema directories are loaded (default: the embedded cluster).")
@click.pass_obj
def diff_command(ctx: Context, from_: str, to: str, dev_url: str | None) -> None:
    """Print the SQL that turns FROM into TO (exit 0: identical, 2: differences)."""
    from schemadiff.diff import diff
    from schemadiff.planner import schema_filter
    from schemadiff.snapshot import take_snapshot

    settings = ctx.settings(dev_url=dev_url)
    timings = Timings()

    def snapshot(spec: str, side: str):  # type: ignore[no-untyped-def]
        if Path(spec).is_dir():
            return snapshot_of_source(settings, Path(spec).resolve(), dev_server(settings), timings)
        return take_snapshot(DatabaseUrl(spec, origin=f"--{side}"), schema_filter(settings), name=side)

    current, desired = snapshot(from_, "from"), snapshot(to, "to")
    changes = diff(current, desired)
    _print_timings(ctx, timings)
    for change in changes:
        click.echo(f"{change.sql};\n")
    sys.exit(EXIT_CHANGES if changes else EXIT_OK)


@cli.group()
def server() -> None:
    """The embedded PostgreSQL cluster (data under .schemadiff/)."""


@server.command("status")
@click.pass_obj
def server_status(ctx: Context) -> None:
    """Say whether the embedded cluster runs, and where."""
    status = EmbeddedCluster(ctx.settings().state_dir).status()
    if status.running:
        click.echo(f"running (pid {status.pid}), data in {status.data_dir}\nurl: {status.url}")
    else:
        click.echo(f"not running, data in {status.data_dir}")


@server.command("start")
@click.pass_obj
def server_start(ctx: Context) -> None:
    """Start the embedded cluster (it also starts on first use)."""
    url = EmbeddedCluster(ctx.settings().state_dir).ensure_running()
    click.echo(f"running: {url}")


@server.command("stop")
@click.pass_obj
def server_stop(ctx: Context) -> None:
    """Stop the embedded cluster."""
    stopped = EmbeddedCluster(ctx.settings().state_dir).stop()
    click.echo("stopped" if stopped else "was not running")


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="schemadiff", standalone_mode=False)
    except SchemadiffError as exc:
        _echo_err(f"error: {redact(str(exc))}")
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        _echo_err("aborted")
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: say so, but never leak a password
        _echo_err(f"internal error: {type(exc).__name__}: {redact(str(exc))}")
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_OK)
