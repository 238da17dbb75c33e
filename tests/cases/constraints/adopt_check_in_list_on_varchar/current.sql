create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null,
    constraint allowed_entity_type check (entity_type in ('area', 'artist', 'event'))
);
comment on constraint allowed_entity_type on public.probe_types is 'the kinds the app knows';
