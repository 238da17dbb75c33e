-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for current_user in schema api on functions to PUBLIC | hazards: ACCESS_WIDENED
alter default privileges in schema api grant execute on functions to PUBLIC;

-- step 2 | drop default_privilege for current_user in schema api on functions to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges in schema api revoke execute on functions from sdcase_reader;
