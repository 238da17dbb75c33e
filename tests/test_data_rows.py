"""Managed reference rows end to end: schema/data/*.yaml → plan → apply on a real database.

The rows are checked by SELECT before and after each apply; a delete is refused until it is
approved; a dry run copies the managed rows with the schema; bad data files are errors that
name the file, the row's line and key, and the column.
"""

from __future__ import annotations

from pathlib import Path

from clihelp import run_cli
from schemadiff.plan_file import read_plan
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

SCHEMA = """\
create table public.tiers (
    id text primary key,
    name text not null,
    seats integer not null default 1,
    limits jsonb,
    tags text[],
    created_at timestamptz not null default now()
);
"""

ROWS = """\
table: public.tiers
rows:
  - {id: free, name: Free, limits: {api_calls: 100}, tags: [starter]}
  - id: team
    name: Team
    seats: 10
    limits: {api_calls: 10000, burst: true}
    tags: [paid, "with, comma"]
  - {id: legacy, name: Legacy plan, seats: 5}
"""


def project(root: Path, server: DatabaseUrl, rows: str = ROWS) -> Path:
    (root / "schema" / "data").mkdir(parents=True)
    (root / "schema" / "01_tiers.sql").write_text(SCHEMA)
    (root / "schema" / "data" / "tiers.yaml").write_text(rows)
    (root / "schemadiff.yaml").write_text(
        f"dev_url: {server.conninfo()}\nschemas:\n  include: [public]\n"
        "data:\n  tables:\n    public.tiers: {key: [id]}\n"
    )
    return root / "schema" / "data" / "tiers.yaml"


def tiers(url: DatabaseUrl) -> list[tuple]:
    with connect(url) as conn:
        return conn.execute("select id, name, seats, limits::text, tags from public.tiers order by id").fetchall()


def newest_plan(root: Path) -> Path:
    return sorted((root / "generated").glob("*.sql"))[-1]


def test_rows_are_planned_applied_and_deletes_need_approval(tmp_path, monkeypatch, capsys, pg_server, empty_db) -> None:
    data_file = project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    with connect(empty_db) as conn:
        assert conn.execute("select to_regclass('public.tiers')").fetchone()[0] is None

    first = run_cli(capsys, "plan", "--url", empty_db.conninfo())
    assert first.code == 2, first.text
    assert "create row public.tiers[id=team]" in first.out
    applied = run_cli(capsys, "apply", "--url", empty_db.conninfo())
    assert applied.code == 0, applied.text
    assert tiers(empty_db) == [
        ("free", "Free", 1, '{"api_calls": 100}', ["starter"]),
        ("legacy", "Legacy plan", 5, None, None),
        ("team", "Team", 10, '{"burst": true, "api_calls": 10000}', ["paid", "with, comma"]),
    ]
    assert run_cli(capsys, "plan", "--url", empty_db.conninfo()).code == 0  # converged
    drift = run_cli(capsys, "drift", "--url", empty_db.conninfo())
    assert drift.code == 0, drift.text

    # the unmanaged column (created_at) may differ freely; a managed one is drift
    with connect(empty_db) as conn:
        conn.execute("update public.tiers set created_at = now() - interval '1 day'")
        conn.execute("update public.tiers set seats = 11 where id = 'team'")
    drifted = run_cli(capsys, "drift", "--url", empty_db.conninfo())
    assert drifted.code == 2 and "row public.tiers[id=team]" in drifted.out, drifted.text
    with connect(empty_db) as conn:
        conn.execute("update public.tiers set seats = 10 where id = 'team'")

    # drop one row, change one value: the delete is DATA_LOSS and needs approval
    data_file.write_text(
        ROWS.replace("  - {id: legacy, name: Legacy plan, seats: 5}\n", "").replace("seats: 10", "seats: 12")
    )
    second = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--name", "tiers")
    assert second.code == 2, second.text
    plan = read_plan(newest_plan(tmp_path))
    assert [(s.description, [h.value for h in s.hazards]) for s in plan.steps] == [
        ("drop row public.tiers[id=legacy]", ["DATA_LOSS"]),
        ("alter row public.tiers[id=team]", []),
    ]
    assert plan.steps[1].sql == 'update "public"."tiers" set "seats" = \'12\'::integer where "id" = \'team\'::text'
    before = tiers(empty_db)
    refused = run_cli(capsys, "apply", "--url", empty_db.conninfo())
    assert refused.code == 1 and "steps that may lose data are not approved" in refused.text, refused.text
    assert tiers(empty_db) == before

    path = newest_plan(tmp_path)
    assert run_cli(capsys, "approve", str(path), "--step", "1").code == 0
    dry = run_cli(capsys, "apply", "--url", empty_db.conninfo(), "--dry-run")
    assert dry.code == 0, dry.text  # the copy carries the managed rows, so its fingerprint is the plan's from
    assert tiers(empty_db) == before
    done = run_cli(capsys, "apply", "--url", empty_db.conninfo())
    assert done.code == 0, done.text
    assert [(r[0], r[2]) for r in tiers(empty_db)] == [("free", 1), ("team", 12)]


def test_bad_data_files_name_file_row_and_column(tmp_path, monkeypatch, capsys, pg_server, empty_db) -> None:
    data_file = project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    cases = [
        (
            ROWS.replace("seats: 10", "seats: ten"),
            [
                "schema/data/tiers.yaml:4: row public.tiers[id=team], column seats:",
                "invalid input syntax for type integer",
            ],
        ),
        (
            ROWS.replace("seats: 10", "seets: 10"),
            ["schema/data/tiers.yaml:4: row public.tiers[id=team]: table public.tiers has no column seets"],
        ),
        (
            ROWS.replace("id: legacy", "id: free"),
            [
                "schema/data/tiers.yaml:9: duplicate key: public.tiers[id=free] is already declared at schema/data/tiers.yaml:3"
            ],
        ),
        (
            ROWS.replace("{id: legacy, name", "{name"),
            ["schema/data/tiers.yaml:9: row has no value for the key column id of public.tiers"],
        ),
        (
            ROWS.replace("table: public.tiers", "table: public.plans"),
            ["schema/data/tiers.yaml: table public.plans is not listed in data.tables of schemadiff.yaml"],
        ),
        (
            ROWS.replace("name: Team", "name: null"),
            ["schema/data/tiers.yaml:4: row public.tiers[id=team]:", 'null value in column "name"'],
        ),
        (ROWS + "  - [not, a, mapping]\n", ["schema/data/tiers.yaml:10: row 4: expected a mapping"]),
        ("table: public.tiers\nrows: [\n", ["schema/data/tiers.yaml", "not valid YAML"]),
    ]
    for text, expected in cases:
        data_file.write_text(text)
        result = run_cli(capsys, "plan", "--url", empty_db.conninfo())
        assert result.code == 1, (text, result.text)
        for fragment in expected:
            assert fragment in result.err, (fragment, result.err)
    assert not (tmp_path / "generated").exists() or not list((tmp_path / "generated").glob("*.sql"))
