-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user on functions to PUBLIC | hazards: ACCESS_NARROWED
alter default privileges revoke execute on functions from PUBLIC;

-- step 2 | drop default_privilege for current_user on types to PUBLIC | hazards: ACCESS_NARROWED
alter default privileges revoke usage on types from PUBLIC;

-- step 3 | create default_privilege for current_user on schemas to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges grant usage on schemas to sdcase_reader;

-- step 4 | create default_privilege for current_user in schema app on tables to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges in schema app grant select on tables to sdcase_reader;

-- step 5 | create default_privilege for current_user in schema app on sequences to sdcase_writer | hazards: ACCESS_WIDENED
alter default privileges in schema app grant usage on sequences to sdcase_writer;
