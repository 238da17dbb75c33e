-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user in schema app on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges in schema app revoke select, update on tables from sdcase_reader;

-- step 2 | create default_privilege for current_user in schema app on tables to sdcase_writer | hazards: ACCESS_WIDENED
alter default privileges in schema app grant select, update on tables to sdcase_writer;
