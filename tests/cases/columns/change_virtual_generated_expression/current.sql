create table public.people (
    id integer primary key,
    first_name text not null,
    last_name text not null,
    initials text generated always as (left(first_name, 1) || left(last_name, 1)) virtual
);
