-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.shipments.shipments_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."shipments" drop constraint "shipments_pkey";

-- step 2 | drop index public.shipments_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."shipments_pkey";

-- step 3 | alter column public.shipments.id | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."shipments" alter column "id" drop not null;
