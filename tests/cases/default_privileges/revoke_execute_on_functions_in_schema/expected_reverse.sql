-- step 1 | create default_privilege for current_user in schema api on functions to PUBLIC | hazards: SECURITY
alter default privileges in schema api grant execute on functions to PUBLIC;

-- step 2 | drop default_privilege for current_user in schema api on functions to sdcase_reader | hazards: -
alter default privileges in schema api revoke execute on functions from sdcase_reader;
