-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create index public.people_name_idx_new_b5c8f3 | hazards: -
CREATE INDEX "people_name_idx_new_b5c8f3" ON ONLY public.people USING btree (name COLLATE "C");

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.people_eu_name_idx_new_7aca6e | hazards: -
CREATE INDEX CONCURRENTLY "people_eu_name_idx_new_7aca6e" ON public.people_eu USING btree (name COLLATE "C");

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.people_us_name_idx_new_aa189e | hazards: -
CREATE INDEX CONCURRENTLY "people_us_name_idx_new_aa189e" ON public.people_us USING btree (name COLLATE "C");

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter index public.people_eu_name_idx_new_7aca6e | hazards: -
alter index "public"."people_name_idx_new_b5c8f3" attach partition "public"."people_eu_name_idx_new_7aca6e";

-- step 5 | alter index public.people_us_name_idx_new_aa189e | hazards: -
alter index "public"."people_name_idx_new_b5c8f3" attach partition "public"."people_us_name_idx_new_aa189e";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 6 | drop index public.people_name_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."people_name_idx";

-- step 7 | rename index public.people_eu_name_idx | hazards: -
alter index "public"."people_eu_name_idx_new_7aca6e" rename to "people_eu_name_idx";

-- step 8 | rename index public.people_us_name_idx | hazards: -
alter index "public"."people_us_name_idx_new_aa189e" rename to "people_us_name_idx";

-- step 9 | rename index public.people_name_idx | hazards: -
alter index "public"."people_name_idx_new_b5c8f3" rename to "people_name_idx";
