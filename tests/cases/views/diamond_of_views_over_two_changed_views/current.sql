-- Two changed views, one reading the other, under views that read one or both: a view whose
-- columns only grow is replaced in place and what reads it alone stays; one that loses a
-- column is dropped and created again, and every view that depends on it with it, in their order.
create table public.items (
    id integer primary key,
    name text not null,
    price numeric(10, 2) not null,
    stock integer not null
);
create view public.item_names as
    select id, name from public.items;
create view public.item_prices as
    select n.id, n.name, i.price from public.item_names n join public.items i using (id);
create view public.price_list as
    select n.name, p.price from public.item_names n join public.item_prices p using (id);
create view public.name_list as
    select name from public.item_names;
create view public.item_ids as
    select id from public.items;
