-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter foreign_server billing | hazards: -
alter server "billing" version '15';

-- step 2 | alter foreign_server billing | hazards: -
alter server "billing" options (drop "use_remote_estimate", set "host" 'billing.internal', add "fetch_size" '100');
