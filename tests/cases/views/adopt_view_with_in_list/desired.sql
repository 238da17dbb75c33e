create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null
);
create view public.public_probe_types as
    select id, entity_type from public.probe_types where entity_type in ('area', 'event');
