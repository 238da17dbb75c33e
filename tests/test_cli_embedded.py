"""The embedded default: a target with no URL is a local cluster that schemadiff starts itself."""

from __future__ import annotations

from pathlib import Path

from clihelp import run_cli
from conftest import PRODUCT_DATA_CONFIG, SCHEMA_DIR
from schemadiff.servers import EmbeddedCluster


def test_plan_against_the_embedded_default_and_server_commands(tmp_path: Path, monkeypatch, capsys) -> None:
    state = tmp_path / "state"
    (tmp_path / "schemadiff.yaml").write_text(
        f"schema_dir: {SCHEMA_DIR}\nstate_dir: {state}\nschemas:\n  include: [public]\n" + PRODUCT_DATA_CONFIG
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    try:
        assert "not running" in run_cli(capsys, "server", "status").out
        planned = run_cli(capsys, "plan", "--out", "-")
        assert planned.code == 2, planned.text
        assert planned.out.startswith("-- schemadiff plan\n")
        assert "-- target: local\n" in planned.out
        status = run_cli(capsys, "server", "status")
        assert status.out.startswith("running (pid "), status.out
        assert (state / "pg" / "PG_VERSION").read_text().strip() == "18"
        # started on first use, reused after: the second plan finds the same server
        pid = EmbeddedCluster(state).status().pid
        assert run_cli(capsys, "plan", "--out", "-").code == 2
        assert EmbeddedCluster(state).status().pid == pid
        assert run_cli(capsys, "server", "stop").out.strip() == "stopped"
        assert "not running" in run_cli(capsys, "server", "status").out
    finally:
        EmbeddedCluster(state).stop()
