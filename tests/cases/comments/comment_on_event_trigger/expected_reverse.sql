-- step 1 | drop comment event trigger sdcase_log_ddl | hazards: -
comment on event trigger sdcase_log_ddl is null;
