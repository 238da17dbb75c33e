-- A column retyped while stored generated columns read it (one also NOT NULL, with an index):
-- the server refuses ALTER COLUMN … TYPE under a generated column. From PostgreSQL 17 on each
-- one's expression is set to a NULL before and back after (it keeps its place and its index);
-- before 17 it must be dropped and added again, and then comes last.
create table public.deals (
    id integer primary key,
    amount numeric(12, 2) not null,
    amount_cents bigint generated always as ((amount * 100)::bigint) stored,
    amount_whole bigint not null generated always as (floor(amount)::bigint) stored,
    title text not null
);
create index deals_amount_cents on public.deals (amount_cents);
