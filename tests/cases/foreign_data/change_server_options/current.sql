create server billing version '15' foreign data wrapper postgres_fdw
    options (host 'billing.internal', port '5432', dbname 'billing', fetch_size '100');
