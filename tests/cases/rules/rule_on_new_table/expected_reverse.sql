-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop rule public.aa_items.aa_items_audit | hazards: ACCESS_EXCLUSIVE_LOCK
drop rule aa_items_audit on public.aa_items;

-- step 2 | drop constraint public.aa_items.aa_items_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."aa_items" drop constraint "aa_items_pkey";

-- step 3 | drop index public.aa_items_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."aa_items_pkey";

-- step 4 | drop table public.aa_items | hazards: DATA_LOSS
drop table "public"."aa_items";

-- step 5 | drop table public.zz_audit | hazards: DATA_LOSS
drop table "public"."zz_audit";

-- step 6 | drop function public.normalize | hazards: -
drop function if exists "public"."normalize"(text);
