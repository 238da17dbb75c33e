"""Benchmark for Citus (issue 11): the distributed product planned, applied and inspected on a
three-node cluster, against the same schema on one Citus node and the plain product on one
PostgreSQL 18, in one run.

Usage: python bench/citus.py [--runs 3]

Needs the Citus source beside the project (../shared/citus, built and cached by its build.sh;
tests/citushelp.py starts the nodes). Three targets, each a new database:

  * "3 nodes": examples/citus (15 tables distributed by company_id, 32 shards each, one
    colocation group) on a coordinator with two workers;
  * "1 node": the same examples/citus on a coordinator alone (its shards local);
  * "plain": the product's own schema/ on one embedded PostgreSQL 18 without Citus.

Rows, each a WHOLE PROCESS (wall time and peak RSS by /usr/bin/time), medians of --runs on new
databases: `schemadiff plan` from the prelude only (desired-state cache emptied first),
`schemadiff apply` of that plan, `schemadiff plan` with nothing to do (cache hit); then the
catalog read alone (in-process, `catalog.inspect_catalog`, median of 5) of the applied database,
and `pg_dump --schema-only` of it for scale.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import citushelp  # noqa: E402
from plan_scale import BIN, PG_BIN, REPO, Row, measure  # noqa: E402
from schemadiff.catalog import SchemaFilter, inspect_catalog  # noqa: E402
from schemadiff.quoting import quote_ident, sql_code  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect  # noqa: E402

COLUMNS = ("3 nodes", "1 node", "plain")


def project(source: Path, root: Path, target: str, dev: str) -> Path:
    """A copy of a project (its schema/ and config), pointed at ``target`` with ``dev`` for shadows."""
    root.mkdir(parents=True)
    shutil.copytree(source / "schema", root / "schema")
    config = (source / "schemadiff.yaml").read_text()
    config = config.replace("env:CITUS_URL", target).replace("env:STAGING_DATABASE_URL", target)
    (root / "schemadiff.yaml").write_text(f"{config}\ndev_url: {dev}\n")
    return root


def with_prelude(url: str, prelude: Path) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for path in sorted(prelude.glob("*.sql")):
            conn.execute(path.read_text())


def catalog_seconds(url: str) -> float:
    times = []
    for _ in range(5):
        with psycopg.connect(url) as conn:
            started = time.perf_counter()
            inspect_catalog(conn, SchemaFilter(include=("public",)))
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def dump_seconds(url: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(PG_BIN / "pg_dump"), "--schema-only", "-d", url], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run_one(
    kind: str, rows: dict[str, Row], make_db: Callable[[], str], dev: str, source: Path, target_name: str
) -> str:
    url = make_db()
    with_prelude(url, source / "schema" / "_prelude")
    root = project(source, Path(tempfile.mkdtemp(prefix="sdcitus")) / "p", url, dev)
    schemadiff = str(BIN / "schemadiff")
    measure([schemadiff, "plan", "--target", target_name, "--cold"], root, {2}, rows[f"plan from empty|{kind}"])
    measure([schemadiff, "apply", "--target", target_name], root, {0}, rows[f"apply|{kind}"])
    measure([schemadiff, "plan", "--target", target_name], root, {0}, rows[f"plan, nothing to do|{kind}"])
    shutil.rmtree(root.parent, ignore_errors=True)
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if citushelp.citus_source() is None:
        sys.exit("no Citus source beside the project (../shared/citus or $SCHEMADIFF_CITUS_SOURCE)")
    names = ("plan from empty", "apply", "plan, nothing to do")
    rows = {f"{name}|{kind}": Row() for name in names for kind in COLUMNS}
    reads: dict[str, list[float]] = {kind: [] for kind in COLUMNS}
    dumps: dict[str, list[float]] = {kind: [] for kind in COLUMNS}
    state = Path(tempfile.mkdtemp(prefix="sdcitus_pg"))
    plain = EmbeddedCluster(state)
    with citushelp.running_cluster(workers=2) as three, citushelp.running_cluster(workers=0) as one:
        server = plain.ensure_running()
        try:
            for _ in range(args.runs):
                for kind, cluster in (("3 nodes", three), ("1 node", one)):
                    name = f"b_{uuid.uuid4().hex[:8]}"

                    def make(cluster: citushelp.Cluster = cluster, name: str = name) -> str:
                        cluster.create_database(name)
                        return str(cluster.coordinator.url(name))

                    url = run_one(kind, rows, make, cluster.coordinator.url(), REPO / "examples" / "citus", "cluster")
                    reads[kind].append(catalog_seconds(url))
                    dumps[kind].append(dump_seconds(url))
                name = f"b_{uuid.uuid4().hex[:8]}"

                def make_plain(name: str = name) -> str:
                    with connect(server) as conn:
                        conn.execute(sql_code(f"create database {quote_ident(name)}"))
                    return server.with_database(name).conninfo()

                url = run_one("plain", rows, make_plain, server.conninfo(), REPO, "staging")
                reads["plain"].append(catalog_seconds(url))
                dumps["plain"].append(dump_seconds(url))
        finally:
            plain.stop()
            shutil.rmtree(state, ignore_errors=True)
    print(f"Citus benchmark, medians of {args.runs} runs (whole processes: seconds, peak MB)\n")
    print("| what | " + " | ".join(COLUMNS) + " |")
    print("| --- |" + " --- |" * len(COLUMNS))
    for name in names:
        cells = []
        for kind in COLUMNS:
            row = rows[f"{name}|{kind}"]
            cells.append(f"{row.seconds:.2f} s, {row.mb:.0f} MB" if row.mb else f"{row.seconds:.2f} s")
        print(f"| `schemadiff {name}` | " + " | ".join(cells) + " |")
    print("| catalog read (in-process) | " + " | ".join(f"{statistics.median(reads[k]):.3f} s" for k in COLUMNS) + " |")
    print("| `pg_dump --schema-only` | " + " | ".join(f"{statistics.median(dumps[k]):.3f} s" for k in COLUMNS) + " |")
    three_plan = rows["plan from empty|3 nodes"].seconds / rows["plan from empty|plain"].seconds
    three_apply = rows["apply|3 nodes"].seconds / rows["apply|plain"].seconds
    print(f"\nratios, 3 nodes / plain: plan {three_plan:.2f}, apply {three_apply:.2f}")


if __name__ == "__main__":
    main()
