"""Row level security, grants and functions of the product schema (schema/), on a real PostgreSQL.

Data is seeded as the superuser ``postgres`` (superusers bypass RLS). Each check then runs
in a transaction as an API role (``authenticated``, ``anon``, ``service_role``) with the JWT
claims the API gateway would set, and is rolled back unless stated otherwise.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import errors, sql

from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

Conn = psycopg.Connection

TABLES = (
    "companies", "users", "agent_configs", "contacts", "deals", "knowledge_bases",
    "knowledge_chunks", "conversations", "messages", "call_recordings", "api_keys",
    "workflows", "workflow_executions", "notifications", "notification_preferences",
)  # fmt: skip
ADMIN_ONLY_READ = {"api_keys"}
OWN_ROWS_ONLY = {"notifications", "notification_preferences"}
MEMBER_INSERTS = {
    "contacts": "insert into contacts (company_id, first_name) values (%(company)s, 'Eve')",
    "deals": "insert into deals (company_id, title) values (%(company)s, 'Side deal')",
    "conversations": "insert into conversations (company_id, channel) values (%(company)s, 'chat')",
    "messages": "insert into messages (company_id, conversation_id, role, content)"
    " values (%(company)s, %(conversation)s, 'user', 'hello')",
}
DIM = 1536


def vec(first: float) -> str:
    """A 1536-dimensional vector literal: ``first`` followed by 0.1s."""
    return "[" + ",".join([str(first)] + ["0.1"] * (DIM - 1)) + "]"


def key_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass
class Tenant:
    company_id: str
    users: dict[str, str]  # role -> user id
    ids: dict[str, str] = field(default_factory=dict)  # table or name -> a row id

    def claims(self, role: str) -> dict[str, str]:
        return {"sub": self.users[role], "company_id": self.company_id, "user_role": role}


Tenants = tuple[Tenant, Tenant]


@contextmanager
def acting_as(conn: Conn, role: str, claims: dict[str, str] | None = None, *, commit: bool = False) -> Iterator[Conn]:
    """A transaction run as ``role`` with JWT ``claims``; rolled back unless ``commit``."""
    with conn.transaction(force_rollback=not commit):
        conn.execute(sql.SQL("set local role {}").format(sql.Identifier(role)))
        conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(claims or {}),))
        yield conn


def count(conn: Conn, query: str | sql.Composable, params: Sequence[object] = ()) -> int:
    row = conn.execute(query, params).fetchone()
    assert row is not None
    return int(row[0])


def count_where(conn: Conn, table: str, condition: str, value: object) -> int:
    """Rows of ``table`` visible to the current role where ``condition`` (with one %s) holds."""
    query = sql.SQL("select count(*) from {} where ").format(sql.Identifier(table)) + sql.SQL(condition)
    return count(conn, query, (value,))


def company_column(table: str) -> str:
    return "id" if table == "companies" else "company_id"


def insert(conn: Conn, table: str, **values: object) -> str:
    """Insert one row as the current role; return its id."""
    query = sql.SQL("insert into {} ({}) values ({}) returning id").format(
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, values)),
        sql.SQL(", ").join(sql.Placeholder() * len(values)),
    )
    row = conn.execute(query, list(values.values())).fetchone()
    assert row is not None
    return str(row[0])


def seed_tenant(conn: Conn, tag: str, chunk_firsts: tuple[float, ...]) -> Tenant:
    """One company with an owner, an admin and a member, and rows in every table."""
    company = insert(conn, "companies", name=f"Company {tag}", slug=f"company-{tag}")
    users = {
        role: insert(conn, "users", id=str(uuid.uuid4()), company_id=company, email=f"{role}@{tag}.example", role=role)
        for role in ("owner", "admin", "member")
    }
    t, c, member = Tenant(company, users), {"company_id": company}, users["member"]
    ids = t.ids
    ids["agent_configs"] = insert(conn, "agent_configs", **c, name="Support bot", model="gpt-4o")
    ids["contacts"] = insert(conn, "contacts", **c, first_name="Ada", email=f"ada@{tag}.example")
    ids["deals"] = insert(
        conn, "deals", **c, title="Pilot", contact_id=ids["contacts"], owner_user_id=member, amount=1200
    )
    ids["knowledge_bases"] = kb = insert(conn, "knowledge_bases", **c, name="Product docs")
    for i, first in enumerate(chunk_firsts):
        ids[f"chunk{i}"] = insert(
            conn, "knowledge_chunks", **c, knowledge_base_id=kb, chunk_index=i,
            content=f"{tag} {i}", embedding=vec(first),
        )  # fmt: skip
    ids["conversations"] = conv = insert(
        conn, "conversations", **c, user_id=member, contact_id=ids["contacts"],
        agent_config_id=ids["agent_configs"], channel="voice",
    )  # fmt: skip
    ids["messages"] = insert(conn, "messages", **c, conversation_id=conv, role="user", content="Hi")
    insert(conn, "call_recordings", **c, conversation_id=conv, storage_path=f"{company}/{conv}.mp3")
    ids["api_keys"] = insert(
        conn, "api_keys", **c, name="CRM sync", key_prefix=f"sk_{tag}",
        key_hash=key_hash(f"sk_{tag}_live"), scopes=["contacts:read"],
    )  # fmt: skip
    insert(
        conn, "api_keys", **c, name="Old", key_prefix=f"sk_{tag}",
        key_hash=key_hash(f"sk_{tag}_revoked"), revoked_at="2024-01-01",
    )  # fmt: skip
    # workflows come after the conversation, so seeding queues no executions
    for name, event, enabled in [
        ("on_created", "conversation.created", True),
        ("on_created_off", "conversation.created", False),
        ("on_closed", "conversation.closed", True),
    ]:
        ids[name] = insert(conn, "workflows", **c, name=name, trigger_event=event, enabled=enabled)
    insert(
        conn, "workflow_executions", **c, workflow_id=ids["on_created"], conversation_id=conv,
        trigger_event="conversation.created", status="succeeded",
    )  # fmt: skip
    for role in ("member", "admin"):
        insert(conn, "notifications", **c, user_id=users[role], type="deal.won", title="Deal won")
        insert(conn, "notification_preferences", **c, user_id=users[role], channel="email", type="*")
    return t


@pytest.fixture
def conn(product_db: DatabaseUrl) -> Iterator[Conn]:
    with connect(product_db) as connection:
        yield connection


@pytest.fixture
def tenants(conn: Conn) -> Tenants:
    # B's chunks are the nearest to the query vector vec(1.0): they would rank first if RLS leaked
    return seed_tenant(conn, "a", (-1.0, 0.0)), seed_tenant(conn, "b", (1.0, 0.9))


def test_member_sees_only_own_company_rows(conn: Conn, tenants: Tenants) -> None:
    a, b = tenants
    for table in TABLES:  # the seed really has rows of both companies everywhere
        col = company_column(table)
        assert count_where(conn, table, f"{col} = %s", a.company_id) > 0, table
        assert count_where(conn, table, f"{col} = %s", b.company_id) > 0, table
    with acting_as(conn, "authenticated", a.claims("member")):
        for table in TABLES:
            col = company_column(table)
            assert count_where(conn, table, f"{col} is distinct from %s", a.company_id) == 0, table
            own = count_where(conn, table, f"{col} = %s", a.company_id)
            assert (own == 0) if table in ADMIN_ONLY_READ else (own > 0), table
        for table in OWN_ROWS_ONLY:
            assert count_where(conn, table, "user_id <> %s", a.users["member"]) == 0, table
    with acting_as(conn, "authenticated", a.claims("admin")):
        assert count(conn, "select count(*) from api_keys") == 2
        assert count_where(conn, "api_keys", "company_id <> %s", a.company_id) == 0


@pytest.mark.parametrize("table", sorted(MEMBER_INSERTS))
def test_member_cannot_insert_into_other_company(conn: Conn, tenants: Tenants, table: str) -> None:
    a, b = tenants
    with acting_as(conn, "authenticated", a.claims("member")):  # control: allowed for the own company
        conn.execute(MEMBER_INSERTS[table], {"company": a.company_id, "conversation": a.ids["conversations"]})
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        with acting_as(conn, "authenticated", a.claims("member")):
            conn.execute(MEMBER_INSERTS[table], {"company": b.company_id, "conversation": b.ids["conversations"]})


def test_cross_company_references_are_rejected(conn: Conn, tenants: Tenants) -> None:
    a, b = tenants
    with pytest.raises(errors.ForeignKeyViolation):
        with acting_as(conn, "authenticated", a.claims("member")):
            insert(conn, "deals", company_id=a.company_id, title="Poach", contact_id=b.ids["contacts"])


def test_agent_configs_are_managed_by_owners_and_admins(conn: Conn, tenants: Tenants) -> None:
    a, b = tenants
    update = "update agent_configs set system_prompt = 'changed' where id = %s"
    delete = "delete from agent_configs where id = %s"
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        with acting_as(conn, "authenticated", a.claims("member")):
            insert(conn, "agent_configs", company_id=a.company_id, name="Rogue", model="gpt-4o")
    with acting_as(conn, "authenticated", a.claims("member")):
        assert count(conn, "select count(*) from agent_configs") == 1  # members read them
        assert conn.execute(update, (a.ids["agent_configs"],)).rowcount == 0
        assert conn.execute(delete, (a.ids["agent_configs"],)).rowcount == 0
    with acting_as(conn, "authenticated", a.claims("admin")):
        assert conn.execute(update, (a.ids["agent_configs"],)).rowcount == 1
    for role in ("owner", "admin"):
        with acting_as(conn, "authenticated", a.claims(role)):
            assert conn.execute(update, (b.ids["agent_configs"],)).rowcount == 0
            assert conn.execute(delete, (b.ids["agent_configs"],)).rowcount == 0
    assert count(conn, "select count(*) from agent_configs where system_prompt = 'changed'") == 0


def test_match_knowledge_chunks_respects_rls(conn: Conn, tenants: Tenants) -> None:
    a, b = tenants
    query = "select id::text, similarity from match_knowledge_chunks(%s::vector, 10, %s)"
    everything = conn.execute(query, (vec(1.0), None)).fetchall()  # superuser: no RLS
    assert len(everything) == 4
    assert everything[0] == (b.ids["chunk0"], pytest.approx(1.0))
    with acting_as(conn, "authenticated", a.claims("member")):
        rows = conn.execute(query, (vec(1.0), None)).fetchall()
        assert {r[0] for r in rows} == {a.ids["chunk0"], a.ids["chunk1"]}
        assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
        assert conn.execute(query, (vec(1.0), b.ids["knowledge_bases"])).fetchall() == []


@pytest.mark.parametrize("table", TABLES)
def test_anon_is_denied_every_table(conn: Conn, tenants: Tenants, table: str) -> None:
    a, _ = tenants
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        with acting_as(conn, "anon", a.claims("owner")):  # even with (forged) claims
            conn.execute(sql.SQL("select * from {}").format(sql.Identifier(table)))


@pytest.mark.parametrize("function", ["match_knowledge_chunks(%s::vector)", "verify_api_key(%s)"])
def test_anon_cannot_call_functions(conn: Conn, function: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        with acting_as(conn, "anon"):
            conn.execute("select * from " + function, (vec(1.0),))


def test_every_table_has_forced_rls_and_policies(conn: Conn) -> None:
    rows = conn.execute(
        """
        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
               (select count(*) from pg_policy p where p.polrelid = c.oid)
          from pg_class c
         where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        """
    ).fetchall()
    assert {r[0] for r in rows} == set(TABLES)  # so the per-table tests cover every table
    for name, enabled, forced, policies in rows:
        assert enabled and forced and policies >= 1, name
    assert count(conn, "select count(*) from pg_policy where 'anon'::regrole = any(polroles)") == 0


def test_conversation_events_queue_workflow_executions(conn: Conn, tenants: Tenants) -> None:
    a, b = tenants
    queued = "select workflow_id::text from workflow_executions where conversation_id = %s and status = 'pending'"
    b_before = count_where(conn, "workflow_executions", "company_id = %s", b.company_id)
    with acting_as(conn, "authenticated", a.claims("member"), commit=True):
        new = insert(conn, "conversations", company_id=a.company_id, channel="chat")
    assert conn.execute(queued, (new,)).fetchall() == [(a.ids["on_created"],)]
    with acting_as(conn, "authenticated", a.claims("member"), commit=True):
        conn.execute("update conversations set subject = 'no status change' where id = %s", (new,))
        conn.execute("update conversations set status = 'closed' where id = %s", (new,))
    rows = conn.execute(queued, (new,)).fetchall()
    assert sorted(r[0] for r in rows) == sorted([a.ids["on_created"], a.ids["on_closed"]])
    assert count_where(conn, "workflow_executions", "company_id = %s", a.company_id) == 3
    assert count_where(conn, "workflow_executions", "company_id = %s", b.company_id) == b_before


def test_verify_api_key(conn: Conn, tenants: Tenants) -> None:
    a, _ = tenants
    expired = {"key_hash": key_hash("sk_a_expired"), "expires_at": "2020-01-01"}
    insert(conn, "api_keys", company_id=a.company_id, name="Expired", key_prefix="sk_a", **expired)
    verify = "select company_id::text, api_key_id::text, scopes from verify_api_key(%s)"
    with acting_as(conn, "service_role", commit=True):
        rows = conn.execute(verify, ("sk_a_live",)).fetchall()
        assert rows == [(a.company_id, a.ids["api_keys"], ["contacts:read"])]
        for raw in ("sk_a_revoked", "sk_a_expired", "sk_a_unknown"):
            assert conn.execute(verify, (raw,)).fetchall() == [], raw
    used = conn.execute(
        "select last_used_at is not null, updated_at = created_at from api_keys where id = %s", (a.ids["api_keys"],)
    ).fetchone()
    assert used == (True, True)  # the use is recorded; updated_at follows definition changes only
    for role in ("owner", "member"):
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            with acting_as(conn, "authenticated", a.claims(role)):
                conn.execute(verify, ("sk_a_live",))


def test_updated_at_is_bumped_on_update(conn: Conn, tenants: Tenants) -> None:
    a, _ = tenants
    old = "2000-01-01 00:00:00+00"
    with conn.transaction():
        conn.execute("set local session_replication_role = replica")  # no triggers while backdating
        for table in TABLES:
            conn.execute(sql.SQL("update {} set updated_at = %s").format(sql.Identifier(table)), (old,))
    for table in TABLES:
        touched = sql.Identifier("name" if table == "api_keys" else "created_at")  # api_keys: see its trigger
        conn.execute(sql.SQL("update {0} set {1} = {1}").format(sql.Identifier(table), touched))
        assert count_where(conn, table, "updated_at <= %s", old) == 0, table
    with acting_as(conn, "authenticated", a.claims("member")):
        conn.execute("update contacts set updated_at = %s", (old,))  # the trigger overrides the value
        row = conn.execute("select updated_at = now() from contacts where id = %s", (a.ids["contacts"],))
        assert row.fetchone() == (True,)
