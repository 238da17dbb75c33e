"""Command line: parse, call the layer below, print, choose the exit code. No logic.

Exit codes (like ``terraform plan -detailed-exitcode``): 0 nothing to do, 2 changes found
(a plan was written / a diff printed), 1 error. Usage errors are errors (1), so that 2
always means "changes". Ctrl-C exits 130.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from schemadiff import __version__
from schemadiff.cli_fleet import apply_group_command, drift_group_command, group_options, refuse_target_flags
from schemadiff.cli_no_plan import approve, dump, grants, seal, server
from schemadiff.config import Settings, load_settings
from schemadiff.errors import SchemadiffError
from schemadiff.json_output import JsonRequest, document, dumps, failure_document
from schemadiff.plan import render_plan_file
from schemadiff.plan_file import write_plan
from schemadiff.render import RENDERERS
from schemadiff.urls import DatabaseUrl, redact

if TYPE_CHECKING:  # (source imports psycopg: not for --help)
    from schemadiff.source import SchemaSource

EXIT_OK, EXIT_ERROR, EXIT_CHANGES = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report a process ended by SIGINT


class Context:
    def __init__(self, config: Path | None, verbose: bool, json_request: JsonRequest | None = None) -> None:
        self.config = config
        self.verbose = verbose
        self.json = json_request or JsonRequest()  # main() prints the JSON error document from it

    def settings(self, **overrides: Any) -> Settings:  # load_settings's keywords
        return load_settings(self.config, **overrides)


def _echo_err(message: str) -> None:
    click.echo(message, err=True)


def _ms(seconds: float | None) -> int | None:
    return None if seconds is None else int(seconds * 1000)


def _note_format(click_ctx: click.Context, _param: click.Parameter, fmt: str) -> str:
    """``--format json``: record the command, so that main() prints a JSON document if it fails."""
    ctx = click_ctx.find_object(Context)
    if fmt == "json" and ctx is not None:
        ctx.json.command = click_ctx.info_name
    return fmt


def _format_option(choices: list[str]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A command's ``--format``, noted for main()'s JSON error document (:func:`_note_format`)."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default="text", show_default=True, callback=_note_format
    )


def _print_timings(ctx: Context, timings: object) -> None:
    if ctx.verbose:
        phases: dict[str, float] = getattr(timings, "phases", {})
        shown = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in phases.items())
        _echo_err(f"timings: {shown}")


@click.group()
@click.version_option(__version__, prog_name="schemadiff")
@click.option(
    "--config", "config", type=click.Path(path_type=Path), help="Config file (default: schemadiff.yaml found upwards)."
)
@click.option("-v", "--verbose", is_flag=True, help="Print phase timings and details to stderr.")
@click.pass_context
def cli(click_ctx: click.Context, config: Path | None, verbose: bool) -> None:
    """Declarative schema diffing for PostgreSQL."""
    click_ctx.obj = Context(config, verbose, click_ctx.obj if isinstance(click_ctx.obj, JsonRequest) else None)


@cli.command()
@click.option("--target", "target_name", help="Target name from schemadiff.yaml (default: default_target).")
@click.option("--url", help="Target database URL (overrides the target's url).")
@click.option("--dev-url", help="Server for shadow databases (default: the embedded cluster).")
@click.option("--schema-dir", type=click.Path(path_type=Path), help="Directory of the desired schema.")
@_format_option(sorted(RENDERERS))
@click.option(
    "--out",
    help="Plan file to create (never overwritten), or a directory if it exists or ends with '/' "
    "(default: generated/); '-' prints the plan to stdout.",
)
@click.option("--name", help="Slug for the plan file name (default: derived from the changes).")
@click.option(
    "--allow-destructive", is_flag=True, help="Mark every destructive statement as approved in the plan header."
)
@click.option(
    "--full",
    is_flag=True,
    help="List every statement (a big plan is summarised; Markdown stays under GitHub's comment limit).",
)
@click.option(
    "--ignore-pending", is_flag=True, help="Plan even though plans of generated/ are not applied to the target yet."
)
@click.option(
    "--allow-empty-schema", is_flag=True, help="Plan from a schema/ without statements (drops every managed object)."
)
@click.option(
    "--online",
    type=bool,
    default=None,
    help="Online-safe plan for tables that exist (default: online.enabled, true); --online=false: plain DDL in one transaction.",
)
@group_options
@click.pass_obj
def plan(
    ctx: Context,
    target_name: str | None,
    url: str | None,
    dev_url: str | None,
    schema_dir: Path | None,
    fmt: str,
    out: str | None,
    name: str | None,
    allow_destructive: bool,
    ignore_pending: bool,
    allow_empty_schema: bool,
    online: bool | None,
    full: bool,
    group: str | None,
    jobs: int,
) -> None:
    """Plan the migration from a target database to schema/ (exit 0: none needed, 2: plan written)."""
    from schemadiff.planner import make_plan  # migra and SQLAlchemy load only when needed

    if group:
        from schemadiff.cli_fleet import plan_group_command

        refuse_target_flags(target=target_name, url=url)
        ctx.json.command = "fleet-plan" if fmt == "json" else None
        settings = ctx.settings(dev_url=dev_url, schema_dir=schema_dir)
        options = dict(allow_destructive=allow_destructive, allow_empty_schema=allow_empty_schema, online=online)
        plan_group_command(
            settings,
            group,
            fmt,
            out,
            jobs=jobs,
            full=full,
            verbose=ctx.verbose,
            name=name,
            ignore_pending=ignore_pending,
            **options,
        )
    settings = ctx.settings(target_name=target_name, url=url, dev_url=dev_url, schema_dir=schema_dir)
    target = settings.target(target_name)
    ctx.json.known = lambda: {"target": target.name}
    result = make_plan(
        settings,
        target,
        name=name,
        allow_destructive=allow_destructive,
        allow_empty_schema=allow_empty_schema,
        online=online,
    )
    ctx.json.known = lambda: {"target": target.name, "warnings": result.warnings}
    if not ignore_pending:
        from schemadiff.pending import refuse_pending

        refuse_pending(settings, result.target_url, target.name, result.plan.from_fingerprint)
    _print_timings(ctx, result.timings)
    _print_files(ctx, result.source)
    for warning in result.warnings:
        _echo_err(f"warning: {warning}")
    plan_ = result.plan
    warnings = result.warnings if fmt == "json" else ()  # text and Markdown: on stderr only
    if plan_.empty:
        if out != "-":
            click.echo(
                RENDERERS[fmt](
                    plan_, target=target.name, written_to=None, full=_full(ctx, fmt, full), warnings=warnings
                )
            )
        sys.exit(EXIT_OK)
    if out == "-":
        click.echo(render_plan_file(plan_), nl=False)
        sys.exit(EXIT_CHANGES)
    plan_, path = write_plan(plan_, out, settings.generated_dir)
    shown = settings.shown(path)
    click.echo(
        RENDERERS[fmt](plan_, target=target.name, written_to=shown, full=_full(ctx, fmt, full), warnings=warnings)
    )
    sys.exit(EXIT_CHANGES)


def _print_files(ctx: Context, source: SchemaSource | None) -> None:
    """With -v: the files read, in load order, and those under schema/ that were not."""
    if not ctx.verbose or source is None:
        return
    for kind, names in (
        ("prelude", [f.display for f in source.prelude]),
        ("schema", [f.display for f in source.files]),
        ("data", [f.display for f in source.data]),
    ):
        for display in names:
            _echo_err(f"loaded ({kind}): {display}")
    for display, why in source.skipped:
        _echo_err(f"not read: {display}: {why}")


def _full(ctx: Context, fmt: str, full: bool) -> bool:
    """--full lists everything; so does -v, in the terminal (Markdown keeps its limit)."""
    return full or (ctx.verbose and fmt == "text")


@cli.command("diff")
@click.option("--from", "from_", required=True, help="A database URL or a schema directory.")
@click.option("--to", "to", required=True, help="A database URL or a schema directory.")
@click.option("--dev-url", help="Server where schema directories are loaded (default: the embedded cluster).")
@click.pass_obj
def diff_command(ctx: Context, from_: str, to: str, dev_url: str | None) -> None:
    """Print the SQL that turns FROM into TO (exit 0: identical, 2: differences)."""
    from concurrent.futures import ThreadPoolExecutor

    from schemadiff.changes import Change
    from schemadiff.diff import light_rows, light_structure
    from schemadiff.planner import Timings, dev_server, schema_filter, snapshot_of_source
    from schemadiff.retype_merge import merge_retypes
    from schemadiff.sandbox import TRUSTED_WARNING
    from schemadiff.scoped_diff import against_whole, scoped_changes
    from schemadiff.snapshot import RowScope, Snapshot, same_schema, take_snapshot, with_details
    from schemadiff.unplanned import refuse_unplanned

    settings = ctx.settings(dev_url=dev_url, require_schema_dir=False)  # two databases need no project
    if settings.shadow_trusted and (Path(from_).is_dir() or Path(to).is_dir()):
        _echo_err(f"warning: {TRUSTED_WARNING}")
    timings = Timings()

    schemas = schema_filter(settings)
    urls = {
        side: None if Path(spec).is_dir() else DatabaseUrl(spec, origin=f"--{side}")
        for side, spec in (("from", from_), ("to", to))
    }

    def snapshot(spec: str, side: str) -> Snapshot:
        url = urls[side]
        if url is None:
            return snapshot_of_source(settings, Path(spec).resolve(), dev_server(settings), timings)
        return take_snapshot(url, schemas, name=side, details=False)  # the catalogs may settle it

    def detailed(found: Snapshot, side: str, scope: RowScope | None) -> Snapshot:
        url = urls[side]
        return found if url is None else with_details(found, url, schemas, inspector=scope is None, scope=scope)

    changes: list[Change] = []
    with ThreadPoolExecutor(max_workers=2) as readers:  # both sides read at the same time
        sides = readers.submit(snapshot, from_, "from"), readers.submit(snapshot, to, "to")
        current, desired = sides[0].result(), sides[1].result()  # (--from's error first)
        if not same_schema(current, desired):
            # what the light families plan needs no inspector, and only the rows of what differs
            light = light_structure(current.catalog, desired.catalog)
            scope = None if light is None else light_rows(light)
            if scope is not None and None in urls.values():  # (a schema directory's side: read whole)
                scope = against_whole(scope)
            sides = readers.submit(detailed, current, "from", scope), readers.submit(detailed, desired, "to", scope)
            current, desired = sides[0].result(), sides[1].result()
            changes = scoped_changes(current, desired, light, scope, (urls["from"], urls["to"]), schemas)
            refuse_unplanned(current.catalog, desired.catalog, changes, "--from and --to")
            # a table's neighbouring type changes in one statement, as plans write them
            changes = merge_retypes(changes)
    _print_timings(ctx, timings)
    for change in changes:
        click.echo(f"{change.sql};\n")
    sys.exit(EXIT_CHANGES if changes else EXIT_OK)


@cli.command()
@click.argument("plan_files", nargs=-1, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--target", "target_name", help="Target name from schemadiff.yaml (default: default_target).")
@click.option("--url", help="Target database URL (overrides the target's url).")
@click.option("--dev-url", help="Server for scratch databases (--dry-run, drift explanations).")
@click.option(
    "--dry-run", is_flag=True, help="Apply to a scratch copy of the target's schema; the target is untouched."
)
@_format_option(["text", "json"])
@click.option(
    "--lock-timeout",
    type=float,
    help="Seconds a statement may wait for a lock (default: each segment's, from the plan).",
)
@click.option(
    "--statement-timeout",
    type=float,
    help="Seconds a statement may run, except index builds and validations (default: the plan's).",
)
@click.option(
    "--long-statement-timeout", type=float, help="Seconds an index build or a validation may run (default: the plan's)."
)
@click.option("--retries", type=int, default=3, show_default=True, help="Retries of a segment after a lock timeout.")
@click.option(
    "--lock-wait", type=float, default=60.0, show_default=True, help="Seconds to wait for another apply to finish."
)
@click.option("--full", is_flag=True, help="A line per step also for big plans (else progress lines; -v too).")
@group_options
@click.option("--canary", type=click.IntRange(0), default=0, help="With --group: apply to the first N members first.")
@click.option("--continue-on-error", is_flag=True, help="With --group: go on with the others after a member fails.")
@click.pass_obj
def apply(
    ctx: Context,
    plan_files: tuple[Path, ...],
    target_name: str | None,
    url: str | None,
    dev_url: str | None,
    dry_run: bool,
    fmt: str,
    lock_timeout: float | None,
    statement_timeout: float | None,
    long_statement_timeout: float | None,
    retries: int,
    lock_wait: float,
    full: bool,
    group: str | None,
    jobs: int,
    canary: int,
    continue_on_error: bool,
) -> None:
    """Apply reviewed plans (default: the pending plans of generated/). Exit 0: applied or already applied."""
    from schemadiff.apply_model import ApplyOptions, Event
    from schemadiff.deploy import deploy
    from schemadiff.progress import ApplyProgress

    options = ApplyOptions(
        _ms(lock_timeout), _ms(statement_timeout), _ms(long_statement_timeout), retries, lock_wait_s=lock_wait
    )
    if group:
        refuse_target_flags(target=target_name, url=url, dry_run=dry_run)
        ctx.json.command = "fleet-apply" if fmt == "json" else None
        settings = ctx.settings(dev_url=dev_url)
        apply_group_command(
            settings,
            group,
            list(plan_files),
            options,
            fmt,
            jobs=jobs,
            canary=canary,
            continue_on_error=continue_on_error,
            verbose=ctx.verbose,
        )
    settings = ctx.settings(target_name=target_name, url=url, dev_url=dev_url)
    target = settings.target(target_name)
    events: list[Event] = []
    progress = ApplyProgress(click.echo, full=full or ctx.verbose)  # big plans: progress lines, not a line per step

    def report(event: Event) -> None:
        events.append(event)
        if fmt == "text":
            progress(event)

    def as_json(e: Event) -> dict[str, object]:
        return {"plan_id": e.plan_id, "kind": e.kind, "step": e.step, "message": e.message, "seconds": e.seconds}

    ctx.json.known = lambda: {"dry_run": dry_run, "target": target.name, "events": [as_json(e) for e in events]}
    result = deploy(settings, target, list(plan_files), options, report, dry_run=dry_run)
    words = {
        "applied": "applied and verified",
        "already_applied": "already applied (recorded in history)",
        "recorded_existing": "already in its target state: recorded in history, nothing ran",
    }
    where = f"a scratch copy of {target.name}'s schema" if dry_run else target.name
    if fmt == "json":
        click.echo(
            dumps(
                document(
                    "apply",
                    {
                        "dry_run": dry_run,
                        "target": target.name,
                        "plans": [
                            {"plan_id": o.plan_id, "status": o.status, "seconds": round(o.seconds, 3)}
                            for o in result.outcomes
                        ],
                        "events": [as_json(e) for e in events],
                    },
                )
            )
        )
    else:
        if not result.outcomes:
            click.echo(f"nothing to apply on {where}: no pending plans")
        for o in result.outcomes:
            click.echo(f"{o.plan_id}: {words[o.status]} on {where} in {o.seconds:.2f}s")
    sys.exit(EXIT_OK)


@cli.command()
@click.option("--target", "target_name", help="Target name from schemadiff.yaml (default: default_target).")
@click.option("--url", help="Target database URL (overrides the target's url).")
@click.option("--dev-url", help="Server for the shadow database (default: the embedded cluster).")
@_format_option(["text", "markdown", "json"])
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write the report to this file too.")
@click.option("--full", is_flag=True, help="Markdown: every item, even past GitHub's comment limit.")
@group_options
@click.pass_obj
def drift(
    ctx: Context,
    target_name: str | None,
    url: str | None,
    dev_url: str | None,
    fmt: str,
    output: Path | None,
    full: bool,
    group: str | None,
    jobs: int,
) -> None:
    """Tell whether a live database drifted from schema/ (exit 0: no drift, 2: drift). Read-only."""
    from schemadiff.drift import detect_drift
    from schemadiff.render_reports import render_drift

    if group:
        refuse_target_flags(target=target_name, url=url)
        ctx.json.command = "fleet-drift" if fmt == "json" else None
        drift_group_command(ctx.settings(dev_url=dev_url), group, fmt, output, jobs=jobs, verbose=ctx.verbose)
    settings = ctx.settings(target_name=target_name, url=url, dev_url=dev_url)
    target = settings.target(target_name)
    ctx.json.known = lambda: {"target": target.name}
    report = detect_drift(settings, target)
    text = render_drift(report, fmt, full=full)
    if output is not None:
        output.write_text(text + "\n")
    if report.drifted or ctx.verbose or fmt == "json":
        click.echo(text)
    sys.exit(EXIT_CHANGES if report.drifted else EXIT_OK)


@cli.command()
@click.option("--dev-url", help="Server for scratch databases (default: the embedded cluster).")
@_format_option(["text", "markdown", "json"])
@click.option("--full", is_flag=True, help="Markdown: every finding, even past GitHub's comment limit.")
@click.pass_obj
def check(ctx: Context, dev_url: str | None, fmt: str, full: bool) -> None:
    """CI gate: schema/ loads, generated/ leads to it, security lints pass (0 clean, 2 findings)."""
    from schemadiff.check import run_check
    from schemadiff.render_reports import render_check
    from schemadiff.sandbox import TRUSTED_WARNING

    settings = ctx.settings(dev_url=dev_url)
    warnings = (TRUSTED_WARNING,) if settings.shadow_trusted else ()
    for warning in warnings:
        _echo_err(f"warning: {warning}")
    ctx.json.known = lambda: {"warnings": warnings}
    report = run_check(settings)
    click.echo(render_check(report, fmt, full=full, warnings=warnings))
    sys.exit(EXIT_CHANGES if report.findings else EXIT_OK)


for command in (seal, approve, server, grants, dump):
    cli.add_command(command)


# A command builds hundreds of thousands of objects that live until it exits (two catalogs,
# schemainspect's inspectors, render rows); at Python's default of 700 allocations the cyclic
# collector scans them again and again: 1.0 s of a 3,000-table diff (bench/RESULTS.md).
_GC_YOUNG_THRESHOLD = 50_000


def main(argv: list[str] | None = None) -> None:
    gc.set_threshold(_GC_YOUNG_THRESHOLD)
    request = JsonRequest()  # filled by --format json (see _note_format)
    try:
        cli.main(args=argv, prog_name="schemadiff", standalone_mode=False, obj=request)
    except SchemadiffError as exc:
        _fail(request, exc, f"error: {redact(str(exc))}", exc.exit_code)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            _fail(request, exc, "interrupted", EXIT_INTERRUPTED)
        _fail(request, exc, "aborted", EXIT_ERROR)
    except click.ClickException as exc:
        exc.show()
        _fail(request, exc, None, EXIT_ERROR)
    except KeyboardInterrupt as exc:
        _fail(request, exc, "interrupted", EXIT_INTERRUPTED)
    except Exception as exc:  # a bug: say so, but never leak a password
        _fail(request, exc, f"internal error: {type(exc).__name__}: {redact(str(exc))}", EXIT_ERROR)
    sys.exit(EXIT_OK)


def _fail(request: JsonRequest, exc: BaseException, shown: str | None, exit_code: int) -> NoReturn:
    """Every error path: the message on stderr, and for a command run with --format json its
    one JSON document on stdout too (with the error), then the exit code."""
    if shown is not None:
        _echo_err(shown)
    if request.command is not None:
        click.echo(dumps(failure_document(request, exc, exit_code)))
    sys.exit(exit_code)
