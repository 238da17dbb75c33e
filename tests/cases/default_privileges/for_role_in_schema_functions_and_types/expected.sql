-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for sdcase_owner on functions to PUBLIC | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner revoke execute on functions from PUBLIC;

-- step 2 | drop default_privilege for sdcase_owner in schema app on functions to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner in schema app revoke execute on functions from sdcase_reader;

-- step 3 | create default_privilege for sdcase_owner in schema app on types to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges for role sdcase_owner in schema app grant usage on types to sdcase_reader with grant option;
