create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create foreign table public.invoices (
    id integer not null,
    customer text,
    amount numeric(10, 2) default 0,
    status text options (column_name 'state'),
    legacy_code text
) server billing options (table_name 'invoices');
