-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create foreign_server billing | hazards: -
create server "billing" type 'postgresql' version '16' foreign data wrapper "postgres_fdw" options ("host" 'billing.internal', "port" '5432', "dbname" 'billing');

-- step 2 | create user_mapping public@billing | hazards: -
create user mapping for public server "billing";

-- step 3 | create user_mapping sdcase_fdw_reader@billing | hazards: -
create user mapping for "sdcase_fdw_reader" server "billing" options ("user" 'reader');
