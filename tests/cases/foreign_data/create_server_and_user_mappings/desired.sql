create server billing type 'postgresql' version '16' foreign data wrapper postgres_fdw
    options (host 'billing.internal', port '5432', dbname 'billing');
create user mapping for sdcase_fdw_reader server billing options (user 'reader');
create user mapping for public server billing;
