-- step 1 | create default_privilege for current_user in schema app on tables to sdcase_reader | hazards: SECURITY
alter default privileges in schema app grant select, update on tables to sdcase_reader;

-- step 2 | drop default_privilege for current_user in schema app on tables to sdcase_writer | hazards: -
alter default privileges in schema app revoke select, update on tables from sdcase_writer;
