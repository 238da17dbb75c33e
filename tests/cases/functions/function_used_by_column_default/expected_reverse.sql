-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.vouchers.vouchers_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."vouchers" drop constraint "vouchers_pkey";

-- step 2 | drop index public.vouchers_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."vouchers_pkey";

-- step 3 | drop table public.vouchers | hazards: DATA_LOSS
drop table "public"."vouchers";

-- step 4 | drop function public.new_code | hazards: -
drop function if exists "public"."new_code"();
