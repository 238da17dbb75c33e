-- step 1 | drop default_privilege for current_user on sequences to sdcase_writer | hazards: -
alter default privileges revoke select, usage on sequences from sdcase_writer;
