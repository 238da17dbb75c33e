-- step 1 | drop default_privilege for current_user on large objects to sdcase_reader | hazards: -
alter default privileges revoke select on large objects from sdcase_reader;
