-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user on sequences to sdcase_writer | hazards: ACCESS_NARROWED
alter default privileges revoke select, usage on sequences from sdcase_writer;
