create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null,
    constraint allowed_entity_type check (entity_type in ('area', 'artist', 'event'))
);
