-- step 1 | create default_privilege for current_user on sequences to sdcase_writer | hazards: SECURITY
alter default privileges grant select, usage on sequences to sdcase_writer;
