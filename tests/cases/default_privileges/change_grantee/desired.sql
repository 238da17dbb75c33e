create schema app;
alter default privileges in schema app grant select, update on tables to sdcase_writer;
