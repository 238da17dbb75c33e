create table public.people (
    id integer primary key,
    first_name text not null,
    last_name text not null,
    full_name text generated always as (last_name || ', ' || first_name) stored
);
