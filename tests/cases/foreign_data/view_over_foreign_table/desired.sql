create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create foreign table public.invoices (id integer, amount numeric) server billing;
create view public.big_invoices as select id, amount from public.invoices where amount > 1000;
