create schema api;
alter default privileges revoke execute on functions from public;
alter default privileges in schema api grant execute on functions to sdcase_reader;
