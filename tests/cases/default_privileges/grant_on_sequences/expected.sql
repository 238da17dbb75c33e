-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for current_user on sequences to sdcase_writer | hazards: ACCESS_WIDENED
alter default privileges grant select, usage on sequences to sdcase_writer;
