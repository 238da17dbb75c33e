create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null
);
alter table public.probe_types enable row level security;
create policy probe_types_public on public.probe_types for select using (entity_type in ('area', 'event'));
