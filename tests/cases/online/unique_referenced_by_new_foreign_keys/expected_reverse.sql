-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.accounts.accounts_plan_code_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop constraint "accounts_plan_code_fkey";

-- step 2 | drop constraint public.invoices.invoices_plan_code_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" drop constraint "invoices_plan_code_fkey";

-- step 3 | drop constraint public.plans.plans_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_code_key";

-- step 4 | drop constraint public.invoices.invoices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" drop constraint "invoices_pkey";

-- step 5 | drop index public.invoices_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."invoices_pkey";

-- step 6 | drop index public.plans_code_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."plans_code_key";

-- step 7 | drop table public.invoices | hazards: DATA_LOSS
drop table "public"."invoices";
