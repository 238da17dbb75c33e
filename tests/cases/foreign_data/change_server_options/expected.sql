-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter foreign_server billing | hazards: -
alter server "billing" version '16';

-- step 2 | alter foreign_server billing | hazards: -
alter server "billing" options (drop "fetch_size", set "host" 'billing-2.internal', add "use_remote_estimate" 'true');
