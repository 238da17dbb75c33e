-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.shipments.id | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."shipments" alter column "id" set not null;

-- step 2 | create constraint public.shipments.shipments_pkey | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."shipments" add constraint "shipments_pkey" PRIMARY KEY (id, shipped_on);
