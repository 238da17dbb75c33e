-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment event trigger sdcase_log_ddl | hazards: -
comment on event trigger sdcase_log_ddl is null;
