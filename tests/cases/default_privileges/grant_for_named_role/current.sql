create schema app;
alter default privileges for role sdcase_owner revoke execute on functions from public;
