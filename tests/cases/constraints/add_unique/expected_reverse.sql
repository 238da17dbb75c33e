-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.customers.customers_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."customers" drop constraint "customers_email_key";

-- step 2 | drop index public.customers_email_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."customers_email_key";
