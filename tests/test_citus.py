"""Citus: distribution declared in schema/, read from the catalog, planned, applied and verified
on a real cluster (a coordinator and two workers, tests/citushelp.py). Skipped, with the reason,
where the Citus source is not beside the project."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

import citushelp
from clihelp import Run, run_cli
from schemadiff.changes import Action
from schemadiff.classify import classify

if citushelp.citus_source() is None:
    pytest.skip(
        "no Citus source beside the project (../shared/citus or $SCHEMADIFF_CITUS_SOURCE)", allow_module_level=True
    )

CONFIG = """\
schema_dir: schema
generated_dir: generated
state_dir: .schemadiff
schemas:
  include: [public]
targets:
  cluster:
    url: {url}
default_target: cluster
"""

EXTENSIONS = "create extension if not exists citus;\n"
TABLES = """\
create table public.companies (id bigint primary key, name text not null);
select create_distributed_table('public.companies', 'id', shard_count => 4);

create table public.contacts (
    company_id bigint not null references public.companies (id),
    id bigint not null,
    email text,
    primary key (company_id, id)
);
select create_distributed_table('public.contacts', 'company_id', colocate_with => 'public.companies');
create index contacts_email on public.contacts (email);

create table public.plans (id int primary key, name text);
select create_reference_table('public.plans');

alter table public.contacts enable row level security;
create policy tenant on public.contacts
    using (company_id = nullif(current_setting('app.company_id', true), '')::bigint);
grant select, insert on public.contacts to public;
"""


@pytest.fixture(scope="module")
def cluster() -> Iterator[citushelp.Cluster]:
    with citushelp.running_cluster() as running:
        yield running


@pytest.fixture
def project(cluster: citushelp.Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    name = f"t_{uuid.uuid4().hex[:10]}"
    cluster.create_database(name)
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "00_extensions.sql").write_text(EXTENSIONS)
    (tmp_path / "schema" / "10_tables.sql").write_text(TABLES)
    (tmp_path / "schemadiff.yaml").write_text(CONFIG.format(url=cluster.coordinator.url(name)))
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    cluster.drop_database(name)


def _dev(cluster: citushelp.Cluster) -> str:
    return str(cluster.coordinator.url())


def _plan(capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster) -> Run:
    return run_cli(capsys, "plan", "--dev-url", _dev(cluster))


def _apply(capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, *extra: str) -> Run:
    return run_cli(capsys, "apply", "--dev-url", _dev(cluster), *extra)


def _target(project: Path) -> str:
    return (project / "schemadiff.yaml").read_text().split("url: ")[1].splitlines()[0]


def _distribution(url: str) -> dict[str, tuple[str, str | None, int]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "select logicalrelid::regclass::text, partmethod::text,"
            " column_to_column_name(logicalrelid, partkey), coalesce(g.shardcount, 0)"
            " from pg_dist_partition p left join pg_dist_colocation g using (colocationid)"
        ).fetchall()
    return {table: (method, column, shards) for table, method, column, shards in rows}


def _latest_plan(project: Path) -> str:
    return sorted((project / "generated").glob("*.sql"))[-1].read_text()


def test_plan_from_empty_apply_then_nothing_to_do(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    planned = _plan(capsys, cluster)
    assert planned.code == 2, planned.text
    script = _latest_plan(project)
    assert (
        "select create_distributed_table('\"public\".\"companies\"', 'id', colocate_with => 'none', shard_count => 4)"
        in script
    )
    colocated = 'select create_distributed_table(\'"public"."contacts"\', \'company_id\', colocate_with => \'"public"."companies"\')'
    assert colocated in script
    assert 'select create_reference_table(\'"public"."plans"\')' in script
    # distributed before its keys and foreign keys are added (Citus then adds them to every shard)
    assert script.index(colocated) < script.index('add constraint "contacts_company_id_fkey"')
    assert "DATA_MOVED" not in script  # new tables hold no rows

    applied = _apply(capsys, cluster)
    assert applied.code == 0, applied.text
    assert "applied and verified" in applied.text
    assert _plan(capsys, cluster).code == 0
    assert _distribution(_target(project)) == {
        "companies": ("h", "id", 4),
        "contacts": ("h", "company_id", 4),
        "plans": ("n", None, 1),
    }
    with psycopg.connect(cluster.workers[0].url(_target(project).rsplit("/", 1)[1])) as conn:
        shards = conn.execute("select count(*) from citus_shards where table_name = 'companies'::regclass").fetchone()
    assert shards == (4,)  # the coordinator's metadata, as the workers have it

    # the CI gate replays generated/ in a single-node shadow (Citus there from the start)
    checked = run_cli(capsys, "check", "--dev-url", _dev(cluster))
    assert "they lead to schema/: yes" in checked.text, checked.text

    # dumped, the distribution comes back as calls that load to the same catalog
    dumped = run_cli(capsys, "dump", "--url", _target(project), "--out", str(project / "dumped"))
    assert dumped.code == 0, dumped.text
    calls = (project / "dumped" / "15_distribution.sql").read_text()
    assert "select create_reference_table('public.plans');" in calls
    assert calls.index("'public.companies', 'id', colocate_with => 'none', shard_count => 4);") < calls.index(
        "select create_distributed_table('public.contacts', 'company_id', colocate_with => 'public.companies');"
    )
    assert "create extension if not exists citus;" in (project / "dumped" / "01_extensions.sql").read_text()
    same = run_cli(
        capsys, "diff", "--from", str(project / "dumped"), "--to", _target(project), "--dev-url", _dev(cluster)
    )
    assert same.code == 0, same.text


def test_follow_up_change_new_column_index_and_colocated_table(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    assert _plan(capsys, cluster).code == 2
    assert _apply(capsys, cluster).code == 0
    with psycopg.connect(_target(project), autocommit=True) as conn:
        conn.execute("insert into companies values (1, 'a'), (2, 'b')")
        conn.execute("insert into contacts values (1, 1, 'x@a'), (2, 1, 'y@b')")
    tables = project / "schema" / "10_tables.sql"
    tables.write_text(
        tables.read_text().replace("    email text,\n", "    email text,\n    phone text,\n")
        + "create index contacts_phone on public.contacts (phone);\n"
        "create table public.deals (\n    company_id bigint not null, id bigint not null, contact_id bigint,\n"
        "    primary key (company_id, id),\n"
        "    foreign key (company_id, contact_id) references public.contacts (company_id, id)\n);\n"
        "select create_distributed_table('public.deals', 'company_id', colocate_with => 'public.contacts');\n"
    )
    planned = _plan(capsys, cluster)
    assert planned.code == 2, planned.text
    script = _latest_plan(project)
    assert "CREATE INDEX CONCURRENTLY contacts_phone" in script  # the table holds rows: online
    # the group's first table by name is the one it is planned against
    assert (
        'select create_distributed_table(\'"public"."deals"\', \'company_id\', colocate_with => \'"public"."companies"\')'
        in script
    )
    applied = _apply(capsys, cluster)
    assert applied.code == 0, applied.text
    assert _plan(capsys, cluster).code == 0
    with psycopg.connect(_target(project)) as conn:
        groups = conn.execute(
            "select count(distinct colocationid) from pg_dist_partition where partmethod = 'h'"
        ).fetchone()
        rows = conn.execute("select count(*) from contacts").fetchone()
    assert groups == (1,) and rows == (2,)


def test_existing_local_tables_distributed_referenced_first(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    url = _target(project)
    local = "\n".join(line for line in TABLES.splitlines() if not line.startswith("select create_"))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(local)
        conn.execute("insert into companies values (1, 'a'), (2, 'b')")
        conn.execute("insert into contacts values (1, 1, 'x@a'), (2, 1, 'y@b'), (2, 2, 'z@b')")
    planned = _plan(capsys, cluster)
    assert planned.code == 2, planned.text
    assert "DATA_MOVED" in planned.text  # the rows are copied to the shards
    assert "BLOCKING WRITES (3)" in planned.text  # called out first: writes wait for the copy
    script = _latest_plan(project)
    assert script.index('create_distributed_table(\'"public"."companies"\'') < script.index(
        'create_distributed_table(\'"public"."contacts"\''
    )  # contacts references companies: Citus needs companies distributed first
    applied = _apply(capsys, cluster)  # (DATA_MOVED is reviewed, not approved: nothing is lost)
    assert applied.code == 0, applied.text
    assert _plan(capsys, cluster).code == 0
    with psycopg.connect(url) as conn:
        assert conn.execute("select count(*) from contacts").fetchone() == (3,)
    assert set(_distribution(url)) == {"companies", "contacts", "plans"}


def test_shard_count_and_undistribute_of_a_table_without_not_null(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    tables = project / "schema" / "10_tables.sql"
    tables.write_text(
        tables.read_text()
        + "create table public.events (company_id bigint, payload text);\n"
        + "select create_distributed_table('public.events', 'company_id', colocate_with => 'none', shard_count => 2);\n"
    )
    assert _plan(capsys, cluster).code == 2
    assert _apply(capsys, cluster).code == 0
    with psycopg.connect(_target(project), autocommit=True) as conn:
        conn.execute("insert into events values (1, 'a'), (2, 'b'), (3, 'c')")
    tables.write_text(tables.read_text().replace("shard_count => 2", "shard_count => 3"))
    planned = _plan(capsys, cluster)
    assert planned.code == 2, planned.text
    assert (
        'select alter_distributed_table(\'"public"."events"\', shard_count => 3, cascade_to_colocated => true)'
        in _latest_plan(project)
    )
    assert _apply(capsys, cluster).code == 0
    assert _distribution(_target(project))["events"] == ("h", "company_id", 3)

    tables.write_text(tables.read_text().replace("select create_distributed_table('public.events'", "-- "))
    planned = _plan(capsys, cluster)
    assert planned.code == 2, planned.text
    assert 'select undistribute_table(\'"public"."events"\')' in _latest_plan(project)
    assert _apply(capsys, cluster).code == 0
    assert _plan(capsys, cluster).code == 0
    assert "events" not in _distribution(_target(project))
    with psycopg.connect(_target(project)) as conn:
        assert conn.execute("select count(*) from events").fetchone() == (3,)


def test_shard_count_of_tables_with_not_null_columns(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    assert _plan(capsys, cluster).code == 2
    assert _apply(capsys, cluster).code == 0
    tables = project / "schema" / "10_tables.sql"
    tables.write_text(tables.read_text().replace("shard_count => 4", "shard_count => 6"))
    assert _plan(capsys, cluster).code == 2
    applied = _apply(capsys, cluster)
    assert applied.code == 0, applied.text
    assert _plan(capsys, cluster).code == 0
    assert _distribution(_target(project))["contacts"] == ("h", "company_id", 6)
    with psycopg.connect(_target(project)) as conn:  # Citus re-created it under a temporary name
        names = conn.execute("select conname from pg_constraint where conrelid = 'companies'::regclass").fetchall()
    assert ("companies_3861677242_id_not_null",) in names  # (not compared: Citus cannot rename it)

    # made local again: the names become the table's own again
    tables.write_text(tables.read_text().replace("select create_distributed_table('public.contacts'", "-- "))
    tables.write_text(tables.read_text().replace("select create_distributed_table('public.companies'", "-- "))
    tables.write_text(tables.read_text().replace("select create_reference_table('public.plans'", "-- "))
    planned = _plan(capsys, cluster)
    assert planned.code == 2, planned.text
    script = _latest_plan(project)
    # converted a second time: the name made up for the copy is taken (by its own), so it gets a number
    assert 'rename constraint "companies_3861677242_id_not_null1" to "companies_id_not_null"' in script
    # linked by a foreign key: Citus undistributes them together (one alone is refused)
    assert 'select undistribute_table(\'"public"."companies"\', cascade_via_foreign_keys => true)' in script
    assert 'undistribute_table(\'"public"."contacts"\'' not in script
    applied = _apply(capsys, cluster)
    assert applied.code == 0, applied.text
    assert _plan(capsys, cluster).code == 0
    assert _distribution(_target(project)) == {}


def test_the_dependency_order_alone_puts_citus_plans_right(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every plan ordered with the ties broken the other way round, as the corpus does for its
    cases: distributing new tables (colocated, a reference table), a shard count changed, and
    the tables made local again (one call for the two a foreign key links, then their NOT NULL
    constraints renamed back) still apply."""
    import schemadiff.diff as diff_module

    usual = diff_module.ordered
    monkeypatch.setattr(
        diff_module, "ordered", lambda *args, **kwargs: usual(*args, **{**kwargs, "reverse_ties": True})
    )
    assert _plan(capsys, cluster).code == 2
    applied = _apply(capsys, cluster)
    assert applied.code == 0, applied.text
    tables = project / "schema" / "10_tables.sql"
    tables.write_text(tables.read_text().replace("shard_count => 4", "shard_count => 6"))
    assert _plan(capsys, cluster).code == 2
    applied = _apply(capsys, cluster)
    assert applied.code == 0, applied.text
    for call in ("create_distributed_table('public.contacts'", "create_distributed_table('public.companies'"):
        tables.write_text(tables.read_text().replace(f"select {call}", "-- "))
    tables.write_text(tables.read_text().replace("select create_reference_table('public.plans'", "-- "))
    assert _plan(capsys, cluster).code == 2
    assert "rename constraint" in _latest_plan(project)
    applied = _apply(capsys, cluster)
    assert applied.code == 0, applied.text
    assert _plan(capsys, cluster).code == 0
    assert _distribution(_target(project)) == {}


def test_unique_key_without_the_distribution_column_is_named_at_plan_time(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    tables = project / "schema" / "10_tables.sql"
    tables.write_text(
        tables.read_text() + "create table public.deals (company_id bigint not null, id bigint primary key);\n"
        "select create_distributed_table('public.deals', 'company_id');\n"
    )
    line = tables.read_text().splitlines().index("select create_distributed_table('public.deals', 'company_id');") + 1
    planned = _plan(capsys, cluster)
    assert planned.code == 1
    assert f"schema/10_tables.sql:{line}:1" in planned.err
    assert (
        "cannot have UNIQUE, EXCLUDE, or PRIMARY KEY constraints that do not include the partition column"
        in planned.err
    )
    assert not (project / "generated").exists() or not list((project / "generated").glob("*.sql"))


def test_drift_reports_a_table_distributed_out_of_band(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    assert _plan(capsys, cluster).code == 2
    assert _apply(capsys, cluster).code == 0
    with psycopg.connect(_target(project), autocommit=True) as conn:
        conn.execute("select undistribute_table('public.plans')")
        conn.execute("create table public.stray (id bigint)")
        conn.execute("select create_distributed_table('public.stray', 'id')")
    drift = run_cli(capsys, "drift", "--dev-url", _dev(cluster))
    assert drift.code == 2, drift.text
    assert "missing: distribution public.plans" in drift.out
    assert "unexpected: distribution public.stray" in drift.out
    assert 'select create_reference_table(\'"public"."plans"\')' in drift.out

    # reconciled: rehearsed on a copy (pg_dump copies no distribution: the copy is distributed
    # as the target is), then applied; plans' NOT NULL names are not renamed (Citus refuses it)
    planned = run_cli(capsys, "plan", "--dev-url", _dev(cluster), "--allow-destructive")
    assert planned.code == 2, planned.text
    assert "rename constraint" not in _latest_plan(project)
    rehearsed = _apply(capsys, cluster, "--dry-run")
    assert rehearsed.code == 0 and "scratch copy" in rehearsed.text, rehearsed.text
    assert _apply(capsys, cluster).code == 0
    assert _plan(capsys, cluster).code == 0


def test_rls_isolates_tenants_through_the_coordinator(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    assert _plan(capsys, cluster).code == 2
    assert _apply(capsys, cluster).code == 0
    url = _target(project)
    role = f"tenant_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"create role {role} login")  # propagated to the workers; Citus connects to them as it
        conn.execute("insert into companies values (1, 'a'), (2, 'b')")
        conn.execute("insert into contacts values (1, 1, 'x@a'), (1, 2, 'y@a'), (2, 1, 'z@b')")
    try:
        with psycopg.connect(url) as conn:
            # Citus forwards SET LOCAL (not set_config) to the workers' connections when asked to
            conn.execute("set citus.propagate_set_commands = 'local'")
            conn.execute(f"set local role {role}")
            conn.execute("set local app.company_id = '1'")
            assert conn.execute("select count(*) from contacts").fetchone() == (2,)  # a multi-shard query
            assert conn.execute("select count(*) from contacts where company_id = 2").fetchone() == (0,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("insert into contacts values (2, 9, 'evil@b')")  # routed to tenant 2's shard
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"drop owned by {role}")
            conn.execute(f"drop role {role}")


def test_statements_are_classified_from_their_text_alone() -> None:
    found = classify(
        "select create_distributed_table('\"public\".\"a.b\"', 'id', colocate_with => 'none', shard_count => 4)"
    )
    assert (found.kind, found.action, found.identity) == ("distribution", Action.CREATE, "public.a.b")
    assert classify('select undistribute_table(\'"s"."t"\')').action is Action.DROP
    assert classify('select alter_distributed_table(\'"s"."t"\', shard_count => 8)').action is Action.ALTER
    # anything more than the one call is not recognised: apply treats it as destructive
    assert classify('select create_reference_table(\'"s"."t"\'), pg_sleep(1)').kind == "object"
    assert classify("select create_reference_table(format('%s', 'x'))").kind == "object"


def test_an_interrupted_concurrent_build_on_a_distributed_table_is_built_again(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    assert _plan(capsys, cluster).code == 2
    assert _apply(capsys, cluster).code == 0
    url = _target(project)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("insert into companies values (1, 'a'), (2, 'b')")
        conn.execute("insert into contacts values (1, 1, 'x@a'), (2, 2, 'y@b'), (2, 3, 'z@b')")
    tables = project / "schema" / "10_tables.sql"
    # fails on the shard that holds id 2 (division by zero), after the others were built
    tables.write_text(tables.read_text() + "create index contacts_odd on public.contacts ((100 / (id - 2)));\n")
    assert _plan(capsys, cluster).code == 2
    assert "CREATE INDEX CONCURRENTLY contacts_odd" in _latest_plan(project)
    failed = _apply(capsys, cluster)
    assert failed.code == 1 and "division by zero" in failed.text, failed.text
    with psycopg.connect(url) as conn:
        left = conn.execute(
            "select indisvalid from pg_index where indexrelid = 'public.contacts_odd'::regclass"
        ).fetchone()
    assert left == (False,)  # Citus leaves an invalid index (and some shards' copies)

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("delete from contacts where id = 2")
    again = _apply(capsys, cluster)  # drops the leftover (IF EXISTS reaches the shards) and builds it again
    assert again.code == 0, again.text
    with psycopg.connect(url) as conn:
        built = conn.execute(
            "select indisvalid from pg_index where indexrelid = 'public.contacts_odd'::regclass"
        ).fetchone()
    assert built == (True,)
    assert _plan(capsys, cluster).code == 0


def test_a_target_without_citus_is_named_at_plan_time(
    capsys: pytest.CaptureFixture[str], cluster: citushelp.Cluster, project: Path
) -> None:
    name = f"plain_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(cluster.coordinator.url(), autocommit=True) as conn:
        conn.execute(f'create database "{name}"')  # no citus in it
    config = project / "schemadiff.yaml"
    config.write_text(config.read_text().replace(_target(project), cluster.coordinator.url(name)))
    planned = _plan(capsys, cluster)
    assert planned.code == 1
    assert "target cluster has no Citus: create the extension citus there and add its workers" in planned.err
