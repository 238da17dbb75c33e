create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create foreign table public.invoices (id integer, amount numeric) server billing;
