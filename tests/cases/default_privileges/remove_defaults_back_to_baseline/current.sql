create schema app;
alter default privileges revoke execute on functions from public;
alter default privileges revoke usage on types from public;
alter default privileges grant usage on schemas to sdcase_reader;
alter default privileges in schema app grant select on tables to sdcase_reader;
alter default privileges in schema app grant usage on sequences to sdcase_writer;
