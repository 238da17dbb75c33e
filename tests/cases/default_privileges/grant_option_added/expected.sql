-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for current_user in schema public on tables to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges in schema public grant select on tables to sdcase_reader with grant option;
