-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for current_user on functions to PUBLIC | hazards: ACCESS_WIDENED
alter default privileges grant execute on functions to PUBLIC;

-- step 2 | create default_privilege for current_user on types to PUBLIC | hazards: ACCESS_WIDENED
alter default privileges grant usage on types to PUBLIC;

-- step 3 | drop default_privilege for current_user on schemas to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges revoke usage on schemas from sdcase_reader;

-- step 4 | drop default_privilege for current_user in schema app on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges in schema app revoke select on tables from sdcase_reader;

-- step 5 | drop default_privilege for current_user in schema app on sequences to sdcase_writer | hazards: ACCESS_NARROWED
alter default privileges in schema app revoke usage on sequences from sdcase_writer;
