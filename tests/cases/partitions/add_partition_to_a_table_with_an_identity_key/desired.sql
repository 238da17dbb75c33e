-- The most common change to a partitioned table, on one whose key is an identity column: a new
-- range gets its partition (PostgreSQL 17 and later give it the identity too, sharing the
-- parent's sequence; before, the parent's alone has it). Nothing else is written.
create table public.events (
    id bigint generated always as identity,
    happened_on date not null,
    payload jsonb,
    primary key (id, happened_on)
) partition by range (happened_on);
create table public.events_2025 partition of public.events
    for values from ('2025-01-01') to ('2026-01-01');
create table public.events_2026 partition of public.events
    for values from ('2026-01-01') to ('2027-01-01');
