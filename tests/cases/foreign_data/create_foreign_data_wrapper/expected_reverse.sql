-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop foreign_server mocked | hazards: DATA_LOSS
drop server "mocked";

-- step 2 | drop foreign_data_wrapper Mock wrapper | hazards: -
drop foreign data wrapper "Mock wrapper";

-- step 3 | alter foreign_data_wrapper audit_fdw | hazards: -
alter foreign data wrapper "audit_fdw" no handler;

-- step 4 | alter foreign_data_wrapper audit_fdw | hazards: -
alter foreign data wrapper "audit_fdw" no validator;

-- step 5 | alter foreign_data_wrapper audit_fdw | hazards: -
alter foreign data wrapper "audit_fdw" options (add "debug" 'true');
