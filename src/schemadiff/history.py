"""The apply history: a table in the tool's own schema (never diffed, never fingerprinted).

One row per plan: who applied it, when, from which state to which, and how many of its
segments committed (``segments_done``), so that an interrupted apply resumes where it stopped.
(``nontransactional_done`` is the count older versions kept: non-transactional steps done
after the plan's one transaction.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg.rows import dict_row

from schemadiff import __version__
from schemadiff.access import history_access_error
from schemadiff.config import TOOL_SCHEMA
from schemadiff.plan import Plan
from schemadiff.quoting import quote_ident, sql_code

APPLIED = "applied"  # every step ran and the result was verified
RECORDED = "recorded"  # the target already was in the plan's *to* state; nothing ran
RESUMABLE = "nontransactional_pending"  # some segments committed, others still to run

_SCHEMA = quote_ident(TOOL_SCHEMA)
_HISTORY = f"{_SCHEMA}.history"  # every statement names it through the quoting layer
_READ = f"select * from {_HISTORY}"

_CREATE = f"""
create schema if not exists {_SCHEMA};
create table if not exists {_HISTORY} (
    plan_id text primary key,
    file_name text not null,
    from_fingerprint text not null,
    to_fingerprint text not null,
    checksum text not null,
    status text not null,
    steps_total integer not null,
    nontransactional_done integer not null default 0,
    started_at timestamptz not null,
    finished_at timestamptz,
    duration_ms bigint,
    applied_by text not null default current_user,
    client_host text default coalesce(inet_client_addr()::text, 'local socket'),
    tool_version text not null
);
comment on table {_HISTORY} is 'Plans applied by schemadiff (one row per plan).';
alter table {_HISTORY} add column if not exists segments_done integer
"""


@dataclass(frozen=True)
class HistoryRow:
    plan_id: str
    file_name: str
    from_fingerprint: str
    to_fingerprint: str
    status: str
    nontransactional_done: int
    started_at: datetime
    finished_at: datetime | None
    applied_by: str
    client_host: str | None
    segments_done: int | None = None  # None: a row of an older version (see ``segments_committed``)

    def segments_committed(self, plan: Plan) -> int:
        """How many of ``plan``'s segments committed (older versions counted only the
        non-transactional steps run after the plan's one transaction)."""
        if self.segments_done is not None:
            return self.segments_done
        segments = plan.execution
        return self.nontransactional_done + (1 if segments and segments[0].transactional else 0)


def ensure_table(conn: psycopg.Connection) -> None:
    conn.execute(sql_code(_CREATE))


def read_history(conn: psycopg.Connection) -> dict[str, HistoryRow]:
    """Rows by plan id; empty when the table does not exist (nothing applied yet). A role that
    may not read it gets :class:`~schemadiff.errors.AccessError` naming the grants."""
    exists = conn.execute(
        "select has_schema_privilege(n.oid, 'USAGE') and has_table_privilege(c.oid, 'SELECT'), current_user"
        " from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = %s and c.relname = 'history'",
        (TOOL_SCHEMA,),
    ).fetchone()
    if exists is None:
        return {}
    if not exists[0]:
        raise history_access_error(str(exists[1]))
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(sql_code(_READ)).fetchall()
    fields = set(HistoryRow.__dataclass_fields__)
    return {r["plan_id"]: HistoryRow(**{k: v for k, v in r.items() if k in fields}) for r in rows}


def record(
    conn: psycopg.Connection,
    plan: Plan,
    file_name: str,
    status: str,
    started_at: datetime,
    segments_done: int | None = None,
    *,
    keep_progress: bool = False,
) -> None:
    """Insert or update the plan's row; ``keep_progress``: an existing row keeps its counts
    (written before a segment that runs outside a transaction, so that a crash in it leaves a
    row to resume from)."""
    done = len(plan.execution) if segments_done is None else segments_done
    update = (
        "status = excluded.status"
        if keep_progress
        else (
            "status = excluded.status, segments_done = excluded.segments_done, finished_at = excluded.finished_at, "
            "duration_ms = excluded.duration_ms"
        )
    )
    conn.execute(
        sql_code(
            f"""insert into {_HISTORY}
            (plan_id, file_name, from_fingerprint, to_fingerprint, checksum, status, steps_total,
             started_at, finished_at, duration_ms, tool_version, segments_done)
            values (%s, %s, %s, %s, %s, %s, %s, %s, clock_timestamp(),
                    (extract(epoch from clock_timestamp() - %s) * 1000)::bigint, %s, %s)
            on conflict (plan_id) do update set {update}"""
        ),
        (
            plan.plan_id,
            file_name,
            plan.from_fingerprint,
            plan.to_fingerprint,
            plan.checksum,
            status,
            len(plan.steps),
            started_at,
            started_at,
            __version__,
            done,
        ),
    )


def mark_progress(conn: psycopg.Connection, plan_id: str, done: int, status: str) -> None:
    """``done`` segments of the plan committed."""
    conn.execute(
        sql_code(
            f"""update {_HISTORY} set segments_done = %s, status = %s, finished_at = clock_timestamp(),
               duration_ms = (extract(epoch from clock_timestamp() - started_at) * 1000)::bigint
            where plan_id = %s"""
        ),
        (done, status, plan_id),
    )
