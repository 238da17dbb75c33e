-- A table attached with a CHECK of its own that the plan adds: not made online (a CHECK the
-- parent does not have may need what the plan makes before it), so everything stays in the main
-- transaction, its SET NOT NULL and CHECK before the ATTACH that needs them (the graph orders
-- them so, whichever way its ties are broken).
create table public.events (
    id bigint not null,
    happened_on date not null,
    detail text
) partition by range (happened_on);
create table public.events_2025 partition of public.events
    for values from ('2025-01-01') to ('2026-01-01');

create table public.events_2026 (
    id bigint not null,
    happened_on date,
    detail text default 'none'
);
insert into public.events_2026 values (1, '2026-05-01', 'first');
