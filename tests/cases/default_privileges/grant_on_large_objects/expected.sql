-- step 1 | create default_privilege for current_user on large objects to sdcase_reader | hazards: SECURITY
alter default privileges grant select on large objects to sdcase_reader;
