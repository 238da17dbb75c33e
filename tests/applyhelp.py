"""Helpers for the `schemadiff apply` tests: a small project in tmp_path whose plans are made
and applied through the CLI, hand edits of plan files (as a reviewer makes them), and probes
of the target (rows, columns, history, fingerprint) on connections of their own."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from clihelp import Run, run_cli
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.cli import main
from schemadiff.fingerprint import fingerprint
from schemadiff.plan import Plan
from schemadiff.servers import connect, scratch_database
from schemadiff.urls import DatabaseUrl

MANAGED = SchemaFilter(include=("public",), exclude=("schemadiff",))
REPO_SRC = Path(__file__).resolve().parent.parent / "src"

V1 = "create table public.t (\n    id integer primary key,\n    amount integer not null,\n    note text\n);\n"
V2_ADD_COLUMN = V1.replace("    note text\n", "    note text,\n    extra integer\n")


# --- the project ------------------------------------------------------------------------


@dataclass
class Project:
    """A schemadiff project in ``root`` whose target is ``url`` (given with --url)."""

    root: Path
    server: DatabaseUrl
    url: DatabaseUrl
    capsys: pytest.CaptureFixture[str]
    made: dict[str, tuple[str, str, str]]

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    def write_schema(self, sql: str) -> None:
        (self.root / "schema" / "01_tables.sql").write_text(sql)

    def cli(self, *args: str) -> Run:
        """Run a command in-process, with --url for plan/apply."""
        extra = ("--url", self.url.conninfo()) if args and args[0] in ("plan", "apply") else ()
        return run_cli(self.capsys, *args, *extra)

    def plan(self, name: str, *flags: str) -> Path:
        """Make a plan (must find changes) and return its file."""
        result = self.cli("plan", "--name", name, *flags)
        assert result.code == 2, result.text
        (path,) = self.generated.glob(f"*_{name}.sql")
        return path

    def take_plan(self, name: str) -> Path:
        """The session's plan ``name`` (see made_plans), with schema/ at its state."""
        sql, file_name, text = self.made[name]
        self.write_schema(sql)
        self.generated.mkdir(exist_ok=True)
        path = self.generated / file_name
        path.write_text(text)
        return path

    def apply(self, *args: str) -> Run:
        return self.cli("apply", *args)

    def spawn_apply(self, *args: str) -> subprocess.Popen[str]:
        """`schemadiff apply` in a separate process, like a user (or a CI job) would run it."""
        env = {**os.environ, "PYTHONPATH": str(REPO_SRC)}
        return subprocess.Popen(
            [sys.executable, "-m", "schemadiff", "apply", "--url", self.url.conninfo(), *args],
            cwd=self.root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def write_config(root: Path, server: DatabaseUrl) -> None:
    (root / "schema" / "_prelude").mkdir(parents=True)
    (root / "schemadiff.yaml").write_text(
        f"schema_dir: schema\nprelude: [schema/_prelude]\ndev_url: {server.conninfo()}\nschemas:\n  include: [public]\n"
    )


def _exit_code(*args: str) -> int:
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    return int(exited.value.code or 0)


@pytest.fixture(scope="session")
def made_plans(pg_server: DatabaseUrl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str]]:
    """The plans to v1 and to v2 (add column extra), made once per session by `schemadiff plan`
    against a real database in each state: name -> (schema SQL, file name, plan text).

    A plan names its states by fingerprints, which are the same on every database, so each
    test's project can take these instead of planning them again (a plan takes a second)."""
    root = tmp_path_factory.mktemp("plans")
    write_config(root, pg_server)
    config = str(root / "schemadiff.yaml")
    made: dict[str, tuple[str, str, str]] = {}
    with scratch_database(pg_server, label="plans") as url:
        for name, sql in (("v1", V1), ("v2", V2_ADD_COLUMN)):
            (root / "schema" / "01_tables.sql").write_text(sql)
            assert _exit_code("--config", config, "plan", "--url", url.conninfo(), "--name", name) == 2
            assert _exit_code("--config", config, "apply", "--url", url.conninfo()) == 0
            (path,) = (root / "generated").glob(f"*_{name}.sql")
            made[name] = (sql, path.name, path.read_text())
    return made


@pytest.fixture
def project(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pg_server: DatabaseUrl,
    empty_db: DatabaseUrl,
    made_plans: dict[str, tuple[str, str, str]],
) -> Project:
    """A project in tmp_path (the working directory) whose target is a new empty database."""
    write_config(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    return Project(tmp_path, pg_server, empty_db, capsys, made_plans)


def at_v1_with_rows(project: Project, rows: int = 5) -> Path:
    """Take the v1 plan (table t) and apply it, then insert ``rows`` rows (amount = id - 1, notes set)."""
    v1 = project.take_plan("v1")
    applied = project.apply()
    assert applied.code == 0, applied.text
    execute(project.url, "insert into public.t select g, g - 1, 'note ' || g from generate_series(1, %s) g", rows)
    return v1


def interrupt(process: subprocess.Popen[str], started: Callable[[], object], timeout: float = 30) -> Run:
    """Ctrl-C (SIGINT) a spawned command once ``started()`` returns (e.g. a backend runs its
    slow statement), and what it printed; the process is killed if it outlives the test."""
    try:
        started()
        process.send_signal(signal.SIGINT)
        return finish(process, timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()


def finish(process: subprocess.Popen[str], timeout: float = 120) -> Run:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"apply did not finish within {timeout}s:\n{out}\n{err}") from None
    return Run(process.returncode, out, err)


# --- editing plan files by hand (as a reviewer would) --------------------------------------


def append_step(plan_file: Path, description: str, sql: str) -> None:
    """Add a statement at the end, and bump the header's statement count (then seal)."""
    text = plan_file.read_text()
    count = int(re.search(r"^-- statements: (\d+)$", text, re.M).group(1))  # type: ignore[union-attr]
    text = text.replace(f"-- statements: {count}\n", f"-- statements: {count + 1}\n")
    text = text.rstrip("\n") + f"\n\n-- step {count + 1} | {description} | hazards: -\n{sql};\n"
    plan_file.write_text(text)


def replace_in_plan(plan_file: Path, old: str, new: str) -> None:
    text = plan_file.read_text()
    assert text.count(old) == 1, f"{old!r} is not exactly once in {plan_file.name}:\n{text}"
    plan_file.write_text(text.replace(old, new))


def line_of(plan_file: Path, fragment: str) -> int:
    """1-based number of the only line of the file containing fragment."""
    lines = [n for n, ln in enumerate(plan_file.read_text().splitlines(), start=1) if fragment in ln]
    assert len(lines) == 1, (fragment, lines)
    return lines[0]


# --- probes of the target ----------------------------------------------------------------


def execute(url: DatabaseUrl, sql: str, *params: object) -> list[tuple[object, ...]]:
    with connect(url) as conn:
        cur = conn.execute(sql, params or None)  # type: ignore[arg-type]
        return cur.fetchall() if cur.description else []


def count_rows(url: DatabaseUrl, table: str = "public.t") -> int:
    return int(execute(url, f"select count(*) from {table}")[0][0])  # type: ignore[arg-type]


def table_columns(url: DatabaseUrl, table: str = "t") -> list[str]:
    rows = execute(
        url,
        "select column_name from information_schema.columns where table_schema = 'public'"
        " and table_name = %s order by ordinal_position",
        table,
    )
    return [str(r[0]) for r in rows]


def history_rows(url: DatabaseUrl) -> dict[str, str]:
    """plan_id -> status; empty when the history table does not exist."""
    if not execute(url, "select to_regclass('schemadiff.history') is not null")[0][0]:
        return {}
    return {str(p): str(s) for p, s in execute(url, "select plan_id, status from schemadiff.history")}


def fingerprint_of(url: DatabaseUrl) -> str:
    with connect(url) as conn:
        return fingerprint(inspect_catalog(conn, MANAGED))


def plan_id(plan_file: Path) -> str:
    return plan_file.stem


def wait_for_backends(
    url: DatabaseUrl, query_like: str, count: int = 1, *, active: bool = True, timeout: float = 60
) -> list[int]:
    """Pids of ``count`` other backends on url's database whose query (the current one; with
    ``active=False`` also the last one of an idle session) matches query_like."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = execute(
            url,
            "select pid from pg_stat_activity where datname = current_database()"
            " and pid <> pg_backend_pid() and (state = 'active' or not %s) and query ilike %s",
            active,
            query_like,
        )
        if len(rows) >= count:
            return [int(r[0]) for r in rows]  # type: ignore[call-overload]
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} backend(s) ran {query_like!r} within {timeout}s")


def open_session(url: DatabaseUrl) -> psycopg.Connection:
    """A plain session of another user of the database (not autocommit: it holds its locks).

    The server ends it after 20 s of idling, so that an apply which waits for its locks
    without a timeout makes its test fail instead of hanging it."""
    options = "-c idle_in_transaction_session_timeout=20s -c idle_session_timeout=20s"
    return psycopg.connect(url.conninfo(), autocommit=False, options=options)


def run_saying(project: Project, plan: Plan) -> dict[int, list[str]]:
    """``plan``'s statements run one by one, segment by segment, as apply runs them: the server's
    messages (DEBUG1 and up) of each, by step number."""
    said: dict[int, list[str]] = {}
    with connect(project.url) as conn:
        conn.execute("set client_min_messages = debug1")
        number = 0
        conn.add_notice_handler(lambda notice: said.setdefault(number, []).append(notice.message_primary or ""))
        for segment in plan.execution:
            with conn.transaction() if segment.transactional else nullcontext():
                for number in segment.steps:
                    conn.execute(plan.steps[number - 1].sql)  # type: ignore[arg-type]
    return said
