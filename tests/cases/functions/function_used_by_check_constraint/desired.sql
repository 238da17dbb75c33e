create function public.is_valid_sku(sku text) returns boolean
language sql immutable
as $$ select sku ~ '^[A-Z]{3}-[0-9]{4}$' $$;
create table public.products (
    id integer primary key,
    sku text not null check (public.is_valid_sku(sku))
);
