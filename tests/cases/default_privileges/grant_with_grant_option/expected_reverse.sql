-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user in schema app on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges in schema app revoke insert on tables from sdcase_reader;

-- step 2 | drop default_privilege for current_user in schema app on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges in schema app revoke grant option for select on tables from sdcase_reader;
