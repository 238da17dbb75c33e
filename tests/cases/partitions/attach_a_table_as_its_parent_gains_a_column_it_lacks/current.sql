-- A table attached while its parent gains a column the table lacks, and the table has one the
-- parent does not: ATTACH needs the same columns on both, so the parent's column is added before
-- it, the table's own added and its extra one dropped before it too (the way back: the table
-- detached first, then its column dropped, the parent's too, so the drop does not reach it).
create table public.events (
    id bigint not null,
    happened_on date not null,
    detail text
) partition by range (happened_on);
create table public.events_2025 partition of public.events
    for values from ('2025-01-01') to ('2026-01-01');

create table public.events_2026 (
    id bigint not null,
    happened_on date not null,
    detail text,
    legacy_flag boolean
);
insert into public.events_2026 values (1, '2026-05-01', 'first', true);
