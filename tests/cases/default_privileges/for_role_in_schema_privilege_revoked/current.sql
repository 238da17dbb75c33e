create schema app;
alter default privileges for role sdcase_owner in schema app grant select, insert, update on tables to sdcase_reader;
alter default privileges for role sdcase_owner in schema app grant usage, select on sequences to sdcase_reader;
