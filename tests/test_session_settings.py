"""The target's own session settings (ALTER DATABASE/ROLE … SET) change neither the plan,
nor the fingerprint, nor drift, nor how apply runs a plan (issue 16, item 4).

The server applies ``ALTER DATABASE … SET`` and ``ALTER ROLE … IN DATABASE … SET`` when a
connection starts: every check here runs on new connections, as the CLI opens them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clihelp import run_cli
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.fingerprint import fingerprint
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

MANAGED = SchemaFilter(include=("public",))

# what the platform provides (never diffed): an `extensions` schema, as managed hosts have
PRELUDE = """
create schema extensions;
create function extensions.slugify(t text) returns text language sql immutable as $$ select lower(t) $$;
"""

# triggers, FKs, policies, views, indexes, and defaults/checks whose constants are written
# under DateStyle, TimeZone, IntervalStyle, extra_float_digits, bytea_output,
# standard_conforming_strings, lc_monetary; names resolved by search_path (regclass, types,
# functions of another schema)
SCHEMA = r"""
create type public.mood as enum ('ok', 'sad');
create sequence public.invoice_numbers;
create table public.companies (
    id bigint generated always as identity primary key,
    name text not null check (name <> 'a\b' and name !~ '^\s'),
    slug text default extensions.slugify('X')
);
create table public.events (
    id bigint primary key default nextval('public.invoice_numbers'),
    company_id bigint not null references public.companies (id) on delete cascade,
    at timestamptz not null default '2020-01-02 03:04:05.25+00',
    day date default '2020-01-02',
    starts time default '13:14:15',
    wait interval default '-1 day 02:03:00',
    ratio double precision default 0.1,
    small real default 1.1,
    blob bytea default '\xdeadbeef',
    price money default 12.5,
    mood public.mood default 'ok',
    amount numeric(10, 2) default 1.5,
    check (at > '2000-01-01 00:00:00+00' and wait < '10 days')
);
create function public.touch() returns trigger language plpgsql as $$ begin new.at := now(); return new; end $$;
create trigger events_touch before update on public.events for each row execute function public.touch();
alter table public.events enable row level security;
create policy events_company on public.events
    using (company_id = current_setting('app.company')::bigint and mood <> 'sad'::public.mood
           and at > '2020-01-01 12:00:00+00'::timestamptz);
create view public.recent as
    select e.id, c.name, extensions.slugify(c.name) as slug
    from public.events e join public.companies c on c.id = e.company_id
    where e.at > '2020-01-01'::timestamptz and e.blob <> '\x00'::bytea;
create index events_at on public.events (at) where wait > '1 hour'::interval;
"""

SETTINGS = {
    "search_path pg_catalog": "alter database {db} set search_path = pg_catalog",
    "search_path empty": "alter database {db} set search_path = ''",
    "search_path managed-style": 'alter database {db} set search_path = "$user", public, extensions',
    "search_path of the role in the database": "alter role current_user in database {db} set search_path = pg_catalog, extensions",
    "quote_all_identifiers": "alter database {db} set quote_all_identifiers = on",
    "date, time zone and number output": (
        "alter database {db} set datestyle = 'SQL, DMY';"
        "alter database {db} set intervalstyle = 'sql_standard';"
        "alter database {db} set timezone = 'Asia/Kathmandu';"
        "alter database {db} set extra_float_digits = -3;"
        "alter database {db} set bytea_output = 'escape'"
    ),
    "standard_conforming_strings off": "alter database {db} set standard_conforming_strings = off",
}


def write_project(root: Path, server: DatabaseUrl) -> None:
    (root / "prelude").mkdir()
    (root / "prelude" / "00_platform.sql").write_text(PRELUDE)
    (root / "schema").mkdir()
    (root / "schema" / "01_schema.sql").write_text(SCHEMA)
    (root / "schemadiff.yaml").write_text(
        f"prelude: [prelude]\ndev_url: {server.conninfo()}\nschemas:\n  include: [public]\n"
    )


def live_fingerprint(url: DatabaseUrl) -> str:
    with connect(url) as conn:  # a new connection: the database's/role's settings apply
        return fingerprint(inspect_catalog(conn, MANAGED))


def set_and_check(url: DatabaseUrl, statements: str, setting: str) -> None:
    """Apply the setting and prove (on a new connection) that it is in effect."""
    with connect(url) as conn:
        for statement in statements.split(";"):
            conn.execute(statement.format(db=f'"{url.database}"'))  # type: ignore[arg-type]
    with connect(url) as conn:
        shown = {
            "search_path": conn.execute("show search_path").fetchone(),
            "quote_all_identifiers": conn.execute("show quote_all_identifiers").fetchone(),
            "datestyle": conn.execute("show datestyle").fetchone(),
            "standard_conforming_strings": conn.execute("show standard_conforming_strings").fetchone(),
        }
    assert shown != {
        "search_path": ('"$user", public',),
        "quote_all_identifiers": ("off",),
        "datestyle": ("ISO, MDY",),
        "standard_conforming_strings": ("on",),
    }, setting


@pytest.fixture
def in_sync(tmp_path, monkeypatch, pg_server, empty_db) -> DatabaseUrl:
    """A project and a database built straight from its prelude and schema/ (in sync)."""
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    with connect(empty_db) as conn:
        conn.execute(PRELUDE)  # type: ignore[arg-type]
        conn.execute(SCHEMA)  # type: ignore[arg-type]
    return empty_db


@pytest.mark.parametrize("setting", sorted(SETTINGS))
def test_target_settings_change_neither_plan_nor_fingerprint(setting, capsys, in_sync):
    before = run_cli(capsys, "plan", "--url", in_sync.conninfo())
    assert before.code == 0, before.text  # in sync with the server's defaults
    fingerprint_before = live_fingerprint(in_sync)

    set_and_check(in_sync, SETTINGS[setting], setting)
    assert live_fingerprint(in_sync) == fingerprint_before
    after = run_cli(capsys, "plan", "--url", in_sync.conninfo(), "--out", "-")
    assert after.code == 0, f"{setting}: the plan is not empty:\n{after.text}"
    drift = run_cli(capsys, "drift", "--url", in_sync.conninfo(), "--format", "json")
    assert drift.code == 0, f"{setting}:\n{drift.text}"
    assert '"status": "in_sync"' in drift.out


def test_shadow_and_target_rendered_alike_in_both_directions(capsys, in_sync, empty_db):
    """diff database → database with different settings on each side: identical."""
    set_and_check(
        in_sync, SETTINGS["search_path managed-style"] + ";" + SETTINGS["date, time zone and number output"], "several"
    )
    same = run_cli(capsys, "diff", "--from", in_sync.conninfo(), "--to", "schema")
    assert same.code == 0, same.text
    back = run_cli(capsys, "diff", "--from", "schema", "--to", in_sync.conninfo())
    assert back.code == 0, back.text


@pytest.mark.parametrize(
    "setting", ["search_path pg_catalog", "standard_conforming_strings off", "search_path of the role in the database"]
)
def test_apply_runs_the_plan_under_the_settings_it_was_rendered_with(
    setting, tmp_path, monkeypatch, capsys, pg_server, empty_db
):
    """The plan says nextval('invoice_numbers'::regclass) and 'a\\b': on a target whose
    search_path lacks public, or that reads backslashes as escapes, the statements would
    fail or mean something else; apply pins the settings they were rendered with."""
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    with connect(empty_db) as conn:
        conn.execute(PRELUDE)  # type: ignore[arg-type]
    set_and_check(empty_db, SETTINGS[setting], setting)
    made = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--name", "initial")
    assert made.code == 2, made.text
    (plan_file,) = (tmp_path / "generated").glob("*_initial.sql")
    assert "nextval('invoice_numbers'::regclass)" in plan_file.read_text()
    applied = run_cli(capsys, "apply", "--url", empty_db.conninfo())
    assert applied.code == 0, applied.text
    again = run_cli(capsys, "plan", "--url", empty_db.conninfo(), "--out", "-")
    assert again.code == 0, again.text
    with connect(empty_db) as conn:  # the target's own settings are still its own
        conn.execute("insert into public.companies (name) values ('Acme')")
        row = conn.execute(
            "select pg_catalog.current_setting('search_path'), "
            "pg_catalog.current_setting('standard_conforming_strings')"
        ).fetchone()
    assert row is not None and (row[0], row[1]) != ('"$user", public', "on")
