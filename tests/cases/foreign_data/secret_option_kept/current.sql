create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
create user mapping for sdcase_fdw_reader server billing options (user 'reader', password 'Kept-Secret-Value-1');
