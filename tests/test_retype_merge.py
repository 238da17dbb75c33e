"""One ALTER TABLE for a table's neighbouring column type changes (``schemadiff/retype_merge.py``).

Against the real server: a plan that widens three integer columns of a table that holds rows
rewrites it once (counted by a ``table_rewrite`` event trigger) and keeps every value; the
hazards of a merged statement are the union of its subcommands', on ``plan`` and on ``apply``
(which reads them back from the statement alone), so a narrowing hidden behind a widening keeps
its DATA_LOSS. The merging rules themselves on plain changes: neighbours of one table only, never
the same column twice, never a USING that names another column of the run.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from clihelp import run_cli
from schemadiff.catalog import SchemaFilter
from schemadiff.changes import Action, Change, Hazard
from schemadiff.diff import diff
from schemadiff.online_config import Execution
from schemadiff.plan_build import arranged
from schemadiff.rating import rederive_hazards
from schemadiff.retype_merge import merge_retypes, retype_parts
from schemadiff.servers import connect, scratch_database
from schemadiff.snapshot import take_snapshot
from schemadiff.urls import DatabaseUrl

SCHEMAS = SchemaFilter(include=("public",), exclude=())
TABLE = (
    "create table public.deals (id {id} primary key, company_id {company} not null, contact_id {contact}, note text)"
)


def _retype(table: str, column: str, new_type: str, using: str | None = None) -> Change:
    expression = using or f'"{column}"::{new_type}'
    sql = f'alter table "public"."{table}" alter column "{column}" set data type {new_type} using {expression}'
    return Change("column", Action.ALTER, f"public.{table}.{column}", sql, 0)


def _statements(changes: Sequence[Change]) -> list[str]:
    return [c.sql for c in changes]


def test_neighbouring_type_changes_of_one_table_become_one_statement() -> None:
    changes = [_retype("deals", "company_id", "bigint"), _retype("deals", "id", "bigint")]
    (merged,) = merge_retypes(changes)
    assert merged.sql == (
        'alter table "public"."deals"\n'
        '    alter column "company_id" set data type bigint using "company_id"::bigint,\n'
        '    alter column "id" set data type bigint using "id"::bigint'
    )
    assert merged.identity == "public.deals.company_id, public.deals.id"
    assert retype_parts(merged.sql) == [c.sql for c in changes]


def test_only_neighbours_of_the_same_table_are_merged() -> None:
    other_table = _retype("contacts", "id", "bigint")
    default = Change(
        "column", Action.ALTER, "public.deals.note", 'alter table "public"."deals" alter column "note" drop default', 0
    )
    changes = [
        _retype("deals", "id", "bigint"),
        other_table,
        _retype("deals", "company_id", "bigint"),
        default,
        _retype("deals", "contact_id", "bigint"),
    ]
    assert _statements(merge_retypes(changes)) == _statements(changes)


def test_a_using_that_names_another_column_of_the_run_is_not_merged() -> None:
    reads_qty = _retype("lines", "line_total", "numeric(14,2)", "round(unit_price * qty, 2)")
    qty = _retype("lines", "qty", "bigint")
    assert _statements(merge_retypes([reads_qty, qty])) == _statements([reads_qty, qty])
    assert _statements(merge_retypes([qty, reads_qty])) == _statements([qty, reads_qty])
    reads_unchanged = _retype("lines", "line_total", "numeric(14,2)", "round(unit_price, 2)")
    assert len(merge_retypes([reads_unchanged, qty])) == 1  # unit_price is not retyped here


def test_the_same_column_twice_is_not_merged() -> None:
    changes = [_retype("deals", "note", "varchar(10)"), _retype("deals", "note", "text")]
    assert _statements(merge_retypes(changes)) == _statements(changes)


def test_other_alter_table_statements_are_not_read_as_merged_type_changes() -> None:
    assert (
        retype_parts('alter table "public"."deals" alter column "id" set data type bigint using "id"::bigint') is None
    )
    mixed = 'alter table "public"."deals" alter column "id" type bigint, add column "x" integer'
    assert retype_parts(mixed) is None
    assert retype_parts(
        'alter table "public"."deals" alter column "id" type bigint, alter column "note" type text'
    ) == [
        'alter table "public"."deals" alter column "id" type bigint',
        'alter table "public"."deals" alter column "note" type text',
    ]


def _rewrites_logged(url: DatabaseUrl) -> None:
    """A table_rewrite event trigger that logs the table of every rewrite (installed after the
    snapshots: not part of the diffed schema)."""
    with connect(url) as conn:
        conn.execute("create table public.rewrites (tbl regclass)")
        conn.execute(
            "create function public.log_rewrite() returns event_trigger language plpgsql as $$ "
            "begin insert into public.rewrites values (pg_event_trigger_table_rewrite_oid()); end $$"
        )
        conn.execute("create event trigger log_rewrites on table_rewrite execute function public.log_rewrite()")


@pytest.fixture
def widened(empty_db: DatabaseUrl, pg_server: DatabaseUrl) -> tuple[DatabaseUrl, list[Change]]:
    """A table of integer keys holding rows, and the plan that widens them to bigint (its desired
    side in a scratch database of its own)."""
    with connect(empty_db) as conn:
        conn.execute(TABLE.format(id="integer", company="integer", contact="integer"))
        conn.execute(
            "insert into public.deals select i, i % 7, nullif(i % 5, 0), 'n' || i from generate_series(1, 500) i"
        )
    with scratch_database(pg_server, label="retype_desired") as desired_url:
        with connect(desired_url) as conn:
            conn.execute(TABLE.format(id="bigint", company="bigint", contact="bigint"))
        current = take_snapshot(empty_db, SCHEMAS, name="current")
        desired = take_snapshot(desired_url, SCHEMAS, name="desired")
        steps, _ = arranged(diff(current, desired), current, desired, Execution())
    return empty_db, steps


def test_three_widened_keys_rewrite_the_table_once_and_keep_every_value(
    widened: tuple[DatabaseUrl, list[Change]],
) -> None:
    url, steps = widened
    (step,) = steps
    assert step.identity == "public.deals.company_id, public.deals.contact_id, public.deals.id"
    assert step.hazards == (Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK)  # widening: no DATA_LOSS
    with connect(url) as conn:
        before = conn.execute("select id, company_id, contact_id, note from public.deals order by id").fetchall()
    _rewrites_logged(url)
    with connect(url) as conn, conn.transaction():
        conn.execute(step.sql)
    with connect(url) as conn:
        assert conn.execute("select tbl::text from public.rewrites").fetchall() == [("deals",)]
        assert (
            conn.execute("select id, company_id, contact_id, note from public.deals order by id").fetchall() == before
        )
        types = conn.execute(
            "select string_agg(format_type(atttypid, atttypmod), ',' order by attnum) from pg_attribute "
            "where attrelid = 'public.deals'::regclass and attnum in (1, 2, 3)"
        ).fetchone()
    assert types == ("bigint,bigint,bigint",)


def test_apply_reads_the_hazards_of_a_merged_statement_from_its_subcommands(
    widened: tuple[DatabaseUrl, list[Change]],
) -> None:
    url, (step,) = widened
    current = take_snapshot(url, SCHEMAS, name="current", details=False).catalog
    assert rederive_hazards([step.sql], current) == [step.hazards]
    # a narrowing behind a widening: the statement loses data, whatever its first subcommand does
    narrowing = step.sql + ',\n    alter column "note" set data type varchar(2) using "note"::varchar(2)'
    (hazards,) = rederive_hazards([narrowing], current)
    assert hazards[0] is Hazard.DATA_LOSS
    assert Hazard.TABLE_REWRITE in hazards


def test_diff_prints_a_tables_type_changes_as_one_statement(
    capsys: pytest.CaptureFixture[str], pg_server: DatabaseUrl, empty_db: DatabaseUrl
) -> None:
    with connect(empty_db) as conn:
        conn.execute(TABLE.format(id="integer", company="integer", contact="integer"))
    with scratch_database(pg_server, label="retype_to") as to:
        with connect(to) as conn:
            conn.execute(TABLE.format(id="bigint", company="bigint", contact="integer"))
        result = run_cli(capsys, "diff", "--from", empty_db.conninfo(), "--to", to.conninfo())
    assert result.code == 2, result.text
    assert result.out == (
        'alter table "public"."deals"\n'
        '    alter column "company_id" set data type bigint using "company_id"::bigint,\n'
        '    alter column "id" set data type bigint using "id"::bigint;\n\n'
    )
