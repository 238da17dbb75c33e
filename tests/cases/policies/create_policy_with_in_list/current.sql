create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null
);
alter table public.probe_types enable row level security;
