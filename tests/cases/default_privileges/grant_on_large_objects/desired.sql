alter default privileges grant select on large objects to sdcase_reader;
