-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter event_trigger log_ddl | hazards: -
alter event trigger log_ddl enable;
