create type public.money_amount as (currency char(3), cents bigint);
create function public.format_amount(amount public.money_amount) returns text language sql immutable
    as $$ select amount.currency || ' ' || (amount.cents / 100.0)::text $$;
create table public.prices (id integer primary key, amount public.money_amount,
    label text generated always as (public.format_amount(amount)) stored);
