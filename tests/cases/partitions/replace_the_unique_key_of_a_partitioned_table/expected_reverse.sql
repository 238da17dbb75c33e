-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.tickets.tickets_region_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" drop constraint "tickets_region_code_key";

-- step 2 | drop index public.tickets_region_code_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."tickets_region_code_key";

-- step 3 | create constraint public.tickets.tickets_region_id_key | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."tickets" add constraint "tickets_region_id_key" UNIQUE (region, id);
