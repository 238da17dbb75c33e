"""Make a plan: desired (schema/ in a shadow database) vs current (a target database).

The shadow database is a scratch database on the dev server (``dev_url``, else the
embedded cluster), dropped afterwards also on error; schema/ is loaded, and the shadow
inspected, in the sandbox of :mod:`schemadiff.sandbox` (a role without superuser rights). The target is inspected while the
shadow is being loaded, so the two slow phases overlap.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from schemadiff.catalog import SchemaFilter, declares_foreign_data, has_citus
from schemadiff.config import Settings, Target
from schemadiff.datafiles import managed_tables, read_data
from schemadiff.desired_cache import DesiredCache, desired_cache
from schemadiff.errors import ConfigError, DiffError
from schemadiff.fingerprint import fingerprint, fingerprint_for
from schemadiff.plan import Plan
from schemadiff.plan_build import build_plan
from schemadiff.quoting import sql_code
from schemadiff.rename_hints import hints_from_config, hints_in_files
from schemadiff.renames import Rename, Resolved, resolve
from schemadiff.servers import EmbeddedCluster, connect, ensure_database
from schemadiff.snapshot import Snapshot, same_schema, take_snapshot, with_details
from schemadiff.source import SchemaSource, load_files, read_source, refuse_empty
from schemadiff.tenants import template_plan
from schemadiff.timings import Timings
from schemadiff.unplanned import refuse_unplanned
from schemadiff.urls import DatabaseUrl
from schemadiff.using_hints import column_hints_in_files

# Imported where they are used, not here: a plan that the catalogs settle (nothing to do, schema/
# unchanged since the cached load) needs none of the diff families, the shadow's loader, the
# fixpoint or the online arrangement (about 0.1 s of imports; tests/test_desired_cache.py checks).
if TYPE_CHECKING:
    from schemadiff.changes import Change
    from schemadiff.snapshot import RowScope


@dataclass(frozen=True)
class PlanResult:
    plan: Plan
    current: Snapshot
    desired: Snapshot
    warnings: tuple[str, ...]
    timings: Timings
    target_url: DatabaseUrl
    source: SchemaSource | None = None  # the files read (``plan -v`` lists them)


def schema_filter(settings: Settings, target: Target | None = None) -> SchemaFilter:
    """The managed schemas, and the managed reference tables with the columns that
    schema/data/*.yaml names (read here, so every caller compares the same columns); as
    ``target`` reads them (:func:`member_filter`)."""
    data = managed_tables(settings.data_tables, read_data(settings.schema_dir, settings.root))
    schemas = SchemaFilter(
        include=settings.include_schemas,
        exclude=settings.exclude_schemas,
        data=data,
        default_privileges_for=settings.default_privileges_for,
        owners=settings.owners.manage,
        owner_roles=settings.owners.roles,
    )
    return member_filter(schemas, target)


def member_filter(schemas: SchemaFilter, target: Target | None) -> SchemaFilter:
    """``schemas`` as ``target`` reads them: for a tenant schema (``target.tenant``), that schema
    alone, presented as the template's, without managed rows (those are the database's)."""
    if target is None or target.tenant is None:
        return schemas
    tenant = target.tenant
    return replace(schemas, include=(tenant.schema,), exclude=(), data=(), presented_as=tenant.template)


def dev_server(settings: Settings) -> DatabaseUrl:
    """Where scratch databases are made: ``dev_url`` if configured, else the embedded cluster."""
    if settings.dev_url is not None:
        return settings.dev_url.with_database(settings.dev_url.database)
    return EmbeddedCluster(settings.state_dir).ensure_running()


def target_url(settings: Settings, target: Target, source: SchemaSource) -> DatabaseUrl:
    """The target's URL; an embedded target's database is created (with the prelude) on first use."""
    if target.url is not None:
        return target.url
    cluster = EmbeddedCluster(settings.state_dir)
    server = cluster.ensure_running()

    def load_prelude(new: DatabaseUrl) -> None:
        with connect(new) as conn:
            load_files(conn, source.prelude)

    # under the cluster's lock, and under a scratch name until the prelude is in: commands started
    # together create it once, and none sees it before its prelude is complete
    url, _ = ensure_database(
        server,
        target.database,
        prepare=load_prelude,
        lock=cluster.lock(f"creating the embedded database {target.database!r}"),
    )
    return url


def existing_target_url(settings: Settings, target: Target) -> DatabaseUrl:
    """The target's URL, without creating anything: an embedded target must already exist."""
    if target.url is not None:
        return target.url
    server = EmbeddedCluster(settings.state_dir).ensure_running()
    with connect(server) as conn:
        found = conn.execute("select 1 from pg_database where datname = %s", (target.database,)).fetchone()
    if not found:
        raise ConfigError(f"target {target.name}: the embedded database {target.database!r} does not exist yet")
    return server.with_database(target.database)


def load_desired(
    server: DatabaseUrl,
    source: SchemaSource,
    schemas: SchemaFilter,
    timings: Timings,
    *,
    trusted: bool = False,
    in_memory: bool = True,
) -> Snapshot:
    from schemadiff.shadow_fill import fill_shadow, shadow_of

    with shadow_of(server, source, schemas, trusted=trusted, in_memory=in_memory) as shadow:
        fill_shadow(shadow, source, schemas, timings)
        with timings.phase("inspect desired"):
            return take_snapshot(shadow.url, schemas, name="desired (schema/)")


def rename_hints(settings: Settings, source: SchemaSource) -> list[Rename]:
    """The rename hints of schema/ and of schemadiff.yaml's ``renames:``."""
    where = settings.config_file.name if settings.config_file else "config"
    return hints_in_files(source.files) + hints_from_config(settings.renames, where)


def renamed_back(
    shadow: DatabaseUrl, resolved: Resolved, schemas: SchemaFilter, timings: Timings, *, details: bool = False
) -> Snapshot:
    """The shadow with the plan's renames undone (new names → old), its catalog read again
    (``details``: and its details, with migra's inspector)."""
    with timings.phase("rename back"), connect(shadow) as conn, conn.transaction():
        for statement in resolved.reverse_statements():
            conn.execute(sql_code(statement))
    with timings.phase("inspect renamed back"):
        return take_snapshot(
            shadow, schemas, name="desired (schema/, renamed back)", details=details, split=not details
        )


def make_plan(
    settings: Settings,
    target: Target,
    *,
    name: str | None = None,
    allow_destructive: bool = False,
    allow_empty_schema: bool = False,
    online: bool | None = None,
) -> PlanResult:
    """The plan for ``target``. Once the shadow database is read, it is dropped and the cache
    entry written on threads of their own, beside the diff and the plan's fingerprints; the plan
    is returned when both are done (phases "shadow drop" and "cache desired": the waits for them)."""
    with ThreadPoolExecutor(max_workers=2) as background:
        return _make_plan(settings, target, background, name, allow_destructive, allow_empty_schema, online)


def _make_plan(
    settings: Settings,
    target: Target,
    background: ThreadPoolExecutor,
    name: str | None,
    allow_destructive: bool,
    allow_empty_schema: bool,
    online: bool | None,
) -> PlanResult:
    timings = Timings()
    dropped: Future[None] | None = None
    stored: Future[None] | None = None
    schemas = schema_filter(settings, target)
    with timings.phase("read"):
        source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
        if not allow_empty_schema:
            refuse_empty(source, settings.schema_dir, settings.root)
        hints = rename_hints(settings, source)
        columns = column_hints_in_files(source.files)  # USING hints (and where columns are declared)
    url = target_url(settings, target, source)
    shadow_server = dev_server(settings)
    cache = desired_cache(settings.state_dir, settings.shadow_cache)
    with ThreadPoolExecutor(max_workers=1) as pool:

        def inspect_target() -> Snapshot:  # the catalog first: it may settle the plan alone
            with timings.phase("inspect target"):
                return take_snapshot(url, schemas, name=f"target {target.name}", details=False, split=True)

        def target_details(full: bool, scope: RowScope | None = None) -> Snapshot:
            with timings.phase("inspect target details"):
                return with_details(current_future.result(), url, schemas, inspector=full, scope=scope)

        current_future = pool.submit(inspect_target)
        scoped: list[Change] | None = None  # the light families' plan from rows read scoped (with the shadow, if any)
        with timings.phase("cached desired"):
            key = cache.key(source, schemas, shadow_server, trusted=settings.shadow_trusted) if cache else ""
            cached = cache.load(key) if cache else None
        if cached is not None:
            current = current_future.result()
            resolved = resolve(hints, current, cached)  # (hints that have done their work, kept in schema/: none)
            same = same_schema(current, cached)  # (for the diff and the fingerprints: 17,000 objects at 1,000 tables)
            if resolved.renames:
                cached = None  # renames need the shadow itself, renamed back
            elif not settled(current, cached, resolved, same):
                served = served_by_entry(current, cached, url, schemas, replace(cached, column_hints=columns), timings)
                if served is None:
                    cached = None
                else:
                    current, scoped = served
        if cached is not None:
            desired = base = cached  # (current: its catalog as compared, details or not)
        else:
            from schemadiff.shadow_fill import desired_catalog, shadow_of

            details_future: Future[Snapshot] | None = None
            whole: Future[Snapshot] | None = None
            # the target's fingerprint while the shadow loads (this process waits for the server then):
            # the plan's *from*, and its *to* too when nothing differs
            target_printed = pool.submit(lambda: fingerprint(current_future.result().catalog))
            with ExitStack() as shadow_scope:  # (entered and left in phases of their own, for -v)
                with timings.phase("shadow create"):
                    shadow = shadow_scope.enter_context(
                        shadow_of(
                            shadow_server,
                            source,
                            schemas,
                            trusted=settings.shadow_trusted,
                            in_memory=settings.shadow_in_memory,
                        )
                    )
                shadow_conn = shadow_scope.enter_context(connect(shadow.url))  # (closed before the drop)
                catalog = desired_catalog(shadow, source, schemas, timings, shadow_conn)
                desired = Snapshot("desired (schema/)", catalog.server_version_num, catalog)
                resolved = resolve(hints, current_future.result(), desired)
                same = same_schema(current_future.result(), desired)  # (the details do not change the catalogs)
                # the diff's *to*: the shadow with the plan's renames undone, when it has some (its catalog alone)
                base = renamed_back(shadow.url, resolved, schemas, timings) if resolved.renames else desired
                if not settled(current_future.result(), desired, resolved, same):
                    from schemadiff.diff import light_structure, plan_rows

                    light = light_structure(current_future.result().catalog, base.catalog)
                    # the light families plan it: both sides read only what they use, and the order the
                    # edges of the changes' objects, while the shadow is there (no side's details whole)
                    scope = None if light is None else plan_rows(light, declares_foreign_data(base.catalog))
                    # the target's details beside the desired side's, now that the path is known: not
                    # beside the shadow load, where they competed with it for the CPU, were read for
                    # nothing when nothing differs and with migra's inspector when no family uses it
                    details_future = pool.submit(target_details, light is None, scope)
                    if scope is not None and cache and not resolved.renames:  # (a side renamed back: never cached)
                        # the cache entry's details: the desired side's whole (the diff reads only scope)
                        whole = background.submit(
                            with_details, desired, shadow.url, schemas, inspector=False, split=True
                        )
                    with timings.phase("inspect desired details"):
                        base = with_details(base, shadow.url, schemas, inspector=light is None, scope=scope)
                    if scope is None:
                        desired = desired if resolved.renames else base
                    else:
                        from schemadiff.scoped_diff import scoped_changes

                        current, base = details_future.result(), replace(base, column_hints=columns)
                        with timings.phase("diff"):
                            scoped = scoped_changes(
                                current, base, light, scope, (url, shadow.url), schemas, resolved.forward_changes()
                            )
                if whole is not None and cache:  # (the entry: the desired side's details, read whole beside the diff)
                    fingerprint(desired.catalog)  # (before the entry's thread asks for it)
                    stored = background.submit(stored_when_read, cache, key, whole)
                # (read: dropped beside what follows, once the entry's details are read)
                dropped = background.submit(closed_after, whole, shadow_scope.pop_all())
            if same:
                target_printed.result()
                desired.catalog.share_derived(current_future.result().catalog, equal=True)
            fingerprint(desired.catalog)  # (here: the cache entry holds it, and the plan is its *to*)
            if cache and stored is None:  # (written beside what follows)
                stored = background.submit(cache.store, key, desired)
            current = current_future.result() if details_future is None else details_future.result()
    if scoped is None:
        with timings.phase("diff"):
            changes = planned_changes(current, replace(base, column_hints=columns), resolved, same=same)
    else:
        changes = scoped
    if not same:  # (the same schema: nothing to plan, nothing left behind)
        refuse_unplanned(current.catalog, base.catalog, changes, f"target {target.name} and schema/")
    if any(c.kind == "distribution" for c in changes) and not current.catalog.of_kind("distribution"):
        refuse_without_citus(url, target.name)
    warnings = version_warnings(current, desired) + resolved.notes
    if not same:  # (else no column is new)
        from schemadiff.column_order import column_order_warnings

        warnings += column_order_warnings(current, base)
    if current.has_details and declares_foreign_data(base.catalog):  # (else no secret is declared)
        from schemadiff.diff.foreign_data import secret_option_warnings

        warnings += secret_option_warnings(current, base)  # plans never carry secrets: docs/foreign-data.md
    if settings.shadow_trusted:
        from schemadiff.sandbox import TRUSTED_WARNING

        warnings = (TRUSTED_WARNING, *warnings)
    execution = settings.execution if online is None else replace(settings.execution, online=online)
    plan = build_plan(changes, current, desired, source, target.name, name, execution, same=same, read=base)
    if target.tenant is not None:  # its statements and fingerprints name the template, as every member reads it
        plan = template_plan(
            plan, target.tenant, fingerprint_for(current.catalog, schemas), fingerprint_for(desired.catalog, schemas)
        )
    if allow_destructive:
        plan = plan.approve([s.number for s in plan.destructive_steps])
    if stored is not None:
        with timings.phase("cache desired"):
            stored.result()
    if dropped is not None:
        with timings.phase("shadow drop"):
            dropped.result()
    return PlanResult(plan, current, desired, warnings, timings, url, source)


def served_by_entry(
    current: Snapshot,
    cached: Snapshot,
    url: DatabaseUrl,
    schemas: SchemaFilter,
    hinted: Snapshot,
    timings: Timings,
) -> tuple[Snapshot, list[Change] | None] | None:
    """A plan from a desired-state cache entry (``cached``; ``hinted``: with the USING hints)
    whose catalog does not settle it: the target with its details read now, and the changes when
    the light families plan them (the target's rows of what differs read against the entry's
    whole rows, the order from the target's edges of the changes' objects and the entry's whole
    graph; None: migra's path, planned from the details afterwards). None when the entry cannot
    serve: it holds no details, or none with the inspector that the plan needs (the shadow is
    loaded then)."""
    from schemadiff.diff import light_structure, plan_rows
    from schemadiff.scoped_diff import against_whole, scoped_changes

    light = light_structure(current.catalog, cached.catalog)
    if not cached.has_details or (light is None and not cached.has_inspector):
        return None
    scope = None if light is None else against_whole(plan_rows(light, declares_foreign_data(cached.catalog)))
    with timings.phase("inspect target details"):
        current = with_details(current, url, schemas, inspector=light is None, scope=scope)
    if scope is None:
        return current, None
    with timings.phase("diff"):
        return current, scoped_changes(current, hinted, light, scope, (url, None), schemas)


def stored_when_read(cache: DesiredCache, key: str, read: Future[Snapshot]) -> None:
    """The desired-state cache entry ``key`` written with the snapshot that ``read`` reads."""
    cache.store(key, read.result())


def closed_after(read: Future[Snapshot] | None, shadow_exit: ExitStack) -> None:
    """``shadow_exit`` closed (the shadow dropped) once ``read`` (a read of the shadow, if any) is done."""
    try:
        if read is not None:
            wait([read])
    finally:
        shadow_exit.close()


def refuse_without_citus(url: DatabaseUrl, target: str) -> None:
    """A plan that distributes tables needs Citus on the target already: its extension and its
    nodes are the platform's (never planned: the extension lives outside the managed schemas)."""
    with connect(url) as conn:
        installed = has_citus(conn)
    if not installed:
        raise DiffError(
            f"schema/ distributes tables with Citus, but target {target} has no Citus: create the extension"
            " citus there and add its workers (citus_add_node) first; schemadiff never installs Citus itself"
        )


def planned_changes(current: Snapshot, desired: Snapshot, resolved: Resolved, *, same: bool) -> list[Change]:
    """The diff's changes (renames first). Without renames, two sides that are the same schema
    (``same``: :func:`same_schema`) have none, as :func:`schemadiff.diff.diff` says too, and
    then the diff families are not even imported."""
    if same and not resolved.renames:
        return []
    from schemadiff.diff import diff

    return diff(current, desired, resolved.forward_changes())


def settled(current: Snapshot, desired: Snapshot, resolved: Resolved, same: bool) -> bool:
    """Nothing to plan, known from the catalogs alone (``same``: :func:`schemadiff.snapshot.same_schema`
    of the two): no rename, and no secret option a warning must name (foreign data, whose secret
    options only the details show)."""
    return not resolved.renames and same and not declares_foreign_data(desired.catalog)


def version_warnings(current: Snapshot, desired: Snapshot) -> tuple[str, ...]:
    if current.major == desired.major:
        return ()
    return (
        f"the target runs PostgreSQL {current.major} but schema/ was loaded on PostgreSQL {desired.major}: "
        f"catalog output differs across major versions, so the plan may contain spurious changes; "
        f"set dev_url (or --dev-url) to a PostgreSQL {current.major} server",
    )


def snapshot_of_source(settings: Settings, source_dir: Path, server: DatabaseUrl, timings: Timings) -> Snapshot:
    """Load a schema directory (with the configured prelude) into a scratch database and inspect it."""
    source = read_source(source_dir, settings.prelude_files(), settings.root)
    return load_desired(
        server,
        source,
        schema_filter(settings),
        timings,
        trusted=settings.shadow_trusted,
        in_memory=settings.shadow_in_memory,
    )
