-- step 1 | drop default_privilege for sdcase_owner on functions to PUBLIC | hazards: SECURITY
alter default privileges for role sdcase_owner revoke execute on functions from PUBLIC;

-- step 2 | drop default_privilege for sdcase_owner in schema app on tables to sdcase_reader | hazards: -
alter default privileges for role sdcase_owner in schema app revoke select on tables from sdcase_reader;

-- step 3 | drop default_privilege for sdcase_owner in schema app on sequences to sdcase_reader | hazards: -
alter default privileges for role sdcase_owner in schema app revoke usage on sequences from sdcase_reader;
