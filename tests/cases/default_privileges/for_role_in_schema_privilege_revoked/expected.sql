-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for sdcase_owner in schema app on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner in schema app revoke insert, update on tables from sdcase_reader;

-- step 2 | drop default_privilege for sdcase_owner in schema app on sequences to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges for role sdcase_owner in schema app revoke select on sequences from sdcase_reader;

-- step 3 | create default_privilege for sdcase_owner in schema app on sequences to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges for role sdcase_owner in schema app grant usage on sequences to sdcase_reader with grant option;
