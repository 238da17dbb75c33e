create server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');
