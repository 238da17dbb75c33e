create schema app;
alter default privileges for role sdcase_owner revoke execute on functions from public;
alter default privileges for role sdcase_owner in schema app grant usage on types to sdcase_reader with grant option;
