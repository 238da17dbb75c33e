-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for sdcase_owner on types to PUBLIC | hazards: ACCESS_WIDENED
alter default privileges for role sdcase_owner grant usage on types to PUBLIC;

-- step 2 | drop default_privilege for sdcase_owner in schema app on types to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner in schema app revoke usage on types from sdcase_reader;
