"""The product schema rewritten for Citus (examples/citus/), on a real cluster (a coordinator and
two workers, tests/citushelp.py): planned from an empty database, applied, planned again with
nothing to do; every table distributed as its file declares; two tenants isolated by row level
security through the coordinator. Skipped, with the reason, where the Citus source is not
beside the project.

The CLI runs as a user runs it (``python -m schemadiff --config …``), on a copy of
examples/citus/ so that its plans and state stay out of the repository.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import errors, sql

import citushelp

if citushelp.citus_source() is None:
    pytest.skip(
        "no Citus source beside the project (../shared/citus or $SCHEMADIFF_CITUS_SOURCE)", allow_module_level=True
    )

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "citus"
Conn = psycopg.Connection
DIM = 1536

# select create_distributed_table('public.x', 'column', …) / select create_reference_table('public.x')
_DISTRIBUTED = re.compile(r"create_distributed_table\('public\.(\w+)', '(\w+)'")
_REFERENCE = re.compile(r"create_reference_table\('public\.(\w+)'\)")


@dataclass(frozen=True)
class Run:
    code: int
    text: str


@dataclass(frozen=True)
class Deployed:
    url: str  # the target database on the coordinator
    first_plan: Run
    apply: Run
    second_plan: Run
    plan_file: str  # the plan the first run wrote


@dataclass(frozen=True)
class Tenant:
    company_id: str
    member: str  # a member's user id
    contact_id: str
    deal_id: str

    def claims(self) -> str:
        return json.dumps({"sub": self.member, "company_id": self.company_id, "user_role": "member"})


def declared_distribution() -> dict[str, tuple[str, str | None]]:
    """table -> (partmethod, distribution column) as the example's .sql files declare them."""
    text = "\n".join(p.read_text() for p in sorted((EXAMPLE / "schema").rglob("*.sql")))
    declared: dict[str, tuple[str, str | None]] = {t: ("h", c) for t, c in _DISTRIBUTED.findall(text)}
    declared.update({t: ("n", None) for t in _REFERENCE.findall(text)})
    return declared


@pytest.fixture(scope="module")
def cluster() -> Iterator[citushelp.Cluster]:
    with citushelp.running_cluster() as running:  # (with citus.enable_unsafe_triggers: the product has triggers)
        yield running


def _cli(project: Path, url: str, dev_url: str, *args: str) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "schemadiff", "--config", str(project / "schemadiff.yaml"), *args, "--dev-url", dev_url],
        cwd=project,
        env={**os.environ, "CITUS_URL": url},
        capture_output=True,
        text=True,
        timeout=900,
    )
    return Run(done.returncode, done.stdout + done.stderr)


@pytest.fixture(scope="module")
def deployed(cluster: citushelp.Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployed]:
    """examples/citus planned and applied to a new database of the cluster (the prelude, the
    platform's part, loaded into it first, as the platform would)."""
    project = tmp_path_factory.mktemp("citus_product") / "project"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".schemadiff", "generated"))
    name = f"crm_{uuid.uuid4().hex[:10]}"
    cluster.create_database(name)
    url: str = cluster.coordinator.url(name)
    dev_url: str = cluster.coordinator.url()
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            for prelude in sorted((project / "schema" / "_prelude").glob("*.sql")):
                conn.execute(prelude.read_text())
        first = _cli(project, url, dev_url, "plan")
        plans = sorted((project / "generated").glob("*.sql"))
        applied = _cli(project, url, dev_url, "apply") if first.code == 2 else Run(-1, "not run")
        second = _cli(project, url, dev_url, "plan") if applied.code == 0 else Run(-1, "not run")
        yield Deployed(url, first, applied, second, plans[-1].read_text() if plans else "")
    finally:
        cluster.drop_database(name)


@pytest.fixture(scope="module")
def tenants(deployed: Deployed) -> tuple[Tenant, Tenant]:
    """Two companies with a member, a contact, a deal and an enabled workflow each, seeded (and
    committed) as postgres, which bypasses RLS: Citus refuses to let another user read placements
    modified earlier in the same transaction."""
    assert deployed.apply.code == 0, deployed.apply.text
    made = []
    with psycopg.connect(deployed.url, autocommit=True) as conn:
        for tag in ("a", "b"):
            company = _insert(conn, "companies", name=f"Company {tag}", slug=f"company-{tag}")
            member = str(uuid.uuid4())
            _insert(conn, "users", id=member, company_id=company, email=f"member@{tag}.example", role="member")
            contact = _insert(conn, "contacts", company_id=company, first_name="Ada", owner_user_id=member)
            deal = _insert(conn, "deals", company_id=company, title="Pilot", contact_id=contact, amount=1200)
            _insert(
                conn,
                "workflows",
                company_id=company,
                name="on_created",
                trigger_event="conversation.created",
                enabled=True,
            )
            made.append(Tenant(company, member, contact, deal))
    return made[0], made[1]


def _insert(conn: Conn, table: str, **values: object) -> str:
    query = sql.SQL("insert into {} ({}) values ({}) returning id").format(
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, values)),
        sql.SQL(", ").join(sql.Placeholder() * len(values)),
    )
    row = conn.execute(query, list(values.values())).fetchone()
    assert row is not None
    return str(row[0])


class acting_as:
    """A transaction through the coordinator as ``authenticated`` with a tenant's JWT claims,
    rolled back. The claims are set with SET LOCAL (not set_config) and
    citus.propagate_set_commands = 'local', so that the workers' connections, where the shards'
    policies are evaluated, get them too."""

    def __init__(self, url: str, tenant: Tenant) -> None:
        self.url, self.tenant = url, tenant

    def __enter__(self) -> Conn:
        self.conn = psycopg.connect(self.url)
        self.conn.execute("set local citus.propagate_set_commands = 'local'")
        self.conn.execute("set local role authenticated")
        self.conn.execute(sql.SQL("set local request.jwt.claims = {}").format(sql.Literal(self.tenant.claims())))
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.rollback()
        self.conn.close()


def _count(conn: Conn, query: str, *params: object) -> int:
    row = conn.execute(query, params).fetchone()
    assert row is not None
    return int(row[0])


def test_plan_from_empty_apply_then_no_changes(deployed: Deployed) -> None:
    assert deployed.first_plan.code == 2, deployed.first_plan.text
    assert deployed.apply.code == 0, deployed.apply.text
    assert "applied and verified" in deployed.apply.text
    assert deployed.second_plan.code == 0, deployed.second_plan.text
    assert "No changes" in deployed.second_plan.text
    script = deployed.plan_file
    leader = "select create_distributed_table('\"public\".\"agent_configs\"', 'company_id', colocate_with => 'none'"
    assert leader + ", shard_count => 32)" in script  # the group's first table by name carries the shard count
    assert "create_distributed_table('\"public\".\"companies\"', 'id'" in script


def test_tables_are_distributed_as_declared(deployed: Deployed) -> None:
    assert deployed.apply.code == 0, deployed.apply.text
    declared = declared_distribution()
    assert len(declared) == 15 and declared["companies"] == ("h", "id")
    with psycopg.connect(deployed.url) as conn:
        rows = conn.execute(
            "select c.relname, p.partmethod::text, column_to_column_name(p.logicalrelid, p.partkey),"
            "       p.colocationid, g.shardcount"
            "  from pg_dist_partition p"
            "  join pg_class c on c.oid = p.logicalrelid"
            "  left join pg_dist_colocation g using (colocationid)"
            " where c.relnamespace = 'public'::regnamespace"
        ).fetchall()
        tables = {
            r[0]
            for r in conn.execute(
                "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'"
            ).fetchall()
        }
        local = _count(conn, "select count(*) from pg_dist_partition where logicalrelid = 'storage.buckets'::regclass")
        buckets = [r[0] for r in conn.execute("select id from storage.buckets order by id").fetchall()]
    assert {r[0]: (r[1], r[2]) for r in rows} == declared
    assert tables == set(declared)  # every table of the product is in Citus's metadata
    hashed = [r for r in rows if r[1] == "h"]
    assert len({r[3] for r in hashed}) == 1  # one colocation group: a tenant's rows share a node
    assert {r[4] for r in hashed} == {32}
    assert local == 0  # the platform's table stays local to the coordinator
    assert buckets == ["call-recordings", "recordings"]  # the managed rows (schema/data/)


def test_tenant_sees_only_its_own_contacts_and_deals(deployed: Deployed, tenants: tuple[Tenant, Tenant]) -> None:
    a, b = tenants
    with psycopg.connect(deployed.url) as conn:  # as postgres: both tenants' rows are there
        assert _count(conn, "select count(*) from contacts where company_id = %s", b.company_id) == 1
        assert _count(conn, "select count(*) from deals where company_id = %s", b.company_id) == 1
    with acting_as(deployed.url, a) as conn:
        for table in ("contacts", "deals"):
            query = f"select count(*) from {table}"  # a multi-shard query, filtered on every shard
            assert _count(conn, query) == 1, table
            assert _count(conn, query + " where company_id = %s", a.company_id) == 1, table
            assert _count(conn, query + " where company_id = %s", b.company_id) == 0, table  # routed to B's shard
        assert _count(conn, "select count(*) from deals where id = %s", b.deal_id) == 0
        assert _count(conn, "select count(*) from companies") == 1


def test_tenant_cannot_insert_into_another_tenant(deployed: Deployed, tenants: tuple[Tenant, Tenant]) -> None:
    a, b = tenants
    with acting_as(deployed.url, a) as conn:  # control: its own company
        _insert(conn, "contacts", company_id=a.company_id, first_name="Eve")
        _insert(conn, "deals", company_id=a.company_id, title="Side deal", contact_id=a.contact_id)
    for table, values in [
        ("contacts", {"company_id": b.company_id, "first_name": "Eve"}),
        ("deals", {"company_id": b.company_id, "title": "Poach"}),
    ]:
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            with acting_as(deployed.url, a) as conn:
                _insert(conn, table, **values)
    with psycopg.connect(deployed.url) as conn:
        assert _count(conn, "select count(*) from contacts where company_id = %s", b.company_id) == 1


def test_functions_and_triggers_work_through_the_coordinator(
    deployed: Deployed, tenants: tuple[Tenant, Tenant]
) -> None:
    a, b = tenants
    vec = "[" + ",".join(["0.1"] * DIM) + "]"
    with psycopg.connect(deployed.url, autocommit=True) as conn:
        for tenant in (a, b):
            kb = _insert(conn, "knowledge_bases", company_id=tenant.company_id, name=f"docs {uuid.uuid4().hex[:6]}")
            _insert(conn, "knowledge_chunks", company_id=tenant.company_id, knowledge_base_id=kb, chunk_index=0,
                    content="x", embedding=vec)  # fmt: skip
    with acting_as(deployed.url, a) as conn:
        # PL/pgSQL in the example: Citus cannot plan a parameterized query of a SQL function
        rows = conn.execute("select id from match_knowledge_chunks(%s::vector, 10)", (vec,)).fetchall()
        assert len(rows) == 1
        # the AFTER INSERT trigger (SECURITY DEFINER) queues the enabled workflow's execution,
        # from the shard's node (citus.enable_unsafe_triggers); the tenant reads it back
        _insert(conn, "conversations", company_id=a.company_id, user_id=a.member, channel="chat")
        assert _count(conn, "select count(*) from workflow_executions") == 1
