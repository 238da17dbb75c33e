create server billing version '16' foreign data wrapper postgres_fdw
    options (host 'billing-2.internal', port '5432', dbname 'billing', use_remote_estimate 'true');
