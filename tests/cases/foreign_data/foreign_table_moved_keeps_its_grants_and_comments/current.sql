create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create server billing_replica foreign data wrapper postgres_fdw options (host 'replica.internal', dbname 'billing');
create foreign table public.invoices (id integer, amount numeric, "Note's" text) server billing options (table_name 'invoices');
comment on foreign table public.invoices is 'invoices of the billing service';
comment on column public.invoices.amount is 'in euros';
grant select on public.invoices to sdcase_fdw_reader;
grant update ("Note's") on public.invoices to sdcase_fdw_reader;
