create schema app;
alter default privileges for role sdcase_owner in schema app grant select on tables to sdcase_reader;
alter default privileges for role sdcase_owner in schema app grant usage on sequences to sdcase_reader with grant option;
