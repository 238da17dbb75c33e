-- step 1 | drop constraint public.customers.customers_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."customers" drop constraint "customers_email_key";

-- step 2 | drop index public.customers_email_key | hazards: -
drop index if exists "public"."customers_email_key";
