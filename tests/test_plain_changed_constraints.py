"""Changed check constraints and foreign keys, planned without migra's inspector
(diff/plain_constraints.py): a diff of two real databases that imports no schemainspect, plans
what every family plans and, applied, leaves nothing to do, both ways. The corpus
(tests/casehelp.py, check_light_families) checks the same for each of its cases on the path."""

from __future__ import annotations

from pathlib import Path

from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_diff, light_pair, loaded_pair

CURRENT = """
create table public.customers (id integer primary key);
create table public.orders (
    id integer primary key,
    customer_id integer constraint orders_customer_fkey references public.customers (id),
    seller_id integer,
    referrer_id integer constraint orders_referrer_fkey references public.customers (id),
    price numeric not null constraint orders_price_check check (price >= 0)
);
alter table public.orders add constraint orders_seller_fkey
    foreign key (seller_id) references public.customers (id) not valid;
"""
DESIRED = """
create table public.customers (id integer primary key);
create table public.orders (
    id integer primary key,
    customer_id integer constraint orders_customer_fkey references public.customers (id) on delete cascade,
    seller_id integer constraint orders_seller_fkey references public.customers (id),
    referrer_id integer constraint orders_referrer_fkey references public.customers (id)
        deferrable initially deferred,
    price numeric not null constraint orders_price_check check (price > 0 and price < 100000)
);
"""


def test_changed_constraints_are_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A check whose expression changes and a foreign key whose ON DELETE changes (dropped and
    added again, NOT VALID then validated), a NOT VALID foreign key validated, and a foreign key
    made deferrable (ALTER CONSTRAINT, as migra_fixes writes it): the light
    families plan what every family plans, both ways (the other way round the key is dropped
    and added NOT VALID again); the diff imports no schemainspect; applied, it leaves nothing to do."""
    with loaded_pair(pg_server, empty_db, "_constraints", CURRENT, DESIRED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        table = 'alter table "public"."orders"'
        assert f'{table} drop constraint "orders_price_check";' in forward, forward
        assert f'{table} validate constraint "orders_seller_fkey";' in forward, forward
        assert 'drop constraint "orders_seller_fkey"' not in forward, forward  # (only validated)
        assert "ON DELETE CASCADE not valid;" in forward, forward
        assert f'{table} alter constraint "orders_referrer_fkey" deferrable initially deferred;' in forward, forward
        assert f'{table} alter constraint "orders_referrer_fkey" not deferrable;' in backward, backward
        assert (
            f'{table} add constraint "orders_seller_fkey" FOREIGN KEY (seller_id) REFERENCES customers(id) NOT VALID;'
            in backward
        )
        both_ways(tmp_path, empty_db, other, forward, backward)


BOOKINGS = """
create table public.bookings (
    id integer primary key,
    during tstzrange not null,
    status text not null,
    constraint bookings_no_overlap exclude using gist (during with &&) where (status = 'booked')
);
"""


def test_a_changed_exclusion_constraint_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """An exclusion constraint whose predicate changes is dropped and added again, its index
    going and coming with it (no statement of its own): the light families plan what every
    family plans, both ways; applied, nothing is left to do."""
    desired = BOOKINGS.replace("where (status = 'booked')", "where (status in ('booked', 'held'))")
    with loaded_pair(pg_server, empty_db, "_exclusion", BOOKINGS, desired) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        for plan in (forward, backward):
            drop = plan.index('alter table "public"."bookings" drop constraint "bookings_no_overlap";')
            assert drop < plan.index('add constraint "bookings_no_overlap" EXCLUDE USING gist (during WITH &&)'), plan
            assert "index" not in plan.lower(), plan
        both_ways(tmp_path, empty_db, other, forward, backward)


PRICES = """
create extension if not exists btree_gist with schema public;
create table public.prices (
    product integer not null,
    valid_at tstzrange not null,
    amount numeric not null,
    constraint prices_pkey primary key (product)
);
"""


def test_a_key_that_becomes_temporal_is_planned_without_schemainspect(
    tmp_path: Path, pg_server, empty_db: DatabaseUrl
) -> None:
    """A primary key that becomes temporal (WITHOUT OVERLAPS, PostgreSQL 18) is dropped and added
    by its definition, which builds its GiST index (its btree index goes with the old key): no
    schemainspect imported; applied, nothing is left to do. The other way round (a key built on
    an index of another access method again) stays on migra's path."""
    desired = PRICES.replace("primary key (product)", "primary key (product, valid_at without overlaps)")
    with loaded_pair(pg_server, empty_db, "_temporal", PRICES, desired) as other:
        code, forward = light_diff(tmp_path, empty_db, other)
        assert code == 2, forward
        drop = forward.index('alter table "public"."prices" drop constraint "prices_pkey";')
        add = forward.index('add constraint "prices_pkey" PRIMARY KEY (product, valid_at WITHOUT OVERLAPS);')
        assert drop < add and "index" not in forward.lower(), forward
        with connect(empty_db) as conn:
            conn.execute(forward.encode())
        assert light_diff(tmp_path, empty_db, other)[0] == 0
