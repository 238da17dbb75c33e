-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user in schema app on tables to sdcase_reader | hazards: ACCESS_NARROWED
alter default privileges in schema app revoke select on tables from sdcase_reader;

-- step 2 | drop constraint app.invoices.invoices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "app"."invoices" drop constraint "invoices_pkey";

-- step 3 | drop index app.invoices_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "app"."invoices_pkey";

-- step 4 | drop table app.invoices | hazards: DATA_LOSS
drop table "app"."invoices";
