-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create foreign_data_wrapper Mock wrapper | hazards: -
create foreign data wrapper "Mock wrapper" options ("mode" 'test');

-- step 2 | alter foreign_data_wrapper audit_fdw | hazards: -
alter foreign data wrapper "audit_fdw" handler "public"."postgres_fdw_handler";

-- step 3 | alter foreign_data_wrapper audit_fdw | hazards: -
alter foreign data wrapper "audit_fdw" validator "public"."postgres_fdw_validator";

-- step 4 | alter foreign_data_wrapper audit_fdw | hazards: -
alter foreign data wrapper "audit_fdw" options (drop "debug");

-- step 5 | create foreign_server mocked | hazards: -
create server "mocked" foreign data wrapper "Mock wrapper";
