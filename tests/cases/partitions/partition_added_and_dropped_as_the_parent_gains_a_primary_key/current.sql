create table public.events (
    id bigint not null,
    happened_on date not null,
    payload jsonb
) partition by range (happened_on);
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
create table public.events_2026 partition of public.events for values from ('2026-01-01') to ('2027-01-01');
create index events_payload_idx on public.events using gin (payload);
