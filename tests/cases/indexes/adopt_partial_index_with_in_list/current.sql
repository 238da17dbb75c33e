create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null
);
create index probe_types_open_idx on public.probe_types (id) where entity_type in ('area', 'event');
comment on index public.probe_types_open_idx is 'open kinds';
