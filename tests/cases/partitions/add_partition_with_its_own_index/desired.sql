create table public.events (
    id bigint not null,
    happened_at timestamptz not null,
    kind text not null default 'note',
    payload jsonb
) partition by range (happened_at);
alter table public.events add constraint events_pkey primary key (id, happened_at);
create index events_kind_idx on public.events (kind);
create table public.events_2025 partition of public.events
    for values from ('2025-01-01') to ('2026-01-01');
create table public.events_2026 partition of public.events
    for values from ('2026-01-01') to ('2027-01-01');
-- only the current year's partition is searched by its payload
create index events_2026_payload_idx on public.events_2026 using gin (payload);
alter table public.events_2026 add constraint events_2026_kind_check check (kind <> '');
