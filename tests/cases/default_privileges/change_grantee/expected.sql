-- step 1 | drop default_privilege for current_user in schema app on tables to sdcase_reader | hazards: -
alter default privileges in schema app revoke select, update on tables from sdcase_reader;

-- step 2 | create default_privilege for current_user in schema app on tables to sdcase_writer | hazards: SECURITY
alter default privileges in schema app grant select, update on tables to sdcase_writer;
