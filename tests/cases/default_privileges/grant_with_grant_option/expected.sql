-- step 1 | create default_privilege for current_user in schema app on tables to sdcase_reader | hazards: SECURITY
alter default privileges in schema app grant insert, select on tables to sdcase_reader with grant option;
