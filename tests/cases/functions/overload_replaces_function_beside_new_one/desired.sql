-- A function replaced by an overload of its name (a tax rate argument) is dropped in place and
-- the overload created after the drop (not before the tables), while a new function that a new
-- CHECK calls is created before the tables, each with its own check_function_bodies setting.
create function public.price_with_tax(net numeric, rate numeric) returns numeric
language sql immutable
as $$ select round(net * (1 + rate), 2) $$;
create function public.is_sane_price(net numeric) returns boolean
language sql immutable
as $$ select net >= 0 and net < 1000000 $$;
create table public.items (
    id integer primary key,
    net numeric not null check (public.is_sane_price(net))
);
