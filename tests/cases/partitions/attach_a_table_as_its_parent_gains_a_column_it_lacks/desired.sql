create table public.events (
    id bigint not null,
    happened_on date not null,
    detail text,
    source text default 'web'
) partition by range (happened_on);
create table public.events_2025 partition of public.events
    for values from ('2025-01-01') to ('2026-01-01');

create table public.events_2026 (
    id bigint not null,
    happened_on date not null,
    detail text,
    source text default 'web'
);
alter table public.events attach partition public.events_2026
    for values from ('2026-01-01') to ('2027-01-01');
