-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user on large objects to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges revoke select on large objects from sdcase_reader;
