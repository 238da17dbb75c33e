-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user in schema public on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges in schema public revoke grant option for select on tables from sdcase_reader;
