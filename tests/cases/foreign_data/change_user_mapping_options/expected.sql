-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter user_mapping public@billing | hazards: -
alter user mapping for public server "billing" options (drop "user");

-- step 2 | alter user_mapping sdcase_fdw_reader@billing | hazards: -
alter user mapping for "sdcase_fdw_reader" server "billing" options (set "user" 'reporting');
