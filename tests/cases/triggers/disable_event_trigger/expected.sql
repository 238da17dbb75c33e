-- step 1 | alter event_trigger log_ddl | hazards: -
alter event trigger log_ddl disable;
