"""``--group`` of ``plan``, ``apply`` and ``drift``: the fleet forms of the three commands.

Exit codes: ``plan`` 2 when plans were written, 1 when a member could not be planned
(unreachable, plans pending, changed meanwhile; the plans of the others are written all
the same), else 0. ``apply`` 1 when any member failed, else 0. ``drift`` 1 when a member
could not be read, else 2 when any member is not in schema/'s state, else 0.
Progress goes to stderr, a line per member (``[done/all] member: status``), when stderr is a
terminal or with ``-v``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from schemadiff.apply_model import ApplyOptions
from schemadiff.config import Settings
from schemadiff.errors import ConfigError
from schemadiff.fleet_config import DEFAULT_JOBS

if TYPE_CHECKING:  # (fleet imports psycopg: not for --help, nor for the commands that need no database)
    from schemadiff.fleet import Progress

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2


def group_options(command: F) -> F:
    command = click.option(
        "--jobs",
        type=click.IntRange(1, 64),
        default=DEFAULT_JOBS,
        show_default=True,
        help="With --group: members worked on at once.",
    )(command)
    return click.option("--group", help="A group of schemadiff.yaml: every member of it (see README, Fleets).")(command)


def _progress(verb: str, verbose: bool) -> Progress | None:
    if not (verbose or sys.stderr.isatty()):
        return None

    def show(done: int, total: int, failures: int, row: object) -> None:
        name = getattr(row, "member", None) or getattr(row, "name", "")
        status = getattr(row, "status", None) or ("read" if getattr(row, "error", None) is None else "unreachable")
        failed = f" ({failures} failed so far)" if failures else ""
        click.echo(f"[{done}/{total}] {verb} {name}: {status.replace('_', ' ')}{failed}", err=True)

    return show


def refuse_target_flags(**given: object) -> None:
    used = [f"--{k.replace('_', '-')}" for k, v in given.items() if v]
    if used:
        raise ConfigError(f"--group plans every member of the group: {', '.join(used)} cannot go with it")


def plan_group_command(
    settings: Settings, group: str, fmt: str, out: str | None, *, jobs: int, full: bool, verbose: bool, **kw: Any
) -> None:
    from schemadiff.fleet_plan import plan_group
    from schemadiff.fleet_render import render_fleet_plan

    if out == "-" or (out and not (out.endswith("/") or Path(out).is_dir())):
        raise ConfigError("--group writes a plan per state: --out must name a directory (ending in /)")
    result = plan_group(settings, group, jobs=jobs, out=out, progress=_progress("read", verbose), **kw)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(render_fleet_plan(result, fmt, full=full))
    sys.exit(EXIT_ERROR if not result.complete else EXIT_CHANGES if result.written else EXIT_OK)


def apply_group_command(
    settings: Settings,
    group: str,
    files: list[Path],
    options: ApplyOptions,
    fmt: str,
    *,
    jobs: int,
    canary: int,
    continue_on_error: bool,
    verbose: bool,
) -> None:
    from schemadiff.fleet_apply import apply_group
    from schemadiff.fleet_render import render_fleet_apply

    result = apply_group(
        settings,
        group,
        files,
        options,
        jobs=jobs,
        canary=canary,
        continue_on_error=continue_on_error,
        progress=_progress("apply", verbose),
    )
    click.echo(render_fleet_apply(result, fmt))
    sys.exit(EXIT_ERROR if result.failed else EXIT_OK)


def drift_group_command(
    settings: Settings, group: str, fmt: str, output: Path | None, *, jobs: int, verbose: bool
) -> None:
    from schemadiff.fleet_drift import UNREACHABLE, drift_group
    from schemadiff.fleet_render import render_fleet_drift

    result = drift_group(settings, group, jobs=jobs, progress=_progress("read", verbose))
    text = render_fleet_drift(result, fmt)
    if output is not None:
        output.write_text(text + "\n")
    click.echo(text)
    sys.exit(EXIT_ERROR if result.with_status(UNREACHABLE) else EXIT_CHANGES if result.drifted else EXIT_OK)
