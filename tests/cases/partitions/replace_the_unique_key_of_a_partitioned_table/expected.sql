-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.tickets_eu_region_code_key_new_22881e | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "tickets_eu_region_code_key_new_22881e" ON public.tickets_eu USING btree (region, code);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.tickets_us_region_code_key_new_de0701 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "tickets_us_region_code_key_new_de0701" ON public.tickets_us USING btree (region, code);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop constraint public.tickets.tickets_region_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" drop constraint "tickets_region_id_key";

-- step 4 | drop index public.tickets_region_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."tickets_region_id_key";

-- step 5 | create constraint public.tickets.tickets_region_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."tickets" add constraint "tickets_region_code_key" UNIQUE (region, code);

-- step 6 | create constraint public.tickets_eu.tickets_eu_region_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.tickets_eu add constraint "tickets_eu_region_code_key" UNIQUE using index "tickets_eu_region_code_key_new_22881e";

-- step 7 | alter index public.tickets_eu_region_code_key | hazards: -
alter index "public"."tickets_region_code_key" attach partition "public"."tickets_eu_region_code_key";

-- step 8 | create constraint public.tickets_us.tickets_us_region_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.tickets_us add constraint "tickets_us_region_code_key" UNIQUE using index "tickets_us_region_code_key_new_de0701";

-- step 9 | alter index public.tickets_us_region_code_key | hazards: -
alter index "public"."tickets_region_code_key" attach partition "public"."tickets_us_region_code_key";
