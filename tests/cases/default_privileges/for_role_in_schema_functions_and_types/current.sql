create schema app;
alter default privileges for role sdcase_owner in schema app grant execute on functions to sdcase_reader;
