create table public.people (
    id integer primary key,
    first_name text not null,
    upper_name text generated always as (upper(first_name)) virtual
);
