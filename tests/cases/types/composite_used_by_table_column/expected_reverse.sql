-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.invoices.invoices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" drop constraint "invoices_pkey";

-- step 2 | drop index public.invoices_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."invoices_pkey";

-- step 3 | drop table public.invoices | hazards: DATA_LOSS
drop table "public"."invoices";

-- step 4 | drop type public.money_amount | hazards: DATA_LOSS
drop type public.money_amount;
