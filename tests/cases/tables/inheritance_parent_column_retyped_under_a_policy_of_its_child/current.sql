create table public.events (
    id bigint not null,
    score integer not null
);
create table public.click_events (
    url text not null
) inherits (public.events);
alter table public.click_events enable row level security;
create policy click_events_visible on public.click_events for select using (score > 0);
