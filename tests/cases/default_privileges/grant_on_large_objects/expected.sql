-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for current_user on large objects to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges grant select on large objects to sdcase_reader;
