create schema app;
alter default privileges in schema app grant select, insert on tables to sdcase_reader with grant option;
