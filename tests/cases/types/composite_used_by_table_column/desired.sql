create type public.money_amount as (
    currency char(3),
    amount numeric(12, 2)
);
create table public.invoices (
    id integer primary key,
    total public.money_amount
);
