create schema app;
create table app.accounts (id integer primary key);
alter default privileges in schema app grant select on tables to sdcase_reader;
-- created after the default: it has the grant
create table app.invoices (id integer primary key);
