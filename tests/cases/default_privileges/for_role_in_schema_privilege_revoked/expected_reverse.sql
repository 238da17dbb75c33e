-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for sdcase_owner in schema app on tables to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges for role sdcase_owner in schema app grant insert, update on tables to sdcase_reader;

-- step 2 | drop default_privilege for sdcase_owner in schema app on sequences to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner in schema app revoke grant option for usage on sequences from sdcase_reader;

-- step 3 | create default_privilege for sdcase_owner in schema app on sequences to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges for role sdcase_owner in schema app grant select on sequences to sdcase_reader;
