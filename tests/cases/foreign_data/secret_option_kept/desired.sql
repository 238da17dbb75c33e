create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing', port '6432');
create user mapping for sdcase_fdw_reader server billing options (user 'reporting', password 'Kept-Secret-Value-1');
