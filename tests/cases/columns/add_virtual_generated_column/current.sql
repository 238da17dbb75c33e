create table public.people (
    id integer primary key,
    first_name text not null
);
