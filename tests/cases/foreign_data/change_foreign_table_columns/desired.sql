create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create foreign table public.invoices (
    id bigint not null,
    customer text not null,
    amount numeric(12, 2),
    status text options (column_name 'status_code'),
    issued_on date default current_date
) server billing options (table_name 'invoices');
