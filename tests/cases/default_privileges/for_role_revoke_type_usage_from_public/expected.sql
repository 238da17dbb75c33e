-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for sdcase_owner on types to PUBLIC | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner revoke usage on types from PUBLIC;

-- step 2 | create default_privilege for sdcase_owner in schema app on types to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges for role sdcase_owner in schema app grant usage on types to sdcase_reader;
