create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create server billing_replica foreign data wrapper postgres_fdw options (host 'replica.internal', dbname 'billing');
create foreign table public.invoices (id integer, amount numeric) server billing options (table_name 'invoices');
create view public.big_invoices as select id, amount from public.invoices where amount > 1000;
comment on view public.big_invoices is 'over a thousand';
grant select on public.big_invoices to sdcase_fdw_reader;
create view public.big_invoice_count as select count(*) as invoices from public.big_invoices;
create function public.big_invoice_total() returns numeric language sql stable
begin atomic
    select sum(amount) from public.big_invoices;
end;
