"""Fleets: ``plan``, ``apply`` and ``drift`` with ``--group`` over real databases.

One fleet of 50 databases (made from one template at the old state) plus a member that is
unreachable; among the 50, one drifted out of band, one had the plan applied alone before the
group apply, and one is locked by another session while the group apply runs (its apply
fails with a lock timeout and leaves it as it was). The others finish, the summary says what
happened, and a second run finishes what was left.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema
import psycopg
import pytest

from clihelp import fleet_summary, run_cli
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.config import load_settings
from schemadiff.errors import ConfigError, UrlError
from schemadiff.fingerprint import fingerprint
from schemadiff.fleet_members import group_members
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

SCHEMAS = Path(__file__).resolve().parent.parent / "docs" / "schemas"
MEMBERS = 50
OLD = """
create table public.accounts (id bigint primary key, name text not null);
create table public.notes (id bigint primary key, account_id bigint not null references public.accounts (id), body text);
insert into public.accounts values (1, 'one'), (2, 'two');
insert into public.notes values (1, 1, 'a'), (2, 2, 'b');
"""
NEW = """
create table public.accounts (id bigint primary key, name text not null);
create table public.notes (
    id bigint primary key,
    account_id bigint not null references public.accounts (id),
    body text,
    pinned boolean not null default false
);
create index notes_account_id on public.notes (account_id);
"""


def _database(server: DatabaseUrl, name: str, template: str) -> DatabaseUrl:
    with connect(server) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}" template "{template}" strategy file_copy')
    return server.with_database(name)


@pytest.fixture(scope="module")
def fleet(pg_server: DatabaseUrl) -> Iterator[dict[str, DatabaseUrl]]:
    """m01..m50 at the old state (no history), made from one template."""
    template = _database(pg_server, "fleet_template", "template0")
    with connect(template) as conn:
        conn.execute(OLD.encode())
    names = [f"m{i:02d}" for i in range(1, MEMBERS + 1)]
    with ThreadPoolExecutor(4) as pool:  # file copies of a small database: the checkpoints overlap
        members = dict(zip(names, pool.map(lambda n: _database(pg_server, f"fleet_{n}", "fleet_template"), names)))
    yield members
    with connect(pg_server) as conn:
        for url in [*members.values(), template]:
            conn.execute(f'drop database if exists "{url.database}" with (force)')


def _project(root: Path, server: DatabaseUrl, members: dict[str, DatabaseUrl]) -> Path:
    (root / "schema").mkdir()
    (root / "schema" / "tables.sql").write_text(NEW)
    down = "postgresql://fleet:secret-pw@127.0.0.1:1/fleet_nowhere"  # nothing listens on port 1
    lines = [f"{name} {url.conninfo()}" for name, url in members.items()] + [f"down {down}"]
    (root / "members.txt").write_text("# the fleet\n" + "\n".join(lines) + "\n")
    (root / "schemadiff.yaml").write_text(
        f"dev_url: {server.conninfo()}\nschemas:\n  include: [public]\n"
        "groups:\n  fleet: {members_file: members.txt}\n  trio: {members_env: TRIO}\n"
    )
    return root


def _fp(url: DatabaseUrl) -> str:
    with connect(url) as conn:
        return fingerprint(inspect_catalog(conn, SchemaFilter(include=("public",))))


def _has_column(url: DatabaseUrl) -> bool:
    with connect(url) as conn:
        row = conn.execute(
            "select count(*) from information_schema.columns where table_name = 'notes' and column_name = 'pinned'"
        ).fetchone()
    return bool(row and row[0])


def _document(text: str, command: str) -> dict:
    doc = json.loads(text)
    jsonschema.Draft202012Validator(json.loads((SCHEMAS / f"{command}.schema.json").read_text())).validate(doc)
    assert doc["command"] == command
    return doc


def test_fleet_plan_apply_drift(tmp_path, monkeypatch, capsys, pg_server, fleet) -> None:
    root = _project(tmp_path, pg_server, fleet)
    monkeypatch.chdir(root)
    with connect(fleet["m03"]) as conn:  # drifted out of band
        conn.execute("alter table public.notes add column extra integer")
    old = _fp(fleet["m01"])

    # plan: one plan per distinct state (49 members at the old state, m03 alone), the unreachable one named
    planned = run_cli(capsys, "-v", "plan", "--group", "fleet", "--format", "json")
    assert planned.code == 1, planned.text  # a member could not be planned
    doc = _document(planned.out, "fleet-plan")
    assert [m["member"] for m in doc["unreachable"]] == ["down"]
    assert "secret-pw" not in planned.text and "postgresql://" not in planned.text
    states = {s["fingerprint"]: s for s in doc["states"]}
    assert len(states) == 2 and all(s["status"] == "planned" for s in states.values())
    assert states[old]["members"] == [n for n in fleet if n != "m03"]
    assert [s["members"] for fp, s in states.items() if fp != old] == [["m03"]]
    files = sorted((root / "generated").glob("*.sql"))
    assert len(files) == 2
    main_plan = next(f for f in files if "-- members: m01, m02, m04" in f.read_text())
    assert main_plan.read_text().count("-- members: ") == 1
    assert "[1/51] read" in planned.err  # progress on stderr
    drift_plan = next(f for f in files if f != main_plan)
    assert "-- members: m03\n" in drift_plan.read_text() and "drop column public.notes.extra" in drift_plan.read_text()
    assert run_cli(capsys, "approve", str(drift_plan), "--step", "1").code == 0  # a reviewer approves the drop

    # m04 gets the plan alone first: the group apply finds it up to date
    alone = run_cli(capsys, "apply", str(main_plan), "--url", fleet["m04"].conninfo())
    assert alone.code == 0, alone.text

    # m05 is locked by another session: its apply times out and leaves it as it was
    with psycopg.connect(fleet["m05"].conninfo()) as blocker:
        blocker.execute("lock table public.notes in access share mode")
        applied = run_cli(
            capsys,
            "apply", "--group", "fleet", "--canary", "2", "--jobs", "4", "--continue-on-error",
            "--lock-timeout", "0.3", "--retries", "0",
        )  # fmt: skip
        blocker.rollback()
    assert applied.code == 1, applied.text
    rows = fleet_summary(applied.out)
    assert rows["m05"] == "FAILED" and rows["down"] == "FAILED" and rows["m04"] == "up to date"
    assert all(rows[n] == "applied" for n in fleet if n not in ("m04", "m05")), applied.out
    assert "m05:" in applied.out and "lock" in applied.out.split("m05:", 1)[1].splitlines()[0]
    assert _fp(fleet["m05"]) == old and not _has_column(fleet["m05"])
    assert all(_has_column(fleet[n]) for n in ("m01", "m03", "m50"))
    new = _fp(fleet["m01"])
    assert _fp(fleet["m03"]) == new  # its own plan took it from its drifted state

    # a second run finishes m05; the others are up to date
    again = run_cli(capsys, "apply", "--group", "fleet", "--format", "json")
    assert again.code == 1  # "down" still fails
    doc = _document(again.out, "fleet-apply")
    status = {m["member"]: m["status"] for m in doc["members"]}
    assert status.pop("m05") == "applied" and status.pop("down") == "failed"
    assert set(status.values()) == {"up_to_date"}
    assert _fp(fleet["m05"]) == new
    settled = run_cli(capsys, "plan", "--group", "fleet")
    assert settled.code == 1 and "no changes for 50 members" in settled.out, settled.text  # "down" is not planned
    assert len(list((root / "generated").glob("*.sql"))) == 2

    # drift: all in sync but the unreachable one; then an out-of-band grant on m07
    in_sync = run_cli(capsys, "drift", "--group", "fleet")
    assert in_sync.code == 1 and "50 in sync" in in_sync.out and "unreachable: down" in in_sync.out, in_sync.text
    with connect(fleet["m07"]) as conn:
        conn.execute("grant select on public.notes to public")
    with connect(fleet["m08"]) as conn:
        conn.execute("create table public.scratch (id integer)")
    monkeypatch.setenv("TRIO", "\n".join(f"{n} {fleet[n].conninfo()}" for n in ("m06", "m07", "m08")))
    drifted = run_cli(capsys, "drift", "--group", "trio", "--format", "json")
    assert drifted.code == 2, drifted.text
    doc = _document(drifted.out, "fleet-drift")
    assert [(m["member"], m["status"]) for m in doc["members"]] == [
        ("m07", "drifted"),  # security items first
        ("m08", "drifted"),
        ("m06", "in_sync"),
    ]
    text = run_cli(capsys, "drift", "--group", "trio")
    assert "[security]" in text.out and "2 drifted" in text.out


def test_without_continue_on_error_a_failed_canary_stops_the_rest(tmp_path, monkeypatch, capsys, pg_server) -> None:
    trio = {f"t{i}": _database(pg_server, f"fleet_t{i}", "template0") for i in (1, 2, 3)}
    for url in trio.values():
        with connect(url) as conn:
            conn.execute(OLD.encode())
    root = _project(tmp_path, pg_server, trio)
    monkeypatch.chdir(root)
    monkeypatch.setenv("TRIO", "\n".join(f"{n} {u.conninfo()}" for n, u in trio.items()))
    comment = run_cli(capsys, "plan", "--group", "trio", "--format", "markdown")
    assert comment.code == 2, comment.text
    assert comment.out.startswith("### schemadiff plan --group trio: 3 members, 1 plan written")
    assert "for 3 members (t1, t2, t3)" in comment.out and "add column" in comment.out.lower()
    again = run_cli(capsys, "plan", "--group", "trio")  # the plan is written, not yet applied
    assert again.code == 1 and again.out.count("has plans of generated/ to run first") == 3, again.text
    assert len(list((root / "generated").glob("*.sql"))) == 1  # no second plan repeating the first
    pending = run_cli(capsys, "drift", "--group", "trio")
    assert pending.code == 2 and "0 drifted, 3 pending, 0 in sync" in pending.out, pending.text
    with psycopg.connect(trio["t1"].conninfo()) as blocker:
        blocker.execute("lock table public.notes in access share mode")
        stopped = run_cli(
            capsys, "apply", "--group", "trio", "--canary", "1", "--lock-timeout", "0.3", "--retries", "0"
        )
        blocker.rollback()
    assert stopped.code == 1
    rows = fleet_summary(stopped.out)
    assert rows == {"t1": "FAILED", "t2": "skipped", "t3": "skipped"}, stopped.out
    assert "the canary (1 member) failed" in stopped.out and "run again" in stopped.out
    assert not any(_has_column(u) for u in trio.values())
    resumed = run_cli(capsys, "apply", "--group", "trio")
    assert resumed.code == 0, resumed.text
    assert fleet_summary(resumed.out) == {"t1": "applied", "t2": "applied", "t3": "applied"}
    with connect(pg_server) as conn:
        for url in trio.values():
            conn.execute(f'drop database "{url.database}" with (force)')


def _settings(root: Path, groups: str, environ: dict[str, str] | None = None):
    (root / "schema").mkdir(exist_ok=True)
    (root / "schemadiff.yaml").write_text(
        f"targets:\n  eu: {{url: 'postgresql://u@eu/app'}}\n  us: {{database: us}}\ngroups:\n{groups}"
    )
    return load_settings(root / "schemadiff.yaml", cwd=root, environ=environ or {})


def test_members_from_a_list_the_environment_a_file_and_targets(tmp_path) -> None:
    settings = _settings(
        tmp_path,
        "  listed: {members: [{name: a, url: 'env:A_URL'}, {name: b, url: 'postgresql://x:secret@h/b'}]}\n"
        "  env: {members_env: FLEET}\n  file: {members_file: m.txt}\n  targets: {targets: [eu, us]}\n",
        {"A_URL": "postgresql://h/a", "FLEET": "# comment\n\nc postgresql://h/c\nd postgresql://h/d\n"},
    )
    (tmp_path / "m.txt").write_text("e postgresql://h/e\n")
    assert [(m.name, m.database) for m in group_members(settings, "listed")] == [("a", "a"), ("b", "b")]
    assert [m.name for m in group_members(settings, "env")] == ["c", "d"]
    assert [m.name for m in group_members(settings, "file")] == ["e"]
    assert [(m.name, m.embedded) for m in group_members(settings, "targets")] == [("eu", False), ("us", True)]


@pytest.mark.parametrize(
    ("groups", "environ", "message"),
    [
        ("  g: {}\n", {}, "give exactly one of"),
        ("  g: {members_env: X, members_file: f}\n", {}, "give exactly one of"),
        ("  g: {members_env: X, colour: red}\n", {}, "unknown key 'colour'"),
        ("  g: {query: select 1}\n", {}, "'url' (the directory database) goes with 'query'"),
        ("  g: {members: [{name: a}]}\n", {}, "exactly name and url"),
        ("  g: {targets: []}\n", {}, "non-empty list of target names"),
    ],
)
def test_a_malformed_group_is_named(tmp_path, groups, environ, message) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        _settings(tmp_path, groups, environ)


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "environment variable FLEET is not set"),
        ({"FLEET": "a postgresql://u:hunter22@h/a extra"}, "$FLEET, line 1: expected 'name url' (two fields), found 3"),
        ({"FLEET": "a postgresql://h/a\na postgresql://h/b"}, "member 'a' is listed twice"),
        ({"FLEET": "a,b postgresql://h/a"}, "must not hold spaces, commas or quotes"),
        ({"FLEET": "a mysql://u:hunter22@h/a"}, "$FLEET, line 1: member a: not a valid PostgreSQL URL"),
        ({"FLEET": "# nobody\n"}, "the group has no members"),
    ],
)
def test_bad_members_are_named_without_their_urls(tmp_path, environ, message) -> None:
    settings = _settings(tmp_path, "  g: {members_env: FLEET}\n", environ)
    with pytest.raises((ConfigError, UrlError)) as raised:
        group_members(settings, "g")
    assert message in str(raised.value) and "hunter22" not in str(raised.value)


def test_members_from_a_directory_query(tmp_path, empty_db) -> None:
    with connect(empty_db) as conn:
        conn.execute("create table tenants (name text, url text, active boolean)")
        conn.execute(
            "insert into tenants values ('acme', 'postgresql://h/acme', true), ('gone', 'postgresql://h/gone', false)"
        )
    environ = {"DIRECTORY_URL": empty_db.conninfo()}
    settings = _settings(
        tmp_path,
        "  tenants: {query: 'select name, url from tenants where active', url: 'env:DIRECTORY_URL'}\n"
        "  writes: {query: 'insert into tenants values (1, 2) returning name, url', url: 'env:DIRECTORY_URL'}\n",
        environ,
    )
    assert [m.name for m in group_members(settings, "tenants")] == ["acme"]
    with pytest.raises(Exception, match="read-only transaction"):
        group_members(settings, "writes")  # the directory is read in a read-only transaction
    with pytest.raises(ConfigError, match="unknown group 'nope'"):
        group_members(settings, "nope")


def test_group_refuses_target_flags(tmp_path, monkeypatch, capsys) -> None:
    _settings(tmp_path, "  g: {members_env: FLEET}\n")
    monkeypatch.chdir(tmp_path)
    refused = run_cli(capsys, "plan", "--group", "g", "--target", "eu")
    assert refused.code == 1 and "--target cannot go with it" in refused.err


def test_an_unknown_group_is_a_json_error_document_of_the_fleet_command(tmp_path, monkeypatch, capsys) -> None:
    _settings(tmp_path, "  g: {members_env: FLEET}\n")
    monkeypatch.chdir(tmp_path)
    for command, name in (("plan", "fleet-plan"), ("apply", "fleet-apply"), ("drift", "fleet-drift")):
        failed = run_cli(capsys, command, "--group", "nope", "--format", "json")
        assert failed.code == 1
        doc = _document(failed.out, name)
        assert doc["error"]["kind"] == "config" and "unknown group 'nope'" in doc["error"]["message"]


def test_ctrl_c_lets_running_members_finish_and_starts_no_other() -> None:
    """run_pool, the pool every fleet command runs its members on (no database needed)."""
    import _thread
    import threading

    from schemadiff.config import Target
    from schemadiff.errors import ApplyInterrupted
    from schemadiff.fleet import run_pool

    ran: list[str] = []
    release = threading.Event()

    def work(member: Target) -> str:
        ran.append(member.name)
        if member.name == "m1":
            _thread.interrupt_main()  # Ctrl-C arrives while m1 and m2 run
            release.wait(5)
        else:
            release.set()
        return member.name

    members = [Target(f"m{i}") for i in range(1, 21)]
    with pytest.raises(ApplyInterrupted, match=r"interrupted \(Ctrl-C\): \d+ of 20 members finished"):
        run_pool(members, work, 2, None, failed=lambda _r: False)
    assert "m1" in ran and len(ran) < 20


def test_a_fleet_plan_comment_stays_under_githubs_limit() -> None:
    """200 distinct states, each with a plan of 2,000 statements: the Markdown is cut to fit,
    says what it left out, and --full keeps everything."""
    from schemadiff.fleet_plan import FleetPlan, StatePlan
    from schemadiff.fleet_render import render_fleet_plan
    from schemadiff.plan import Plan, Step
    from schemadiff.summary import GITHUB_COMMENT_LIMIT

    def plan(n: int) -> Plan:
        steps = tuple(
            Step(i, f"create table public.t{n}_{i}", f"create table public.t{n}_{i} (id int)") for i in range(1, 2001)
        )
        return Plan(f"p{n}", "", "", "group g", "18", "sha256:" + "0" * 64, "sha256:" + "1" * 64, "", steps)

    states = tuple(
        StatePlan(f"sha256:{n:064d}", tuple(f"m{n}_{k}" for k in range(30)), "planned", plan(n), f"generated/p{n}.sql")
        for n in range(200)
    )
    result = FleetPlan("g", 6000, states, (), (("down", "connection refused"),), (), 1.0)
    comment = render_fleet_plan(result, "markdown")
    assert len(comment) < GITHUB_COMMENT_LIMIT
    assert "… and 151 more (`--format json` lists every member)" in comment  # 200 states + 1 unreachable, 50 shown
    assert "… 195 more plans written (`--format json` lists each with its members)" in comment
    assert comment.count("m0_0, m0_1") == 1 and "and 18 more)" in comment
    everything = render_fleet_plan(result, "markdown", full=True)
    assert len(everything) > GITHUB_COMMENT_LIMIT and "unreachable: down" in everything
