-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user in schema api on functions to PUBLIC | hazards: ACCESS_NARROWED
alter default privileges in schema api revoke execute on functions from PUBLIC;

-- step 2 | create default_privilege for current_user in schema api on functions to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges in schema api grant execute on functions to sdcase_reader;
