"""The embedded cluster's lifecycle, with real processes: commands started together on a
cluster that does not exist yet, and a stale ``postmaster.pid`` whose PID now belongs to
another process. Each test starts a cluster of its own in a temporary folder and stops it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clihelp import Run, run_cli
from schemadiff.servers import EmbeddedCluster, connect
from schemadiff.urls import DatabaseUrl

# re-runnable, like every prelude; slow on purpose, so that a second command finds the
# database while the first is still loading its prelude (what the bug let happen)
PRELUDE = """\
select pg_sleep(2);
create table if not exists public.prelude_runs (at timestamptz not null default clock_timestamp());
insert into public.prelude_runs default values;
"""


def _project(root: Path) -> Path:
    (root / "schema" / "_prelude").mkdir(parents=True)
    (root / "schema" / "_prelude" / "00_platform.sql").write_text(PRELUDE)
    (root / "schema" / "01_widgets.sql").write_text("create table public.widgets (id int primary key);\n")
    (root / "schemadiff.yaml").write_text("schema_dir: schema\nstate_dir: state\nschemas:\n  include: [public]\n")
    return root / "state"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent / "src")
    return env


def _start(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "schemadiff", *args],
        cwd=root,
        env=_env(),
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _run(root: Path, *args: str) -> Run:
    process = _start(root, *args)
    out, err = process.communicate(timeout=180)
    return Run(process.returncode, out, err)


@pytest.fixture
def project() -> Iterator[Path]:
    """A fresh project (no cluster yet); its cluster is stopped afterwards, whatever happened.

    Not in pytest's tmp_path: a pytest session started meanwhile makes /tmp/pytest-of-<user>
    private again, and the server's OS user (when run as root) could no longer reach its data."""
    root = Path(tempfile.mkdtemp(prefix="sdlife"))
    state = _project(root)
    try:
        yield root
    finally:
        try:
            EmbeddedCluster(state).stop()
        finally:
            _kill_any_postgres_of(state / "pg")
            shutil.rmtree(root, ignore_errors=True)


def _kill_any_postgres_of(data_dir: Path) -> None:
    """A last resort for a test that failed half way: no postmaster of ours outlives the test."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
            comm = (entry / "comm").read_text().strip()
        except OSError:
            continue
        if comm == "postgres" and Path(cwd) == data_dir.resolve():
            try:
                os.kill(int(entry.name), 9)
            except ProcessLookupError:
                pass


def _plan_body(out: str) -> str:
    """A plan's SQL without its header (plan id and times differ between runs)."""
    return "\n".join(line for line in out.splitlines() if not line.startswith("--"))


def test_commands_started_together_on_a_new_project_share_one_cluster_and_one_prelude(project: Path) -> None:
    processes = [_start(project, "plan", "--out", "-") for _ in range(3)]
    done = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        done.append(Run(process.returncode, out, err))
    for result in done:
        assert result.code == 2, result.text
        assert "internal error" not in result.text
    # each saw the target with its prelude complete: the same plan, creating widgets only
    bodies = {_plan_body(result.out) for result in done}
    assert len(bodies) == 1, bodies
    body = bodies.pop()
    assert "widgets" in body and "prelude_runs" not in body, body
    cluster = EmbeddedCluster(project / "state")
    status = cluster.status()
    assert status.running and status.url is not None
    with connect(DatabaseUrl(status.url, origin="test").with_database("local")) as conn:
        row = conn.execute("select count(*) from public.prelude_runs").fetchone()
        leftovers = conn.execute("select datname from pg_database where datname like 'schemadiff_tmp_%'").fetchall()
    assert row is not None and row[0] == 1, "the prelude must be loaded into the target exactly once"
    assert leftovers == []


def _pid_file_with(pid: int, original: str) -> str:
    lines = original.splitlines(keepends=True)
    return f"{pid}\n" + "".join(lines[1:])


def _remove_if_naming(paths: list[Path], pid: int) -> None:
    """Never leave a pid file naming the impostor: stopping the cluster must not signal it."""
    for path in paths:
        if path.exists() and path.read_text().startswith(f"{pid}\n"):
            path.unlink()


def _other_postgres_pid(pg_server: DatabaseUrl) -> int:
    with connect(pg_server) as conn:
        row = conn.execute("select setting from pg_settings where name = 'data_directory'").fetchone()
    assert row is not None
    return int((Path(row[0]) / "postmaster.pid").read_text().splitlines()[0])


@pytest.mark.parametrize("impostor", ["sleep", "another cluster's postgres"])
def test_a_stale_postmaster_pid_naming_a_live_process_is_detected_and_recovered(
    project: Path, impostor: str, request: pytest.FixtureRequest
) -> None:
    state = project / "state"
    data_dir = state / "pg"
    started = _run(project, "server", "start")
    assert started.code == 0, started.text
    socket_dir = Path((data_dir / "postmaster.pid").read_text().splitlines()[4])
    saved = {path: path.read_text() for path in [data_dir / "postmaster.pid", socket_dir / ".s.PGSQL.5432.lock"]}
    assert _run(project, "server", "stop").out.strip() == "stopped"
    sleeper = subprocess.Popen(["sleep", "300"])
    pid = sleeper.pid
    try:
        pid = sleeper.pid if impostor == "sleep" else _other_postgres_pid(request.getfixturevalue("pg_server"))
        # as after a crash and a reboot: the files survive, their PID went to another process
        for path, text in saved.items():
            path.write_text(_pid_file_with(pid, text))

        status = _run(project, "server", "status")
        assert status.code == 0, status.text
        assert not status.out.startswith("running"), status.out
        assert "stale" in status.out and str(pid) in status.out, status.out

        stopped = _run(project, "server", "stop")
        assert stopped.code == 0, stopped.text
        assert "pg_ctl" not in stopped.text and "Command '" not in stopped.text, stopped.text
        assert "was not running" in stopped.out, stopped.out

        started = _run(project, "server", "start")
        assert started.code == 0, started.text
        assert "stale" in started.text and str(pid) in started.text, started.text
        status = _run(project, "server", "status")
        assert status.out.startswith("running (pid "), status.out
        assert f"(pid {pid})" not in status.out
        planned = _run(project, "plan", "--out", "-")
        assert planned.code == 2, planned.text
        assert "widgets" in planned.out
        # the impostor was left alone
        assert sleeper.poll() is None
        if impostor != "sleep":
            with connect(request.getfixturevalue("pg_server")) as conn:
                conn.execute("select 1")
    finally:
        _remove_if_naming(list(saved), pid)
        sleeper.kill()
        sleeper.wait()


def test_plan_recovers_from_a_stale_postmaster_pid_by_itself(project: Path) -> None:
    data_dir = project / "state" / "pg"
    assert _run(project, "server", "start").code == 0
    saved = (data_dir / "postmaster.pid").read_text()
    assert _run(project, "server", "stop").code == 0
    sleeper = subprocess.Popen(["sleep", "300"])
    try:
        (data_dir / "postmaster.pid").write_text(_pid_file_with(sleeper.pid, saved))
        started = time.monotonic()
        planned = _run(project, "plan", "--out", "-")
        assert planned.code == 2, planned.text
        assert "widgets" in planned.out
        assert time.monotonic() - started < 120
        assert sleeper.poll() is None
        assert not (data_dir / "postmaster.pid").read_text().startswith(f"{sleeper.pid}\n")
    finally:
        _remove_if_naming([data_dir / "postmaster.pid"], sleeper.pid)
        sleeper.kill()
        sleeper.wait()


def test_a_target_whose_prelude_fails_is_not_left_half_made(project: Path) -> None:
    prelude = project / "schema" / "_prelude" / "00_platform.sql"
    prelude.write_text(PRELUDE + "create tabel oops ();\n")
    failed = _run(project, "plan", "--out", "-")
    assert failed.code == 1, failed.text
    assert "00_platform.sql" in failed.err and "internal error" not in failed.err, failed.err
    status = EmbeddedCluster(project / "state").status()
    assert status.url is not None
    with connect(DatabaseUrl(status.url, origin="test")) as conn:
        names = [r[0] for r in conn.execute("select datname from pg_database where datname not like 'template%'")]
    assert names == ["postgres"], "neither the target nor a scratch database may stay behind"
    # fixed, the next command loads the prelude into a new target
    prelude.write_text(PRELUDE)
    planned = _run(project, "plan", "--out", "-")
    assert planned.code == 2, planned.text
    assert "prelude_runs" not in _plan_body(planned.out)
    with connect(DatabaseUrl(status.url, origin="test").with_database("local")) as conn:
        row = conn.execute("select count(*) from public.prelude_runs").fetchone()
    assert row is not None and row[0] == 1


def test_an_unreadable_postmaster_pid_is_explained_not_crashed_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    state = _project(tmp_path)
    data_dir = state / "pg"
    data_dir.mkdir(parents=True)
    (data_dir / "PG_VERSION").write_text("18\n")
    (data_dir / "postmaster.pid").write_text("garbage\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for command in ["status", "start", "stop"]:
        done = run_cli(capsys, "server", command)
        assert "internal error" not in done.text, done.text
        assert "does not start with a process id" in done.text, done.text
        assert f"delete {data_dir / 'postmaster.pid'}" in done.text, done.text
    assert (data_dir / "postmaster.pid").read_text() == "garbage\n"  # not ours to remove
