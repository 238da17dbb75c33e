create schema app;
alter default privileges for role sdcase_owner revoke usage on types from public;
alter default privileges for role sdcase_owner in schema app grant usage on types to sdcase_reader;
