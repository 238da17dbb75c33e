-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter foreign_server billing | hazards: -
alter server "billing" options (drop "port");

-- step 2 | alter user_mapping sdcase_fdw_reader@billing | hazards: -
alter user mapping for "sdcase_fdw_reader" server "billing" options (set "user" 'reader');
