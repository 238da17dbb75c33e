create table public.events (
    id bigint not null,
    region text not null,
    score integer not null
) partition by list (region);
create table public.events_eu partition of public.events for values in ('eu');
alter table public.events_eu enable row level security;
create policy events_eu_visible on public.events_eu for select using (score > 0);
