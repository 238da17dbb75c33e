-- Views and materialized views created (and dropped) in one plan: migra plans them as one
-- group, in the order of their quoted names.
create table public.items (
    id integer primary key,
    name text not null,
    price numeric(10, 2) not null
);
