create table public.products (
    id integer primary key,
    price numeric(10, 2) not null
);
alter table public.products add constraint products_price_check check (price >= 0) not valid;
