"""Default privileges (``ALTER DEFAULT PRIVILEGES``): whose entries are compared, and how.

The corpus (tests/cases/default_privileges/) loads both sides as the same role. These tests
cover what it cannot: the desired side loaded by one role (the shadow's) and the target
inspected and changed by another (the deploy role), roles named in the config, roles out
of scope, and the config key itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from schemadiff.catalog import SchemaFilter, compare_catalogs
from schemadiff.config import load_settings
from schemadiff.diff import diff
from schemadiff.errors import ConfigError
from schemadiff.servers import connect, scratch_database
from schemadiff.snapshot import Snapshot, take_snapshot
from schemadiff.urls import DatabaseUrl

DEPLOYER, READER, OWNER, OTHER = "sdtest_dp_deployer", "sdtest_dp_reader", "sdtest_dp_owner", "sdtest_dp_other"
ROLES = f"""
do $$
begin
    begin create role {DEPLOYER} login; exception when duplicate_object or unique_violation then null; end;
    begin create role {READER} nologin; exception when duplicate_object or unique_violation then null; end;
    begin create role {OWNER} nologin; exception when duplicate_object or unique_violation then null; end;
    begin create role {OTHER} nologin; exception when duplicate_object or unique_violation then null; end;
end
$$;
"""
SCOPE = SchemaFilter(exclude=("schemadiff",))


@pytest.fixture
def two_databases(pg_server: DatabaseUrl) -> Iterator[tuple[DatabaseUrl, DatabaseUrl]]:
    with scratch_database(pg_server, label="dp") as a, scratch_database(pg_server, label="dp") as b:
        for url in (a, b):
            with connect(url) as conn:
                conn.execute(ROLES)
                conn.execute(f"create schema app; grant create, usage on schema app to {DEPLOYER}")
        yield a, b


def _as(url: DatabaseUrl, role: str) -> DatabaseUrl:
    return url.with_query(user=role)


def _run(url: DatabaseUrl, sql: str) -> None:
    with connect(url) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def _snapshot(url: DatabaseUrl, scope: SchemaFilter = SCOPE) -> Snapshot:
    return take_snapshot(url, scope, name=url.user or "superuser")


def test_the_inspecting_roles_defaults_compare_equal_whoever_it_is(two_databases) -> None:
    """Target: the deploy role's defaults; desired: the same defaults of the shadow's superuser."""
    target, shadow = two_databases
    defaults = f"alter default privileges in schema app grant select on tables to {READER}"
    _run(_as(target, DEPLOYER), defaults)
    _run(shadow, defaults + "; alter default privileges revoke execute on functions from public")
    current, desired = _snapshot(_as(target, DEPLOYER)), _snapshot(shadow)
    assert current.catalog.of_kind("default_privilege").keys() == {
        f"for current_user in schema app on tables to {READER}"
    }

    changes = diff(current, desired)
    assert [c.sql for c in changes] == ["alter default privileges revoke execute on functions from PUBLIC"]
    _run(_as(target, DEPLOYER), changes[0].sql)  # applied by the deploy role, as apply would
    after = _snapshot(_as(target, DEPLOYER))
    assert compare_catalogs(after.catalog, desired.catalog) == []
    assert diff(after, desired) == []
    # the deploy role's entries are what changed, not the superuser's
    with connect(target) as conn:
        owners = {row[0] for row in conn.execute("select defaclrole::regrole::text from pg_default_acl")}
    assert owners == {DEPLOYER}


def test_a_new_object_starts_with_the_defaults_the_plan_sets(two_databases) -> None:
    """A table created by the plan gets the desired defaults of the deploy role: the plan
    sets them first and grants nothing twice, and revokes what the desired table lacks."""
    target, shadow = two_databases
    _run(
        shadow,
        f"create table app.early (id int); alter default privileges in schema app grant select on tables to {READER};"
        " create table app.late (id int)",
    )
    current, desired = _snapshot(_as(target, DEPLOYER)), _snapshot(shadow)
    changes = diff(current, desired)
    kinds = [(c.kind, c.action.value) for c in changes]
    assert kinds[0] == ("default_privilege", "create")
    assert not [c for c in changes if c.kind == "privilege" and "late" in c.sql]
    assert [c.sql for c in changes if c.kind == "privilege"] == [f"revoke select on table app.early from {READER}"]
    with connect(_as(target, DEPLOYER)) as conn, conn.transaction():
        for change in changes:
            conn.execute(change.sql)  # type: ignore[arg-type]
    assert diff(_snapshot(_as(target, DEPLOYER)), desired) == []


def test_named_roles_are_compared_by_name_and_other_roles_are_ignored(two_databases) -> None:
    target, shadow = two_databases
    _run(target, f"alter default privileges for role {OTHER} grant select on tables to {READER}")
    _run(shadow, f"alter default privileges for role {OWNER} in schema app grant select on tables to {READER}")
    named = SchemaFilter(exclude=("schemadiff",), default_privileges_for=(OWNER,))
    current, desired = _snapshot(target, named), _snapshot(shadow, named)
    assert current.catalog.of_kind("default_privilege") == {}  # OTHER is not in scope
    assert desired.catalog.of_kind("default_privilege").keys() == {f"for {OWNER} in schema app on tables to {READER}"}
    changes = [c for c in diff(current, desired) if c.kind == "default_privilege"]
    assert [c.sql for c in changes] == [
        f"alter default privileges for role {OWNER} in schema app grant select on tables to {READER}"
    ]
    # without the config key, the named role's entries are out of scope too
    assert _snapshot(shadow).catalog.of_kind("default_privilege") == {}


@pytest.mark.parametrize(
    ("privileges", "expected"),
    [
        ("privileges:\n  default_privilege_for: [a]\n", "privileges: unknown key 'default_privilege_for'"),
        ("privileges: [a]\n", "privileges: expected a mapping"),
        (
            "privileges:\n  default_privileges_for: {a: 1}\n",
            "privileges.default_privileges_for: expected a list of names",
        ),
        ("privileges:\n  default_privileges_for: [public]\n", "'public' is not a role name"),
        ("privileges:\n  default_privileges_for: [a, a]\n", "a role is listed twice"),
    ],
)
def test_bad_privileges_config_is_named(tmp_path: Path, privileges: str, expected: str) -> None:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schemadiff.yaml").write_text(privileges)
    with pytest.raises(ConfigError, match=re.escape(expected)):
        load_settings(cwd=tmp_path, environ={})


def test_privileges_config_is_read(tmp_path: Path) -> None:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schemadiff.yaml").write_text('privileges:\n  default_privileges_for: [app_owner, "Odd Role"]\n')
    settings = load_settings(cwd=tmp_path, environ={})
    assert settings.default_privileges_for == ("app_owner", "Odd Role")
    (tmp_path / "schemadiff.yaml").write_text("schemas: {include: [public]}\n")
    assert load_settings(cwd=tmp_path, environ={}).default_privileges_for == ()


def test_a_dry_run_copy_keeps_the_readers_defaults_as_its_own(two_databases, pg_server: DatabaseUrl) -> None:
    """apply --dry-run restores pg_dump's copy of the target as another role: the target
    reader's defaults must stay "the defaults of the role running schemadiff" there."""
    from schemadiff.dryrun import schema_copy
    from schemadiff.fingerprint import fingerprint

    target, _ = two_databases
    _run(
        _as(target, DEPLOYER),
        f"alter default privileges in schema app grant select on tables to {READER};"
        " alter default privileges revoke execute on functions from public",
    )
    original = _snapshot(_as(target, DEPLOYER))
    assert len(original.catalog.of_kind("default_privilege")) == 2
    with schema_copy(_as(target, DEPLOYER), pg_server, prelude=[]) as copy:
        restored = _snapshot(copy)  # as the server's superuser, as the dry run applies
    assert compare_catalogs(original.catalog, restored.catalog) == []
    assert fingerprint(restored.catalog) == fingerprint(original.catalog)
