-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop user_mapping public@billing | hazards: DATA_LOSS
drop user mapping for public server "billing";

-- step 2 | drop user_mapping sdcase_fdw_reader@billing | hazards: DATA_LOSS
drop user mapping for "sdcase_fdw_reader" server "billing";

-- step 3 | drop foreign_server billing | hazards: DATA_LOSS
drop server "billing";
