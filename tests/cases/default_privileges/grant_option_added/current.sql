alter default privileges in schema public grant select on tables to sdcase_reader;
