create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create schema remote;
create foreign table remote.invoices (
    id bigint options (column_name 'invoice_id') not null,
    customer text collate "C",
    amount numeric(12, 2) default 0 not null,
    "Note's" text
) server billing options (schema_name 'public', table_name 'invoices', fetch_size '500');
