"""Plan files at the edges: written whole or not at all and never overwritten (a full disk, a
read-only `generated/`, a file-size limit: real file-system failures, no mocks), `--out` naming
a file, a plan file saved with a byte order mark, and Ctrl-C (exit 130; after a multi-plan
apply, which plans landed)."""

from __future__ import annotations

import errno
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from applyhelp import (  # noqa: F401  (fixtures)
    REPO_SRC,
    V1,
    Project,
    append_step,
    execute,
    history_rows,
    interrupt,
    made_plans,
    plan_id,
    project,
    table_columns,
    wait_for_backends,
)
from schemadiff.changes import Hazard
from schemadiff.errors import PlanFileError
from schemadiff.plan import Plan, Step, render_plan_file
from schemadiff.plan_file import approve_plan, read_plan, write_plan
from schemadiff.urls import DatabaseUrl

BOM = "\ufeff"  # what an editor saving 'UTF-8 with BOM' puts first
V1_COLUMNS = ["id", "amount", "note"]


def small_plan(plan_id: str = "20260101000000_sample") -> Plan:
    return Plan(
        plan_id=plan_id,
        created_at="2026-01-01T00:00:00Z",
        tool_version="0.1.0",
        target="local",
        server_version="18 (shadow 18)",
        from_fingerprint="sha256:" + "a" * 64,
        to_fingerprint="sha256:" + "b" * 64,
        source_digest="sha256:" + "c" * 64,
        steps=(
            Step(1, "create table public.t", "create table public.t (id integer)"),
            Step(2, "drop table public.old", "drop table public.old", (Hazard.DATA_LOSS,)),
        ),
    )


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# --- file systems that fail --------------------------------------------------------------


@contextmanager
def tmpfs(path: Path, *options: str) -> Iterator[None]:
    """A 64 kB tmpfs mounted on ``path`` (needs root; skipped where mounting is not allowed)."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(("size=64k", *options)), "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(path)], check=True)


def fill(directory: Path) -> None:
    """Write a file into ``directory`` until its file system is full."""
    fd = os.open(directory / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


def assert_clear_write_error(run_text: str, code: int, reason: str) -> None:
    assert code == 1, run_text
    assert "internal error" not in run_text and "Traceback" not in run_text, run_text
    assert re.search(
        rf"error: \S*generated/\S+\.sql: cannot write plan file: {reason}; no plan file was written", run_text
    ), run_text


def test_plan_on_a_full_disk_is_a_clear_error_and_leaves_no_truncated_plan(project: Project) -> None:
    project.write_schema(V1)
    with tmpfs(project.generated):
        fill(project.generated)
        run = project.cli("plan", "--name", "v1")
        assert_clear_write_error(run.text, run.code, "No space left on device")
        assert files_in(project.generated) == ["filler"]  # neither a truncated plan nor a temporary file
        (project.generated / "filler").unlink()
        again = project.cli("plan", "--name", "v1")  # with room again, planning and applying work
        assert again.code == 2, again.text
        assert project.apply().code == 0


def test_plan_into_a_read_only_generated_folder_is_a_clear_error(project: Project) -> None:
    project.write_schema(V1)
    if os.geteuid() == 0:  # root writes through permission bits: a read-only mount
        with tmpfs(project.generated, "ro"):
            run = project.cli("plan", "--name", "v1")
            assert files_in(project.generated) == []
        assert_clear_write_error(run.text, run.code, "Read-only file system")
    else:
        project.generated.mkdir()
        project.generated.chmod(0o555)
        try:
            run = project.cli("plan", "--name", "v1")
        finally:
            project.generated.chmod(0o755)
        assert files_in(project.generated) == []
        assert_clear_write_error(run.text, run.code, "Permission denied")


def test_plan_over_a_file_size_limit_leaves_no_truncated_plan(project: Project) -> None:
    """`plan` in a process that may write no file over 300 bytes (RLIMIT_FSIZE): the write
    fails half way with EFBIG, as on a disk that fills up during it."""
    project.write_schema(V1)

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing the process

    env = {**os.environ, "PYTHONPATH": str(REPO_SRC), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "schemadiff", "plan", "--name", "v1", "--url", project.url.conninfo()],
        cwd=project.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        preexec_fn=limit_file_size,
    )
    assert_clear_write_error(done.stdout + done.stderr, done.returncode, "File too large")
    assert files_in(project.generated) == []


def test_write_plan_never_overwrites_and_keeps_plans_written_in_the_same_second(tmp_path: Path) -> None:
    """Eight `plan` runs racing for one name (same second, same slug): all eight plans are kept,
    each whole, under ids that are their file names."""
    plan = small_plan()
    barrier = threading.Barrier(8)
    written: list[tuple[Plan, Path]] = []
    errors: list[BaseException] = []

    def one() -> None:
        barrier.wait()
        try:
            written.append(write_plan(plan, None, tmp_path / "generated"))
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    ids = sorted(p.plan_id for p, _ in written)
    assert ids == sorted([plan.plan_id] + [f"{plan.plan_id}_{n}" for n in range(2, 9)])
    assert files_in(tmp_path / "generated") == sorted(f"{i}.sql" for i in ids)
    for written_plan, path in written:
        assert read_plan(path) == written_plan and path.stem == written_plan.plan_id
    # the first plan file is the one that was there: untouched
    assert (tmp_path / "generated" / f"{plan.plan_id}.sql").read_text() == render_plan_file(plan)


def test_a_plan_written_in_the_same_second_as_another_sorts_after_it(tmp_path: Path) -> None:
    """`apply` runs generated/ in name order: a plan whose name would sort before one made in the
    same second (its slug sorts first) is stamped with the second after that plan's; a plan
    whose name sorts last anyway keeps its id."""
    generated = tmp_path / "generated"
    first, _ = write_plan(small_plan("20260101000000_initial"), None, generated)
    second, path = write_plan(small_plan("20260101000000_create_index_x"), None, generated)
    assert (first.plan_id, second.plan_id) == ("20260101000000_initial", "20260101000001_create_index_x")
    assert read_plan(path) == second and files_in(generated)[-1] == path.name
    third, _ = write_plan(small_plan("20260101000002_add_column"), None, generated)
    assert third.plan_id == "20260101000002_add_column"  # (sorts last already)
    assert [n.removesuffix(".sql") for n in files_in(generated)] == [first.plan_id, second.plan_id, third.plan_id]


# --- --out --------------------------------------------------------------------------------


def test_out_names_a_file_and_a_directory_only_when_it_is_one(project: Project) -> None:
    project.write_schema(V1)
    root = project.root

    made = project.cli("plan", "--out", "x.sql")
    assert made.code == 2, made.text
    assert (root / "x.sql").is_file() and "Wrote x.sql" in made.out
    first = (root / "x.sql").read_text()
    assert read_plan(root / "x.sql").steps

    again = project.cli("plan", "--out", "x.sql")  # an existing file: a clear error, the file untouched
    assert again.code == 1, again.text
    assert "internal error" not in again.text
    assert "error: x.sql already exists; not overwriting it" in again.err
    assert (root / "x.sql").read_text() == first

    into_file = project.cli("plan", "--out", "x.sql/")
    assert into_file.code == 1 and "x.sql is not a directory" in into_file.err, into_file.text

    new_dir = project.cli("plan", "--out", "plans/")  # ends with '/': a directory, created
    assert new_dir.code == 2, new_dir.text
    existing_dir = project.cli("plan", "--out", "plans")  # an existing directory
    assert existing_dir.code == 2, existing_dir.text
    in_plans = sorted((root / "plans").iterdir())
    assert len(in_plans) == 2 and all(read_plan(p).plan_id == p.stem for p in in_plans)

    nested = project.cli("plan", "--out", "review/next.sql")  # a file in a folder yet to be made
    assert nested.code == 2, nested.text
    assert (root / "review" / "next.sql").is_file()

    assert not (root / "generated").exists()  # --out wrote nothing to generated/
    applied = project.apply("x.sql")
    assert applied.code == 0, applied.text
    assert table_columns(project.url) == V1_COLUMNS


# --- a byte order mark ----------------------------------------------------------------------


def test_a_plan_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "p.sql"
    path.write_text(BOM + render_plan_file(small_plan()), encoding="utf-8")
    assert read_plan(path) == small_plan()
    approved = approve_plan(path, [2])  # and approve (like seal) rewrites it readable
    assert read_plan(path) == approved and approved.approved_steps == {2}
    with pytest.raises(PlanFileError, match="not a schemadiff plan"):  # only a leading mark is skipped
        read_plan(_written(tmp_path / "q.sql", "\n" + BOM + render_plan_file(small_plan())))


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_apply_takes_a_plan_file_with_a_byte_order_mark(project: Project) -> None:
    v1 = project.take_plan("v1")
    v1.write_bytes(b"\xef\xbb\xbf" + v1.read_bytes())
    run = project.apply()
    assert run.code == 0, run.text
    assert history_rows(project.url) == {plan_id(v1): "applied"}


# --- Ctrl-C -------------------------------------------------------------------------------


def slow_v2(project: Project, seconds: float) -> Path:
    """The v2 plan (add column extra) with a reviewed, sealed and approved step that sleeps."""
    v2 = project.take_plan("v2")
    append_step(v2, "give the test time to interrupt", f"select pg_sleep({seconds})")
    assert project.cli("seal", str(v2)).code == 0
    assert project.cli("approve", str(v2), "--step", "2").code == 0
    return v2


def test_ctrl_c_during_a_multi_plan_apply_exits_130_and_says_which_plans_landed(project: Project) -> None:
    v1 = project.take_plan("v1")
    v2 = slow_v2(project, 60)
    process = project.spawn_apply()
    run = interrupt(
        process, lambda: wait_for_backends(project.url, "%pg_sleep%")
    )  # v1 has committed, v2 is in its transaction
    assert run.code == 130, run.text
    assert "Traceback" not in run.err and "internal error" not in run.err
    last = run.err.strip().splitlines()
    assert last[-1].endswith(f"before the interrupt: {plan_id(v1)}"), run.err
    assert last[-1].startswith("landed on "), run.err
    assert f"generated/{v2.name}: interrupted before its commit; rolled back, nothing of it was changed" in run.err
    assert f"not applied: {plan_id(v2)}" in run.err
    # and that is the truth
    assert history_rows(project.url) == {plan_id(v1): "applied"}
    assert table_columns(project.url) == V1_COLUMNS
    assert execute(
        project.url,
        "select count(*) from pg_stat_activity where query ilike '%pg_sleep(60)%' and pid <> pg_backend_pid()",
    ) == [(0,)]  # cancelled, not left running


def test_ctrl_c_during_plan_exits_130(project: Project) -> None:
    """Any command: Ctrl-C is exit 130 and says "interrupted" (click turns it into Abort)."""
    project.write_schema(V1 + "select pg_sleep(59.5);\n")  # the shadow load takes a while
    env = {**os.environ, "PYTHONPATH": str(REPO_SRC)}
    process = subprocess.Popen(
        [sys.executable, "-m", "schemadiff", "plan", "--url", project.url.conninfo()],
        cwd=project.root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    run = interrupt(process, lambda: _wait_for_query_anywhere(project.server, "%pg_sleep(59.5)%"))
    assert run.code == 130, run.text
    assert run.err.strip().splitlines()[-1] == "interrupted", run.err
    assert not project.generated.exists() or files_in(project.generated) == []


def _wait_for_query_anywhere(server: DatabaseUrl, query_like: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if execute(
            server,
            "select count(*) from pg_stat_activity where state = 'active' and query ilike %s"
            " and pid <> pg_backend_pid()",
            query_like,
        ) != [(0,)]:
            return
        time.sleep(0.05)
    raise AssertionError(f"no backend ran {query_like!r} within {timeout}s")
