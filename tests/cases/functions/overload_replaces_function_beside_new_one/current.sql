create function public.price_with_tax(net numeric) returns numeric
language sql immutable
as $$ select round(net * 1.2, 2) $$;
create table public.items (
    id integer primary key,
    net numeric not null
);
