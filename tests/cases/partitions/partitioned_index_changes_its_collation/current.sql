create table public.people (
    id bigint not null,
    region text not null,
    name text
) partition by list (region);
create table public.people_eu partition of public.people for values in ('eu');
create table public.people_us partition of public.people for values in ('us');
create index people_name_idx on public.people (name);
