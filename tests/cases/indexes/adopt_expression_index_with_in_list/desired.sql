create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null
);
create index probe_types_kind_idx on public.probe_types ((entity_type in ('area', 'event')), id);
