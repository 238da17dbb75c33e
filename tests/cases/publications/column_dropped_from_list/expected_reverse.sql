-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication orders_feed table public.orders | hazards: -
alter publication orders_feed drop table only public.orders;

-- step 2 | drop column public.orders.region | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop column "region";

-- step 3 | create column public.orders.legacy_code | hazards: -
alter table "public"."orders" add column "legacy_code" text;

-- step 4 | create publication orders_feed table public.orders | hazards: -
alter publication orders_feed add table public.orders (id, total, legacy_code) where ((legacy_code IS NOT NULL));
