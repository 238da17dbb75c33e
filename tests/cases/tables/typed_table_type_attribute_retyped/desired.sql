create type public.person as (id bigint, score bigint, nickname text);
create table public.people of public.person (
    primary key (id),
    score with options default 0
);
