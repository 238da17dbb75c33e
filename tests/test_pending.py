"""`schemadiff plan` against a target that has not had the plans of generated/ yet: it says so
and what to run, instead of writing a plan that repeats theirs."""

from __future__ import annotations

import shutil
from pathlib import Path

from clihelp import run_cli
from conftest import PRODUCT_DATA_CONFIG, SCHEMA_DIR, load_product_rows, run_sql_files, sql_files
from schemadiff.urls import DatabaseUrl

GENERATED = SCHEMA_DIR.parent / "generated"


def product_project(root: Path, server: DatabaseUrl) -> None:
    shutil.copytree(SCHEMA_DIR, root / "schema")
    shutil.copytree(GENERATED, root / "generated")
    (root / "schemadiff.yaml").write_text(
        f"dev_url: {server.conninfo()}\nprelude: [schema/_prelude]\nschemas:\n  include: [public]\n"
        + PRODUCT_DATA_CONFIG
    )


def plan_files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "generated").glob("*.sql"))


def test_plan_refuses_to_repeat_pending_plans(tmp_path, monkeypatch, capsys, pg_server, prelude_db) -> None:
    product_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    committed = plan_files(tmp_path)
    url = prelude_db.conninfo()

    refused = run_cli(capsys, "plan", "--url", url)
    assert refused.code == 1, refused.text
    assert f"has not had {len(committed)} plans of generated/ yet" in refused.err
    for name in committed:
        assert f"generated/{name}" in refused.err
    assert "schemadiff apply" in refused.err and "--ignore-pending" in refused.err
    assert plan_files(tmp_path) == committed  # nothing written

    ignored = run_cli(capsys, "plan", "--url", url, "--ignore-pending", "--out", "-")
    assert ignored.code == 2 and "create table" in ignored.out

    assert run_cli(capsys, "apply", "--url", url).code == 0
    after = run_cli(capsys, "plan", "--url", url)
    assert after.code == 0 and "No changes" in after.out, after.text


def test_a_target_that_already_has_the_plans_effect_is_not_pending(
    tmp_path, monkeypatch, capsys, pg_server, prelude_db
) -> None:
    """Adopted without history (built from schema/ by psql): the plans' effect is there."""
    product_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    run_sql_files(prelude_db, sql_files(SCHEMA_DIR))
    load_product_rows(prelude_db)
    result = run_cli(capsys, "plan", "--url", prelude_db.conninfo())
    assert result.code == 0 and "No changes" in result.out, result.text
