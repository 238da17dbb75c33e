-- Views and materialized views created (and dropped) in one plan: migra plans them as one
-- group, in the order of their quoted names.
create table public.items (
    id integer primary key,
    name text not null,
    price numeric(10, 2) not null
);
create view public.a_cheap as select id, name from public.items where price < 10;
create materialized view public.b_price_stats as select min(price) as low, max(price) as high from public.items;
create view public.c_dear as select id, name from public.items where price >= 100;
create materialized view public."D_Names" as select name from public.items;
create index d_names_name_idx on public."D_Names" (name);
