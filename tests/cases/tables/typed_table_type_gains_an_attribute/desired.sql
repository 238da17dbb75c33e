create type public.person as (id bigint, name text, born date);
create table public.people of public.person (
    primary key (id)
);
