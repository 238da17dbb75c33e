"""A table that becomes partitioned, or stops being so, planned without migra's inspector
(schemadiff/diff/plain_rebuilt.py): two real databases, diffed both ways with no schemainspect
imported, each way exactly what every family plans, applied, then nothing left to do; and the
tables it leaves to migra's path, each for its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemadiff.catalog import SchemaFilter
from schemadiff.diff import light_structure
from schemadiff.snapshot import take_snapshot
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_pair, loaded_pair

PLAIN = """
create table public.accounts (id bigint primary key);
create table public.ledger (
    id bigint not null,
    account_id bigint not null references public.accounts (id),
    booked_on date not null,
    amount numeric(12, 2) not null check (amount <> 0),
    primary key (id, booked_on)
);
create index ledger_account on public.ledger (account_id);
create table public.ledger_notes (
    id integer primary key,
    ledger_id bigint not null,
    booked_on date not null,
    foreign key (ledger_id, booked_on) references public.ledger (id, booked_on)
);
create function public.ledger_total() returns numeric language sql stable
    begin atomic select sum(amount) from public.ledger; end;
comment on constraint ledger_amount_check on public.ledger is 'never zero';
comment on column public.ledger.amount is 'in the account''s currency';
"""
PARTITIONED = PLAIN.replace(
    "    primary key (id, booked_on)\n);", "    primary key (id, booked_on)\n) partition by range (booked_on);"
)
PARTITIONED += (
    "create table public.ledger_2026 partition of public.ledger for values from ('2026-01-01') to ('2027-01-01');\n"
)


def test_a_table_converted_to_a_partitioned_one_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """The table is dropped and created again with its partition; its key, check, foreign key and
    index made again after it, its comments set again; the foreign key that references it and the
    function whose SQL-standard body reads it (the server would refuse the drop) dropped before it
    and made again after it."""
    assert "partition by range" in PARTITIONED
    with loaded_pair(pg_server, empty_db, "_partitioned", PLAIN, PARTITIONED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        for plan in (forward, backward):
            drop = plan.index('drop table "public"."ledger";')
            assert plan.index('drop constraint "ledger_notes_ledger_id_booked_on_fkey"') < drop, plan
            assert plan.index('drop function if exists "public"."ledger_total"()') < drop, plan
            create = plan.index('create table "public"."ledger" (')
            for made in (
                'add constraint "ledger_pkey" PRIMARY KEY (id, booked_on)',
                'add constraint "ledger_amount_check" CHECK',
                'add constraint "ledger_account_id_fkey" FOREIGN KEY (account_id)',
                "CREATE INDEX ledger_account ON",
                'add constraint "ledger_notes_ledger_id_booked_on_fkey" FOREIGN KEY',
                "CREATE OR REPLACE FUNCTION public.ledger_total()",
                "comment on constraint ledger_amount_check on public.ledger is 'never zero'",
                "comment on column public.ledger.amount is 'in the account''s currency'",
            ):
                assert create < plan.index(made), (made, plan)
        assert forward.index('create table "public"."ledger" (') < forward.index('create table "public"."ledger_2026"')
        both_ways(tmp_path, empty_db, other, forward, backward)


@pytest.mark.parametrize(
    ("why", "current", "desired"),
    [
        ("a column changes with it", PLAIN, PARTITIONED.replace("amount numeric(12, 2)", "amount numeric(14, 2)")),
        (
            "a column owns a sequence, which the drop would take",
            PLAIN.replace("id bigint not null,\n    account", "id bigserial not null,\n    account"),
            PARTITIONED.replace("id bigint not null,\n    account", "id bigserial not null,\n    account"),
        ),
        (
            "a view reads it",
            PLAIN + "create view public.ledger_days as select booked_on from public.ledger;\n",
            PARTITIONED + "create view public.ledger_days as select booked_on from public.ledger;\n",
        ),
        (
            "a function that reads it changes",
            PLAIN,
            PARTITIONED.replace("select sum(amount)", "select coalesce(sum(amount), 0)"),
        ),
        (
            "a trigger of it fires other than by default",
            PLAIN,
            PARTITIONED
            + "create function public.stamp() returns trigger language plpgsql as $$ begin return new; end $$;\n"
            + "create trigger stamp before update on public.ledger for each row execute function public.stamp();\n"
            + "alter table public.ledger disable trigger stamp;\n",
        ),
        (
            "its policy changes",
            PLAIN + "create policy own on public.ledger using (amount > 0);\n",
            PARTITIONED + "create policy own on public.ledger using (amount < 0);\n",
        ),
    ],
)
def test_a_converted_table_is_left_to_migras_path_when(
    why: str, current: str, desired: str, pg_server, empty_db: DatabaseUrl
) -> None:
    with loaded_pair(pg_server, empty_db, "_other", current, desired) as other:
        schemas = SchemaFilter()
        before, after = take_snapshot(empty_db, schemas, name="a"), take_snapshot(other, schemas, name="b")
        assert before.catalog.get("table", "public.ledger") != after.catalog.get("table", "public.ledger")
        for one, two in ((before, after), (after, before)):
            assert light_structure(one.catalog, two.catalog) is None, why
