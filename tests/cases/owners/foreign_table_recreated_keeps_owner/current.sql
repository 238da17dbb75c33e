create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create server billing_replica foreign data wrapper postgres_fdw options (host 'replica.internal', dbname 'billing');
create foreign table public.invoices (id integer) server billing;
alter foreign table public.invoices owner to sdcase_owner_a;
