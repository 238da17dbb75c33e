create type public.person as (id bigint, name text);
create table public.people of public.person (
    primary key (id)
);
