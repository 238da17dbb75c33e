create schema app;
alter default privileges in schema app grant select on tables to sdcase_reader;
