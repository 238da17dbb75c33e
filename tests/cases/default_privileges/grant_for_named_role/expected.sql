-- step 1 | create default_privilege for sdcase_owner on functions to PUBLIC | hazards: SECURITY
alter default privileges for role sdcase_owner grant execute on functions to PUBLIC;

-- step 2 | create default_privilege for sdcase_owner in schema app on tables to sdcase_reader | hazards: SECURITY
alter default privileges for role sdcase_owner in schema app grant select on tables to sdcase_reader;

-- step 3 | create default_privilege for sdcase_owner in schema app on sequences to sdcase_reader | hazards: SECURITY
alter default privileges for role sdcase_owner in schema app grant usage on sequences to sdcase_reader;
