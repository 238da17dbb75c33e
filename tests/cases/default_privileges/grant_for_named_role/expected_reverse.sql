-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for sdcase_owner on functions to PUBLIC | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner revoke execute on functions from PUBLIC;

-- step 2 | drop default_privilege for sdcase_owner in schema app on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner in schema app revoke select on tables from sdcase_reader;

-- step 3 | drop default_privilege for sdcase_owner in schema app on sequences to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner in schema app revoke usage on sequences from sdcase_reader;
